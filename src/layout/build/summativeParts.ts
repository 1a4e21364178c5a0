/**
 * The Summative Report's grid and the moves its sections share (src/layout/build/summativeSheet.ts):
 * its columns, a line across the text width, a header row, a person's named box.
 */
import type { ScaleKey } from "../../domain/rollup";
import { cellAddress } from "../../util/a1";
import type { Cell, Style } from "../../workbook/spec";
import type { RatingKind, summativeNames } from "../names";
import type { Kept, SummativeModel } from "../read/summativeModel";
import { span, type SheetParts } from "../sheetParts";
import { LAST_TEXT, WIDTHS } from "../summativeGrid";
import { HEADER, INPUT, LABEL } from "../styles";

export { MET_CHOICES, periodHeading, ROW_LABELS, SUMMATIVE_TITLE, verdictText } from "../reportLabels";

export { CHANGE_COL, CORRECTIONS_COL, LAST_COL, LAST_TEXT, PERIOD_COL, RANK_COL, WIDTHS } from "../summativeGrid";

/** The width in characters of columns `from` to `to` merged (to size a row for the text it holds). */
export function spanChars(from: number, to: number): number {
  return WIDTHS.slice(from, to + 1).reduce((a, b) => a + b, 0);
}

export const KIND: Record<ScaleKey, RatingKind> = { process: "Process", performance: "Performance" };
export const EVIDENCE: Record<ScaleKey, RatingKind> = { process: "ProcessEvidence", performance: "PerformanceEvidence" };

/** The report as it is written, top to bottom: its parts, its names, the model and the next row (0-based). */
export interface Rows {
  parts: SheetParts;
  s: ReturnType<typeof summativeNames>;
  model: SummativeModel;
  r: number;
}

/** One text across A:H, styled, optionally `height` points high. */
export function line(w: Rows, text: Cell, style: Style, height?: number): void {
  const across = span(w.r, 0, LAST_TEXT);
  w.parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[text]] });
  w.parts.styles.push({ range: across, style });
  w.parts.merges.push(across);
  if (height) w.parts.rows.push({ index: w.r, height });
  w.r++;
}

/** A header row: each cell [text, first col, last col], merged when it spans columns. */
export function header(w: Rows, cells: [string, number, number][], style: Style = HEADER): void {
  for (const [text, from, to] of cells) {
    w.parts.blocks.push({ at: cellAddress(w.r, from), cells: [[text]] });
    if (to > from) w.parts.merges.push(span(w.r, from, to));
  }
  w.parts.styles.push({ range: span(w.r, 0, cells[cells.length - 1][2]), style });
  w.parts.rows.push({ index: w.r, height: 32 });
  w.r++;
}

/** A label in A and a person's box across B:H, named. */
export function box(w: Rows, label: string, kept: Kept, name: string, height: number): void {
  w.parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[label, kept.cell]] });
  w.parts.styles.push({ range: cellAddress(w.r, 0), style: LABEL }, { range: span(w.r, 1, LAST_TEXT), style: INPUT });
  w.parts.merges.push(span(w.r, 1, LAST_TEXT));
  w.parts.rows.push({ index: w.r, height });
  w.parts.name(name, cellAddress(w.r, 1));
  w.r++;
}
