/** Sheet lookup, creation in tab order, and which sheet and cell are active. */
import type * as ExcelJS from "exceljs";
import { parseRange, cellAddress } from "../../util/a1";
import { WorkbookError } from "../port";
import { missingSheet } from "../excelLimits";

/** The sheet with this name (Excel compares tab names without case), or undefined. */
export function findSheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return book.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

export function requireSheet(book: ExcelJS.Workbook, name: string, action: string): ExcelJS.Worksheet {
  const ws = findSheet(book, name);
  if (!ws) throw missingSheet(name, action);
  return ws;
}

/** Adds a sheet at a 0-based tab position (clamped; omitted: last). */
export function addSheet(book: ExcelJS.Workbook, name: string, position?: number): ExcelJS.Worksheet {
  const order = book.worksheets;
  const ws = book.addWorksheet(name);
  const at = position === undefined ? order.length : Math.max(0, Math.min(position, order.length));
  order.splice(at, 0, ws);
  // ExcelJS writes tabs sorted by orderNo.
  order.forEach((sheet, i) => ((sheet as unknown as { orderNo: number }).orderNo = i + 1));
  return ws;
}

interface BookView {
  activeTab?: number;
  firstSheet?: number;
  [k: string]: unknown;
}

function sheetView(ws: ExcelJS.Worksheet): Record<string, unknown> {
  // ExcelJS reads a sheet without a view as views: null.
  if (!ws.views?.length) ws.views = [{ state: "normal" } as ExcelJS.WorksheetView];
  return ws.views[0] as unknown as Record<string, unknown>;
}

/** Makes `ws` the tab that opens first; exactly one tab is marked selected (else Excel groups tabs). */
export function activateSheet(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const order = book.worksheets;
  const index = order.indexOf(ws);
  const views = (book.views as unknown as BookView[]) ?? [];
  const view: BookView = views[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
  view.activeTab = index;
  if (view.firstSheet !== undefined && view.firstSheet > index) view.firstSheet = index;
  book.views = [view, ...views.slice(1)] as unknown as ExcelJS.WorkbookView[];
  for (const sheet of order) {
    const v = sheetView(sheet);
    v.tabSelected = sheet === ws;
  }
}

/** Records the selection: the range's top-left cell becomes the active cell of the sheet. */
export function selectRange(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet, range: string): void {
  let top: string;
  try {
    const r = parseRange(range);
    top = cellAddress(r.start.row, r.start.col);
  } catch {
    throw new WorkbookError(`Cannot select "${range}" on sheet "${ws.name}": it is not a cell address like B4 or B4:F9.`);
  }
  activateSheet(book, ws);
  sheetView(ws).activeCell = top;
}

/** The active tab's name ("" for a workbook without sheets). */
export function activeSheetName(book: ExcelJS.Workbook): string {
  const order = book.worksheets;
  const index = (book.views as unknown as BookView[] | undefined)?.[0]?.activeTab ?? 0;
  return order[index]?.name ?? order[0]?.name ?? "";
}

/** The active cell recorded for a sheet, if any. */
export function activeCell(ws: ExcelJS.Worksheet): string | undefined {
  return ws.views?.[0]?.activeCell || undefined;
}
