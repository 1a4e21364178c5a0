/**
 * Cells as Office.js input. Excel treats every string set through `values` or `formulas` like
 * typed input: "=…", "+…", "-…" and "@…" become formulas, "12", "45%", "TRUE" and "9/1/2026"
 * become numbers, booleans and dates, and a leading apostrophe is swallowed. So every non-empty
 * text gets a leading apostrophe: Excel then stores exactly the text (and shows no apostrophe).
 * Formulas (FormulaCell) are the only cells written as formulas.
 */
import type { Cell, Style } from "../spec";

/** null: Office.js leaves the cell as it is (used between blocks written as one). */
export type OfficeInput = string | number | boolean | null;

export function protectText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** One cell of a block; null and "" both empty the cell (as in the xlsx adapter); undefined is not written. */
export function officeInput(cell: Cell | undefined): OfficeInput {
  if (cell === undefined) return null;
  if (cell === null) return "";
  if (typeof cell === "string") return protectText(cell);
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  return cell.formula;
}

export function hasFormula(cells: Array<Array<Cell | undefined>>): boolean {
  return cells.some((row) => row.some((c) => c !== null && c !== undefined && typeof c === "object"));
}

export const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const satisfies Record<NonNullable<Style["hAlign"]>, string>;
export const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const satisfies Record<NonNullable<Style["vAlign"]>, string>;

/**
 * Excel's column width unit is characters of the default font (Calibri 11: 7 px a character plus
 * 5 px of padding); Office.js wants points (¾ of a pixel at 96 dpi).
 */
export function columnWidthPoints(characters: number): number {
  if (characters === 0) return 0;
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel refuses (or "repairs") longer prompt titles and messages. */
export const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
