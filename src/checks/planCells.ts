/**
 * Helpers the plan rules share: a located cell as text or as a date, and a finding placed on it.
 * Dates follow the port's semantics: a serial number, a text date ("9/15/2026") or anything else
 * (junk), which rules report instead of throwing on.
 */
import { serialToIso } from "../domain/calendar";
import { QPR_PERIODS, type IsoDate, type QprPeriod } from "../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../domain/scales";
import { asText, isBlank, isErrorValue, parseTextDate } from "../layout/read/readCells";
import type { CellRead, LocatedPlan, LocatedInitiative } from "./locatedPlan";
import type { Finding, Severity } from "./types";

/** Excel's largest date serial (31 Dec 9999). */
const MAX_SERIAL = 2_958_465;

export function cellText(cell: CellRead | undefined): string {
  return cell ? asText(cell.value) : "";
}

export function isBlankCell(cell: CellRead | undefined): boolean {
  return !cell || isBlank(cell.value);
}

export type CellDate = { kind: "blank" } | { kind: "date"; iso: IsoDate } | { kind: "junk"; shown: string };

/** A date cell read the way Excel would show it; never throws. */
export function cellDate(cell: CellRead | undefined): CellDate {
  if (!cell || isBlank(cell.value)) return { kind: "blank" };
  const v = cell.value;
  if (typeof v === "number") {
    // Serials before 1 Jan 1901 are typed numbers, not dates in a plan.
    if (Number.isFinite(v) && v >= 367 && v <= MAX_SERIAL) return { kind: "date", iso: serialToIso(v) };
    return { kind: "junk", shown: String(v) };
  }
  if (typeof v === "string" && !isErrorValue(v)) {
    const iso = parseTextDate(v);
    if (iso) return { kind: "date", iso };
  }
  return { kind: "junk", shown: shorten(asText(v)) };
}

/** Long cell text cut for a message. */
export function shorten(text: string, max = 60): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** A finding placed on `cell` (its sheet, address and initiative). */
export function findingAt(
  rule: { id: string; severity: Severity },
  cell: CellRead,
  message: string,
  extra: { suggestion?: string; severity?: Severity; planLevel?: boolean } = {},
): Finding {
  const f: Finding = { rule: rule.id, severity: extra.severity ?? rule.severity, sheet: cell.at.sheet, cell: cell.at.cell, message };
  if (extra.suggestion) f.suggestion = extra.suggestion;
  if (cell.at.initiative && !extra.planLevel) f.initiative = { ...cell.at.initiative };
  return f;
}

/** The two rated scales of a QPR rating row, with the cells that hold their evidence (SPEC.md §6.3). */
export const RATED_SCALES = [
  { kind: "Process", evidence: "ProcessEvidence", scale: PROCESS_SCALE },
  { kind: "Performance", evidence: "PerformanceEvidence", scale: PERFORMANCE_SCALE },
] as const;

/** Every filled rating cell of the plan, period by period, with the evidence cell beside it. */
export function* filledRatings(subject: LocatedPlan): Generator<FilledRating> {
  for (const li of subject.initiatives) {
    for (const period of QPR_PERIODS) {
      const row = li.ratings[period];
      if (!row) continue;
      for (const rated of RATED_SCALES) {
        const cell = row[rated.kind];
        if (cell && !isBlankCell(cell)) yield { li, period, kind: rated.kind, scale: rated.scale, cell, evidenceCell: row[rated.evidence] };
      }
    }
  }
}

export interface FilledRating {
  li: LocatedInitiative;
  period: QprPeriod;
  kind: (typeof RATED_SCALES)[number]["kind"];
  scale: (typeof RATED_SCALES)[number]["scale"];
  cell: CellRead;
  evidenceCell?: CellRead;
}
