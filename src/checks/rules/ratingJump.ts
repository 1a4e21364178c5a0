/**
 * rating-jump: a rating that moved two or more levels from one rated period to the next (blank
 * periods are skipped: a district may leave one empty). A note at two levels, a warning at three
 * (bottom to top or back): unusual enough that the evidence should explain it.
 */
import { QPR_PERIODS, type QprPeriod } from "../../domain/plan";
import { levelByName, type ScaleLevel } from "../../domain/scales";
import { cellText, findingAt, RATED_SCALES } from "../planCells";
import type { CellRead } from "../locatedPlan";
import type { Finding, PlanRule } from "../types";

export const ratingJump: PlanRule = {
  kind: "plan",
  id: "rating-jump",
  severity: "note",
  description: "A process or performance rating changes by at most one level from one rated period to the next.",
  guidance: "SPEC.md §6.1 (QPR: progress over the preceding months, with supporting evidence)",
  check(subject) {
    const out: Finding[] = [];
    for (const li of subject.initiatives) {
      for (const { kind, scale } of RATED_SCALES) {
        let previous: { period: QprPeriod; level: ScaleLevel } | undefined;
        for (const period of QPR_PERIODS) {
          const cell: CellRead | undefined = li.ratings[period]?.[kind];
          // Blank or not a level (rating-value reports those): compare across it.
          const level = cell ? levelByName(scale, cellText(cell)) : undefined;
          if (!cell || !level) continue;
          if (previous) {
            const by = level.rank - previous.level.rank;
            if (Math.abs(by) >= 2) {
              out.push(
                findingAt(
                  this,
                  cell,
                  `The ${kind.toLowerCase()} rating went ${by > 0 ? "up" : "down"} ${Math.abs(by)} levels in one step: "${previous.level.name}" (${previous.period}) to "${level.name}" (${period}).`,
                  {
                    severity: Math.abs(by) >= 3 ? "warning" : "note",
                    suggestion: `Make sure the ${period} ${kind.toLowerCase()} evidence explains a change this large.`,
                  },
                ),
              );
            }
          }
          previous = { period, level };
        }
      }
    }
    return out;
  },
};
