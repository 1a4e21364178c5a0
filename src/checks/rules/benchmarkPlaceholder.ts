/**
 * benchmark-placeholder: elisions and template leftovers ("…", "<X>", "XX", "<insert date>", "TBD",
 * "Choose an item.", "____") make a benchmark incomplete: always an error (DECISIONS.md 15),
 * whatever else the text states. Applies to every benchmark type, activities included.
 */
import type { TextRule } from "../types";
import { analysisOf, label } from "./benchmarkText";

export const benchmarkPlaceholder: TextRule = {
  kind: "text",
  id: "benchmark-placeholder",
  severity: "error",
  description: "A benchmark holds no elision or template leftover (…, <X>, XX, <insert date>, TBD, Choose an item.).",
  guidance: "DECISIONS.md 15; SPEC.md §4.7 (placeholders <X>, <Y>)",
  check(input, context) {
    const a = analysisOf(input, context);
    if (a.placeholders.length === 0) return [];
    const shown = [...new Set(a.placeholders)].map((p) => `"${p}"`).join(", ");
    return [
      {
        message: `This ${label(input.type)} is unfinished: it still holds ${shown}.`,
        suggestion: `Replace ${shown} with the real ${/date|when/i.test(shown) ? "date" : "value or words"}; write the benchmark out in full.`,
      },
    ];
  },
};
