/**
 * Word counts for the 1,000-word limit of Section 1 (SPEC.md §2.2, DECISIONS.md 5).
 * The Plan sheet counts live with a formula; this is the same count in code, for the checker
 * and the tests that compare the two. A word is a run of characters between separators.
 * Separators are the space, tab, line feed and carriage return: the sheet's formula turns
 * CHAR(9), CHAR(10) and CHAR(13) into spaces before TRIM, so both agree on typed text.
 */
import type { Plan } from "./plan";

/** Characters that separate words, as the Plan sheet's formula treats them. */
const SEPARATORS = /[ \t\n\r]+/;

/** Words in `text`; 0 for blank text. */
export function countWords(text: string): number {
  return text.split(SEPARATORS).filter((w) => w !== "").length;
}

/**
 * Words in the whole of Section 1: key issues, theory of action, objective titles, initiative
 * descriptions and final outcome texts. Labels the workbook adds ("Objective 1:") do not count.
 */
export function section1Words(plan: Plan): number {
  const texts = [
    plan.keyIssues,
    plan.theoryOfAction,
    ...plan.objectives.flatMap((o) => [o.title, ...o.initiatives.map((i) => i.description)]),
    ...plan.finalOutcomes.map((f) => f.text),
  ];
  return texts.reduce((sum, t) => sum + countWords(t), 0);
}
