/** Shared look of the add-in's sheets: one place for colours, formats and row-height estimates. */
import type { Style } from "../workbook/spec";

export const DATE_FORMAT = "m/d/yyyy";
export const TITLE: Style = { bold: true, fontSize: 14 };
export const NOTE: Style = { italic: true, fontColor: "#595959", wrap: true, vAlign: "top" };
export const LABEL: Style = { bold: true, wrap: true, vAlign: "top", fill: "#F2F2F2", border: true };
export const HEADER: Style = { bold: true, wrap: true, vAlign: "top", fill: "#DDEBF7", border: true };
export const SECTION: Style = { bold: true, fontSize: 12, fill: "#DDEBF7" };
/** A cell people type in: wrapped, top-aligned, bordered. */
export const INPUT: Style = { wrap: true, vAlign: "top", border: true };
/** A cell the add-in computes: greyed so people see it is not theirs to type in. */
export const OWNED: Style = { wrap: true, vAlign: "top", border: true, fontColor: "#404040", fill: "#F7F7F7" };

const LINE_POINTS = 15;

/**
 * Row height (points) that shows `text` whole in a wrapped cell `widthChars` wide. Excel does not
 * auto-fit merged cells, so the layout sets heights itself.
 */
export function rowHeightFor(text: string, widthChars: number, minLines = 1): number {
  const lines = text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 1.1) / Math.max(1, widthChars))), 0);
  return Math.min(409, Math.max(minLines, lines) * LINE_POINTS);
}
