/** activity-lead: every activity names who will lead it (column I; a team is fine). */
import { cellText, findingAt, isBlankCell, shorten } from "../planCells";
import type { PlanRule } from "../types";

export const activityLead: PlanRule = {
  kind: "plan",
  id: "activity-lead",
  severity: "warning",
  description: "Every activity names who will lead it (column I; a team is allowed).",
  guidance: 'SPEC.md §3.4 ("who will get the job done"); DECISIONS.md 6',
  check(subject) {
    return subject.initiatives.flatMap((li) =>
      li.activities
        .filter((a) => isBlankCell(a.lead))
        .map((a) =>
          findingAt(this, a.lead, `The activity "${shorten(cellText(a.text)) || "(no text)"}" has no lead (I. Who will Lead?).`, {
            suggestion: "Name the person or team who will lead it.",
          }),
        ),
    );
  },
};
