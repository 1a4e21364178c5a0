/** Cell formats from a layout Style, merged over what a cell already has (like Office.js setters). */
import type * as ExcelJS from "exceljs";
import type { Style } from "../spec";
import { hexColour } from "../excelLimits";

/** Excel's default font; a font without name and size renders differently across spreadsheet apps. */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const V_ALIGN = { top: "top", center: "middle", bottom: "bottom" } as const;

/** "#1F4E79" → "FF1F4E79" (ExcelJS colours are ARGB). */
export function argb(hex: string, where: string): string {
  return `FF${hexColour(hex, where)}`;
}

/**
 * The cell's new style. Always a fresh object: ExcelJS shares style objects between cells (merged
 * cells, cells loaded with the same format), so changing one in place would restyle the others.
 */
export function mergeStyle(current: Partial<ExcelJS.Style>, style: Style, where: string): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...current };
  const fontChanges: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) fontChanges.bold = style.bold;
  if (style.italic !== undefined) fontChanges.italic = style.italic;
  if (style.fontSize !== undefined) fontChanges.size = style.fontSize;
  if (style.fontColor !== undefined) fontChanges.color = { argb: argb(style.fontColor, where) };
  if (Object.keys(fontChanges).length) next.font = { ...DEFAULT_FONT, ...current.font, ...fontChanges };

  if (style.fill !== undefined) {
    next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill, where) } };
  }
  if (style.wrap !== undefined || style.hAlign !== undefined || style.vAlign !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...current.alignment };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
    if (style.vAlign !== undefined) alignment.vertical = V_ALIGN[style.vAlign];
    next.alignment = alignment;
  }
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.border) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return next;
}
