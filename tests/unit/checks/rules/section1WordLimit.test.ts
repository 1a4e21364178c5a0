import { section1WordLimit } from "../../../../src/checks/rules/section1WordLimit";
import { planWith, run } from "../../../support/planFixture";

const words = (n: number) => Array.from({ length: n }, (_, k) => `w${k}`).join(" ");
// Besides the key issues, the test plan's Section 1 has: "If we coach, then..." (4), "Objective" (1),
// "Initiative one" (2) and the final outcome "Grade 3 reading at 70%" (5).
const OTHER_WORDS = 12;
const withKeyIssues = (n: number) => planWith([{ objective: "Objective", description: "Initiative one" }], { keyIssues: words(n) });

test("section1-word-limit: 1,000 words across all of Section 1 pass", () => {
  expect(run(section1WordLimit, withKeyIssues(1000 - OTHER_WORDS))).toEqual([]);
});

test("section1-word-limit: 1,001 words is a plan-level warning on the Plan sheet, saying by how much", () => {
  const f = run(section1WordLimit, withKeyIssues(1001 - OTHER_WORDS));
  expect(f).toEqual([expect.objectContaining({ rule: "section1-word-limit", severity: "warning", sheet: "Plan", cell: "B6" })]);
  expect(f[0].message).toBe(`Section 1 has 1,001 words, over the 1,000-word limit by 1. The key issues alone have ${(1001 - OTHER_WORDS).toLocaleString("en-US")}.`);
  expect(f[0].initiative).toBeUndefined();
});
