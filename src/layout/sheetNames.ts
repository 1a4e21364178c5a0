/** The usual tab names of the add-in's own sheets: builders write them, readers and repair look for them. */
import type { QprPeriod } from "../domain/plan";

export const PLAN_SHEET = "Plan";
export const SUMMARY_SHEET = "Summary";

/** The tab of a period's view. */
export function qprSheetName(period: QprPeriod): string {
  return `QPR ${period}`;
}
