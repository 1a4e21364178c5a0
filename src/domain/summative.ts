/**
 * The year's figures of the Annual Summative Report (SPEC.md §9.1, Appendix L: one of the Monitor's
 * four reports a year): how each initiative's ratings changed over the school year, its activities
 * at the year's end, and whether the Highlight Discussions covered every initiative each quarter
 * (DECISIONS.md 13). The Summative sheet's formulas compute the same figures; the tests compare.
 */
import { addDays, inWindow, qprWindow, schoolYearWindow, type DateWindow } from "./calendar";
import { isCompleteStatus, isOverdue } from "./activities";
import { QPR_PERIODS, type Activity, type IsoDate, type QprPeriod } from "./plan";
import type { Change, Rank } from "./rollup";
import type { MeetingRecord } from "./minutes/coverage";

/**
 * The change over the year: the latest valid rating against the first valid one (a blank or a value
 * that is not a scale level is skipped). Undefined with fewer than two valid ratings.
 */
export function yearChange(ranks: readonly Rank[]): Change | undefined {
  const valid = ranks.filter((r): r is number => r !== undefined && r > 0);
  if (valid.length < 2) return undefined;
  const [first, last] = [valid[0], valid[valid.length - 1]];
  return last > first ? "up" : last < first ? "down" : "same";
}

/** The day overdue activities are counted for: the day after the school year's last, or today when that is earlier. */
export function yearEndDay(startYear: number, today: IsoDate): IsoDate {
  const after = addDays(schoolYearWindow(startYear).end, 1);
  return today < after ? today : after;
}

export interface YearEndActivities {
  /** Activities with a description (column H). */
  planned: number;
  /** Marked Complete. */
  complete: number;
  /** Due before the year's end (or today, when earlier) and not marked Complete. */
  overdue: number;
}

export function yearEndActivities(activities: readonly Activity[], startYear: number, today: IsoDate): YearEndActivities {
  const day = yearEndDay(startYear, today);
  return {
    planned: activities.filter((a) => a.text.length > 0).length,
    complete: activities.filter((a) => isCompleteStatus(a.status)).length,
    overdue: activities.filter((a) => isOverdue(a.complete, a.status, day)).length,
  };
}

export type CoverageVerdict = "held" | "not held" | "no minutes" | "not yet";

export interface QuarterCoverage {
  period: QprPeriod;
  window: DateWindow;
  /** Dates of the Highlight Discussions with minutes in the quarter, oldest first. */
  meetings: IsoDate[];
  /** Initiatives (numbers "1.2") no minutes of the quarter marked as discussed. */
  missing: string[];
  verdict: CoverageVerdict;
}

/**
 * Each QPR quarter of the school year: the Highlight Discussions held and whether every initiative
 * was discussed at least once in its three months (the coverage rule, DECISIONS.md 13). A quarter
 * that has not begun by `today` is "not yet"; one with no minutes is "no minutes".
 */
export function quarterCoverage(initiatives: readonly string[], meetings: readonly MeetingRecord[], startYear: number, today: IsoDate): QuarterCoverage[] {
  return QPR_PERIODS.map((period) => {
    const window = qprWindow(period, startYear);
    const held = meetings.filter((m) => inWindow(m.date, window)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
    const discussed = new Set(held.flatMap((m) => m.discussed));
    const missing = initiatives.filter((n) => !discussed.has(n));
    const verdict: CoverageVerdict = held.length === 0 ? (window.start > today ? "not yet" : "no minutes") : missing.length === 0 ? "held" : "not held";
    return { period, window, meetings: [...new Set(held.map((m) => m.date))], missing, verdict };
  });
}

/** The school year a day belongs to for reporting, July to June: 2026-07-01 … 2027-06-30 → 2026. */
export function reportingYearOf(today: IsoDate): number {
  const [y, m] = today.split("-").map(Number);
  return m >= 7 ? y : y - 1;
}

/** "2026-27" or "2026-2027" (or "2026") → 2026; undefined when it is not a school year. */
export function parseSchoolYear(text: string): number | undefined {
  const m = /^\s*(?:SY\s*)?(\d{4})(?:\s*[-–/]\s*(\d{2}|\d{4}))?\s*$/i.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  if (m[2] === undefined) return start;
  const end = Number(m[2]);
  const ok = m[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
  return ok ? start : undefined;
}

/** "2026-27": the tab and the CLI's way of writing a school year. */
export function shortSchoolYear(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}
