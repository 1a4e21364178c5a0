/**
 * Contract: Repair names on both adapters. Names people cleared (Name Manager) or that broke
 * (#REF!) are pointed back at their cells from the sheet layout: the plan exports as before, every
 * cell is byte-identical before and after the repair, and it costs one read and one write.
 */
import * as fs from "fs";
import * as path from "path";
import { exportPlan } from "../../src/commands/exportPlan";
import { newPlan } from "../../src/commands/newPlan";
import { newMinutes } from "../../src/commands/newMinutes";
import { qprView } from "../../src/commands/qprView";
import { repairNames } from "../../src/commands/repairNames";
import { rollUp } from "../../src/commands/rollUp";
import { runChecks } from "../../src/checks/engine";
import { parsePlan } from "../../src/domain/validate";
import { initiativeNames, LIST_NAMES, PLAN_NAMES, quarterListName } from "../../src/layout/names";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import type { FakeExcel } from "../fakes/excel";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { generatePlan } from "../support/generatePlan";
import { realExcelRun } from "../support/officeJs";
import { both, expectSameWorkbook, pair, type Pair } from "./support";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));

type NameModel = { name: string; ranges: string[] };
const models = (x: XlsxWorkbook) => x.book.definedNames as unknown as { model: NameModel[] };

/** As a person would: delete names in Name Manager. */
async function clearNames(p: Pair, names: string[]): Promise<void> {
  const gone = new Set(names.map((n) => n.toLowerCase()));
  models(p.xlsx).model = models(p.xlsx).model.filter((m) => !gone.has(m.name.toLowerCase()));
  await p.fake.run(async (context) => {
    for (const n of names) context.workbook.names.getItem(n).delete();
    await context.sync();
  });
}

/** Names that point at #REF! (on the fake: at cells of a sheet that is then deleted, as Excel does). */
async function breakNames(p: Pair, names: string[]): Promise<void> {
  const broken = new Set(names.map((n) => n.toLowerCase()));
  models(p.xlsx).model = models(p.xlsx).model.map((m) => (broken.has(m.name.toLowerCase()) ? { ...m, ranges: ["#REF!"] } : m));
  p.fake.addSheet("Scratch");
  await p.fake.run(async (context) => {
    for (const n of names) context.workbook.names.getItem(n).formula = "=Scratch!$A$1";
    await context.sync();
  });
  p.fake.deleteSheet("Scratch");
}

const cellsOf = (d: WorkbookDump) => d.sheets.map((s) => ({ name: s.name, cells: s.cells }));

/** A fresh pane-like Office adapter (it lists the workbook when it opens), so the sync count is the command's own. */
async function freshOffice(fake: FakeExcel): Promise<OfficeWorkbook> {
  const office = new OfficeWorkbook(realExcelRun(fake), { isSetSupported: fake.isSetSupported });
  await office.listSheets();
  return office;
}

describe("repair names through both adapters", () => {
  test("cleared and broken names come back where they were; values untouched; one read, one write", async () => {
    const p = await pair();
    await both(p, (port) => newPlan(port, sample));
    const before = { xlsx: dumpXlsx(p.xlsx), office: p.fake.dump() };
    const plan = await exportPlan(p.xlsx);

    const n12 = initiativeNames({ o: 1, i: 2 });
    const n21 = initiativeNames({ o: 2, i: 1 });
    const cleared = [
      PLAN_NAMES.district,
      PLAN_NAMES.finalOutcomes,
      PLAN_NAMES.objectiveList,
      LIST_NAMES.roster,
      quarterListName(1),
      n12.lead,
      n12.activities,
      n12.rating("Performance", "Mar"),
      n12.ratedOn("Sep"),
      n21.shortTermOutcomes,
    ];
    const broken = [PLAN_NAMES.keyIssues, PLAN_NAMES.wordCount, LIST_NAMES.process, n12.ratings, n21.earlyEvidence, n21.description, n21.objective];
    await clearNames(p, cleared);
    await breakNames(p, broken);

    // Check names each one, with the sheet it belongs on and the fix.
    const findings = runChecks(await p.xlsx.snapshot(), { today: "2026-10-01" }).findings.filter((f) => f.rule === "workbook-names");
    for (const name of [...cleared, ...broken]) {
      const f = findings.find((x) => x.message.includes(`${name} `));
      expect(f).toMatchObject({ severity: "error", suggestion: expect.stringContaining("Repair names") });
      expect(f?.sheet).not.toBe("");
    }

    const x = await repairNames(p.xlsx);
    const office = await freshOffice(p.fake);
    p.fake.resetSyncCount();
    const o = await repairNames(office);
    expect(p.fake.syncCount).toBe(2); // snapshot with the used ranges (1) + the names (1)
    expect(o).toEqual(x);
    expect(x.notRepaired).toEqual([]);
    expect(x.repaired.map((r) => r.name).sort()).toEqual([...cleared, ...broken].sort());

    const after = { xlsx: dumpXlsx(p.xlsx), office: p.fake.dump() };
    expect(after.xlsx.names).toEqual(before.xlsx.names);
    expect(after.office.names).toEqual(before.office.names);
    expect(cellsOf(after.xlsx)).toEqual(cellsOf(before.xlsx));
    expect(cellsOf(after.office)).toEqual(cellsOf(before.office));
    expectSameWorkbook(after.xlsx, after.office);
    expect(await exportPlan(p.xlsx)).toEqual(plan);
    expect(await exportPlan(office)).toEqual(plan);
    expect(runChecks(await p.xlsx.snapshot(), { today: "2026-10-01" }).findings.filter((f) => f.rule === "workbook-names")).toEqual([]);
  });

  test("every name of the workbook cleared: all re-anchored from the labels, renamed tabs included", async () => {
    const p = await pair();
    await both(p, (port) => newPlan(port, generatePlan(2, 2, 4)));
    p.fake.renameSheet("Plan", "Our plan");
    p.xlsx.book.getWorksheet("Plan")!.name = "Our plan";
    const before = { xlsx: dumpXlsx(p.xlsx), office: p.fake.dump() };
    const plan = await exportPlan(p.office);
    expect(plan.problems).toEqual([]);
    const all = Object.keys(before.office.names);
    await clearNames(p, all);

    const x = await repairNames(p.xlsx);
    const office = await freshOffice(p.fake);
    p.fake.resetSyncCount();
    const o = await repairNames(office);
    expect(p.fake.syncCount).toBe(2);
    expect(o).toEqual(x);
    expect(x.notRepaired).toEqual([]);
    expect(x.repaired).toHaveLength(all.length);
    expect(x.repaired).toContainEqual({ name: PLAN_NAMES.district, sheet: "Our plan", range: "B4" });
    // ExcelJS does not follow a tab rename in names as Excel does: the fake's names are the reference.
    expect(dumpXlsx(p.xlsx).names).toEqual(before.office.names);
    expect(cellsOf(dumpXlsx(p.xlsx))).toEqual(cellsOf(before.xlsx));
    expect(p.fake.dump()).toEqual(before.office);
    expect(await exportPlan(office)).toEqual(plan);
  });

  test("the Summary, a QPR view and two minutes sheets of one day: their names come back too, and the next commands still work", async () => {
    const p = await pair();
    await both(p, (port) => newPlan(port, generatePlan(2, 2, 3)));
    await both(p, (port) => rollUp(port));
    await both(p, (port) => qprView(port, { period: "Mar" }));
    await both(p, (port) => newMinutes(port, { date: "2026-10-14", today: "2026-10-01" }));
    await both(p, (port) => newMinutes(port, { date: "2026-10-14", suffixIfExists: true, today: "2026-10-01" }));
    const before = { xlsx: dumpXlsx(p.xlsx), office: p.fake.dump() };
    const all = Object.keys(before.office.names);
    expect(all.filter((n) => /^AIP\.(Summary|QPR|Minutes)\./.test(n)).length).toBeGreaterThan(30);
    await clearNames(p, all);

    const x = await repairNames(p.xlsx);
    const office = await freshOffice(p.fake);
    p.fake.resetSyncCount();
    const o = await repairNames(office);
    expect(p.fake.syncCount).toBe(2);
    expect(o).toEqual(x);
    expect(x.notRepaired).toEqual([]);
    expect(dumpXlsx(p.xlsx)).toEqual(before.xlsx);
    expect(p.fake.dump()).toEqual(before.office);
    // The QPR view is rebuilt in place, not beside a second copy.
    await both(p, (port) => qprView(port, { period: "Mar" }));
    expect(p.fake.dump().sheets.map((s) => s.name)).toEqual(before.office.sheets.map((s) => s.name));
  });

  test("in Excel, after rows inserted above and inside the tables, names cleared or broken come back where Excel had moved them", async () => {
    const p = await pair();
    await both(p, (port) => newPlan(port, sample));
    const lead = initiativeNames({ o: 1, i: 2 }).lead;
    const sheet = p.fake.dump().sheets.find((s) => s.name.startsWith("1.2"))!.name;
    p.fake.insertRows(sheet, 1, 3); // above everything
    p.fake.insertRows(sheet, 30, 2); // inside the activities table: its name grows
    p.fake.insertRows("Plan", 2, 4);
    p.fake.insertRows("Lists", 1, 1);
    const before = p.fake.dump();
    const moved = [
      lead,
      initiativeNames({ o: 1, i: 2 }).activities,
      initiativeNames({ o: 1, i: 2 }).rating("Process", "Jun"),
      PLAN_NAMES.finalOutcomes,
      PLAN_NAMES.objectiveList,
      LIST_NAMES.roster,
    ];
    const rows = (ref: string) => {
      const m = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref)!;
      return [Number(m[1]), Number(m[2]) - Number(m[1]) + 1];
    };
    const acts = initiativeNames({ o: 1, i: 2 }).activities;
    const [top, height] = rows(dumpXlsx(p.xlsx).names[acts]);
    expect(rows(before.names[acts])).toEqual([top + 3, height + 2]); // moved down 3, grew by the 2 rows inserted inside
    for (const n of moved.slice(0, 3)) p.fake.deleteName(n);
    for (const n of moved.slice(3)) p.fake.breakName(n);

    const r = await repairNames(await freshOffice(p.fake));
    expect(r.notRepaired).toEqual([]);
    expect(r.repaired.map((x) => x.name).sort()).toEqual([...moved].sort());
    expect(p.fake.dump()).toEqual(before);
  });

  test("nothing to repair: one read, no write; a deleted strategy sheet cannot be repaired and says what to do", async () => {
    const p = await pair();
    await both(p, (port) => newPlan(port, generatePlan(1, 2, 2)));
    const office = await freshOffice(p.fake);
    p.fake.resetSyncCount();
    expect(await repairNames(office)).toEqual({ repaired: [], notRepaired: [] });
    expect(p.fake.syncCount).toBe(1);

    const sheet = (await exportPlan(p.xlsx)) && p.fake.dump().sheets.find((s) => s.name.startsWith("1.2"))!.name;
    p.fake.deleteSheet(sheet);
    p.xlsx.book.removeWorksheet(p.xlsx.book.getWorksheet(sheet)!.id);
    const x = await repairNames(p.xlsx);
    const o = await repairNames(await freshOffice(p.fake));
    expect(o).toEqual(x);
    expect(x.repaired).toEqual([]);
    expect(x.notRepaired.length).toBeGreaterThan(20);
    expect(x.notRepaired[0]).toMatchObject({
      name: expect.stringMatching(/^AIP\.O1\.I2\./),
      sheet: "",
      why: expect.stringContaining("No sheet"),
      fix: expect.stringContaining("Restore the sheet"),
    });
  });

  test("a large sheet of a person's own data (~3 MB) next to the plan: every response stays under Excel on the web's 5 MB", async () => {
    const p = await pair();
    await both(p, (port) => newPlan(port, generatePlan(3, 2)));
    const row = (r: number) =>
      Array.from({ length: 8 }, (_, c) => `Row ${r}, column ${c}: notes a person keeps beside the plan, typed by hand in their own sheet.`.padEnd(190, "."));
    await p.fake.run(async (context) => {
      const ws = context.workbook.worksheets.add("My notes");
      ws.getRange("A1:H2000").values = Array.from({ length: 2000 }, (_, r) => row(r).map((t) => `'${t}`));
      await context.sync();
    });
    await clearNames(p, ["AIP.District"]);
    const office = await freshOffice(p.fake);
    p.fake.resetSyncCount();
    const o = await repairNames(office);
    expect(o.repaired.map((r) => r.name)).toEqual(["AIP.District"]);
    // Read as one response, values and formulas of that sheet alone are ~6 MB: Excel refuses that
    // once, and the used ranges are then read in bands, each answer under the limit.
    expect(p.fake.traffic.filter((t) => t.refused).map((t) => t.refused)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    const responses = p.fake.traffic.map((t) => t.responseBytes);
    expect(Math.max(...responses)).toBeLessThanOrEqual(5_000_000);
    expect(responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(5_000_000);
  });
});
