/** Appendix F's labels (SPEC.md §5.3), verbatim: the minutes sheet writes them, the re-anchoring reads them, the Word export prints them. */
export const MINUTES_TITLE = "Highlight Discussion Minutes";

/** Appendix F header fields, verbatim and in order. */
export const MINUTES_HEADER_LABELS = [
  "District:",
  "Highlight Discussion date:",
  "Meeting participants:",
  "Submitted by (person and date):",
  "Date of next Highlight Discussion:",
] as const;

export const MINUTES_INTRO =
  "The following topics are suggested for each Highlight Discussion. However, districts may modify by adding or eliminating topics, as long as the goals for a Highlight Discussion are reached:";

export const MINUTES_GOALS = [
  "Keep the Accelerated Improvement Plan a living document that focuses and guides district work",
  "Use evidence and artifacts to reflect on the progress and impact of the initiatives",
] as const;

/** The numbered sections, verbatim (the source's missing ")" in 1 included). Key "1a" is the evidence inventory. */
export const MINUTES_SECTIONS: { key: string; text: string }[] = [
  {
    key: "1",
    text: "1. Accomplishments and progress with both processes and performance, based on Benchmarks outlined in the Plan (Activities, Early Evidence of Change, and Short-Term Outcomes",
  },
  {
    key: "1a",
    text: "1a. Please provide an inventory of specific evidence that supports these accomplishments (listed by initiative) – these will be the sources that will be referenced in the Quarterly Progress Report.",
  },
  { key: "2", text: "2. Challenges to implementation (if any).  Please note any additional targeted assistance that may be needed." },
  { key: "3", text: "3. Risks to successful implementation in the coming months (if any).  Include an action plan for mitigating these risks." },
  { key: "4", text: "4. Next steps for the coming month (if not articulated above)." },
  { key: "5", text: "5. Key modifications to the plan and the reasons for these changes (if necessary)." },
  {
    key: "6",
    text: "6. Next Steps on the part of the district, Manager and/or Monitor, such as specific benchmarks/evidence to be discussed at next meeting; clarity on when a given benchmark will be achieved; Monitor’s request for specific evidence and/or experiences (such as meetings or school visits); and/or suggestions from participants for making future Highlight Discussions more effective.",
  },
];

export const AGENDA_HEADERS = ["Initiative", "Activity or benchmark", "Why this month", "Who"] as const;
export const EVIDENCE_HEADERS = ["Initiative", "Evidence", "Who provides it", "Where it is kept"] as const;
export const COVERAGE_HEADERS = ["Initiative", "Discussed", "Initiative description", "Earlier minutes"] as const;
/** The Discussed column's dropdown: a fixed list, as Excel stores one. */
export const DISCUSSED_CHOICES = '"Yes,No"';
export const DEADLINE_HEADERS = ["Deadline (calendar days from the discussion)", "Who", "Date"] as const;
