/** Queues one SheetSpec's writes on an Office.js worksheet, in the order the xlsx adapter applies them. */
import type { Cell, ConditionalFormat, DateValidation, ListValidation, PageMargins, PrintSetup, SheetSpec, Style } from "../spec";
import { blockRange, cellAddress, parseCell, parseRange } from "../../util/a1";
import { clip, columnWidthPoints, H_ALIGN, hasFormula, officeInput, V_ALIGN } from "./cellInput";
import { bandText } from "../pageBands";
import { blockGroups, mergeWrites, rowRuns, runsOf, styleWrites } from "./coalesce";
import { CALL_BYTES, Payload, RANGE_BYTES } from "./payload";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** One Range object per address and sheet: each costs an object path and three actions inside Excel.run. */
class Ranges {
  private readonly made = new Map<string, Excel.Range>();
  constructor(private readonly ws: Excel.Worksheet) {}
  get(address: string): Excel.Range {
    let r = this.made.get(address);
    if (!r) {
      r = this.ws.getRange(address);
      this.made.set(address, r);
    }
    return r;
  }
  /** Bytes a range costs the request the first time it is used. */
  cost(address: string): number {
    return this.made.has(address) ? 0 : RANGE_BYTES;
  }
}

async function writeBlock(ranges: Ranges, block: { at: string; cells: Array<Array<Cell | undefined>> }, payload: Payload): Promise<void> {
  const width = block.cells[0]?.length ?? 0;
  if (block.cells.length === 0 || width === 0) return;
  const rows = block.cells.map((row) => row.map(officeInput));
  const useFormulas = hasFormula(block.cells);
  const start = parseCell(block.at);
  // One 2-D write per block; a block too big for one request is sent in row bands.
  let first = 0;
  while (first < rows.length) {
    let last = first;
    let bytes = Payload.sizeOf([rows[first]]) + RANGE_BYTES;
    while (last + 1 < rows.length && bytes + Payload.sizeOf([rows[last + 1]]) - CALL_BYTES <= payload.budget) {
      last++;
      bytes += Payload.sizeOf([rows[last]]) - CALL_BYTES;
    }
    await payload.reserve(bytes);
    const band = rows.slice(first, last + 1);
    const range = ranges.get(blockRange(cellAddress(start.row + first, start.col), band.length, width));
    if (useFormulas) range.formulas = band;
    else range.values = band;
    first = last + 1;
  }
}

function size(range: string): { rows: number; columns: number } {
  const r = parseRange(range);
  return { rows: r.end.row - r.start.row + 1, columns: r.end.col - r.start.col + 1 };
}

/** Request bytes of one style write: a call per property (a border is six edges of two calls). */
function styleBytes(style: Style, rows: number, columns: number): number {
  const calls = Object.keys(style).filter((k) => k !== "border" && k !== "numberFormat").length + (style.border ? 14 : 0);
  return CALL_BYTES * (calls + 2) + (style.numberFormat ? CALL_BYTES + rows * columns * (style.numberFormat.length + 3) : 0);
}

async function applyStyle(ranges: Ranges, address: string, style: Style, payload: Payload): Promise<void> {
  const { rows, columns } = size(address);
  await payload.reserve(ranges.cost(address) + styleBytes(style, rows, columns));
  const range = ranges.get(address);
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor.toUpperCase();
  if (style.fill !== undefined) format.fill.color = style.fill.toUpperCase();
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.numberFormat !== undefined) {
    const f = style.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => Array.from({ length: columns }, () => f));
  }
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (columns > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/** Office.js takes a fixed list unquoted ("Yes,No") and a range as a formula ("=AIP.List.Process"). */
function officeListSource(source: string): string {
  if (source.startsWith('"') && source.endsWith('"') && source.length >= 2) return source.slice(1, -1);
  return source.startsWith("=") ? source : `=${source}`;
}

function addValidation(ranges: Ranges, v: ListValidation, fresh: boolean): void {
  const dv = ranges.get(v.range).dataValidation;
  if (!fresh) dv.clear(); // a rule replaces whatever validation the cells had (a new sheet has none)
  dv.rule = { list: { inCellDropDown: true, source: officeListSource(v.source) } };
  dv.ignoreBlanks = true;
  dv.errorAlert = v.allowOther
    ? {
        showAlert: true,
        style: "Warning",
        title: "Not in the list",
        message: "This value is not in the list. Choose Yes to keep it anyway, or No to pick from the list.",
      }
    : { showAlert: true, style: "Stop", title: "Choose from the list", message: "Please choose a value from the dropdown list in this cell." };
  if (v.prompt) dv.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.message, 255) };
}

/**
 * Only dates: Office.js's DateTimeDataValidation takes formula1 as an ISO 8601 date string
 * (learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation#excel-excel-datetimedatavalidation-formula1-member).
 */
function addDateValidation(ranges: Ranges, v: DateValidation, fresh: boolean): void {
  const dv = ranges.get(v.range).dataValidation;
  if (!fresh) dv.clear();
  dv.rule = { date: { formula1: "2000-01-01", operator: "GreaterThan" } };
  dv.ignoreBlanks = true;
  dv.errorAlert = { showAlert: true, style: "Stop", title: "Type a date", message: "Please type a date, e.g. 3/15/2027." };
  if (v.prompt) dv.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.message, 255) };
}

export function addConditionalFormat(range: Excel.Range, f: ConditionalFormat): void {
  const cf = range.conditionalFormats.add("Custom");
  cf.custom.rule.formula = f.formula;
  if (f.style.fill) cf.custom.format.fill.color = f.style.fill.toUpperCase();
  if (f.style.fontColor) cf.custom.format.font.color = f.style.fontColor.toUpperCase();
  if (f.style.bold !== undefined) cf.custom.format.font.bold = f.style.bold;
}

function freeze(ws: Excel.Worksheet, ranges: Ranges, f: { rows: number; columns: number }): void {
  if (f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(ranges.get(blockRange("A1", f.rows, f.columns)));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
  else ws.freezePanes.unfreeze();
}

async function clearOwned(ranges: Ranges, addresses: readonly string[], payload: Payload): Promise<void> {
  for (const address of addresses) {
    await payload.reserve(ranges.cost(address) + CALL_BYTES * 4);
    const range = ranges.get(address);
    range.clear("All");
    range.unmerge();
    range.dataValidation.clear();
    range.conditionalFormats.clearAll();
  }
}

async function applyMerges(ranges: Ranges, merges: readonly string[], fresh: boolean, payload: Payload): Promise<void> {
  for (const { range, across } of mergeWrites(merges)) {
    await payload.reserve(ranges.cost(range) + CALL_BYTES * 2);
    const target = ranges.get(range);
    if (!fresh) target.unmerge(); // a merge replaces any merged area it overlaps (a new sheet has none)
    target.merge(across);
  }
}

async function applySizes(ranges: Ranges, spec: SheetSpec, payload: Payload): Promise<void> {
  for (const run of runsOf(spec.columns ?? [], (c) => columnWidthPoints(c.width))) {
    const address = `${cellAddress(0, run.first)}:${cellAddress(0, run.last)}`;
    await payload.reserve(ranges.cost(address) + CALL_BYTES);
    ranges.get(address).format.columnWidth = run.size;
  }
  // Hidden helper columns (Range.columnHidden, ExcelApi 1.2): still computed, neither shown nor printed.
  for (const run of runsOf(
    (spec.columns ?? []).filter((c) => c.hidden !== undefined),
    (c) => (c.hidden ? 1 : 0),
  )) {
    const address = `${cellAddress(0, run.first)}:${cellAddress(0, run.last)}`;
    await payload.reserve(ranges.cost(address) + CALL_BYTES);
    ranges.get(address).columnHidden = run.size === 1;
  }
  for (const run of rowRuns(spec.rows ?? [])) {
    const address = `${cellAddress(run.first, 0)}:${cellAddress(run.last, 0)}`;
    await payload.reserve(ranges.cost(address) + CALL_BYTES);
    ranges.get(address).format.rowHeight = run.size;
  }
}

export interface RenderOptions {
  /** The sheet was added in this same write: nothing to unmerge or clear of validation. */
  fresh: boolean;
}

/** Queues a sheet's cells and formats (print setup is separate: see renderPrint). */
export async function renderSheet(ws: Excel.Worksheet, spec: SheetSpec, payload: Payload, options: RenderOptions): Promise<void> {
  const ranges = new Ranges(ws);
  await clearOwned(ranges, spec.clear ?? [], payload);
  for (const group of blockGroups(spec.blocks)) await writeBlock(ranges, group, payload);
  for (const { range, style } of styleWrites(spec.styles ?? [])) await applyStyle(ranges, range, style, payload);
  await applyMerges(ranges, spec.merges ?? [], options.fresh, payload);
  for (const v of spec.validations ?? []) {
    await payload.reserve(ranges.cost(v.range) + CALL_BYTES * 5 + (v.prompt ? v.prompt.message.length : 0));
    addValidation(ranges, v, options.fresh);
  }
  for (const v of spec.dateValidations ?? []) {
    await payload.reserve(ranges.cost(v.range) + CALL_BYTES * 5 + (v.prompt ? v.prompt.message.length : 0));
    addDateValidation(ranges, v, options.fresh);
  }
  // Excel adds each conditional format at the top priority: add the last first to keep the spec's order.
  for (const f of [...(spec.conditionalFormats ?? [])].reverse()) {
    await payload.reserve(ranges.cost(f.range) + CALL_BYTES * 6 + f.formula.length);
    addConditionalFormat(ranges.get(f.range), f);
  }
  await applySizes(ranges, spec, payload);
  if (spec.freeze) freeze(ws, ranges, spec.freeze);
  if (spec.tabColor) ws.tabColor = spec.tabColor.toUpperCase();
}

/** Page layout (ExcelApi 1.9): orientation, one page wide, title rows, print area, margins, manual page breaks. */
export function renderPrint(ws: Excel.Worksheet, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // 1 page wide, as many tall as needed (0: no limit).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows.replace(/(\d+)/g, "$$$1").replace(/\$\$/g, "$"));
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.margins) setMargins(layout, print.margins);
  if (print.header || print.footer) setHeadersFooters(layout, print);
  if (print.breaksBefore) setPageBreaks(ws, print.breaksBefore);
}

/**
 * The sheet's manual row breaks, replaced (ExcelApi 1.9): removePageBreaks() resets the manual
 * ones, then add(range) puts a break above each range's top-left cell (Excel.PageBreakCollection).
 */
function setPageBreaks(ws: Excel.Worksheet, breaks: number[]): void {
  const collection = ws.horizontalPageBreaks;
  collection.removePageBreaks();
  for (const row of breaks) collection.add(`A${row + 1}`);
}

/** PageLayout's margins are in points; the spec's in inches (72 points each). */
function setMargins(layout: Excel.PageLayout, m: PageMargins): void {
  layout.leftMargin = m.left * 72;
  layout.rightMargin = m.right * 72;
  layout.topMargin = m.top * 72;
  layout.bottomMargin = m.bottom * 72;
  layout.headerMargin = m.header * 72;
  layout.footerMargin = m.footer * 72;
}

/** The same header and footer on every page (pageLayout.headersFooters.defaultForAllPages, ExcelApi 1.9). */
function setHeadersFooters(layout: Excel.PageLayout, print: PrintSetup): void {
  const all = layout.headersFooters.defaultForAllPages;
  if (print.header) Object.assign(all, { leftHeader: bandText(print.header.left), centerHeader: bandText(print.header.center), rightHeader: bandText(print.header.right) });
  if (print.footer) Object.assign(all, { leftFooter: bandText(print.footer.left), centerFooter: bandText(print.footer.center), rightFooter: bandText(print.footer.right) });
}
