/**
 * Declarative sheet specs: what the layout wants a workbook to hold, with no knowledge of
 * Office.js or ExcelJS. Both adapters render these; neither decides anything about the AIP.
 *
 * Addresses are A1-style without a sheet ("B4", "B4:F9"). Dates are Excel serial numbers with a
 * date number format, exactly as Excel itself stores them.
 */
import type { BarChartSpec } from "./chartSpec";

/** A formula cell. The text starts with "=". */
export interface FormulaCell {
  formula: string;
  /**
   * What the formula computes when it is written, from the domain's own figures (never from a
   * formula evaluator). The .xlsx adapter stores it as the cell's cached result so previews, other
   * readers and aip itself see the value before Excel recalculates; Excel computes its own.
   */
  result?: string | number | boolean;
}

/**
 * A cell to write. A string is ALWAYS text, whatever it starts with ("=1+1", "+33%", "@home"):
 * adapters must store it as text, never as a formula. Formulas are only ever FormulaCell.
 * null leaves the cell empty.
 */
export type Cell = string | number | boolean | null | FormulaCell;

export interface Style {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" background fill */
  fill?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  /** Excel number format, e.g. "yyyy-mm-dd" or "@" */
  numberFormat?: string;
  /** Thin border on every edge of every cell in the range. */
  border?: boolean;
}

/** A rectangle of cells written in one go (never cell by cell). */
export interface Block {
  /** Top-left cell; the block's size is given by `cells`. */
  at: string;
  /** Rows of cells; every row has the same length. */
  cells: Cell[][];
}

export interface StyledRange {
  range: string;
  style: Style;
}

export interface ListValidation {
  range: string;
  /**
   * The list's source: a formula such as "=AIP.List.Process", or a short fixed list written as
   * Excel stores it, in double quotes: '"Yes,No"'.
   */
  source: string;
  /** Input message shown when the cell is selected (title ≤ 32, message ≤ 255 characters). */
  prompt?: { title: string; message: string };
  /** false: a value not in the list is refused; true: only a warning (people may type a team name). */
  allowOther?: boolean;
}

/**
 * Only a date may be typed in the range, blank allowed: Excel's Date validation ("greater than
 * 1/1/2000"). Text such as "next week" is refused with a message that says what to type.
 */
export interface DateValidation {
  range: string;
  /** Input message shown when the cell is selected (title ≤ 32, message ≤ 255 characters). */
  prompt?: { title: string; message: string };
}

/**
 * Colour cells while an expression holds (expression rules: LibreOffice reads them, unlike
 * ExcelJS's containsText). `formula` is written for the range's top-left cell; relative
 * references move with each cell, as in Excel's "Use a formula to determine which cells to format".
 * Rules apply in list order: the first has the highest priority.
 */
export interface ConditionalFormat {
  range: string;
  /** "=…", e.g. '=EXACT(D7,$B$5)' */
  formula: string;
  style: { fill?: string; fontColor?: string; bold?: boolean };
}

/** Text in the left, centre and right of a printed page's header or footer. */
export interface PageBand {
  left?: string;
  center?: string;
  right?: string;
}

/** Page margins in inches, as Excel's Page Setup > Margins shows them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** From the page's edge to the header's text. */
  header: number;
  /** From the page's edge to the footer's text. */
  footer: number;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /**
   * Printed on every page. Plain text, plus these codes, as in Excel's header and footer dialog:
   * &[Page], &[Pages], &[Date], &[Tab] (page number, page count, print date, sheet name).
   */
  header?: PageBand;
  footer?: PageBand;
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "5:5". */
  titleRows?: string;
  /**
   * The range printed, e.g. "A1:H40" (omitted: the used range). Helper columns left outside it
   * are not printed and do not shrink the fit to width.
   */
  printArea?: string;
  /**
   * Manual page breaks: 0-based row indexes where a new printed page starts (never 0). Given (even
   * empty), they replace the sheet's manual row breaks, so a rebuilt sheet keeps none of its old
   * ones; omitted, the sheet's breaks are left as they are.
   */
  breaksBefore?: number[];
  /** Omitted: the application's default margins. */
  margins?: PageMargins;
}

export interface ColumnSpec {
  /** 0-based column index */
  index: number;
  /** Width in characters of the default font (Excel's column width unit). */
  width: number;
  /** Hidden: its cells still compute and can be referenced, but it is neither shown nor printed. */
  hidden?: boolean;
}

export interface RowSpec {
  /** 0-based row index */
  index: number;
  /** Height in points. */
  height: number;
}

/**
 * One sheet's wanted content. With `create`, the sheet must not exist yet and is added at
 * `position`; otherwise the sheet exists and only the listed ranges are touched (owned areas).
 */
export interface SheetSpec {
  name: string;
  create: boolean;
  /** 0-based tab position for a created sheet; omitted: after the last sheet. */
  position?: number;
  tabColor?: string;
  /** Ranges whose values and formats are cleared before the blocks are written (owned areas only). */
  clear?: string[];
  blocks: Block[];
  styles?: StyledRange[];
  merges?: string[];
  validations?: ListValidation[];
  /** Date cells: written after the list validations, removed by `clear` like them. */
  dateValidations?: DateValidation[];
  /** Removed by `clear` like other formats; written after styles. */
  conditionalFormats?: ConditionalFormat[];
  columns?: ColumnSpec[];
  rows?: RowSpec[];
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  /**
   * The add-in's charts on this sheet (sheet = this spec's name). Each replaces the add-in's chart of
   * the same id; a person's own charts, and the add-in's of other ids, are left as they are.
   */
  charts?: BarChartSpec[];
  /** Make this sheet the active one after the write (in Excel, and the tab the saved file opens on). */
  activate?: boolean;
  /**
   * The saved file opens on this sheet (the .xlsx adapter's workbook view), but Excel leaves the
   * person on the sheet they are working on: the pane offers "Go to" instead.
   */
  opensOn?: boolean;
}

/** A workbook-scoped defined name, created or re-pointed. */
export interface NameSpec {
  name: string;
  sheet: string;
  range: string;
}

/**
 * Conditional formats the add-in owns on a sheet it does not rebuild (Check's marks on the plan's
 * cells, docs/checker.md "Marks on the sheets"). The adapter removes every conditional format on
 * the sheet whose formula starts with `owner` (compared ignoring case), and no other, then adds
 * `formats`, each of whose formulas starts with `owner`. An empty list only removes. A protected
 * sheet is left as it is (Excel refuses format changes there).
 */
export interface OwnedFormats {
  sheet: string;
  /** The formula's start that marks a format as the add-in's, e.g. '=ISTEXT("AIP Check'. */
  owner: string;
  formats: ConditionalFormat[];
}

/** Everything one command writes, applied by an adapter in a single round trip (owned formats: one more in Excel, to find them). */
export interface WriteBatch {
  sheets: SheetSpec[];
  names: NameSpec[];
  owned?: OwnedFormats[];
}

/** Whether a conditional format's formula is the owner's (Excel and files may change its case). */
export function ownedBy(formula: string, owner: string): boolean {
  const norm = (f: string) => f.trim().replace(/^=/, "").toLowerCase();
  return norm(formula).startsWith(norm(owner));
}
