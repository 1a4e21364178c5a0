/**
 * benchmark-target: an early-evidence indicator, short-term outcome or final outcome states a
 * measurable target: a number, percentage, count, rating level (at least “Providing”) or full
 * coverage ("each school", "every K-2 teacher"). Labels are not targets (Indicator 2, gr. 9, K-2,
 * Tier I, II, and III, SY 2026). SPEC.md §4.4 criterion 2, §4.6, §4.7. Activities are process
 * benchmarks, measured by being done by their Complete date (J, K), so they are not checked.
 */
import type { TextRule } from "../types";
import { analysisOf, label, PERFORMANCE_TYPES, tail } from "./benchmarkText";

export const benchmarkTarget: TextRule = {
  kind: "text",
  id: "benchmark-target",
  severity: "error",
  description: "A performance benchmark states a measurable target: a number, percentage, count, rating level or each/every/all + who.",
  guidance: 'SPEC.md §4.4 criterion 2 ("what the target is"), §4.6, §4.7',
  appliesTo: PERFORMANCE_TYPES,
  check(input, context) {
    const a = analysisOf(input, context);
    if (a.hasTarget) return [];
    return [
      {
        message: `This ${label(input.type)} has no measurable target: no number, percentage, count, rating level or "each/every" + who.`,
        suggestion: `Add a target: "<N>% of <teachers/students> …" or "every <school/teacher> …", e.g. "80% of ${tail(input.text, 50)}".`,
      },
    ];
  },
};
