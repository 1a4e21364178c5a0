/**
 * benchmark-date-window: a date in a benchmark falls outside the plan's school year (1 Sep – 31 Aug,
 * DECISIONS.md "School year"), usually a year typed wrong or a benchmark copied from an old plan.
 * Baselines ("from spring 2012", "since 2024") are starting points and are not judged. A warning:
 * a multi-year target can be meant. Runs only when the plan's school year is known. Activities are
 * timed by J and K, and their text often names the year the work prepares ("to begin implementation
 * for the 2027-28 school year"), so only the performance benchmarks are judged.
 */
import { schoolYearLabel, schoolYearWindow } from "../../domain/calendar";
import type { TextRule } from "../types";
import { analysisOf, label, PERFORMANCE_TYPES } from "./benchmarkText";

export const benchmarkDateWindow: TextRule = {
  kind: "text",
  id: "benchmark-date-window",
  severity: "warning",
  description: "Every date a performance benchmark is due falls inside the plan's school year (1 Sep – 31 Aug).",
  guidance: 'DECISIONS.md "School year"; SPEC.md §4.2 (Final Outcomes: "that year")',
  appliesTo: PERFORMANCE_TYPES,
  check(input, context) {
    const sy = context.schoolYear;
    if (sy === undefined) return [];
    const w = schoolYearWindow(sy);
    const outside = analysisOf(input, context).dateMentions.filter((m) => !m.baseline && m.start !== undefined && m.end !== undefined && (m.end < w.start || m.start > w.end));
    if (outside.length === 0) return [];
    const shown = [...new Set(outside.map((m) => `"${m.text}"`))].join(", ");
    return [
      {
        message: `This ${label(input.type)} names ${shown}, outside the plan's school year ${schoolYearLabel(sy)} (9/1/${sy} – 8/31/${sy + 1}).`,
        suggestion: `Check the year: a date between September ${sy} and August ${sy + 1}, e.g. "By June ${sy + 1}, …".`,
      },
    ];
  },
};
