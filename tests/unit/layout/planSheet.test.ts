/** The Plan sheet spec: Section 1 prompts verbatim, names, live objective list, word count. */
import type { Plan } from "../../../src/domain/plan";
import { initiativeNames, PLAN_NAMES } from "../../../src/layout/names";
import { SECTION1_PROMPTS } from "../../../src/layout/labels";
import { planSheetSpec } from "../../../src/layout/build/planSheet";
import { grid } from "./specGrid";

const plan: Plan = {
  district: "Riverton",
  date: "2026-08-15",
  schoolYear: 2026,
  keyIssues: "=not a formula",
  theoryOfAction: "If we coach, then students read.",
  roster: [],
  finalOutcomes: [{ text: "80% proficient", date: "2027-06-15" }],
  objectives: [{ title: "Literacy", lead: "Sam", initiatives: [] }],
} as unknown as Plan;

describe("planSheetSpec", () => {
  const { sheet, names } = planSheetSpec(plan, [{ ref: { o: 1, i: 1 }, sheet: "O1.I1 Coaching's" }]);
  const cells = [...grid(sheet).values()];

  it("carries the four Section 1 prompts verbatim", () => {
    for (const prompt of Object.values(SECTION1_PROMPTS)) expect(cells).toContain(prompt);
    expect(SECTION1_PROMPTS.theoryOfAction).toBe("Create the Theory of Action that will drive the development of the Plan.");
  });

  it("keeps typed text starting with = as a plain string", () => {
    expect(cells).toContain("=not a formula");
    expect(cells.some((c) => typeof c === "object" && c !== null && c.formula.includes("not a formula"))).toBe(false);
  });

  it("names the key issues, theory of action and word count cells", () => {
    const named = new Set(names.map((n) => n.name));
    for (const n of [PLAN_NAMES.keyIssues, PLAN_NAMES.theoryOfAction]) expect(named).toContain(n);
    expect(names.every((n) => n.sheet === "Plan")).toBe(true);
  });

  it("lists each objective and initiative as live text with a link to its defined name", () => {
    const formulas = cells.flatMap((c) => (typeof c === "object" && c !== null ? [c.formula] : []));
    const n = initiativeNames({ o: 1, i: 1 });
    expect(formulas).toContain(`=HYPERLINK("#${n.description}","Open 1.1")`);
    expect(formulas).toContain(`=HYPERLINK("#${n.objective}","Go to sheet")`);
    expect(formulas.some((f) => f.startsWith("=") && f.includes(n.description) && !f.includes("HYPERLINK"))).toBe(true);
    expect(cells).toContain("Objective 1");
  });
});
