/**
 * Words the report sheets (QPR view, Summary, Summative Report) and their Word documents share:
 * written once so the sheet and the document say the same.
 */
import { MONTH_NAMES, QPR_WINDOWS, yearOfMonth } from "../domain/calendar";
import type { QprPeriod } from "../domain/plan";
import type { ScaleKey } from "../domain/rollup";
import type { QuarterCoverage } from "../domain/summative";

/** How a rating moved (the Summary's change since the last period, the Summative's change over the year). */
export const CHANGE_LABELS = { up: "↑ up", down: "↓ down", same: "= same" } as const;

/** The review column of a report, beside the Monitor's evidence. */
export const CORRECTIONS_HEADER = "Factual corrections from the district";

/** "January 2027" and "September – November 2026" (no years when the school year is unknown). */
export function qprMonths(period: QprPeriod, startYear: number): { publication: string; covers: string } {
  const w = QPR_WINDOWS[period];
  if (!startYear) return { publication: w.label, covers: w.covers };
  const publicationMonth = (MONTH_NAMES as readonly string[]).indexOf(w.label) + 1;
  const y1 = yearOfMonth(w.from, startYear);
  const y2 = yearOfMonth(w.to, startYear);
  const covers = y1 === y2 ? `${MONTH_NAMES[w.from - 1]} – ${MONTH_NAMES[w.to - 1]} ${y2}` : `${MONTH_NAMES[w.from - 1]} ${y1} – ${MONTH_NAMES[w.to - 1]} ${y2}`;
  return { publication: `${w.label} ${yearOfMonth(publicationMonth, startYear)}`, covers };
}

export const SUMMATIVE_TITLE = "Annual Summative Report";
export const MET_CHOICES = ["Met", "Partly met", "Not met"] as const;
export const ROW_LABELS: Record<ScaleKey, { rating: string; evidence: string }> = {
  process: { rating: "Process rating", evidence: "Process evidence" },
  performance: { rating: "Performance rating", evidence: "Performance evidence" },
};
export const VERDICT_TEXT = {
  held: "Yes",
  "not held": "No",
  "no minutes": "No minutes of this quarter in the workbook",
  "not yet": "The quarter has not begun",
} as const;

/** "Jan QPR (September – November 2026)": a period's column heading. */
export function periodHeading(period: QprPeriod, startYear: number): string {
  return `${period} QPR (${qprMonths(period, startYear).covers})`;
}

/** What the coverage column says of a quarter. */
export function verdictText(c: QuarterCoverage): string {
  return c.verdict === "not held" ? `No: ${c.missing.join(", ")} not discussed` : VERDICT_TEXT[c.verdict];
}
