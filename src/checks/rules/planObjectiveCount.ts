/** plan-objective-count: a plan has three to five objectives (SPEC.md §2.4, DECISIONS.md 1). */
import { PLAN_NAMES } from "../../layout/names";
import type { CellRead, LocatedPlan } from "../locatedPlan";
import { findingAt } from "../planCells";
import type { PlanRule } from "../types";

/** Where a plan-level count finding points: the Plan sheet's objective list, else its district cell. */
export function planAnchor(subject: LocatedPlan): CellRead {
  return subject.planCell(PLAN_NAMES.objectiveList) ?? subject.planCell(PLAN_NAMES.district) ?? { value: "", at: { sheet: "", cell: "" } };
}

export const planObjectiveCount: PlanRule = {
  kind: "plan",
  id: "plan-objective-count",
  severity: "warning",
  description: "The plan has three to five strategic objectives.",
  guidance: 'SPEC.md §2.4 ("3-5 Objectives"); DECISIONS.md 1',
  check(subject) {
    const n = subject.plan.objectives.length;
    if (n >= 3 && n <= 5) return [];
    const message =
      n === 0
        ? "The plan has no objectives yet; a plan has three to five."
        : n < 3
          ? `The plan has ${n} objective${n === 1 ? "" : "s"}; the guidance asks for three to five.`
          : `The plan has ${n} objectives; the guidance asks for three to five overarching areas of focus.`;
    const suggestion = n > 5 ? "Merge related objectives, or move some to next year's plan." : "Add objectives with the Add initiative page (New objective).";
    return [findingAt(this, planAnchor(subject), message, { suggestion, planLevel: true })];
  },
};
