/** The template's activity-table labels (SPEC.md §3.2), verbatim, shared by every sheet that shows them. */
export const ACTIVITY_LABELS = [
  "H. Activities to Achieve the Outcomes for the Initiative (Action Steps)",
  "I. Who will Lead?",
  "J. When will it Start?",
  "K. When will it be Complete?",
] as const;

/** The template's Section 1 prompts (SPEC.md §3.1), verbatim: written on the Plan sheet, found again by the re-anchoring. */
export const SECTION1_PROMPTS = {
  keyIssues:
    "In this section, summarize the key issues arising from District Review findings and recommendations, Monitoring Reports, external or internal evaluations, and any other pertinent available quantitative and qualitative evidence. Note which issues you are prioritizing and why.",
  theoryOfAction: "Create the Theory of Action that will drive the development of the Plan.",
  objectivesAndInitiatives: "Next, identify the Strategic Objectives and Initiatives upon which the Plan will focus and why they are important.",
  finalOutcomes: "Describe the specific, measurable, final end-of-year outcomes the district aims to achieve by implementing the Plan. Include dates for each outcome.",
} as const;
