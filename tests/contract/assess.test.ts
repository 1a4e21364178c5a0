/**
 * Contract: the self-assessment gives the same workbook through the xlsx adapter and through the
 * Office.js adapter on the in-memory Excel, cell by cell, the second time too (a new rubric sheet
 * and a reflection column added in place), in one snapshot and one write whatever the plan's size.
 */
import { assess } from "../../src/commands/assess";
import { newPlan } from "../../src/commands/newPlan";
import { EXIT_SHEET } from "../../src/layout/build/exitStagesSheet";
import { assessmentNames, EXIT_NAMES } from "../../src/layout/names";
import { dumpXlsx } from "../support/dumpXlsx";
import { defectPlan } from "../support/defectPlan";
import { generatePlan } from "../support/generatePlan";
import { both, expectSameWorkbook, pair } from "./support";

test("assess twice: same workbook on both adapters, 2 round trips each with known names", async () => {
  const p = await pair();
  await both(p, (port) => newPlan(port, defectPlan()));

  const first = await both(p, (port) => assess(port, { date: "2026-10-01" }));
  expect(first.office).toEqual(first.xlsx);
  expect(first.office).toMatchObject({ sheet: "Rubric 2026-10-01", exitCreated: true });
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
  expect(first.syncs).toBe(2); // the primed snapshot (1) and the write (1)

  // The dropdowns: Excel gets the fixed lists unquoted, the file keeps them quoted.
  const rating = p.fake.dump().names[assessmentNames("2026-10-01").rating("C2")].split("!")[1].replace(/\$/g, "");
  expect(p.fake.validation("Rubric 2026-10-01", rating)).toMatchObject({ source: "Developing,Emerging,Ready to implement,Strong" });
  const phase = p.fake.dump().names[EXIT_NAMES.reflection(1).phase("SetGoals")].split("!")[1].replace(/\$/g, "");
  expect(p.fake.validation(EXIT_SHEET, phase)).toMatchObject({ source: "Early Implementation,Transitional Implementation,Practices Embedded" });

  const second = await both(p, (port) => assess(port, { date: "2026-10-01" }));
  expect(second.office).toEqual(second.xlsx);
  expect(second.office).toMatchObject({ sheet: "Rubric 2026-10-01 (2)", reflection: 2 });
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
  expect(second.syncs).toBe(2);
});

test("the round-trip budget of assess does not grow with the plan", async () => {
  const counts: number[] = [];
  for (const [o, i] of [
    [1, 1],
    [5, 5],
    [10, 5],
  ]) {
    const p = await pair();
    await both(p, (port) => newPlan(port, generatePlan(o, i)));
    await both(p, (port) => assess(port, { date: "2026-10-01" }));
    counts.push((await both(p, (port) => assess(port, { date: "2027-06-15" }))).syncs);
  }
  expect(counts).toEqual([2, 2, 2]);
});
