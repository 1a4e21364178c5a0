/** Queues one SheetSpec's writes on an Office.js worksheet, in the order the xlsx adapter applies them. */
import type { Block, ConditionalFormat, ListValidation, SheetSpec, Style } from "../spec";
import { blockRange, cellAddress, parseCell, parseRange } from "../../util/a1";
import { clip, columnWidthPoints, H_ALIGN, hasFormula, officeInput, V_ALIGN } from "./cellInput";
import { bandText } from "../pageBands";
import { CALL_BYTES, Payload } from "./payload";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

async function writeBlock(ws: Excel.Worksheet, block: Block, payload: Payload): Promise<void> {
  const width = block.cells[0]?.length ?? 0;
  if (block.cells.length === 0 || width === 0) return;
  const rows = block.cells.map((row) => row.map(officeInput));
  const useFormulas = hasFormula(block.cells);
  const start = parseCell(block.at);
  // One 2-D write per block; a block too big for one request is sent in row bands.
  let first = 0;
  while (first < rows.length) {
    let last = first;
    let bytes = Payload.sizeOf([rows[first]]);
    while (last + 1 < rows.length && bytes + Payload.sizeOf([rows[last + 1]]) - CALL_BYTES <= payload.budget) {
      last++;
      bytes += Payload.sizeOf([rows[last]]) - CALL_BYTES;
    }
    await payload.reserve(bytes);
    const band = rows.slice(first, last + 1);
    const range = ws.getRange(blockRange(cellAddress(start.row + first, start.col), band.length, width));
    if (useFormulas) range.formulas = band;
    else range.values = band;
    first = last + 1;
  }
}

function size(range: string): { rows: number; columns: number } {
  const r = parseRange(range);
  return { rows: r.end.row - r.start.row + 1, columns: r.end.col - r.start.col + 1 };
}

async function applyStyle(ws: Excel.Worksheet, address: string, style: Style, payload: Payload): Promise<void> {
  const range = ws.getRange(address);
  const { rows, columns } = size(address);
  await payload.reserve(CALL_BYTES * 4 + (style.numberFormat ? rows * columns * (style.numberFormat.length + 3) : 0));
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

function addValidation(ws: Excel.Worksheet, v: ListValidation): void {
  const dv = ws.getRange(v.range).dataValidation;
  dv.clear(); // a rule replaces whatever validation the cells had
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

function addConditionalFormat(ws: Excel.Worksheet, f: ConditionalFormat): void {
  const cf = ws.getRange(f.range).conditionalFormats.add("Custom");
  cf.custom.rule.formula = f.formula;
  if (f.style.fill) cf.custom.format.fill.color = f.style.fill.toUpperCase();
  if (f.style.fontColor) cf.custom.format.font.color = f.style.fontColor.toUpperCase();
  if (f.style.bold !== undefined) cf.custom.format.font.bold = f.style.bold;
}

function freeze(ws: Excel.Worksheet, f: { rows: number; columns: number }): void {
  if (f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(ws.getRange(blockRange("A1", f.rows, f.columns)));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
  else ws.freezePanes.unfreeze();
}

export interface RenderOptions {
  /** Page layout needs ExcelApi 1.9; without it the print setup is skipped. */
  pageLayout: boolean;
}

export async function renderSheet(ws: Excel.Worksheet, spec: SheetSpec, payload: Payload, options: RenderOptions): Promise<void> {
  for (const address of spec.clear ?? []) {
    await payload.reserve(CALL_BYTES * 3);
    const range = ws.getRange(address);
    range.clear("All");
    range.unmerge();
    range.dataValidation.clear();
    range.conditionalFormats.clearAll();
  }
  for (const block of spec.blocks) await writeBlock(ws, block, payload);
  for (const { range, style } of spec.styles ?? []) await applyStyle(ws, range, style, payload);
  for (const range of spec.merges ?? []) {
    const { rows, columns } = size(range);
    if (rows * columns === 1) continue; // one cell: nothing to merge
    await payload.reserve(CALL_BYTES * 2);
    const target = ws.getRange(range);
    target.unmerge(); // a merge replaces any merged area it overlaps
    target.merge(false);
  }
  for (const v of spec.validations ?? []) {
    await payload.reserve(CALL_BYTES * 5);
    addValidation(ws, v);
  }
  // Excel adds each conditional format at the top priority: add the last first to keep the spec's order.
  for (const f of [...(spec.conditionalFormats ?? [])].reverse()) {
    await payload.reserve(CALL_BYTES * 4 + f.formula.length);
    addConditionalFormat(ws, f);
  }
  for (const c of spec.columns ?? []) {
    await payload.reserve(CALL_BYTES);
    ws.getRange(cellAddress(0, c.index)).format.columnWidth = columnWidthPoints(c.width);
  }
  for (const r of spec.rows ?? []) {
    await payload.reserve(CALL_BYTES);
    ws.getRange(cellAddress(r.index, 0)).format.rowHeight = r.height;
  }
  if (spec.freeze) freeze(ws, spec.freeze);
  if (spec.print && options.pageLayout) {
    await payload.reserve(CALL_BYTES * 3);
    const layout = ws.pageLayout;
    layout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    // 1 page wide, as many tall as needed (0: no limit).
    if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.titleRows) layout.setPrintTitleRows(spec.print.titleRows.replace(/(\d+)/g, "$$$1").replace(/\$\$/g, "$"));
    if (spec.print.header || spec.print.footer) {
      await payload.reserve(CALL_BYTES * 2);
      setHeadersFooters(layout, spec.print);
    }
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor.toUpperCase();
}

/** The same header and footer on every page (pageLayout.headersFooters.defaultForAllPages, ExcelApi 1.9). */
function setHeadersFooters(layout: Excel.PageLayout, print: NonNullable<SheetSpec["print"]>): void {
  const all = layout.headersFooters.defaultForAllPages;
  if (print.header) Object.assign(all, { leftHeader: bandText(print.header.left), centerHeader: bandText(print.header.center), rightHeader: bandText(print.header.right) });
  if (print.footer) Object.assign(all, { leftFooter: bandText(print.footer.left), centerFooter: bandText(print.footer.center), rightFooter: bandText(print.footer.right) });
}
