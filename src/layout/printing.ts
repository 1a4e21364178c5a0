/**
 * How the add-in's sheets print (docs/printing.md): US Letter, one page wide, with the district,
 * the sheet's title and "Page N of M" on every page, and no text below 8 points. Fit to width
 * shrinks a sheet whose columns are wider than the page, so each sheet's widths are chosen to keep
 * the scale printScale computes at or above MIN_PRINT_SCALE (11-point text then prints at 8 points
 * or more).
 */
import type { ColumnSpec, PageMargins, PrintSetup } from "../workbook/spec";

/** Half-inch sides (Excel's "Normal" is 0.7) and 0.6-inch top and bottom: more of a sheet on a page at a larger scale, inside any printer's margin. */
export const PRINT_MARGINS: PageMargins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };

/** The smallest fit-to-width scale a sheet may need: 11-point text at 8 points. */
export const MIN_PRINT_SCALE = 8 / 11;

/** US Letter's width in points, by orientation (8.5 × 11 inches). */
const PAGE_WIDTH = { portrait: 8.5 * 72, landscape: 11 * 72 } as const;

/**
 * A column's width in points as Excel lays it out with Calibri 11 (the workbook's default font,
 * whose widest digit is 7 pixels): ECMA-376 §18.3.1.13's pixels = trunc((256·w + trunc(128/7)) / 256 · 7),
 * at 96 pixels an inch. `widthChars` is the width the file stores (ColumnSpec.width, padding included).
 */
export function columnPoints(widthChars: number): number {
  const pixels = Math.trunc(((256 * widthChars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/** The width the printed columns take in points (the first `count` columns of `columns`; a missing one is Excel's 8.43). */
export function printedWidth(columns: readonly ColumnSpec[], count: number): number {
  let sum = 0;
  for (let index = 0; index < count; index++) sum += columnPoints(columns.find((c) => c.index === index)?.width ?? 8.43);
  return sum;
}

/** The scale fit to one page wide prints at: at most 100%, less when the columns are wider than the page. */
export function printScale(columns: readonly ColumnSpec[], count: number, orientation: PrintSetup["orientation"], margins = PRINT_MARGINS): number {
  const printable = PAGE_WIDTH[orientation] - (margins.left + margins.right) * 72;
  return Math.min(1, printable / printedWidth(columns, count));
}

export interface SheetPrintArgs {
  orientation: PrintSetup["orientation"];
  /** The plan's district, printed at the top left of every page ("" or undefined: left out). */
  district?: string;
  /** What the sheet is, printed at the top centre: "Strategy sheet 1.2: Principals' walkthroughs". */
  title: string;
  /** Rows repeated at the top of every page, e.g. "12:12". */
  titleRows?: string;
  /** The range printed, when helper cells lie outside it. */
  printArea?: string;
  /** 0-based rows that start a new printed page (PrintSetup.breaksBefore). */
  breaksBefore?: number[];
}

/**
 * Excel allows 255 characters in a header, codes included, and a literal "&" is written "&&"
 * (pageBands.ts): each text is cut, with an ellipsis, to 100 characters as written, so the district
 * and the title together stay well inside.
 */
const BAND_CHARS = 100;

function clipBand(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const written = (t: string) => t.length + (t.match(/&/g)?.length ?? 0);
  if (written(flat) <= BAND_CHARS) return flat;
  let cut = flat.slice(0, BAND_CHARS - 1);
  while (written(cut) > BAND_CHARS - 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A sheet's print setup: one page wide, the margins above, the header and footer every sheet shares. */
export function sheetPrint(args: SheetPrintArgs): PrintSetup {
  const district = clipBand(args.district ?? "");
  return {
    orientation: args.orientation,
    fitToWidth: true,
    ...(args.titleRows ? { titleRows: args.titleRows } : {}),
    ...(args.printArea ? { printArea: args.printArea } : {}),
    ...(args.breaksBefore ? { breaksBefore: args.breaksBefore } : {}),
    margins: PRINT_MARGINS,
    header: { ...(district ? { left: district } : {}), center: clipBand(args.title) },
    footer: { left: "&[Tab]", right: "Page &[Page] of &[Pages]" },
  };
}
