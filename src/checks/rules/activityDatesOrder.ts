/** activity-dates-order: an activity cannot complete before it starts. */
import { usDate } from "../../domain/calendar";
import { cellDate, cellText, findingAt, shorten } from "../planCells";
import type { Finding, PlanRule } from "../types";

export const activityDatesOrder: PlanRule = {
  kind: "plan",
  id: "activity-dates-order",
  severity: "error",
  description: "An activity's completion date (K) is not before its start date (J).",
  guidance: "SPEC.md §3.2 columns J and K",
  check(subject) {
    const out: Finding[] = [];
    for (const li of subject.initiatives) {
      for (const a of li.activities) {
        const start = cellDate(a.start);
        const complete = cellDate(a.complete);
        if (start.kind !== "date" || complete.kind !== "date" || complete.iso >= start.iso) continue;
        out.push(
          findingAt(
            this,
            a.complete,
            `"${shorten(cellText(a.text)) || "(no text)"}" completes on ${usDate(complete.iso)}, before it starts on ${usDate(start.iso)} (${a.start.at.cell}).`,
            {
              suggestion: "Swap the two dates, or correct the one that was mistyped.",
            },
          ),
        );
      }
    }
    return out;
  },
};
