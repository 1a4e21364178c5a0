/**
 * Contract: Check's marks on the sheets (docs/checker.md, "Marks on the sheets") are the same
 * through the xlsx adapter and through the Office.js adapter on the in-memory Excel: the same cells,
 * colours and formulas; they clear when the finding is gone; a person's own conditional formats
 * (a formula rule or another kind) on a flagged cell survive marking and clearing; no value or
 * format changes; and marking costs one round trip more than the Check it rides on.
 */
import { check } from "../../src/commands/check";
import { newPlan } from "../../src/commands/newPlan";
import type { Plan } from "../../src/domain/plan";
import { MARK_FILL, markFormula } from "../../src/layout/build/checkMarks";
import { CHECK_REPORT_SHEET } from "../../src/layout/build/checkReportSheet";
import type { WorkbookPort } from "../../src/workbook/port";
import type { WriteBatch } from "../../src/workbook/spec";
import { dumpXlsx } from "../support/dumpXlsx";
import { xlsxFormats } from "../support/xlsxFormats";
import { both, expectSameWorkbook, pair, type Pair } from "./support";
import * as fs from "fs";
import * as path from "path";

const TODAY = "2026-10-01";
const practice = (): Plan => JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/practice-plan.json"), "utf8")) as Plan;

async function planPair(plan: Plan): Promise<Pair> {
  const p = await pair();
  await both(p, (port) => newPlan(port, plan));
  await p.office.listSheets(); // the pane's adapter knows the workbook before any command
  return p;
}

/** Every sheet's conditional formats on both sides, in the fake's shape. */
function formatsOf(p: Pair): { xlsx: Record<string, unknown[]>; office: Record<string, unknown[]> } {
  const sheets = p.fake.dump().sheets.map((s) => s.name);
  return {
    xlsx: Object.fromEntries(sheets.map((s) => [s, xlsxFormats(p.xlsx, s)])),
    office: Object.fromEntries(sheets.map((s) => [s, p.fake.conditionalFormats(s)])),
  };
}

const marksOn = (formats: Record<string, unknown[]>, sheet: string) =>
  (formats[sheet] as Array<{ range: string; formula: string }>)
    .filter((f) => String(f.formula).startsWith('=ISTEXT("AIP Check'))
    .map((f) => `${f.range} ${/: (\w+)"\)$/.exec(f.formula)![1]}`);

test("the practice plan: both adapters mark the same cells the same way; one round trip more than Check; a second Check does not pile marks up", async () => {
  const p = await planPair(practice());
  const before = dumpXlsx(p.xlsx);
  const plain = await both(p, (port) => check(port, { today: TODAY, report: true }));
  for (let run = 0; run < 2; run++) {
    const r = await both(p, (port) => check(port, { today: TODAY, report: true, mark: true }));
    expect(r.office).toEqual(r.xlsx);
    expect(r.syncs).toBe(plain.syncs + 1);
    const f = formatsOf(p);
    expect(f.office).toEqual(f.xlsx);
    const one = Object.keys(f.office).find((s) => s.startsWith("1.1 "))!;
    const four = Object.keys(f.office).find((s) => s.startsWith("4.1 "))!;
    // The activity whose dates are out of order (error), the lead left blank (warning), a benchmark with errors.
    expect(marksOn(f.office, one)).toEqual(["B15 error", "E23 error"]);
    expect(marksOn(f.office, four)).toEqual(["B11 error", "B15 error", "C23 warning"]);
    expect(marksOn(f.office, "Plan")).toEqual(["B23 error", "C23 note"]);
    expect((f.office[one] as Array<{ fill: string }>)[1].fill).toBe(MARK_FILL.error);
    // The marks are only formats: every value, formula and name is as Check alone leaves it.
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
    const unchanged = (d: typeof before) => ({ ...d, sheets: d.sheets.filter((s) => s.name !== CHECK_REPORT_SHEET), names: {} });
    expect(unchanged(dumpXlsx(p.xlsx))).toEqual(unchanged(before));
    expect(r.xlsx.marked).toEqual({ error: expect.any(Number), warning: expect.any(Number), note: 1 });
  }
});

test("a mark clears when its finding is gone; a person's own rules on the flagged cell stay as they were", async () => {
  const p = await planPair(practice());
  const sheet = (await p.office.listSheets()).find((s) => s.startsWith("1.1 "))!;
  // A person's own colour rule over the activities' dates (it covers the flagged E23), and a data bar on E23 alone.
  const own = { range: "D20:E30", formula: "=E20<D20", fill: "#E2EFDA" };
  p.fake.addConditionalFormat(sheet, "E23", { type: "DataBar" });
  await both(p, (port) =>
    port.apply({ sheets: [{ name: sheet, create: false, blocks: [], conditionalFormats: [{ range: own.range, formula: own.formula, style: { fill: own.fill } }] }], names: [] }),
  );
  // xlsx has no data bars through the port: the fake's alone shows the other kind surviving.
  const ownOffice = p.fake.conditionalFormats(sheet).filter((f) => !("formula" in f && String(f.formula).startsWith('=ISTEXT("AIP')));

  await both(p, (port) => check(port, { today: TODAY, mark: true }));
  expect(marksOn(formatsOf(p).office, sheet)).toContain("E23 error");
  expect(p.fake.conditionalFormats(sheet).filter((f) => !String(f.formula ?? "").startsWith('=ISTEXT("AIP'))).toEqual(expect.arrayContaining(ownOffice));

  // The person swaps the dates: the finding is gone, and so is its mark; the other marks stay.
  const fix = async (port: WorkbookPort) => {
    const snap = await port.snapshot();
    const read = snap.names["AIP.O1.I1.Activities"];
    const row = 23 - Number(read.range.match(/\d+/)![0]);
    const [start, complete] = [read.values[row][3], read.values[row][4]];
    const batch: WriteBatch = { sheets: [{ name: sheet, create: false, blocks: [{ at: "D23", cells: [[complete, start]] }] }], names: [] };
    await port.apply(batch);
  };
  await both(p, fix);
  const r = await both(p, (port) => check(port, { today: TODAY, mark: true }));
  expect(r.office.findings.some((f) => f.cell === "E23" && f.sheet === sheet)).toBe(false);
  const f = formatsOf(p);
  expect(f.office).toEqual({ ...f.xlsx, [sheet]: f.office[sheet] });
  expect(marksOn(f.office, sheet)).toEqual(["B15 error"]);
  expect(marksOn(f.xlsx, sheet)).toEqual(["B15 error"]);
  // The person's rules: still there, unchanged, on both sides.
  expect(p.fake.conditionalFormats(sheet)).toEqual(expect.arrayContaining([...ownOffice, { range: "E23", type: "DataBar" }]));
  expect(xlsxFormats(p.xlsx, sheet)).toContainEqual({ range: own.range, formula: own.formula, fill: own.fill });
});

test("a clean plan after a check with findings: every mark goes, on both adapters", async () => {
  const p = await planPair(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")) as Plan);
  const sheet = (await p.office.listSheets()).find((s) => s.startsWith("2.1 "))!;
  const lead = async (port: WorkbookPort, value: string | null) => {
    const read = (await port.snapshot()).names["AIP.O2.I1.Lead"];
    await port.apply({ sheets: [{ name: read.sheet, create: false, blocks: [{ at: read.range, cells: [[value]] }] }], names: [] });
    return read.values[0][0] as string;
  };
  // A person blanks the initiative's lead: one warning, one mark.
  const was = await lead(p.xlsx, null);
  await lead(p.office, null);
  const marked = await both(p, (port) => check(port, { today: TODAY, mark: true }));
  expect(marked.office.marked).toEqual({ error: 0, warning: 1, note: 0 }); // lead-one-person: a blank lead is a warning
  expect(marksOn(formatsOf(p).office, sheet)).toHaveLength(1);
  // The lead is typed back: no finding, and no mark anywhere.
  await lead(p.xlsx, was);
  await lead(p.office, was);
  const clean = await both(p, (port) => check(port, { today: TODAY, mark: true }));
  expect(clean.office.findings).toEqual([]);
  const f = formatsOf(p);
  expect(f.office).toEqual(f.xlsx);
  for (const s of Object.keys(f.office)) expect({ s, marks: marksOn(f.office, s) }).toEqual({ s, marks: [] });
  expect(markFormula("error")).toBe('=ISTEXT("AIP Check: error")');
});

test("a protected sheet gets no marks and Check still runs (Excel refuses format changes there); the other sheets are marked", async () => {
  const p = await planPair(practice());
  const sheet = (await p.office.listSheets()).find((s) => s.startsWith("1.1 "))!;
  p.fake.protectSheet(sheet);
  await p.xlsx.book.getWorksheet(sheet)!.protect("", {});
  const r = await both(p, (port) => check(port, { today: TODAY, report: true, mark: true }));
  expect(r.office.findings.some((f) => f.sheet === sheet && f.cell === "E23")).toBe(true);
  const f = formatsOf(p);
  expect(f.office).toEqual(f.xlsx);
  expect(marksOn(f.office, sheet)).toEqual([]);
  expect(marksOn(f.office, "Plan")).toEqual(["B23 error", "C23 note"]);
});
