/** Sheet-wide settings: column widths, row heights, frozen panes, print setup and tab colour. */
import type * as ExcelJS from "exceljs";
import type { ColumnSpec, PageBand, PrintSetup, RowSpec } from "../spec";
import { cellAddress, parseRange } from "../../util/a1";
import { bandText } from "../pageBands";
import { checkedBreaks } from "../pageBreaks";
import { WorkbookError } from "../port";
import { argb } from "./styles";

export function setColumns(ws: ExcelJS.Worksheet, columns: ColumnSpec[]): void {
  for (const c of columns) {
    if (!(c.width >= 0 && c.width <= 255)) {
      throw new WorkbookError(`Sheet "${ws.name}": column width ${c.width} is outside Excel's 0–255.`);
    }
    const column = ws.getColumn(c.index + 1);
    column.width = c.width;
    if (c.hidden !== undefined) column.hidden = c.hidden;
  }
}

export function setRows(ws: ExcelJS.Worksheet, rows: RowSpec[]): void {
  for (const r of rows) {
    if (!(r.height >= 0 && r.height <= 409)) {
      throw new WorkbookError(`Sheet "${ws.name}": row height ${r.height} is outside Excel's 0–409 points.`);
    }
    ws.getRow(r.index + 1).height = r.height;
  }
}

/** Freezes the top `rows` rows and left `columns` columns (0 and 0 unfreezes). */
export function setFreeze(ws: ExcelJS.Worksheet, freeze: { rows: number; columns: number }): void {
  const views = ws.views ?? []; // null for a sheet loaded without views
  const current = (views[0] ?? {}) as Record<string, unknown>;
  const keep = { activeCell: current.activeCell, tabSelected: current.tabSelected, showGridLines: current.showGridLines };
  const view =
    freeze.rows > 0 || freeze.columns > 0
      ? { ...keep, state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows, topLeftCell: cellAddress(freeze.rows, freeze.columns) }
      : { ...keep, state: "normal" };
  ws.views = [view as unknown as ExcelJS.WorksheetView, ...views.slice(1)];
}

export function setPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const breaks = checkedBreaks(ws.name, print);
  const setup: Partial<ExcelJS.PageSetup> = { ...ws.pageSetup, orientation: print.orientation };
  if (print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  else setup.fitToPage = false;
  if (print.titleRows !== undefined) {
    if (!/^\$?\d+:\$?\d+$/.test(print.titleRows)) {
      throw new WorkbookError(`Sheet "${ws.name}": print title rows "${print.titleRows}" must look like "5:5".`);
    }
    setup.printTitlesRow = print.titleRows.replace(/\$/g, "");
  }
  if (print.printArea !== undefined) setup.printArea = printArea(ws, print.printArea);
  if (print.margins) setup.margins = { ...print.margins };
  ws.pageSetup = setup as ExcelJS.PageSetup;
  if (print.header || print.footer) {
    ws.headerFooter = { ...ws.headerFooter, oddHeader: bandCodes(print.header), oddFooter: bandCodes(print.footer) };
  }
  if (breaks) setRowBreaks(ws, breaks);
}

/**
 * The sheet's manual row breaks, replaced. The file stores a break after a row (ECMA-376 §18.3.1.73
 * "rowBreaks": brk id is the 1-based row above it), which is ExcelJS's row.addPageBreak() on that
 * row: a new page before the 0-based row `n` is a break on the 1-based row `n`.
 */
function setRowBreaks(ws: ExcelJS.Worksheet, breaks: number[]): void {
  // The typings leave rowBreaks to the worksheet's model, but the Worksheet holds the list it saves.
  (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks = [];
  for (const row of breaks) ws.getRow(row).addPageBreak();
}

/** "A1:H40" as ExcelJS keeps a print area (printNames.ts writes it as a quoted, absolute name). */
function printArea(ws: ExcelJS.Worksheet, area: string): string {
  try {
    const r = parseRange(area);
    return `${cellAddress(r.start.row, r.start.col)}:${cellAddress(r.end.row, r.end.col)}`;
  } catch {
    throw new WorkbookError(`Sheet "${ws.name}": print area "${area}" must be a range like A1:H40.`);
  }
}

/** A header or footer as the .xlsx file stores it: "&L…&C…&R…". */
export function bandCodes(band: PageBand | undefined): string {
  if (!band) return "";
  const parts: [string, string | undefined][] = [
    ["&L", band.left],
    ["&C", band.center],
    ["&R", band.right],
  ];
  return parts
    .filter(([, t]) => t)
    .map(([code, t]) => `${code}${bandText(t)}`)
    .join("");
}

export function setTabColor(ws: ExcelJS.Worksheet, color: string): void {
  ws.properties.tabColor = { argb: argb(color, `Sheet "${ws.name}" tab colour`) };
}
