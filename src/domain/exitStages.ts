/**
 * Stages toward exit (SPEC.md §10; Section 9, Appendices M and N), as data and verbatim: the three
 * phases, how the Plan Manager's and Monitor's roles shift in each area of practice, what exit looks
 * like, and the yearly reflection questions. tests/unit/domain/exitStages.test.ts holds every text
 * against SPEC.md.
 */

/** Appendix M's column headings, in order. */
export const EXIT_PHASES = ["Early Implementation", "Transitional Implementation", "Practices Embedded"] as const;
export type ExitPhase = (typeof EXIT_PHASES)[number];

/** Section 9: how a district moves through the phases, with the Plan Manager's role shifting. */
export const PHASES_INTRO =
  "The graphic below and the associated chart demonstrates how a district can transition from early implementation, to having more practices in place, to having practices embedded in the practice of professionals across the district, with the roles of the Plan Manager shifting along the way.  The overlap of the phases demonstrates how the implementation may begin before the plan is fully developed, or how some practices may be at a transitional stage while others are still in early implementation.";

/** Section 9: the phase is set per area of practice, not per district. */
export const PHASES_PER_AREA = "This transition can take multiple years, and is likely to happen sooner in some areas of work than in others.";

/** The reflection questions for "once or twice a year" (Section 9), verbatim. */
export const REFLECTION_QUESTIONS: readonly string[] = [
  "What is your perception of where the district is on the continuum toward exit, and why?",
  "What specific roles/responsibilities should the district to begin to take on in the coming year?  How should the Plan Manager and Monitor role shifting in order to support the district’s capacity in those areas?",
  "What would you like the Monitor to focus on most as they give the district feedback in the coming year?",
];

/** One area of practice (an Appendix M sub-heading) with each phase's cell, paragraph by paragraph. */
export interface ExitArea {
  /** Key of the area's defined names, e.g. "SelfAssess". */
  key: string;
  heading: string;
  /** Early, Transitional, Practices Embedded: the roles in each phase (paragraphs of the cell). */
  phases: readonly [readonly string[], readonly string[], readonly string[]];
  /** Appendix N: what meeting this part of the exit criterion looks like. */
  exit: string;
}

export interface ExitCriterion {
  letter: "A" | "B" | "C" | "D" | "E";
  /** Appendix M's heading, e.g. "B. Define a narrow set of strategic objectives to accelerate student learning". */
  heading: string;
  /** Appendix M's text for a criterion without shifting roles (A). */
  note?: string;
  /** Appendix N's lead-in and bullets for a criterion with no areas (A). */
  exit?: { lead: string; items: readonly string[] };
  areas: readonly ExitArea[];
}

export const EXIT_CRITERIA: readonly ExitCriterion[] = [
  {
    letter: "A",
    heading: "A. Demonstrate improved student achievement",
    note: "This exit criterion does not involve shifting roles.",
    exit: {
      lead: "DEMONSTRATE improved student achievement as evidenced by one or more of the following:",
      items: ["Meet targets for PPI (at least some CPI, SGP, extra credit, graduation, and/or dropout indicators)", "No longer in lowest 10% of districts"],
    },
    areas: [],
  },
  {
    letter: "B",
    heading: "B. Define a narrow set of strategic objectives to accelerate student learning",
    areas: [
      {
        key: "SelfAssess",
        heading: "SELF-ASSESS",
        phases: [
          [
            "Plan Manager facilitates district leaders in conducting initial assessment to understand the current context of the district and identify human capacity, systemic, and structural issues affecting student achievement.",
          ],
          ["District (re)assesses district context, including human capacity, systemic, and structural issues affecting student achievement with support of Plan Manager."],
          ["District (re)assesses district context, including human capacity, systemic, and structural issues affecting student achievement without Plan Manager support."],
        ],
        exit: "Self-Assess: Analyze a range of data to fully understand the context, needs, and assets of the district.",
      },
      {
        key: "SetGoals",
        heading: "SET GOALS",
        phases: [
          [
            "Plan Manager works with district leaders as they articulate a vision, theory of action, a few clear strategies and specific, measurable, rigorous, and time-bound student performance goals.",
          ],
          [
            "District leads the process of (re)articulating a vision, theory of action, a few clear strategies and specific, measurable, rigorous, and time-bound student performance goals, with support from Plan Manager.",
          ],
          [
            "District leads the process of (re)articulating a vision, theory of action, a few clear strategies and specific, measurable, rigorous, and time-bound student performance goals, without support from Plan Manager.",
          ],
        ],
        exit: "Set Goals: District articulates a vision, theory of action a few clear strategies, and student performance goals to target and transform core instructional practices at all levels of the district in a way that impacts students, teachers, and families.",
      },
      {
        key: "CraftPlan",
        heading: "CRAFT PLAN",
        phases: [
          [
            "Plan Manager models and/or supports the writing of the plan and works with district to ensure that it meets the five criteria.",
            "Plan Manager models the self-assessment of the Plan using the guiding questions and rubric.",
          ],
          [
            "Plan Manager supports the district in writing the Plan to meet the five criteria.",
            "District self-assesses using the guiding questions and rubric, with support from the Plan Manager.",
          ],
          ["District writes/ documents the Plan in a way that meets the five criteria.", "District self-assesses using the guiding questions and rubric."],
        ],
        exit: "Craft Plan: District defines and operates with a clear and widely understood definition of effective instruction and what quality implementation of the initiatives looks like.",
      },
    ],
  },
  {
    letter: "C",
    heading: "C. Execute well-defined initiatives with relentless focus on implementation",
    areas: [
      {
        key: "OwnTheExecution",
        heading: "OWN THE EXECUTION",
        phases: [
          ["Plan Manager may model coordination of district staff to ensure effective implementation."],
          ["District, with Plan Manager support, coordinates staff to ensure effective implementation."],
          ["District, without Plan Manager support, coordinates staff to ensure effective implementation."],
        ],
        exit: "Own the Execution: District and school committee use the plan to focus and drive all major work at the district and school level, including decisions about policy, budget, hiring, and other resource allocation. School committee and educators at the district, school, and classroom level demonstrate ownership of the district’s strategies and outcomes, and work with urgency to achieve them, holding themselves, colleagues, and students mutually accountable to high expectations.",
      },
      {
        key: "ImplementEffectively",
        heading: "IMPLEMENT EFFECTIVELY",
        phases: [
          [
            "Plan Manager works with district to develop and implement key systems, structures, tools, protocols, and supports needed to implement the plan.",
            "Plan Manager models and coaches district leaders in planning, facilitating, and documenting some key district meetings (e.g., highlight discussions, DILT, principal meetings).",
          ],
          [
            "District, with Plan Manager Support, develops and implements key systems, structures, tools, protocols, and supports needed to implement the plan.",
            "District leaders plan, facilitate, and document key meetings, with Plan Manager as coach when needed.",
          ],
          [
            "District, without Plan Manager Support, develops and implements key systems, structures, tools, protocols, and supports needed to implement the plan.",
            "District leaders plan, facilitate, and document key meetings without Plan Manager support.",
          ],
        ],
        exit: "Implement Effectively: District, school, and classroom educators are provided with time, resources, support, and useful feedback to implement strategic objectives and related initiatives in order to reach the outcomes.",
      },
      {
        key: "DevelopLeadership",
        heading: "DEVELOP LEADERSHIP",
        phases: [
          ["Plan Manager works with district to identify and involve qualified individuals to help implement key initiatives."],
          ["District identifies and involves qualified individuals (gets the right people on the bus) to help implement key initiatives, with Plan Manager support."],
          [
            "District, without Plan Manager support, has an established culture and systems for identifying people with skills needed to implement the work (chosen by skill rather than title).",
          ],
        ],
        exit: "Develop Leadership: District involves and builds the capacity of a sufficient number of qualified district and school personnel in order to establish a critical mass of individuals to drive the work forward. School Committee and district leadership recruit, hire, train, support, and retain quality staff, as well as plan for transitions and succession, so that the plan can be carried out effectively and sustainably.",
      },
    ],
  },
  {
    letter: "D",
    heading: "D. Monitor systematically the impact of the initiatives",
    areas: [
      {
        key: "CollectAndDiscussData",
        heading: "COLLECT AND DISCUSS DATA",
        phases: [
          [
            "Plan manager facilitates the collection and presentation of data for use at district and school meetings with input from the district, ensuring that data/evidence is carefully selected to show progress on key initiatives.",
            "Plan Manager and Monitor may tend to be the ones to raise discussions about unfavorable data.",
          ],
          [
            "District manages processes for ongoing collection and analysis of data to show impact of key initiatives, with support from Plan Manager.",
            "District and Plan Manager work together to make data public and engage stakeholders in discussing it openly, whether favorable or unfavorable.",
          ],
          [
            "District manages processes for ongoing collection and analysis of data to show impact of key initiatives",
            "Frequent public discussion of data, including unfavorable data, is an accepted part of the district’s culture.",
          ],
        ],
        exit: "Collect and Discuss Data: District has consistent, rigorous district-wide expectations for implementation of assessments, for dissemination of data, and for professional development and support for the use of data to inform instruction. Educators at all levels openly encourage discussion of data that may be off-target or unfavorable, seeing it as an opportunity to highlight areas for improvement and/or modification.",
      },
      {
        key: "ManageTimelinesAndRoutines",
        heading: "MANAGE TIMELINES AND ROUTINES",
        phases: [
          [
            "Plan Manager facilitates and models management of implementation timelines, raising any issues to the Superintendent.",
            "Plan Manager may plan and/or facilitate monthly highlight discussions, with input from the district.  Monitor drives the discussion with prepared questions.",
          ],
          [
            "District oversees implementation timelines with support from the Plan Manager, raising any issues to the Superintendent/DILT as needed.",
            "District plans and facilitates all aspects of monthly highlight discussions, including gathering evidence, preparing for the meeting, and presenting at the meeting, with the support of Plan Manager as needed. Monitor continues to ask questions as needed.",
          ],
          [
            "District oversees implementation timelines without support from a Plan Manager.",
            "District asks itself hard questions at monthly highlight discussions. Monitor primarily listens.",
          ],
        ],
        exit: "Manage Timelines and Routines: District leaders, school leaders, and teachers regularly reflect on progress toward goals and benchmarks using a range of pre-determined, high-leverage evidence that includes regular observations of classroom instruction by district and school leaders, with a focus on outcomes.",
      },
      {
        key: "ReportResults",
        heading: "REPORT RESULTS",
        phases: [
          ["Monitor writes Quarterly Progress Report (QPR); district provides factual corrections.", "Monitor presents QPR to School Committee."],
          ["Monitor writes Quarterly Progress Report (QPR); district provides factual corrections.", "Monitor and Superintendent co-present QPR."],
          [
            "Superintendent writes a report on plan progress at least quarterly, with support of the Plan Manager and feedback from the Monitor.",
            "Superintendent presents reports on progress to school committee and other stakeholders at least quarterly. Monitor observes and provides feedback after each presentation.",
          ],
        ],
        exit: "Report Results: Progress toward outcomes and modifications of priorities are communicated broadly to students, faculty, school committee, families, and community stakeholders frequently and through a variety of means.",
      },
    ],
  },
  {
    letter: "E",
    heading: "E. Modify initiatives to achieve greater impact",
    areas: [
      {
        key: "MakeMidCourseCorrections",
        heading: "MAKE MID-COURSE CORRECTIONS",
        phases: [
          [
            "Modifications and mid-course adjustments to the plan may be driven primarily by suggestions from the Plan Monitor and/or Plan Manager.",
            "Plan Manager and Plan Monitor may tend to be the ones to identify barriers to the success of the plan.",
          ],
          [
            "Modifications and mid-course adjustments to the plan are driven jointly by the district, Plan Manager, and Plan Monitor.",
            "District pro-actively identifies and responds to remove barriers to the success of the plan, with support from the Plan Manager and Plan Monitor.",
          ],
          [
            "The district makes midcourse corrections systematically, thoughtfully, and effectively without significant support from the Plan Manager or Plan Monitor.",
            "District pro-actively identifies and responds to remove barriers to the success of the plan, without significant support from the Plan Manager or Plan Monitor.",
          ],
        ],
        exit: "Make Mid-Course Corrections: District and school educators respond by making mid-course corrections such as: changing instructional practice; (re)prioritizing initiatives; re-allocating human and financial resources; initiating, modifying, or discontinuing programs and services; or responding proactively to remove barriers to success of the plan.",
      },
    ],
  },
];

/** Every area of practice, in order (10 of them: B has 3, C 3, D 3, E 1). */
export function exitAreas(): ExitArea[] {
  return EXIT_CRITERIA.flatMap((c) => [...c.areas]);
}

export function isExitPhase(value: string): value is ExitPhase {
  return (EXIT_PHASES as readonly string[]).includes(value);
}
