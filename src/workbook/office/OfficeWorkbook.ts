/**
 * The workbook port over Office.js (Excel itself). A thin renderer of sheet specs; no AIP logic.
 *
 * Round trips (context.sync() calls), the point of this design:
 * - listSheets: 1.
 * - snapshot: 1 when this adapter already knows the workbook's range names (from any earlier call:
 *   the pane primes it when it opens): the names are listed and every known name's range is
 *   loaded by name in the same request, so renamed tabs and moved cells are followed. A name added
 *   since costs 1 more; a known name deleted or broken since makes the request fail, and the
 *   read starts over cold. Cold: 2 (sheets and names, then every named range).
 *   snapshot({sheetValues}) adds the listed sheets' used ranges to those same requests (the
 *   tabs known from the last call ride in the first; a tab added since rides in the second).
 * - apply: 1 for any plan size, when this adapter already knows the workbook's sheets and names
 *   from its last listSheets or snapshot (every command reads first); otherwise 1 more to read them.
 *   A batch that replaces the add-in's own conditional formats (Check's marks) costs 1 more, in
 *   the same Excel.run: the sheets' formats must be read before ours can be told from a person's.
 *   A payload over 2.5 MB (as office.js serializes it; Excel on the web caps one request at 5 MB)
 *   is sent in several requests: New plan at 10 × 5 is two (docs/excel-limits.md). Charts ride in
 *   the same request; a chart to replace that is not there (deleted by a person, or a sheet
 *   written before it had charts) costs 2 more, once (office/charts.ts).
 * - select: 1.
 * Reads are one response: Excel on the web also caps a response at 5 MB, above what the named
 * ranges of even a 10 × 8 plan with long texts hold (~3 MB). Used ranges (sheetValues) can hold
 * a person's own large sheet: when Excel refuses that response they are read again in bounded
 * pieces (usedRanges.ts).
 *
 * Why a remembered list: a batch must be checked before anything is written (create on an
 * existing tab, update of a missing one), and a name must be re-pointed (formula set) when it
 * exists but added when it does not. Office.js cannot branch on existence inside one request, so
 * apply relies on what the last snapshot/listSheets/apply saw. If the workbook changed meanwhile
 * (someone renamed a tab between two clicks), Excel's error is caught, the sheets and names are
 * read again, and the error is reported naming the sheet or name, as the xlsx adapter would.
 */
import type { WriteBatch } from "../spec";
import { absoluteRef, parseRange, splitRef } from "../../util/a1";
import { sheetsWanted, WorkbookError, type SheetsWanted, type NamedRangeRead, type SheetRead, type SnapshotOptions, type WorkbookPort, type WorkbookSnapshot } from "../port";
import { missingSheet } from "../excelLimits";
import { preflightBatch, SheetList } from "./preflight";
import { officeCode, officeFailure } from "./errors";
import { CALL_BYTES, Payload } from "./payload";
import { renderPrint, renderSheet } from "./renderSheet";
import { renderCharts, replaceCharts } from "./charts";
import { loadFormats, replaceOwnedFormats } from "./ownedFormats";
import { readUsedBounded, RESPONSE_LIMIT_CODE } from "./usedRanges";

/** Excel.run, or the in-memory Excel's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Requirement-set check; default Office.context.requirements.isSetSupported (false outside Office). */
  isSetSupported?: (name: string, version: string) => boolean;
}

function officeIsSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return Boolean(office?.context?.requirements?.isSetSupported(name, version));
}

const EXPECTED = new Set(["ItemNotFound", "ItemAlreadyExists", "InvalidArgument", "InvalidReference"]);

export class OfficeWorkbook implements WorkbookPort {
  /** Tabs and names as Excel last reported them (names lower-cased); undefined: not known. */
  private knownSheets?: string[];
  private knownNames?: Set<string>;
  /** Names that pointed at a readable range when last seen: read by name in snapshot's one request. */
  private knownRangeNames?: string[];
  private readonly isSetSupported: (name: string, version: string) => boolean;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  }

  async listSheets(): Promise<string[]> {
    await this.refresh();
    return [...this.knownSheets!];
  }

  async snapshot(options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
    let snap: WorkbookSnapshot;
    try {
      snap = await this.read(options.sheetValues);
    } catch (e) {
      // Everything in one response is too much (a person's own large sheet): the used ranges in bounded pieces.
      if (!options.sheetValues || officeCode(e) !== RESPONSE_LIMIT_CODE) throw officeFailure("read the workbook", e);
      snap = await this.read(undefined);
      const sheets = sheetsWanted(options.sheetValues, snap.sheets);
      snap.sheetValues = await this.reading("read the workbook's sheets", () => readUsedBounded(this.run, sheets));
    }
    this.remember(snap);
    return snap;
  }

  /** Warm (one request when the names are known) or cold; a failed warm read is retried cold once. */
  private async read(wanted?: SheetsWanted): Promise<WorkbookSnapshot> {
    const known = this.knownRangeNames;
    if (known) {
      try {
        // The used ranges of the sheets known now ride in the same request (a renamed or deleted one fails it: read cold).
        const early = wanted ? sheetsWanted(wanted, this.knownSheets ?? []) : [];
        return await this.run((context) => this.readNames(context, known, wanted, early));
      } catch (e) {
        // A known name deleted or broken meanwhile fails the whole request, with a code Excel does
        // not promise; whatever the failure, the cold read says what is really there.
        if (officeCode(e) === RESPONSE_LIMIT_CODE) throw e;
      }
    }
    return this.run((context) => this.readNames(context, [], wanted, []));
  }

  /**
   * One request: the tabs, the names, and the ranges of the names expected to exist (by name, so
   * each follows its cells); then, only if names were added since, one more for their ranges.
   */
  private async readNames(context: Excel.RequestContext, expected: readonly string[], wanted?: SheetsWanted, earlySheets: readonly string[] = []): Promise<WorkbookSnapshot> {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name,type,formula");
    const early = new Map(expected.map((n) => [n.toLowerCase(), context.workbook.names.getItem(n).getRange().load("address,values,formulas")]));
    const used = new Map(earlySheets.map((s) => [s.toLowerCase(), usedRange(context, s)]));
    await context.sync();
    const tabs = new SheetList(sheets.items.map((ws) => ws.name));
    const reads: Array<{ name: string; range?: Excel.Range }> = names.items.map((item) => {
      const target = item.type === "Range" ? splitRef(item.formula) : undefined;
      // Only one live rectangle can be read; #REF! and multi-area names come back broken.
      if (!target || tabs.find(target.sheet) === undefined) return { name: item.name };
      const range = early.get(item.name.toLowerCase()) ?? item.getRange().load("address,values,formulas");
      return { name: item.name, range };
    });
    const late = wanted ? sheetsWanted(wanted, tabs.names()).filter((s) => !used.has(s.toLowerCase())) : [];
    for (const s of late) used.set(s.toLowerCase(), usedRange(context, s));
    if (late.length > 0 || reads.some((r) => r.range && !early.has(r.name.toLowerCase()))) await context.sync();
    const out: Record<string, NamedRangeRead> = {};
    for (const r of reads) out[r.name] = readOf(r.name, r.range);
    if (!wanted) return { sheets: tabs.names(), names: out };
    const sheetValues: Record<string, SheetRead> = {};
    for (const s of sheetsWanted(wanted, tabs.names())) sheetValues[s] = usedOf(s, used.get(s.toLowerCase())!);
    return { sheets: tabs.names(), names: out, sheetValues };
  }

  private remember(snap: WorkbookSnapshot): void {
    this.knownSheets = snap.sheets;
    this.knownNames = new Set(Object.keys(snap.names).map((n) => n.toLowerCase()));
    this.knownRangeNames = Object.values(snap.names)
      .filter((r) => r.sheet && r.range)
      .map((r) => r.name);
  }

  async apply(batch: WriteBatch): Promise<void> {
    if (!this.knownSheets || (batch.names.length > 0 && !this.knownNames)) await this.refresh();
    preflightBatch(batch, this.knownSheets!);
    try {
      await this.write(batch);
    } catch (e) {
      this.knownSheets = undefined;
      this.knownNames = undefined;
      this.knownRangeNames = undefined;
      if (e instanceof WorkbookError || !EXPECTED.has(officeCode(e) ?? "")) throw officeFailure("apply the changes", e);
      // The workbook changed since it was read: read it again and say what no longer fits.
      await this.refresh();
      preflightBatch(batch, this.knownSheets!);
      throw officeFailure("apply the changes", e);
    }
  }

  async select(sheet: string, range: string): Promise<void> {
    try {
      parseRange(range);
    } catch {
      throw new WorkbookError(`Cannot select "${range}" on sheet "${sheet}": it is not a cell address like B4 or B4:F9.`);
    }
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(range).select();
        await context.sync();
      });
    } catch (e) {
      if (officeCode(e) === "ItemNotFound") throw missingSheet(sheet, `select ${range}`);
      throw officeFailure(`select ${range} on sheet "${sheet}"`, e);
    }
  }

  /**
   * One round trip: the tabs, and the names too (they ride along, so a later apply needs no read
   * and a later snapshot reads every range in one request).
   */
  private async refresh(): Promise<void> {
    const { sheets, names, ranges } = await this.reading("list the sheets", async (context) => {
      const s = context.workbook.worksheets.load("items/name");
      const n = context.workbook.names.load("items/name,type,formula");
      await context.sync();
      const tabs = new SheetList(s.items.map((ws) => ws.name));
      const ranges = n.items.filter((item) => {
        const target = item.type === "Range" ? splitRef(item.formula) : undefined;
        return target !== undefined && tabs.find(target.sheet) !== undefined;
      });
      return { sheets: tabs.names(), names: n.items.map((item) => item.name), ranges: ranges.map((item) => item.name) };
    });
    this.knownSheets = sheets;
    this.knownNames = new Set(names.map((n) => n.toLowerCase()));
    this.knownRangeNames = ranges;
  }

  /** A read-only batch; an Office failure becomes a WorkbookError saying what could not be done. */
  private async reading<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      throw officeFailure(action, e);
    }
  }

  /**
   * Queues the whole batch and sends it: one request unless it is over the payload budget. Sheets
   * are added first, then the names (a dropdown's "=AIP.List…" source must exist when the rule
   * is set), then each sheet's cells and formats. Print setup follows in a request of its own.
   */
  private async write(batch: WriteBatch): Promise<void> {
    const sheets = new SheetList(this.knownSheets!);
    const names = new Set(this.knownNames ?? []);
    const owned = batch.owned ?? [];
    await this.run(async (context) => {
      const payload = new Payload(() => context.sync());
      const worksheets = context.workbook.worksheets;
      const formats = owned.map((o) => loadFormats(worksheets.getItem(o.sheet)));
      if (owned.length > 0) await context.sync(); // which formats are ours (ownedFormats.ts)
      const targets: Excel.Worksheet[] = [];
      for (const spec of batch.sheets) {
        await payload.reserve(CALL_BYTES * 2);
        if (!spec.create) targets.push(worksheets.getItem(spec.name));
        else {
          const ws = worksheets.add(spec.name);
          const end = sheets.count;
          const at = sheets.insert(spec.name, spec.position);
          if (at < end) ws.position = at; // Excel adds at the end
          targets.push(ws);
        }
      }
      for (const n of batch.names) {
        await payload.reserve(CALL_BYTES * 2);
        const reference = `=${absoluteRef(sheets.find(n.sheet)!, n.range)}`;
        if (names.has(n.name.toLowerCase())) context.workbook.names.getItem(n.name).formula = reference;
        else context.workbook.names.add(n.name, reference);
        names.add(n.name.toLowerCase());
      }
      for (const [i, spec] of batch.sheets.entries()) await renderSheet(targets[i], spec, payload, { fresh: spec.create });
      for (const [k, o] of owned.entries()) await replaceOwnedFormats(worksheets.getItem(o.sheet), formats[k], o, payload);
      let active: Excel.Worksheet | undefined;
      // Only activate moves the person; opensOn is for the saved file (the pane offers "Go to").
      batch.sheets.forEach((spec, i) => (active = spec.activate ? targets[i] : active));
      active?.activate();
      // Charts after the cells they plot; replaced in place on a sheet that was already there.
      const charted = batch.sheets.flatMap((spec, i) => (spec.charts?.length ? [{ ws: targets[i], charts: spec.charts, replace: !spec.create }] : []));
      for (const c of charted) {
        await payload.reserve(CALL_BYTES * c.charts.reduce((n, chart) => n + 10 + 5 * chart.series.length, 0));
        renderCharts(context, c.ws, c.charts, c.replace);
      }
      // Print setup last: Excel runs a request's actions in order and stops at the first failure,
      // so a rejected page layout leaves everything before it written (see printFailed).
      const print = () => this.isSetSupported("ExcelApi", "1.9") && batch.sheets.forEach((spec, i) => spec.print && renderPrint(targets[i], spec.print));
      print();
      try {
        await context.sync();
      } catch (e) {
        if (printFailed(e)) return;
        if (!chartMissing(e)) throw e;
        // A chart to replace was not there: the cells are written; list the charts, then add them and the print setup.
        await replaceCharts(
          context,
          charted.filter((c) => c.replace),
        );
        print();
        await context.sync().catch((again: unknown) => {
          if (!printFailed(again)) throw again;
        });
      }
    });
    this.knownSheets = sheets.names();
    this.knownNames = names;
    // Names the batch set point at ranges now; the next snapshot reads them by name too.
    if (this.knownRangeNames) {
      const have = new Set(this.knownRangeNames.map((n) => n.toLowerCase()));
      this.knownRangeNames.push(...batch.names.map((n) => n.name).filter((n) => !have.has(n.toLowerCase())));
    }
  }
}

/**
 * Whether a failed request failed at its page layout: office.js names the failing statement
 * (debugInfo, from the ActionIndex Excel returns). Excel rejects page layout in some setups (no
 * printer installed); the plan before it has landed and must not be reported as lost.
 */
function printFailed(e: unknown): boolean {
  const info = (e as { debugInfo?: { statement?: string; errorLocation?: string } } | null)?.debugInfo;
  return /pageLayout/i.test(`${info?.statement ?? ""} ${info?.errorLocation ?? ""}`);
}

/**
 * Whether a failed request failed at deleting a chart to replace that was not there: office.js
 * names the failing statement ("item.delete();") and the ones around it ("charts.getItem(...)").
 */
function chartMissing(e: unknown): boolean {
  const info = (e as { debugInfo?: { statement?: string; surroundingStatements?: string[] } } | null)?.debugInfo;
  return officeCode(e) === "ItemNotFound" && /\.delete\(\)/.test(info?.statement ?? "") && (info?.surroundingStatements ?? []).some((s) => /charts\.getItem\(/.test(s));
}

/** A sheet's cells holding values or formulas (formatting ignored); a null object when it holds none. */
function usedRange(context: Excel.RequestContext, sheet: string): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address,values,formulas");
}

function usedOf(sheet: string, range: Excel.Range): SheetRead {
  const where = range.isNullObject ? undefined : splitRef(range.address);
  if (!where) return { sheet, range: "", values: [], formulas: [] };
  return { sheet, range: where.range, values: range.values, formulas: range.formulas };
}

function readOf(name: string, range: Excel.Range | undefined): NamedRangeRead {
  const where = range ? splitRef(range.address) : undefined;
  if (!range || !where) return { name, sheet: "", range: "", values: [], formulas: [] };
  return { name, sheet: where.sheet, range: where.range, values: range.values, formulas: range.formulas };
}
