/**
 * Conditional formats as ExcelJS stores them: one expression rule per entry (LibreOffice reads
 * expression rules; ExcelJS's containsText it misreads).
 */
import type * as ExcelJS from "exceljs";
import { ownedBy, type ConditionalFormat, type OwnedFormats } from "../spec";
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

/**
 * Adds the rules after any the sheet has (or, `onTop`, before them all, as Excel's
 * conditionalFormats.add does), keeping their order as priority (1 = first).
 */
export function addConditionalFormats(ws: ExcelJS.Worksheet, formats: readonly ConditionalFormat[], onTop = false): void {
  let priority = conditionalFormattings(ws).reduce((max, cf) => Math.max(max, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  if (onTop) {
    for (const cf of conditionalFormattings(ws)) for (const r of cf.rules) r.priority = (r.priority ?? 0) + formats.length;
    priority = 0;
  }
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

/**
 * Replaces the add-in's own formats on a sheet (OwnedFormats): every expression rule whose formula
 * is the owner's goes, every other rule stays as it was, then the new ones are added.
 */
export function replaceOwnedFormats(ws: ExcelJS.Worksheet, owned: OwnedFormats): void {
  // A protected sheet is left as it is, as in Excel (src/workbook/office/ownedFormats.ts).
  if ((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) return;
  for (const f of owned.formats) {
    if (!ownedBy(f.formula, owned.owner)) throw new Error(`Sheet "${ws.name}": the conditional format on ${f.range} (${f.formula}) is not the owner's (${owned.owner}).`);
  }
  const isOwned = (r: ExcelJS.ConditionalFormattingRule) =>
    r.type === "expression" && ((r as { formulae?: unknown[] }).formulae ?? []).some((f) => ownedBy(String(f), owned.owner));
  const kept = conditionalFormattings(ws)
    .map((cf) => ({ ...cf, rules: cf.rules.filter((r) => !isOwned(r)) }))
    .filter((cf) => cf.rules.length > 0);
  conditionalFormattings(ws).splice(0, Infinity, ...kept);
  // On top, as Excel adds them: a mark shows over a person's own fill, and leaves their rule as it was.
  addConditionalFormats(ws, owned.formats, true);
}
