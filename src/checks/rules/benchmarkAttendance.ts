/**
 * benchmark-attendance: a performance benchmark that counts attendance or participation ("100% of
 * teachers participate in training") measures presence, not application: a warning, since the
 * guidance calls it less meaningful rather than wrong (SPEC.md §4.4 criterion 3). Activities are
 * often attendance by nature ("Teachers attend the summer institute"), so they are not checked.
 */
import type { TextRule } from "../types";
import { analysisOf, label, PERFORMANCE_TYPES } from "./benchmarkText";

export const benchmarkAttendance: TextRule = {
  kind: "text",
  id: "benchmark-attendance",
  severity: "warning",
  description: "A performance benchmark measures the application of training, not attendance or participation.",
  guidance: 'SPEC.md §4.4 criterion 3 ("measuring the application of professional development")',
  appliesTo: PERFORMANCE_TYPES,
  check(input, context) {
    const a = analysisOf(input, context);
    if (!a.measuresParticipation) return [];
    return [
      {
        message: `This ${label(input.type)} counts attendance or participation, not whether people apply what they learned.`,
        suggestion: `Measure the application instead: "By ${context.schoolYear !== undefined ? `January ${context.schoolYear + 1}` : "<month> <year>"}, 80% of teachers use <the practice> in their lessons, as evidenced by walkthrough data".`,
      },
    ];
  },
};
