/**
 * Generated plans of any size, for the benchmark and size-independence tests: `objectives` ×
 * `initiatives` with `activities` activities each, spread over the four quarters, with a few
 * texts that must stay text and ratings for the first two QPR periods.
 */
import { QUARTERS, type Initiative, type Plan } from "../../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../src/domain/scales";

const ROSTER = ["Dr. Maria Chen", "Dr. Ana Ruiz", "Tom Beck", "Keisha Williams", "Sam O'Neil", "Priya Patel"];

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const DETAIL =
  " as measured by the district's common assessment and reviewed by the data team each quarter, with results shared with school leaders, coaches and families in each building, disaggregated by subgroup (students with disabilities, English learners, low-income students)";

/** A benchmark as districts write them when `long`: ~400 characters of measure, source and audience. */
function text(base: string, long: number): string {
  if (long <= base.length) return base;
  return `${base.replace(/\.$/, "")}${DETAIL.repeat(Math.ceil(long / DETAIL.length))}`.slice(0, long - 1) + ".";
}

function initiative(o: number, i: number, activities: number, schoolYear: number, long: number): Initiative {
  const lead = ROSTER[(o + i) % ROSTER.length];
  return {
    description: `Initiative ${o}.${i}: strengthen tier 1 instruction in grade band ${i}`,
    lead,
    shortTermOutcomes: [text(`By June ${schoolYear + 1}, 70% of students in grade band ${i} will meet benchmark on the spring screener.`, long), "=more students proficient"],
    earlyEvidence: [text(`By January ${schoolYear + 1}, 80% of teachers use the routines in 4 of 5 observed lessons.`, long), "+10% attendance at PD"],
    resources: "Two coaches (2.0 FTE), Title I funds, three early-release days",
    activities: Array.from({ length: activities }, (_, k) => {
      const q = k % QUARTERS.length;
      const month = [9, 1, 4, 7][q];
      const year = q === 0 ? schoolYear : schoolYear + 1;
      return {
        quarter: QUARTERS[q],
        text: text(`Activity ${k + 1} of initiative ${o}.${i}: coaching cycle and data review`, long / 2),
        lead: ROSTER[(o + i + k) % ROSTER.length],
        start: isoDate(year, month, 5),
        complete: isoDate(year, month + 1, 20),
        status: k % 3 === 0 ? "Complete" : "In progress",
      };
    }),
    ratings: {
      Jan: { process: PROCESS_SCALE.levels[1].name, processEvidence: "Walkthrough data", performance: PERFORMANCE_SCALE.levels[1].name, performanceEvidence: "Mid-year screener" },
      Mar: { process: PROCESS_SCALE.levels[2].name, processEvidence: "Coaching logs" },
    },
  };
}

/** `long`: benchmark texts of about that many characters (activities half as long); 0 keeps them short. */
export function generatePlan(objectives: number, initiatives: number, activities = 6, long = 0): Plan {
  const schoolYear = 2026;
  return {
    district: "Generated Unified School District",
    date: "2026-08-15",
    schoolYear,
    keyIssues: "Reading proficiency in grades 3-8 is below the state average; chronic absence rose to 18%.",
    theoryOfAction: "If every teacher gets weekly coaching on tier 1 routines, then more students will read on grade level.",
    roster: ROSTER,
    finalOutcomes: [{ text: "The district will meet its PPI target of 75.", date: "2027-09-30" }],
    objectives: Array.from({ length: objectives }, (_, o) => ({
      title: `Objective ${o + 1}: raise achievement in area ${o + 1}`,
      lead: ROSTER[o % ROSTER.length],
      initiatives: Array.from({ length: initiatives }, (_, i) => initiative(o + 1, i + 1, activities, schoolYear, long)),
    })),
  };
}
