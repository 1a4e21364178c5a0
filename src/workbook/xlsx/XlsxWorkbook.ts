/**
 * The workbook port over an ExcelJS workbook: .xlsx files in Node (CLI, tests) and in the browser.
 * A thin renderer of sheet specs; it knows nothing about AIPs. No Node-only imports here:
 * file access lives in files.ts.
 */
import * as ExcelJS from "exceljs";
import type { NameSpec, SheetSpec, WriteBatch } from "../spec";
import { blockRange, cellAddress, parseRange } from "../../util/a1";
import { sheetsWanted, WorkbookError, type CellValue, type NamedRangeRead, type SheetRead, type SnapshotOptions, type WorkbookPort, type WorkbookSnapshot } from "../port";
import { cellFormula, cellFormulaOrValue, cellValue, usesDate1904 } from "./cells";
import { keepUnwrittenParts } from "./package/keepParts";
import { uncachedFormulas } from "./package/uncachedFormulas";
import { storedRowBreaks } from "./package/rowBreaks";
import { NameStore, type NameTarget } from "./names";
import { withQuotedPrintNames } from "./printNames";
import { withEscapedText } from "./textEscapes";
import { assertWithinLimits, nameProblem, sheetNameProblem } from "../excelLimits";
import { renderSheet } from "./renderSheet";
import type { BarChartSpec } from "../chartSpec";
import { addCharts } from "./charts/addCharts";
import { replaceOwnedFormats } from "./conditionalFormats";
import { activateSheet, activeCell, activeSheetName, addSheet, findSheet, requireSheet, selectRange } from "./sheets";

export class XlsxWorkbook implements WorkbookPort {
  /** Charts the specs asked for, by sheet (the object: a tab renamed later keeps them) and id; written into the package on save. */
  private readonly charts = new Map<ExcelJS.Worksheet, Map<string, BarChartSpec>>();

  private constructor(
    /** The ExcelJS workbook itself, for tests and dumps. */
    readonly book: ExcelJS.Workbook,
    private readonly names: NameStore,
    /** The bytes the workbook was read from: every part the command does not write is kept from them. */
    private readonly original?: Uint8Array,
    /** By sheet, the formula (by A1 address) of each cell the file stored no result for. */
    private readonly uncached = new Map<string, Map<string, string>>(),
  ) {}

  /** An empty workbook with no sheets. */
  static create(): XlsxWorkbook {
    const book = new ExcelJS.Workbook();
    return new XlsxWorkbook(book, NameStore.install(book));
  }

  /** Reads an .xlsx file's bytes; anything else is a WorkbookError saying what to do. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    const names = NameStore.install(book);
    try {
      await book.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new WorkbookError(
        `This file could not be read as an Excel workbook (.xlsx): ${reason}. ` + `Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.`,
      );
    }
    if (book.worksheets.length === 0) {
      throw new WorkbookError(
        `This file has no worksheets, so it is not an Excel workbook (.xlsx). ` + `Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.`,
      );
    }
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    await restoreRowBreaks(book, bytes);
    return new XlsxWorkbook(book, names, bytes, await uncachedByFormula(book, bytes));
  }

  /**
   * The .xlsx file's bytes. Excel recalculates every formula when it opens the file. A workbook
   * read from a file keeps every part ExcelJS does not model (package/keepParts.ts), or the save is
   * refused with a WorkbookError naming what would be lost.
   */
  async toBuffer(): Promise<Uint8Array> {
    this.book.calcProperties = { ...this.book.calcProperties, fullCalcOnLoad: true };
    const write = () => this.book.xlsx.writeBuffer() as Promise<unknown>;
    const out = await withEscapedText(this.book, () => withQuotedPrintNames(this.book, (names) => this.names.setExtra(names), write));
    const written = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
    const kept = this.original ? await keepUnwrittenParts(this.original, written) : written;
    // ExcelJS writes no charts: they are added to the package it wrote (charts/addCharts.ts).
    const charts = [...this.charts].filter(([ws]) => this.book.worksheets.includes(ws)).flatMap(([ws, byId]) => [...byId.values()].map((c) => ({ ...c, sheet: ws.name })));
    return charts.length > 0 ? addCharts(kept, charts) : kept;
  }

  async listSheets(): Promise<string[]> {
    return this.book.worksheets.map((ws) => ws.name);
  }

  async snapshot(options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
    const names: Record<string, NamedRangeRead> = {};
    for (const n of this.names.list()) names[n.name] = this.readName(n);
    const sheets = await this.listSheets();
    if (!options.sheetValues) return { sheets, names };
    const sheetValues: Record<string, SheetRead> = {};
    for (const sheet of sheetsWanted(options.sheetValues, sheets)) sheetValues[sheet] = this.readUsed(findSheet(this.book, sheet)!);
    return { sheets, names, sheetValues };
  }

  async apply(batch: WriteBatch): Promise<void> {
    this.check(batch);
    let active: string | undefined;
    for (const spec of batch.sheets) {
      const ws = spec.create && !findSheet(this.book, spec.name) ? addSheet(this.book, spec.name, spec.position) : findSheet(this.book, spec.name)!;
      renderSheet(ws, spec);
      if (spec.charts) this.charts.set(ws, new Map([...(this.charts.get(ws) ?? []), ...spec.charts.map((c): [string, BarChartSpec] => [c.id, c])]));
      if (spec.activate || spec.opensOn) active = ws.name;
    }
    for (const n of batch.names) this.names.set(n.name, findSheet(this.book, n.sheet)!.name, n.range);
    for (const o of batch.owned ?? []) replaceOwnedFormats(findSheet(this.book, o.sheet)!, o);
    if (active !== undefined) activateSheet(this.book, findSheet(this.book, active)!);
  }

  async select(sheet: string, range: string): Promise<void> {
    selectRange(this.book, requireSheet(this.book, sheet, `select ${range}`), range);
  }

  /** Workbook-scoped names with their targets (sheet "" when broken), sorted by name. */
  definedNames(): NameTarget[] {
    return this.names.list();
  }

  /** The tab that opens first, as recorded by activate/select. */
  activeSheet(): string {
    return activeSheetName(this.book);
  }

  /** The active cell recorded for a sheet (by select), if any. */
  activeCell(sheet: string): string | undefined {
    const ws = findSheet(this.book, sheet);
    return ws ? activeCell(ws) : undefined;
  }

  /** Everything that can make the batch fail, found before the workbook is touched. */
  private check(batch: WriteBatch): void {
    const created = new Set<string>();
    const exists = (name: string) => findSheet(this.book, name) !== undefined || created.has(name.toLowerCase());
    for (const spec of batch.sheets) {
      this.checkSheet(spec, exists);
      if (spec.create) created.add(spec.name.toLowerCase());
    }
    for (const n of batch.names) this.checkName(n, exists);
    for (const o of batch.owned ?? []) if (!exists(o.sheet)) requireSheet(this.book, o.sheet, `mark cells on the sheet "${o.sheet}"`);
  }

  private checkSheet(spec: SheetSpec, exists: (name: string) => boolean): void {
    if (spec.create) {
      const problem = sheetNameProblem(spec.name);
      if (problem) throw new WorkbookError(`Cannot create the sheet "${spec.name}": ${problem}.`);
      if (exists(spec.name)) {
        throw new WorkbookError(`Cannot create the sheet "${spec.name}": this workbook already has a sheet with that name. ` + `Rename or delete that tab, then try again.`);
      }
    } else if (!exists(spec.name)) {
      requireSheet(this.book, spec.name, `update the sheet "${spec.name}"`);
    }
    assertWithinLimits(spec);
  }

  private checkName(n: NameSpec, exists: (name: string) => boolean): void {
    const problem = nameProblem(n.name);
    if (problem) throw new WorkbookError(`Cannot define the name "${n.name}": ${problem}.`);
    if (!exists(n.sheet)) requireSheet(this.book, n.sheet, `point the name "${n.name}" at ${n.sheet}!${n.range}`);
    try {
      parseRange(n.range);
    } catch {
      throw new WorkbookError(`Cannot define the name "${n.name}": "${n.range}" is not a cell address like B4 or B4:F9.`);
    }
  }

  private readName(n: NameTarget): NamedRangeRead {
    const ws = n.sheet ? findSheet(this.book, n.sheet) : undefined;
    if (!ws) return { name: n.name, sheet: "", range: "", values: [], formulas: [] };
    const read: NamedRangeRead = { name: n.name, sheet: ws.name, range: n.range, ...this.readRect(ws, n.range) };
    const noResult = this.noResultIn(ws, n.range);
    return noResult.length > 0 ? { ...read, noResult } : read;
  }

  /** Formula cells of the range still without a stored result since the file was read (not rewritten since). */
  private noResultIn(ws: ExcelJS.Worksheet, range: string): string[] {
    const cells = this.uncached.get(ws.name);
    if (!cells) return [];
    const { start, end } = parseRange(range);
    const out: string[] = [];
    for (const [address, formula] of cells) {
      const { start: at } = parseRange(address);
      if (at.row < start.row || at.row > end.row || at.col < start.col || at.col > end.col) continue;
      const cell = ws.getCell(address);
      if (cellFormula(cell) === formula && cell.result === undefined) out.push(address);
    }
    return out;
  }

  /** The rectangle of cells holding a value or formula, as Excel's getUsedRange(valuesOnly) sees it. */
  private readUsed(ws: ExcelJS.Worksheet): SheetRead {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    ws.eachRow((row, rowNumber) => {
      row.eachCell((cell, colNumber) => {
        if (cellFormulaOrValue(cell) === "") return;
        top = Math.min(top, rowNumber - 1);
        bottom = Math.max(bottom, rowNumber - 1);
        left = Math.min(left, colNumber - 1);
        right = Math.max(right, colNumber - 1);
      });
    });
    if (bottom < 0) return { sheet: ws.name, range: "", values: [], formulas: [] };
    const range = blockRange(cellAddress(top, left), bottom - top + 1, right - left + 1);
    return { sheet: ws.name, range, ...this.readRect(ws, range) };
  }

  private readRect(ws: ExcelJS.Worksheet, range: string): { values: CellValue[][]; formulas: CellValue[][] } {
    const r = parseRange(range);
    const date1904 = usesDate1904(this.book);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    for (let row = r.start.row + 1; row <= r.end.row + 1; row++) {
      const wsRow = ws.findRow(row);
      const vRow: CellValue[] = [];
      const fRow: CellValue[] = [];
      for (let col = r.start.col + 1; col <= r.end.col + 1; col++) {
        const cell = wsRow?.findCell(col);
        vRow.push(cell ? cellValue(cell, date1904) : "");
        fRow.push(cell ? cellFormulaOrValue(cell, date1904) : "");
      }
      values.push(vRow);
      formulas.push(fRow);
    }
    return { values, formulas };
  }
}

/** The formula cells the file stores no result for, with their formulas as ExcelJS read them. */
/** ExcelJS reads no manual page breaks: each sheet gets back the ones its file stores (package/rowBreaks.ts). */
async function restoreRowBreaks(book: ExcelJS.Workbook, bytes: Uint8Array): Promise<void> {
  for (const [sheet, breaks] of await storedRowBreaks(bytes)) {
    const ws = findSheet(book, sheet);
    // The typings leave rowBreaks to the worksheet's model, but the Worksheet holds the list it saves.
    if (ws) (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks = breaks.map((b) => ({ ...b }) as ExcelJS.RowBreak);
  }
}

async function uncachedByFormula(book: ExcelJS.Workbook, bytes: Uint8Array): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const [sheet, addresses] of await uncachedFormulas(bytes)) {
    const ws = findSheet(book, sheet);
    if (!ws) continue;
    const formulas = new Map<string, string>();
    for (const address of addresses) {
      const formula = cellFormula(ws.getCell(address));
      if (formula !== undefined) formulas.set(address, formula);
    }
    if (formulas.size > 0) out.set(ws.name, formulas);
  }
  return out;
}
