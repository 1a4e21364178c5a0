/** activity-overdue: an activity whose completion date has passed is marked Complete (today is an input). */
import { isOverdue } from "../../domain/activities";
import { usDate } from "../../domain/calendar";
import { cellDate, cellText, findingAt, shorten } from "../planCells";
import type { Finding, PlanRule } from "../types";

export const activityOverdue: PlanRule = {
  kind: "plan",
  id: "activity-overdue",
  severity: "warning",
  description: "An activity whose completion date (K) has passed has the status Complete.",
  guidance: 'SPEC.md §3.4 ("who will do what and by when"), §1.5 monitoring',
  check(subject, options) {
    const out: Finding[] = [];
    for (const li of subject.initiatives) {
      for (const a of li.activities) {
        const complete = cellDate(a.complete);
        const status = cellText(a.status).trim();
        if (complete.kind !== "date" || !isOverdue(complete.iso, status, options.today)) continue;
        const shown = status === "" ? "has no status" : `is "${shorten(status, 30)}"`;
        out.push(
          findingAt(this, a.status, `"${shorten(cellText(a.text)) || "(no text)"}" was due to complete on ${usDate(complete.iso)}, but its status ${shown}.`, {
            suggestion: "If it is done, set Status to Complete; if not, set Delayed and type a new completion date.",
          }),
        );
      }
    }
    return out;
  },
};
