/**
 * activity-long-no-interim: an activity that runs Sept–June (starts in September or October and
 * completes in May or June, or spans about eight months or more) says how and when progress is
 * checked in between: a frequency ("monthly"), a checkpoint ("mid-year review", "by January") or
 * interim monitoring (SPEC.md §4.2 RULE (long timeframe)). A warning: the guidance says "should".
 */
import { isoToSerial, usDate } from "../../domain/calendar";
import { cellDate, cellText, findingAt, shorten } from "../planCells";
import type { Finding, PlanRule } from "../types";
import { analysisOf } from "./benchmarkText";

/** About eight months. */
const LONG_DAYS = 240;
const INTERIM_RE =
  /\b(?:interim|checkpoints?|check-?ins?|progress\s+monitoring|monitor(?:s|ed|ing)?\s+(?:progress|implementation)|mid-?year|MOY|milestones?|review(?:s|ed)?\s+(?:of\s+)?(?:progress|data|implementation)|progress\s+(?:reviews?|reports?|checks?)|benchmarks?\s+(?:in|at|by|each))\b/i;

function month(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function isLongActivity(start: string, complete: string): boolean {
  const days = isoToSerial(complete) - isoToSerial(start);
  if (days <= 0) return false;
  if (days >= LONG_DAYS) return true;
  return [9, 10].includes(month(start)) && [5, 6].includes(month(complete)) && days > 180;
}

export const activityLongNoInterim: PlanRule = {
  kind: "plan",
  id: "activity-long-no-interim",
  severity: "warning",
  description: "An activity running Sept–June (or about eight months or more) says how progress is checked in between.",
  guidance: "SPEC.md §4.2 Activities, RULE (long timeframe)",
  check(subject) {
    const out: Finding[] = [];
    const context = subject.plan.schoolYear ? { schoolYear: subject.plan.schoolYear } : {};
    for (const li of subject.initiatives) {
      for (const act of li.activities) {
        const start = cellDate(act.start);
        const complete = cellDate(act.complete);
        if (start.kind !== "date" || complete.kind !== "date" || !isLongActivity(start.iso, complete.iso)) continue;
        const text = cellText(act.text);
        const a = analysisOf({ text, type: "activity" }, context);
        const checkpoints = a.dateMentions.filter((m) => ["date", "month", "season", "period"].includes(m.kind));
        if (a.frequency !== undefined || checkpoints.length > 0 || INTERIM_RE.test(text)) continue;
        out.push(
          findingAt(
            this,
            act.text,
            `The activity "${shorten(text) || "(no text)"}" runs from ${usDate(start.iso)} to ${usDate(complete.iso)} with no interim checkpoint or frequency.`,
            { suggestion: `Say how progress is checked in between, e.g. "…; progress reviewed monthly by the leadership team" or "…; checkpoints in January and April".` },
          ),
        );
      }
    }
    return out;
  },
};
