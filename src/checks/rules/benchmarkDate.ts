/**
 * benchmark-date: an early-evidence indicator or short-term outcome says when it is due: a date,
 * month, deadline, season or window ("Fall-to-Winter"), school year ("by the end of SY26-27"),
 * BOY/MOY/EOY, or a frequency ("monthly", "each 6-week cycle"), SPEC.md §4.4 criterion 2, §4.7.
 * Activities are dated by their Start and Complete columns (J, K); an ongoing activity's
 * frequency is activity-frequency's concern. Final outcomes have a Date column and are annual:
 * a missing date is final-outcome-date's note (DECISIONS.md 14), not an error here.
 */
import type { TextRule } from "../types";
import { analysisOf, label, monthYear, tail } from "./benchmarkText";

export const benchmarkDate: TextRule = {
  kind: "text",
  id: "benchmark-date",
  severity: "error",
  description: "An early-evidence indicator or short-term outcome says when: a date, deadline, school year, window or frequency.",
  guidance: 'SPEC.md §4.4 criterion 2 ("when it is expected to be reached"), §4.5 third pass, §4.7',
  appliesTo: ["early_evidence", "short_term_outcome"],
  check(input, context) {
    const a = analysisOf(input, context);
    if (a.hasDate) return [];
    return [
      {
        message: `This ${label(input.type)} does not say when: no date, deadline, school year or frequency.`,
        suggestion: `Add a date: "By ${monthYear(context)}, ${tail(input.text)}", or a frequency: "Each month, …".`,
      },
    ];
  },
};
