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

/** The plan template's headings and notes (SPEC.md §2.1–§3.1), verbatim, for the Plan sheet, the strategy sheets and the Word document. */
export const PLAN_TEMPLATE = {
  title: "Level 4 District Accelerated Improvement Plan",
  section1: "Section 1: Explanation of key issues and how the district will address them",
  section1Limit: "(Maximum 1,000 words)",
  section2: "Section 2: Initiative Strategy Sheet",
  section2Note: "(There is one Strategy Sheet for each Initiative under an Objective; duplicate as necessary)",
  continued: "(continued on next page)",
} as const;

/** The strategy sheet's fields A–G (SPEC.md §3.1), verbatim; A carries the objective's number. */
export const STRATEGY_FIELD_LABELS = {
  objective: (o: number) => `A. District Strategic Objective ${o}:`,
  objectiveLead: "B. Overall Lead for this Objective (one person):",
  initiative: "C. Initiative Number and Description:",
  lead: "D. Lead for this Initiative (one person):",
  shortTermOutcomes: "E. Short-term outcomes for the Initiative, with dates/frequency for each:",
  earlyEvidence: "F. What are the key indicators for this Initiative to show early evidence of change? By when?",
  resources: "G. Key resources (e.g., other leaders/supporters of the Initiative, funds, external partners, time, staffing, materials, etc.):",
} as const;
