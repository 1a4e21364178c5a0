/** The usual tab names of the add-in's own sheets: builders write them, readers and repair look for them. */
import type { QprPeriod } from "../domain/plan";

export const PLAN_SHEET = "Plan";
export const SUMMARY_SHEET = "Summary";

/** The tab of a period's view. */
export function qprSheetName(period: QprPeriod): string {
  return `QPR ${period}`;
}

/** The tab of a school year's Summative Report: "Summative 2026-27". */
export function summativeSheetName(startYear: number): string {
  return `Summative ${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** A tab named as the add-in names a Summative Report ("Summative 2026-27"), any year. */
export function isSummativeTab(sheet: string): boolean {
  return /^summative \d{4}-\d{2}$/i.test(sheet.trim());
}
