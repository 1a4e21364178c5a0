/**
 * The in-memory workbook behind the fake: sheets of sparse cells, merges, list validations,
 * frozen panes and defined names. Only the fake's proxies and test helpers touch it directly.
 */
import type { ChartData } from "./charts";
import { FakeOfficeError } from "./errors";

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Border style per edge name ("EdgeTop", …) */
  borders?: Record<string, string>;
}

export interface CellData {
  /** Stored value; "" for an empty cell and for a formula cell (formulas are not evaluated). */
  value: string | number | boolean;
  /** "=…" for a formula cell. */
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

export interface ValidationData {
  /** A list rule's source, or a date rule's "GreaterThan 2000-01-01" (operator and formula1). */
  source: string;
  /** "date" for a DateTimeDataValidation rule; a list otherwise. */
  type?: "date";
  inCellDropDown: boolean;
  prompt?: { showPrompt: boolean; title?: string; message?: string };
  errorAlert?: { showAlert: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

/** A conditional format; the sheet keeps them in priority order, first = top. */
export interface ConditionalFormatData {
  /** Excel's ConditionalFormat.id: stable while the format exists (collection.getItem(id)). */
  id: string;
  /** "Custom" (an expression rule: the add-in's kind), or another kind a person made in Excel ("CellValue", "DataBar", …). */
  type: string;
  rect: Rect;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageLayoutData {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  /** As given to setPrintArea, without "$". */
  printArea?: string;
  /** leftMargin … footerMargin, in points. */
  margins?: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  /** leftHeader … rightFooter of headersFooters.defaultForAllPages. */
  headersFooters?: Record<string, string>;
}

export interface SheetData {
  /** Stable identity: survives renames and moves (names and proxies hold the object). */
  readonly id: number;
  name: string;
  tabColor: string;
  cells: Map<string, CellData>;
  merges: Rect[];
  validations: Map<string, ValidationData>;
  conditionalFormats: ConditionalFormatData[];
  /** Protected with Review > Protect Sheet: its conditional formats cannot be changed (worksheet.protection, ExcelApi 1.2). */
  protected?: boolean;
  /** Column widths and row heights in points, by 0-based index. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  pageLayout: PageLayoutData;
  /** Manual page breaks (worksheet.horizontalPageBreaks): 0-based rows that start a printed page, ascending. */
  rowBreaks: number[];
  /** Charts in the order they were added (charts.ts). */
  charts: ChartData[];
  /** Hidden columns by 0-based index (range.columnHidden). */
  hiddenColumns: Set<number>;
  /** Selected range, as set by range.select(). */
  selection?: string;
}

export interface NameData {
  name: string;
  /** Single-rectangle target; undefined when the name is broken (#REF!) or not a range. */
  target?: { sheet: SheetData; rect: Rect };
  /** The reference text for anything that is not one live rectangle, e.g. "#REF!". */
  text: string;
}

export interface BookData {
  /** The next conditional format's id. */
  nextFormatId?: number;
  sheets: SheetData[];
  names: Map<string, NameData>;
  active?: SheetData;
  nextSheetId: number;
}

export const DEFAULT_FORMAT = "General";
export const cellKey = (row: number, col: number) => `${row},${col}`;

export function newBook(): BookData {
  return { sheets: [], names: new Map(), nextSheetId: 1 };
}

const FORBIDDEN = /[[\]:*?/\\]/;

/** Excel's rules for a tab name; throws InvalidArgument like Excel. */
export function checkSheetName(book: BookData, name: unknown, except?: SheetData): string {
  const fail = (why: string) => new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (sheet name "${String(name)}": ${why}).`);
  if (typeof name !== "string" || name.trim() === "") throw fail("blank");
  if (name.length > 31) throw fail("longer than 31 characters");
  if (FORBIDDEN.test(name)) throw fail("contains one of [ ] : * ? / \\");
  if (name.startsWith("'") || name.endsWith("'")) throw fail("starts or ends with an apostrophe");
  if (name.toLowerCase() === "history") throw fail('"History" is reserved');
  const clash = findSheet(book, name);
  if (clash && clash !== except) {
    throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists (sheet "${name}").`);
  }
  return name;
}

export function findSheet(book: BookData, name: string): SheetData | undefined {
  const wanted = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function addSheetData(book: BookData, name: string): SheetData {
  checkSheetName(book, name);
  const sheet: SheetData = {
    id: book.nextSheetId++,
    name,
    tabColor: "",
    cells: new Map(),
    merges: [],
    validations: new Map(),
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
    rowBreaks: [],
    charts: [],
    hiddenColumns: new Set(),
  };
  book.sheets.push(sheet);
  book.active ??= sheet;
  return sheet;
}

/** Cells of a rectangle that exist, with their coordinates (sparse: empty cells are skipped). */
export function* existingCells(sheet: SheetData, r: Rect): Generator<[number, number, CellData]> {
  const area = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (area > sheet.cells.size) {
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) yield [row, col, cell];
    }
    return;
  }
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.cells.get(cellKey(row, col));
      if (cell) yield [row, col, cell];
    }
}

export function cellAt(sheet: SheetData, row: number, col: number): CellData {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "", numberFormat: DEFAULT_FORMAT, format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export const overlaps = (a: Rect, b: Rect) => !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
