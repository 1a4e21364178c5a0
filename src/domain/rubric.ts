/**
 * The AIP Rubric (Appendix D, SPEC.md §7) and its Guiding Questions (Appendix E, SPEC.md §8), as
 * data and verbatim (typos, curly quotes and double spaces included): the self-assessment sheet
 * shows them as the state wrote them. Criterion names and order are Appendix D's (DECISIONS.md 7).
 * tests/unit/domain/rubric.test.ts holds every text against SPEC.md.
 */

/** The four rating levels, low to high (SPEC.md §7.1). */
export const RUBRIC_LEVELS = ["Developing", "Emerging", "Ready to implement", "Strong"] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

export interface LevelDefinition {
  level: RubricLevel;
  /** The definition's sentences, as the source separates them. */
  definition: readonly string[];
  nextStep: string;
}

/** What each level means for the plan as a whole, and its next step (SPEC.md §7.1). */
export const LEVEL_DEFINITIONS: readonly LevelDefinition[] = [
  {
    level: "Developing",
    definition: [
      "The plan does not closely follow criteria outlined in “Guidance for Districts” or key evaluation criteria.",
      "The plan lacks clarity, coherency and focus.",
      "The plan is unlikely to lead to accelerated and sustainable improvements in teaching, learning and student outcomes.",
    ],
    nextStep: "Revise",
  },
  {
    level: "Emerging",
    definition: ["Meets most basic criteria outlined in “Guidance for Districts.”"],
    nextStep: "Strengthen some key areas to maximize potential impact on improving student outcomes and teaching and learning.",
  },
  {
    level: "Ready to implement",
    definition: [
      "Meets basic criteria in “Guidance for Districts” and addresses key evaluation criteria.",
      "The plan may need further refinements during implementation to ensure intended improvements in teaching, learning and student outcomes are met and sustained.",
    ],
    nextStep: "Implement, but continue refining during implementation.",
  },
  {
    level: "Strong",
    definition: [
      "Fully meets the criteria outlined in “Guidance for Districts” and key evaluation criteria. Represents most promising plan given currently known data. The plan is coherent and focused and lays down a pathway for success that is likely to lead to accelerated improvements in teaching, learning and student achievement. Plan clearly identifies capacity building measures to promote sustainable improvement.",
    ],
    nextStep: "Implement. Refine as needed to make mid-course corrections.",
  },
];

/** The rubric's section label above the criteria. */
export const CRITERIA_LABEL = "CRITERIA";

export type CriterionKey = "C1" | "C2" | "C3" | "C4" | "C5";

export interface RubricCriterion {
  /** C1–C5 in Appendix D order; the key of the criterion's defined names. */
  key: CriterionKey;
  name: string;
  /** The descriptor of each level, verbatim. Strong's numbered items are in `subElements`. */
  descriptors: Readonly<Record<RubricLevel, string>>;
  /** The elements the rubric counts (criteria 3, 4 and 5), verbatim and in order. */
  subElements?: { what: string; items: readonly string[] };
}

/** The five criteria, in Appendix D order (SPEC.md §7.2, §7.3; criterion 4's Strong column is §4.6). */
export const RUBRIC_CRITERIA: readonly RubricCriterion[] = [
  {
    key: "C1",
    name: "Provides Focus",
    descriptors: {
      Developing:
        "The plan lacks a focus or coherency that is easily understood by district, teachers, parents and community members. The plan does not succinctly describe three to five overarching areas of focus and concrete initiatives under each focus area which are specifically targeted to raising student achievement and improving the quality of education. Areas of focus are not ranked in an appropriate order.",
      Emerging:
        "The plan is generally clear and coherent and in the main makes clear to stakeholders what will be done to bring about accelerated improvements. Some aspects of the plan need further clarification or coherency.  The three to five focus areas for improvement are ranked in an appropriate order. Some focus areas and initiatives need greater clarity and alignment to help secure expected outcomes.",
      "Ready to implement":
        "The plan is focused and coherent and written in a manner that is accessible and easy to understand for all stakeholders. Some minor aspects of the plan need greater clarity. Areas of focus are ranked in an appropriate order but together with identified initiatives need further minor refinements and alignment to help ensure best possible impact on student achievement and learning.",
      Strong:
        "The plan is well written because it is clear, concise and coherent and easily understood by all stakeholders. It is clearly evident what the core issues are and what will be done to address them. The objectives are ranked appropriately and there is strong alignment between the objectives and initiatives with a clear focus on bringing about accelerated and sustained improvements in student achievement and teaching and learning. The Plan provides a strong focus on improvement efforts on the 3-5 objectives.",
    },
  },
  {
    key: "C2",
    name: "Addresses Systemic Root Causes",
    descriptors: {
      Developing:
        "The plan fails to accurately identify the core issues, focus areas and challenges to rapidly improve student outcomes. Outlined strategies to address weaknesses appear weak and lack rigor.  Areas of focus and challenges are not drawn from the district review report, along with other quantitative and qualitative data and are not aligned to ESE District Standards and Indicators.  It is unclear why areas of focus in the plan have been chosen.  Plan does not address issues in the district review report that could seriously hinder Plan implementation.",
      Emerging:
        "The plan in general way identifies areas of weakness in student achievement and learning. It is mostly clear why priorities are chosen because they are generally consistent with the district review, other data and are aligned to ESE District Standards and Indicators.",
      "Ready to implement":
        "The plan accurately identifies areas of weakness and it is clear why core issues and objectives were selected. The plan makes appropriate reference to the district review, other data and alignment to ESE District Standards and Indicators, to identify areas for improvement. A small number of identified strategies for securing improvement and addressing interdependencies and obstacles are in need of further consideration.",
      Strong:
        "The plan uses the district review, other quantitative and qualitative data and ESE District Standards and Indicators well to accurately identify root causes of weakness. Strategies to tackle identified weaknesses are rigorous and analytical and are systematic in addressing interdependencies and barriers to success. The identified issues and strategies are firmly focused on impacting on accelerating student learning and achievement. Addresses key weaknesses in the district.",
    },
  },
  {
    key: "C3",
    name: "Quickly Targets the Instructional Core",
    descriptors: {
      Developing:
        "The plan fails to make clear how the district it will bring about accelerated and sustained improvements in teaching and learning. The plan does not clearly and strategically identify how any of the three key elements are to be effectively met.",
      Emerging:
        "The plan provides a strategic and achievable outline for meeting one of the three key elements. Improvements and refinements are needed in the strategic planning for the other two key elements.",
      "Ready to implement":
        "The plan provides a strategic and achievable outline for meeting two out of the three key elements. Improvements and refinements are needed in the strategic planning for the other key element.",
      Strong:
        "The plan has the potential to impact on and bring about accelerated improvement in teaching and learning because it provides a strategic blueprint for tackling weaknesses and disseminating good practice. The plan systematically addresses the three key elements by ensuring:",
    },
    subElements: {
      what: "the three key elements",
      items: [
        "There are “quick wins” planned for students and/or teachers.",
        "It makes clear the direct “through-line” between improvement activities and improvement in teaching.",
        "It makes clear the direct “through-line” between improvement activities and learning outcomes for students.",
      ],
    },
  },
  {
    key: "C4",
    name: "Useful For Tracking the Sufficiency of Progress",
    descriptors: {
      Developing: "To track the sufficiency of progress, benchmarks need to be strengthened. The plan meets less than two of the specified standard benchmarks.",
      Emerging:
        "The plan is in need of further refinement and modification to ensure its effectiveness in tracking progress. Two of the four standard benchmarks are met but two are not.",
      "Ready to implement":
        "Additional refinement is needed in one of the criteria, as currently only three out of the four benchmarks, including final outcomes, meet the standard.",
      Strong: "All types of benchmarks sufficiently clear, measurable, aligned, ambitious, realistic:",
    },
    subElements: {
      what: "the four standard benchmarks",
      items: [
        "Process benchmarks (“Activities”) are clear, measurable (there will be sufficient collectable data concerning the frequency/quantity and quality of activities), and likely to result in the district’s ability to meet its “Early evidence of change benchmarks.”",
        "Early evidence of change benchmarks are clear, measurable (there will be sufficient collectable data concerning the frequency/quantity and quality of changes to adult practice and behavior), and likely to result in the district’s ability to meet its “interim outcomes”.",
        "Interim outcomes are clear, measurable, and likely to result in the district’s ability to meet its “final outcomes.”",
        "Final outcomes are clear, measurable, ambitious, realistic.",
      ],
    },
  },
  {
    key: "C5",
    name: "Builds Long-Term Capacity",
    descriptors: {
      Developing:
        "The plan fails to clearly and strategically outline how identified and stated objectives and initiatives will lead to sustainable improvements in student achievement and teaching and learning.  It is not clear how plan objectives and initiatives will lead to sustained improvement in teaching and learning.",
      Emerging:
        "The plan is in need of further refinement and modification to increase its potential to bring about sustained improvements in student academic outcomes and teaching and learning. Only one of the three elements of capacity building measures is adequately addressed in the plan.",
      "Ready to implement": "Additional refinements and amendments are needed in one the three elements of capacity building. The other two have been clearly met.",
      Strong:
        "The plan fully meets requirements and expectations. The Plan includes system changes and capacity building measures that ensure that plan objectives and initiatives  can be  fully implemented and lead to sustainable improvement of teaching and learning because",
    },
    subElements: {
      what: "the three elements of capacity building",
      items: [
        "It is do-able given the current capacity and/or capacity-building activities written in the Plan.",
        "Plan sufficiently accounts for obstacles and interdependencies.",
        "Plan is likely to lead to sustained change over time.",
      ],
    },
  },
];

export interface GuidingQuestion {
  /** 1–15, numbered as in the source. */
  number: number;
  text: string;
  /** The question's bullet points, verbatim. */
  items?: readonly string[];
}

export interface GuidingGroup {
  letter: "A" | "B" | "C" | "D" | "E";
  /** The group's heading as Appendix E words it (B and C are in Appendix E's order, not the rubric's). */
  title: string;
  questions: readonly GuidingQuestion[];
}

/** The Guiding Questions grouped by letter (SPEC.md §8). */
export const GUIDING_QUESTIONS: readonly GuidingGroup[] = [
  {
    letter: "A",
    title: "Provides Focus",
    questions: [
      {
        number: 1,
        text: "When you read this plan, do you understand what needs to be done differently in the district and why?",
      },
      {
        number: 2,
        text: "What makes this plan likely to lead to rapid improvement in teaching, learning, and student achievement across the district this year?",
      },
      {
        number: 3,
        text: "How does this plan help communicate to stakeholders that it is a new day in the district, and that they have a role in making it happen?",
      },
      {
        number: 4,
        text: "Is this a plan that a district or school leader could easily articulate to others?",
      },
      {
        number: 5,
        text: "From the perspective of a teacher or student, to what extent do these strategic objectives and initiatives feel like one coherent, coordinated way of approaching teaching and learning?",
      },
    ],
  },
  {
    letter: "B",
    title: "Quickly Targets the Instructional Core",
    questions: [
      {
        number: 6,
        text: "In what ways does this plan target and transform the core instructional practices that are used in every classroom across the district in order to accelerate improvement in teaching, learning, and student achievement?",
      },
      {
        number: 7,
        text: "What is different about this set of district and school-level strategies that will accelerate learning beyond what is currently taking place?",
        items: [
          "What exactly will be different for a student on a day-to-day basis a month (or two, four, six months) from now as a result of this work?  Is it possible to do all this work and still have students doing what they have always been doing in class?",
          "What exactly will be different for a teacher on a day-to-day basis a month (or two, four, six months) from now as a result of this work?  What exactly would be different about the work they do and the supports they receive?  How will you know?",
        ],
      },
    ],
  },
  {
    letter: "C",
    title: "Addresses Systemic Root Causes",
    questions: [
      {
        number: 8,
        text: "Are you doing the right work at the right level, and how do you know?",
      },
      {
        number: 9,
        text: "Is it possible to do all this work and see no real and lasting change? If so, what else is needed to impact and dramatically shift adult skills, knowledge, beliefs, and practices related to teaching and learning?",
      },
    ],
  },
  {
    letter: "D",
    title: "Useful for Tracking Progress",
    questions: [
      {
        number: 10,
        text: "Do the short-term outcomes and evidence of change:",
        items: [
          "Leave little room for interpretation and provide clarity about how adult actions matter?",
          "Seem reasonable and meaningful to collect?",
          "Demonstrate that the district is likely to achieve the desired outcome?",
          "Seem focused and aligned, telling a clear, causal story leading to transformation?",
        ],
      },
      {
        number: 11,
        text: "Is it possible to complete all the activities and still not achieve the initiative or strategic objective?  If so, what is needed to ensure the right activities are taken to have the desired impact?",
      },
      {
        number: 12,
        text: "Is it possible to meet all the ‘early evidence of change’ and ‘short term outcomes’ outlined in the Plan and still not achieve the final outcomes for student learning for the year?   If so, what else is needed to have a better understanding of the impact the activities and initiatives are having on teaching and learning?",
        items: [
          "Are the measures rigorous enough to signal real changes in practice?",
          "Are there other measures of adult practice and/or student learning that would be better indicators of progress toward the final outcomes?",
        ],
      },
    ],
  },
  {
    letter: "E",
    title: "Builds Long-Term Capacity",
    questions: [
      {
        number: 13,
        text: "In what ways does the plan support the creation and/or modification of systems, processes, and policies to ensure the work can be fully implemented and sustained?",
      },
      {
        number: 14,
        text: "In what ways does the Plan shift and/or strengthen:",
        items: [
          "Central office responses to staffing, instructional, and operational needs of the schools",
          "Proactive structures for supporting and monitoring district leaders, principals, and teachers and for holding them accountable for achieving ambitious goals",
          "Decision-making processes",
          "Resource allocation, including effective use of human capital",
          "Operational and financial practices",
          "Staffing, schedules, and governance",
          "Identification of schools in need of support through a transparent process",
        ],
      },
      {
        number: 15,
        text: "What will prevent teachers, principals, and/or district leaders from seeing this as ‘just one more fad’ and going about their work the way they have always done it?  What will it take to get all stakeholders to buy into the work?",
      },
    ],
  },
];

/** Every guiding question, 1–15 in order. */
export function allGuidingQuestions(): GuidingQuestion[] {
  return GUIDING_QUESTIONS.flatMap((g) => [...g.questions]);
}

/** "Strong" → true; anything else a person typed → false. */
export function isRubricLevel(value: string): value is RubricLevel {
  return (RUBRIC_LEVELS as readonly string[]).includes(value);
}
