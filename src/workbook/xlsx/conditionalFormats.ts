/**
 * Conditional formats as ExcelJS stores them: one expression rule per entry (LibreOffice reads
 * expression rules; ExcelJS's containsText it misreads).
 */
import type * as ExcelJS from "exceljs";
import type { ConditionalFormat } from "../spec";
import { parseRange, type RangeRef } from "../../util/a1";
import { argb } from "./styles";

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return !(a.end.row < b.start.row || a.start.row > b.end.row || a.end.col < b.start.col || a.start.col > b.end.col);
}

/** Removes every conditional format that touches `range` (clearing an owned area clears its formats). */
export function removeConditionalFormats(ws: ExcelJS.Worksheet, range: string): void {
  const cleared = parseRange(range);
  ws.removeConditionalFormatting(
    (cf: ExcelJS.ConditionalFormattingOptions) =>
      !cf.ref
        .split(/\s+/)
        .filter(Boolean)
        .some((part) => overlaps(parseRange(part), cleared)),
  );
}

/** The sheet's conditional formats (ExcelJS keeps them in a field its types do not declare). */
export function conditionalFormattings(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Adds the rules after any the sheet has, keeping their order as priority (1 = first). */
export function addConditionalFormats(ws: ExcelJS.Worksheet, formats: readonly ConditionalFormat[]): void {
  let priority = conditionalFormattings(ws).reduce((max, cf) => Math.max(max, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  for (const f of formats) {
    const where = `Sheet "${ws.name}", conditional format on ${f.range}`;
    const style: Partial<ExcelJS.Style> = {};
    if (f.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.style.fill, where) } };
    if (f.style.fontColor || f.style.bold !== undefined) {
      style.font = {};
      if (f.style.fontColor) style.font.color = { argb: argb(f.style.fontColor, where) };
      if (f.style.bold !== undefined) style.font.bold = f.style.bold;
    }
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [{ type: "expression", priority: ++priority, formulae: [f.formula.replace(/^=/, "")], style }],
    });
  }
}
