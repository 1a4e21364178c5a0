/**
 * Hostile text for the "text stays text" tests: strings that Excel (or a CSV import) would turn
 * into a formula, a number or a command if a writer let them through as typed input.
 */
import { QUARTERS, type Initiative, type Plan } from "../../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../src/domain/scales";

/** The classic formula-injection openings, verbatim. */
export const HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"] as const;

/**
 * The n-th hostile text, made unique by `tag` (so a test can tell where it went) while keeping
 * its dangerous opening: every kind of HOSTILE comes round every seven texts. The "-2" kind stays
 * a bare negative number ("-1007"), which Excel would store as a number, not as text.
 */
export function hostileText(n: number, tag: string): string {
  switch (n % HOSTILE.length) {
    case 0:
      return `=HYPERLINK("http://x","${tag}")`;
    case 1:
      return `+1+1 ${tag}`;
    case 2:
      return `-${1000 + n}`;
    case 3:
      return `@SUM(A1) ${tag}`;
    case 4:
      return `\t=1+1 ${tag}`;
    case 5:
      return `\r=1+1 ${tag}`;
    default:
      return `=cmd|' /C calc'!A0 ${tag}`;
  }
}

/**
 * A formula with its string literals ("…", "" inside) and quoted sheet names ('…', '' inside)
 * emptied, left to right: what Excel would read as code.
 */
export function formulaCode(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, (m) => m[0] + m[0]);
}

/**
 * A small plan whose every text field people type holds hostile text: titles, leads (from a roster
 * of the seven verbatim strings), descriptions, outcomes, evidence, resources, activities, rating
 * evidence and who rated. Activities start in October 2026 so the October minutes list them.
 */
export function hostilePlan(): Plan {
  let n = 0;
  const next = (tag: string) => hostileText(n++, tag);
  const roster = [...HOSTILE];
  const initiative = (o: number, i: number): Initiative => ({
    // Kinds 0, 6, 4, 2: tab names then hold double quotes, apostrophes and "!", or a bare number.
    description: hostileText([0, 6, 4, 2][2 * (o - 1) + (i - 1)], `d${o}.${i}`),
    lead: roster[(o + i) % roster.length],
    shortTermOutcomes: [next(`sto ${o}.${i} By October 2026, 60% of students`), next(`sto2 ${o}.${i}`)],
    earlyEvidence: [next(`ee ${o}.${i} By September 2026, 80% of teachers`), next(`ee2 ${o}.${i}`)],
    resources: next(`res ${o}.${i}`),
    activities: QUARTERS.map((quarter, q) => ({
      quarter,
      text: next(`act ${o}.${i}.${q}`),
      lead: roster[(o + i + q) % roster.length],
      start: ["2026-10-05", "2027-01-11", "2027-04-05", "2027-07-12"][q],
      complete: ["2026-10-30", "2027-03-26", "2027-06-04", "2027-08-13"][q],
      status: "In progress",
    })),
    ratings: {
      Jan: {
        process: PROCESS_SCALE.levels[1].name,
        processEvidence: next(`pe ${o}.${i}`),
        performance: PERFORMANCE_SCALE.levels[1].name,
        performanceEvidence: next(`fe ${o}.${i}`),
        ratedBy: next(`by ${o}.${i}`),
        ratedOn: "2027-01-08",
      },
    },
  });
  return {
    district: next("district"),
    date: "2026-08-15",
    schoolYear: 2026,
    keyIssues: next("key issues"),
    theoryOfAction: next("theory"),
    roster,
    finalOutcomes: [{ text: next("final outcome"), date: "2027-06-30" }],
    objectives: [1, 2].map((o) => ({
      title: next(`title ${o}`),
      lead: roster[o],
      initiatives: [1, 2].map((i) => initiative(o, i)),
    })),
  };
}
