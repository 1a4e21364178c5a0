/** The template's activity-table labels (SPEC.md §3.2), verbatim, shared by every sheet that shows them. */
export const ACTIVITY_LABELS = [
  "H. Activities to Achieve the Outcomes for the Initiative (Action Steps)",
  "I. Who will Lead?",
  "J. When will it Start?",
  "K. When will it be Complete?",
] as const;
