/**
 * activity-frequency: an ongoing activity ("ongoing", "continue to", "throughout the year") names
 * how often it happens (SPEC.md §4.2 RULE (ongoing): "For ongoing Activities, specify the frequency
 * (e.g., weekly; monthly)"). A note: the activity's dates are in J and K, and this only asks for
 * the rhythm in between. This is the only date check on activity text.
 */
import type { TextRule } from "../types";
import { analysisOf, tail } from "./benchmarkText";

export const activityFrequency: TextRule = {
  kind: "text",
  id: "activity-frequency",
  severity: "note",
  description: "An ongoing activity names its frequency (weekly, monthly, each cycle…).",
  guidance: "SPEC.md §4.2 Activities, RULE (ongoing)",
  appliesTo: ["activity"],
  check(input, context) {
    const a = analysisOf(input, context);
    if (!a.ongoing || a.frequency !== undefined) return [];
    return [
      {
        message: "This ongoing activity does not say how often it happens.",
        suggestion: `Add a frequency: "${tail(input.text, 60, false)}, weekly" (or monthly, each 6-week cycle).`,
      },
    ];
  },
};
