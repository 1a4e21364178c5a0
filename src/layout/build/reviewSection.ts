/**
 * The review round on a report sheet (QPR view, Summative Report): the status dropdown and the
 * date of each step (SPEC.md §6.2: the Monitor drafts, the district reviews the draft for factual
 * corrections, the Monitor and ESE publish). People's cells, named, written back on every rebuild.
 */
import { REVIEW_LABELS, REVIEW_STATUSES, REVIEW_STEP_LABELS } from "../../domain/review";
import { cellAddress } from "../../util/a1";
import type { Cell } from "../../workbook/spec";
import type { reviewNames } from "../names";
import type { ReviewTyped } from "../read/reviewRound";

export type { ReviewTyped };
import { span, type SheetParts } from "../sheetParts";
import { DATE_FORMAT, INPUT, LABEL, NOTE } from "../styles";

/** The status list as a fixed dropdown source: '"Draft,In factual review,Published"'. */
export const REVIEW_LIST_SOURCE = `"${REVIEW_STATUSES.map((s) => REVIEW_LABELS[s]).join(",")}"`;

export const REVIEW_NOTE =
  "Draft → In factual review → Published. The district reviews the draft and types its factual corrections in the white column beside each initiative; then the Monitor and ESE publish. Status, dates and corrections are kept when the sheet is rebuilt.";

/**
 * The status row, one date row per step and a note, from `row`; returns the next row. Labels in A,
 * values in B:C (the dates only dates), the note across D:last.
 */
export function reviewSection(parts: SheetParts, row: number, names: ReturnType<typeof reviewNames>, typed: ReviewTyped, lastCol: number): number {
  const { blocks, styles, merges, validations, name } = parts;
  const value = (r: number, label: string, cell: Cell, extra: object) => {
    blocks.push({ at: cellAddress(r, 0), cells: [[label, cell]] });
    styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: span(r, 1, 2), style: { ...INPUT, ...extra } });
    merges.push(span(r, 1, 2));
  };
  value(row, "Review status:", typed.status, {});
  name(names.status, cellAddress(row, 1));
  validations.push({
    range: cellAddress(row, 1),
    source: REVIEW_LIST_SOURCE,
    prompt: { title: "Review status", message: "Draft while the Monitor writes; In factual review once the district has the draft; Published when ESE publishes it." },
  });
  REVIEW_STATUSES.forEach((step, k) => {
    value(row + 1 + k, `${REVIEW_STEP_LABELS[step]}:`, typed.steps[step], { numberFormat: DATE_FORMAT, hAlign: "left" });
    name(names.stepDate(step), cellAddress(row + 1 + k, 1));
  });
  parts.dateValidations.push({
    range: `${cellAddress(row + 1, 1)}:${cellAddress(row + REVIEW_STATUSES.length, 1)}`,
    prompt: { title: "Date of this step", message: "The day the step was taken, e.g. 3/15/2027. Only a date can be typed here." },
  });
  blocks.push({ at: cellAddress(row, 3), cells: [[REVIEW_NOTE]] });
  styles.push({ range: `${cellAddress(row, 3)}:${cellAddress(row + REVIEW_STATUSES.length, lastCol)}`, style: NOTE });
  merges.push(`${cellAddress(row, 3)}:${cellAddress(row + REVIEW_STATUSES.length, lastCol)}`);
  return row + 1 + REVIEW_STATUSES.length;
}
