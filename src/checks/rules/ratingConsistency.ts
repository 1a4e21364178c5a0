/**
 * rating-consistency: a process rating of "Practices in Place Stage" or higher (rank 3+) while most
 * of the initiative's activities are overdue or not started. Only the latest rated period is
 * judged: the activities' statuses are today's, not the period's.
 */
import { isOverdue } from "../../domain/activities";
import { QPR_PERIODS } from "../../domain/plan";
import { PROCESS_SCALE, levelByName } from "../../domain/scales";
import { cellDate, cellText, findingAt, isBlankCell } from "../planCells";
import type { LocatedActivity } from "../locatedPlan";
import type { Finding, PlanRule } from "../types";

/** "Practices in Place Stage": from this rank up, a process rating says practices are in place. */
export const IN_PLACE_RANK = 3;

/** Overdue (Complete date passed, not Complete) or not started although its start date has come. */
export function behind(a: LocatedActivity, today: string): "overdue" | "not started" | undefined {
  const status = cellText(a.status).trim();
  const complete = cellDate(a.complete);
  if (isOverdue(complete.kind === "date" ? complete.iso : undefined, status, today)) return "overdue";
  if (status.toLowerCase() === "not started") {
    const start = cellDate(a.start);
    if (start.kind !== "date" || start.iso <= today) return "not started";
  }
  return undefined;
}

export const ratingConsistency: PlanRule = {
  kind: "plan",
  id: "rating-consistency",
  severity: "warning",
  description: `A process rating of "${PROCESS_SCALE.levels[IN_PLACE_RANK - 1].name}" or higher agrees with the activities: most of them are not overdue or not started.`,
  guidance: 'SPEC.md §6.3 (process stages: "A number of activities have not yet begun" is Problematic Implementation/At-Risk)',
  check(subject, options) {
    const out: Finding[] = [];
    for (const li of subject.initiatives) {
      const latest = [...QPR_PERIODS].reverse().find((p) => !isBlankCell(li.ratings[p]?.Process));
      const cell = latest && li.ratings[latest]?.Process;
      if (!latest || !cell || li.activities.length === 0) continue;
      const level = levelByName(PROCESS_SCALE, cellText(cell));
      if (!level || level.rank < IN_PLACE_RANK) continue;
      const states = li.activities.map((a) => behind(a, options.today));
      const overdue = states.filter((s) => s === "overdue").length;
      const notStarted = states.filter((s) => s === "not started").length;
      if ((overdue + notStarted) * 2 <= li.activities.length) continue;
      const parts = [overdue > 0 ? `${overdue} overdue` : "", notStarted > 0 ? `${notStarted} not started` : ""].filter(Boolean).join(" and ");
      out.push(
        findingAt(this, cell, `The ${latest} process rating is "${level.name}", but ${parts} of the initiative's ${li.activities.length} activities: most are behind.`, {
          suggestion: "Bring the activities' Status and dates up to date, or reconsider the rating; either way, say why in the process evidence.",
        }),
      );
    }
    return out;
  },
};
