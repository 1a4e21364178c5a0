/**
 * Contract: the same commands through the xlsx adapter (ExcelJS) and through the Office.js
 * adapter on the strict in-memory Excel give the same workbook, cell by cell (values, formulas,
 * number formats, merges, validations, names, freeze), and the same exported plan. The Office
 * side also keeps its round-trip budget, whatever the plan's size.
 */
import * as fs from "fs";
import * as path from "path";
import { addInitiative } from "../../src/commands/addInitiative";
import { exportPlan } from "../../src/commands/exportPlan";
import { newPlan } from "../../src/commands/newPlan";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { QUARTERS, type Plan } from "../../src/domain/plan";
import { parsePlan } from "../../src/domain/validate";
import type { WorkbookPort } from "../../src/workbook/port";
import { dumpXlsx } from "../support/dumpXlsx";
import { generatePlan } from "../support/generatePlan";
import { both, expectSameWorkbook, pair } from "./support";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));

const added = generatePlan(1, 1, 5).objectives[0].initiatives[0];

describe("commands give the same workbook through both adapters", () => {
  test("new plan, add initiative, refresh quarter tabs, export plan (sample plan)", async () => {
    const p = await pair();

    const made = await both(p, (port) => newPlan(port, sample));
    expect(made.office).toEqual(made.xlsx);
    expect(made.syncs).toBe(2); // listSheets (sheets and names), write
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());

    const add = await both(p, (port) => addInitiative(port, { objective: 2, initiative: added }));
    expect(add.office).toEqual(add.xlsx);
    expect(add.syncs).toBe(2); // snapshot (1: the names are known from new plan), write (1)
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());

    const refresh = await both(p, refreshQuarters);
    expect(refresh.office).toEqual(refresh.xlsx);
    expect(refresh.syncs).toBe(2);
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());

    const exported = await both(p, exportPlan);
    expect(exported.syncs).toBe(1);
    expect(exported.office).toEqual(exported.xlsx);
    expect(exported.office.problems).toEqual([]);
    const objectiveTwo = exported.office.plan.objectives[1];
    // The strategy sheet lists activities by quarter, keeping their order within a quarter.
    const byQuarter = [...added.activities].sort((a, b) => QUARTERS.indexOf(a.quarter) - QUARTERS.indexOf(b.quarter));
    expect(objectiveTwo.initiatives[objectiveTwo.initiatives.length - 1]).toEqual({ ...added, activities: byQuarter });
  });

  test("a new objective through add initiative, and text that looks like a formula stays text", async () => {
    const p = await pair();
    const plan: Plan = generatePlan(2, 2, 6);
    await both(p, (port) => newPlan(port, plan));
    const add = await both(p, (port) => addInitiative(port, { objective: 3, objectiveTitle: "=Objective three", objectiveLead: "+Lead", initiative: added }));
    expect(add.office).toEqual(add.xlsx);
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
    const exported = await both(p, exportPlan);
    expect(exported.office).toEqual(exported.xlsx);
    expect(exported.office.plan.objectives[2]).toMatchObject({ title: "=Objective three", lead: "+Lead" });
    expect(exported.office.plan.objectives[0].initiatives[0].shortTermOutcomes).toContain("=more students proficient");
  });

  test("the round-trip budget does not grow with the plan, and every request stays within Excel on the web's limits", async () => {
    const counts: number[][] = [];
    const largest: number[] = [];
    for (const [o, i] of [
      [1, 1],
      [5, 5],
      [10, 5],
    ]) {
      const p = await pair();
      const made = await both(p, (port) => newPlan(port, generatePlan(o, i)));
      largest.push(Math.max(...p.fake.traffic.map((t) => t.requestBytes)));
      const add = await both(p, (port) => addInitiative(port, { objective: 1, initiative: added }));
      const refresh = await both(p, refreshQuarters);
      const exported = await both(p, exportPlan);
      counts.push([made.syncs, add.syncs, refresh.syncs, exported.syncs]);
    }
    // New plan: the read and the write, the write split once a plan passes 2.5 MB of requests
    // (10 × 5 is ~4.4 MB as office.js serializes it: two requests is the fewest under 2.5 MB each).
    expect(counts[0]).toEqual([2, 2, 2, 1]);
    expect(counts[1].slice(1)).toEqual(counts[0].slice(1));
    expect(counts[2].slice(1)).toEqual(counts[0].slice(1));
    expect(counts[2][0]).toBeLessThanOrEqual(3);
    for (const bytes of largest) expect(bytes).toBeLessThanOrEqual(2_500_000);
  });

  test("10 objectives x 8 initiatives x 12 activities with ~400-character benchmarks: every request at most 2.5 MB, every response under 5 MB", async () => {
    const p = await pair();
    await p.office.listSheets();
    p.fake.resetSyncCount();
    await newPlan(p.office, generatePlan(10, 8, 12, 400));
    for (const command of [refreshQuarters, exportPlan, (port: WorkbookPort) => addInitiative(port, { objective: 1, initiative: added })]) await command(p.office);
    expect(p.fake.traffic.filter((t) => t.refused)).toEqual([]);
    expect(Math.max(...p.fake.traffic.map((t) => t.requestBytes))).toBeLessThanOrEqual(2_500_000);
    expect(Math.max(...p.fake.traffic.map((t) => t.responseBytes))).toBeLessThanOrEqual(5_000_000);
  });
});
