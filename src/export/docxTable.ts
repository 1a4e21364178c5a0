/**
 * Tables shared by the Word documents: thin grey borders on every cell, a shaded header row that
 * Word repeats at the top of each page the table runs onto, widths in twentieths of a point.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { lines } from "./docxText";

/** The header rows' fill: the light blue of the workbook's header cells. */
export const HEADER_FILL = "DDEBF7";
/** A label cell's fill (the template's field names), lighter than a header. */
export const LABEL_FILL = "F2F2F2";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };

/** What a cell holds: text (one paragraph a line) or paragraphs built by the caller. */
export type CellContent = string | readonly Paragraph[];

export interface CellOptions {
  width: number;
  fill?: string;
  bold?: boolean;
  columnSpan?: number;
  rowSpan?: number;
  /** Text size in half-points (18 = 9 pt) for wide tables; the document's size when not given. */
  size?: number;
}

export function tableCell(content: CellContent, o: CellOptions): TableCell {
  const children = typeof content === "string" ? lines(content).map((l) => new Paragraph({ children: [new TextRun({ text: l, bold: o.bold, size: o.size })] })) : [...content];
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    rowSpan: o.rowSpan,
    verticalAlign: VerticalAlign.TOP,
    shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: children.length > 0 ? children : [new Paragraph("")],
  });
}

/** What every cell of a table shares (e.g. a smaller text size for a table of many columns). */
export type TableOptions = Pick<CellOptions, "size">;

/** A bordered table of the given column widths; `rows` are TableRows or rows of cell contents. */
export function borderedTable(widths: readonly number[], rows: readonly (TableRow | readonly CellContent[])[], options: TableOptions = {}): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: rows.map((row) => (row instanceof TableRow ? row : new TableRow({ children: row.map((content, c) => tableCell(content, { ...options, width: widths[c] })) }))),
  });
}

/** The header row, repeated by Word on every page the table spans, never split itself. */
export function headerRow(headers: readonly string[], widths: readonly number[], options: TableOptions = {}): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, c) => tableCell(h, { ...options, width: widths[c], fill: HEADER_FILL, bold: true })) });
}

/** A table with a repeated header row over rows of text. */
export function gridTable(headers: readonly string[], rows: readonly (readonly CellContent[])[], widths: readonly number[], options: TableOptions = {}): Table {
  return borderedTable(widths, [headerRow(headers, widths, options), ...rows], options);
}
