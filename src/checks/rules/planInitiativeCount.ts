/**
 * plan-initiative-count: no more than five initiatives per objective (an error); one or five is a
 * note, since the guidance also suggests two to four (SPEC.md §2.4, DECISIONS.md 1).
 */
import { cellText, findingAt, shorten } from "../planCells";
import type { LocatedInitiative } from "../locatedPlan";
import type { Finding, PlanRule } from "../types";

export const planInitiativeCount: PlanRule = {
  kind: "plan",
  id: "plan-initiative-count",
  severity: "error",
  description: "Each objective has no more than five initiatives (two to four suggested).",
  guidance: 'SPEC.md §2.4 ("no more than five Initiatives for each objective", "2-4 Initiatives"); DECISIONS.md 1',
  check(subject) {
    const byObjective = new Map<number, LocatedInitiative[]>();
    for (const li of subject.initiatives) {
      if (li.sheet === "") continue; // its sheet is gone: reported as workbook-names
      byObjective.set(li.ref.o, [...(byObjective.get(li.ref.o) ?? []), li]);
    }
    const out: Finding[] = [];
    for (const [o, list] of [...byObjective].sort((a, b) => a[0] - b[0])) {
      const n = list.length;
      const anchor = list[0].objective ?? list[0].description;
      if (!anchor || (n >= 2 && n <= 4)) continue;
      const title = shorten(cellText(list[0].objective));
      const named = title ? `Objective ${o} ("${title}")` : `Objective ${o}`;
      if (n > 5) {
        out.push(
          findingAt(this, anchor, `${named} has ${n} initiatives; the guidance allows no more than five.`, {
            suggestion: "Merge related initiatives, or move the lowest-ranked ones to another objective or a later plan.",
            planLevel: true,
          }),
        );
      } else {
        out.push(
          findingAt(this, anchor, `${named} has ${n} initiative${n === 1 ? "" : "s"}; the guidance suggests two to four.`, {
            severity: "note",
            suggestion: n === 1 ? "Consider whether a second initiative is needed to reach the objective." : "Consider whether all five are needed this year.",
            planLevel: true,
          }),
        );
      }
    }
    return out;
  },
};
