/** rating-evidence: a QPR rating has its evidence typed beside it (SPEC.md §6.1, §4.3). */
import { filledRatings, findingAt, isBlankCell } from "../planCells";
import type { Finding, PlanRule } from "../types";

export const ratingEvidence: PlanRule = {
  kind: "plan",
  id: "rating-evidence",
  severity: "warning",
  description: "Every process or performance rating has evidence typed beside it.",
  guidance: "SPEC.md §6.1 (QPR ratings with evidence), §4.3 evidence rules",
  check(subject) {
    const out: Finding[] = [];
    for (const { li, period, kind, evidenceCell } of filledRatings(subject)) {
      if (!evidenceCell || !isBlankCell(evidenceCell)) continue;
      out.push(
        findingAt(this, evidenceCell, `The ${period} ${kind.toLowerCase()} rating of initiative ${li.ref.o}.${li.ref.i} has no evidence beside it.`, {
          suggestion: 'Name the evidence the rating rests on, e.g. "Walkthrough data, Nov 2026: 14 of 20 classrooms".',
        }),
      );
    }
    return out;
  },
};
