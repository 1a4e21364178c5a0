import { planInitiativeCount } from "../../../../src/checks/rules/planInitiativeCount";
import { planObjectiveCount } from "../../../../src/checks/rules/planObjectiveCount";
import { PLAN_NAMES } from "../../../../src/layout/names";
import { addInitiative, addPlanSheet, SnapshotBuilder } from "../../../support/snapshotBuilder";
import { run } from "../../../support/planFixture";

function plan(perObjective: number[]): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder()).named(PLAN_NAMES.objectiveList, "Plan", "A10", [[""]]);
  perObjective.forEach((n, k) => {
    for (let i = 1; i <= n; i++) addInitiative(b, { o: k + 1, i }, `${k + 1}.${i}`, {});
  });
  return b;
}

describe("plan-objective-count", () => {
  test.each([[[2, 2, 2]], [[1, 1, 1, 1, 1]]])("%j objectives: nothing", (counts) => {
    expect(run(planObjectiveCount, plan(counts))).toEqual([]);
  });
  test.each([
    [[2, 2], "2 objectives"],
    [[1, 1, 1, 1, 1, 1], "6 objectives"],
    [[], "no objectives"],
  ])("%j: a plan-level warning on the objective list", (counts, text) => {
    const f = run(planObjectiveCount, plan(counts));
    expect(f).toEqual([expect.objectContaining({ rule: "plan-objective-count", severity: "warning", sheet: "Plan", cell: "A10" })]);
    expect(f[0].message).toContain(text);
    expect(f[0].initiative).toBeUndefined();
  });
});

describe("plan-initiative-count", () => {
  test("2–4 pass; 1 and 5 are notes; 6 is an error, each on the objective's title cell", () => {
    const f = run(planInitiativeCount, plan([2, 4, 1, 5, 6]));
    expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([
      ["note", "3.1", "B3"],
      ["note", "4.1", "B3"],
      ["error", "5.1", "B3"],
    ]);
    expect(f[2].message).toBe('Objective 5 ("Objective 5") has 6 initiatives; the guidance allows no more than five.');
  });
});
