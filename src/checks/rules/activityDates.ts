/** activity-dates: every activity has a start (J) and a completion (K) date that Excel reads as dates. */
import { cellDate, cellText, findingAt, shorten } from "../planCells";
import type { CellRead } from "../locatedPlan";
import type { Finding, PlanRule } from "../types";

const COLUMNS = {
  start: "J. When will it Start?",
  complete: "K. When will it be Complete?",
} as const;

export const activityDates: PlanRule = {
  kind: "plan",
  id: "activity-dates",
  severity: "warning",
  description: "Every activity has a start date (J) and a completion date (K).",
  guidance: 'SPEC.md §3.4 ("in what timeframe"), §3.2 columns J and K',
  check(subject) {
    const out: Finding[] = [];
    for (const li of subject.initiatives) {
      for (const a of li.activities) {
        const name = shorten(cellText(a.text)) || "(no text)";
        for (const key of ["start", "complete"] as const) {
          const cell: CellRead = a[key];
          const d = cellDate(cell);
          if (d.kind === "blank") {
            out.push(
              findingAt(this, cell, `The activity "${name}" has no ${key === "start" ? "start" : "completion"} date (${COLUMNS[key]}).`, {
                suggestion: "Type a date such as 10/15/2026.",
              }),
            );
          } else if (d.kind === "junk") {
            out.push(
              findingAt(this, cell, `The ${key === "start" ? "start" : "completion"} date of "${name}" holds "${d.shown}", which is not a date.`, {
                suggestion: "Type a date such as 10/15/2026 (a month alone is not enough to track it).",
              }),
            );
          }
        }
      }
    }
    return out;
  },
};
