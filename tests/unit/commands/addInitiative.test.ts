/**
 * Add initiative on a workbook built by new plan (real .xlsx adapter): numbering, a new objective,
 * one snapshot and one apply, and no cell a person typed on another sheet changes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type * as ExcelJS from "exceljs";
import { addInitiative } from "../../../src/commands/addInitiative";
import { newPlan } from "../../../src/commands/newPlan";
import type { Initiative, Plan } from "../../../src/domain/plan";
import { parsePlan } from "../../../src/domain/validate";
import { initiativeNames, PLAN_NAMES } from "../../../src/layout/names";
import { readPlan } from "../../../src/layout/read/readPlan";
import type { WriteBatch } from "../../../src/workbook/spec";
import { WorkbookError } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

function sample(): Plan {
  return parsePlan(JSON.parse(readFileSync(join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
}

const initiative: Initiative = {
  description: "Family literacy nights",
  lead: "Dana Ortiz",
  shortTermOutcomes: ["By March, 60% of K-2 families attend at least one night"],
  earlyEvidence: ["Sign-in sheets each month"],
  resources: "Title I family engagement funds",
  activities: [
    { quarter: "Jan-March", text: "Plan the first night", lead: "Dana Ortiz", start: "2027-01-11", complete: "2027-02-01" },
    { quarter: "Sept-Dec", text: "Survey families", lead: "Dana Ortiz", start: "2026-10-01", complete: "2026-10-30" },
  ],
  ratings: {},
};

async function built(): Promise<{ wb: XlsxWorkbook; plan: Plan }> {
  const wb = XlsxWorkbook.create();
  const plan = sample();
  await newPlan(wb, plan);
  return { wb, plan };
}

/** Every cell value and formula of a sheet, by address. */
function cells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((c) => void (out[c.address] = JSON.stringify(c.value))));
  return out;
}

/** A port wrapper that counts calls. */
function counting(wb: XlsxWorkbook) {
  const calls: string[] = [];
  const port = {
    listSheets: () => (calls.push("listSheets"), wb.listSheets()),
    snapshot: () => (calls.push("snapshot"), wb.snapshot()),
    apply: (b: WriteBatch) => (calls.push("apply"), wb.apply(b)),
    select: (s: string, r: string) => (calls.push("select"), wb.select(s, r)),
  };
  return { port, calls };
}

describe("addInitiative", () => {
  it("numbers the new initiative after its objective's last and places its sheet there, in one snapshot and one apply", async () => {
    const { wb, plan } = await built();
    const before = await wb.listSheets();
    const { port, calls } = counting(wb);
    const last = plan.objectives[0].initiatives.length;
    const result = await addInitiative(port, { objective: 1, initiative });
    expect(calls).toEqual(["snapshot", "apply"]);
    expect(result.ref).toEqual({ o: 1, i: last + 1 });
    expect(result.sheet).toBe(`1.${last + 1} Family literacy nights`);

    const after = await wb.listSheets();
    const lastOfObjective1 = before.filter((s) => s.startsWith("1.")).pop() as string;
    expect(after.indexOf(result.sheet)).toBe(before.indexOf(lastOfObjective1) + 1);
    expect(after.filter((s) => s !== result.sheet)).toEqual(before);

    // The plan read back has the new initiative under objective 1, with its activities in template order.
    const { plan: back } = readPlan(await wb.snapshot());
    const expected = sample();
    expected.objectives[0].initiatives.push({ ...initiative, activities: [initiative.activities[1], initiative.activities[0]] });
    expect(back).toEqual(expected);
  });

  it("fills A and B of the new sheet from the objective's existing sheets", async () => {
    const { wb, plan } = await built();
    const { ref } = await addInitiative(wb, { objective: 2, objectiveTitle: "ignored", initiative });
    const snap = await wb.snapshot();
    const n = initiativeNames(ref);
    expect(snap.names[n.objective].values).toEqual([[plan.objectives[1].title]]);
    expect(snap.names[n.objectiveLead].values).toEqual([[plan.objectives[1].lead]]);
  });

  it("starts a new objective with count+1 and a title, listed on the Plan sheet and the quarter tabs", async () => {
    const { wb, plan } = await built();
    const o = plan.objectives.length + 1;
    const { sheet, ref } = await addInitiative(wb, { objective: o, objectiveTitle: "Attendance", objectiveLead: "Pat Lee", initiative });
    expect(ref).toEqual({ o, i: 1 });
    expect(sheet).toBe(`${o}.1 Family literacy nights`);
    const tabs = await wb.listSheets();
    expect(tabs.indexOf(sheet)).toBe(tabs.indexOf("Sept-Dec") - 1);

    const snap = await wb.snapshot();
    const { plan: back } = readPlan(snap);
    expect(back.objectives[o - 1]).toEqual({
      title: "Attendance",
      lead: "Pat Lee",
      initiatives: [{ ...initiative, activities: [initiative.activities[1], initiative.activities[0]] }],
    });
    const listFormulas = JSON.stringify(snap.names[PLAN_NAMES.objectiveList].formulas);
    expect(listFormulas).toContain(initiativeNames(ref).description);
    const quarterFormulas = JSON.stringify(snap.names["AIP.Quarter1.List"].formulas);
    expect(quarterFormulas).toContain(sheet);
  });

  it("needs a title to start a new objective, and refuses other numbers, writing nothing", async () => {
    const { wb, plan } = await built();
    const count = plan.objectives.length;
    const { port, calls } = counting(wb);
    await expect(addInitiative(port, { objective: count + 1, initiative })).rejects.toThrow(WorkbookError);
    await expect(addInitiative(port, { objective: count + 2, objectiveTitle: "x", initiative })).rejects.toThrow(
      new RegExp(`choose an existing objective \\(1–${count}\\) or ${count + 1}`),
    );
    await expect(addInitiative(port, { objective: 0, objectiveTitle: "x", initiative })).rejects.toThrow(WorkbookError);
    expect(calls).not.toContain("apply");
  });

  it("refuses a workbook with no plan", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
    await expect(addInitiative(wb, { objective: 1, initiative })).rejects.toThrow(WorkbookError);
  });

  it("never changes a cell a person typed on the other sheets", async () => {
    const { wb } = await built();
    // A person edits user cells first, so the test sees their text, not the add-in's.
    const snap0 = await wb.snapshot();
    const d = snap0.names[initiativeNames({ o: 1, i: 1 }).description];
    const k = snap0.names[PLAN_NAMES.keyIssues];
    await wb.apply({
      sheets: [
        { name: d.sheet, create: false, blocks: [{ at: d.range, cells: [["Edited by hand"]] }] },
        { name: k.sheet, create: false, blocks: [{ at: k.range, cells: [["=typed, not a formula"]] }] },
      ],
      names: [],
    });
    const strategyTabs = (await wb.listSheets()).filter((s) => /^\d+\.\d+/.test(s));
    const before = Object.fromEntries(strategyTabs.map((s) => [s, cells(wb.book.getWorksheet(s) as ExcelJS.Worksheet)]));
    const planBefore = (await wb.snapshot()).names;

    await addInitiative(wb, { objective: 1, initiative });

    for (const s of strategyTabs) expect(cells(wb.book.getWorksheet(s) as ExcelJS.Worksheet)).toEqual(before[s]);
    const planAfter = (await wb.snapshot()).names;
    for (const name of [PLAN_NAMES.district, PLAN_NAMES.date, PLAN_NAMES.schoolYear, PLAN_NAMES.keyIssues, PLAN_NAMES.theoryOfAction, PLAN_NAMES.finalOutcomes]) {
      expect(planAfter[name]).toEqual(planBefore[name]);
    }
    expect(planAfter[PLAN_NAMES.keyIssues].values).toEqual([["=typed, not a formula"]]);
  });
});
