/**
 * A small plan with KNOWN defects for the self-assessment's figures (docs/guide-plan-manager.md): two objectives
 * (fewer than three), the first with six initiatives (more than five), and on each initiative one
 * benchmark of every kind that lacks exactly one thing. What each text lacks is what the checker
 * finds (tests/unit/checks/rubricEvidence.test.ts holds the texts to that).
 */
import type { Initiative, Plan } from "../../src/domain/plan";

export const TEXTS = {
  complete: "By June 2027, 70% of grade 3 students will read on grade level, as measured by i-Ready reports.",
  noDate: "70% of grade 3 students will read on grade level, as measured by i-Ready reports.",
  noTarget: "By June 2027, grade 3 students will read better, as measured by i-Ready reports.",
  noEvidence: "By June 2027, 70% of grade 3 students will read on grade level.",
  placeholder: "By June 2027, <X>% of grade 3 students will read on grade level, as measured by i-Ready reports.",
  earlyComplete: "By January 2027, 80% of teachers use the routines in 4 of 5 lessons, as measured by walkthrough data.",
  earlyNoEvidence: "By January 2027, 80% of teachers use the routines in 4 of 5 lessons.",
} as const;

function initiative(o: number, i: number): Initiative {
  return {
    description: `Initiative ${o}.${i}: tier 1 reading`,
    lead: "Keisha Williams",
    // 3 short-term outcomes: complete, no date, no target.
    shortTermOutcomes: [TEXTS.complete, TEXTS.noDate, TEXTS.noTarget],
    // 2 early evidence: complete, no evidence source.
    earlyEvidence: [TEXTS.earlyComplete, TEXTS.earlyNoEvidence],
    resources: "Two coaches",
    ratings: {},
    // 2 activities: both dates, no completion date.
    activities: [
      { quarter: "Sept-Dec", text: "Train every K-3 teacher in the phonics routines", lead: "Coaches", start: "2026-09-08", complete: "2026-09-30", status: "Complete" },
      { quarter: "Jan-March", text: "Coaching cycles in every K-3 classroom", lead: "Coaches", start: "2027-01-11" },
    ],
  };
}

/** Objective 1: six initiatives; objective 2: one. 7 initiatives, 14 activities, 14 early evidence, 21 short-term outcomes. */
export function defectPlan(): Plan {
  return {
    district: "Known Defects Public Schools",
    date: "2026-08-15",
    schoolYear: 2026,
    keyIssues: "Reading.",
    theoryOfAction: "If teachers are coached, then students read better.",
    roster: [],
    // 3 final outcomes: complete with a date; no Date column; a placeholder.
    finalOutcomes: [
      { text: "The district will meet its PPI target of 75 for all students (aggregate), as reported in the state accountability report.", date: "2027-09-30" },
      { text: "The district will meet its PPI target of 75 for high needs students, as reported in the state accountability report." },
      { text: TEXTS.placeholder, date: "2027-06-30" },
    ],
    objectives: [
      { title: "Objective 1: reading", lead: "Dr. Ana Ruiz", initiatives: [1, 2, 3, 4, 5, 6].map((i) => initiative(1, i)) },
      { title: "Objective 2: attendance", lead: "Tom Beck", initiatives: [initiative(2, 1)] },
    ],
  };
}
