/**
 * Contract: Roll up gives the same Summary (cells, merges, names and colour rules) through the
 * xlsx adapter and through the Office.js adapter on the in-memory Excel; it rebuilds the sheet in
 * place, touches nothing else, and costs at most 2 round trips whatever the plan's size.
 */
import { rollUp } from "../../src/commands/rollUp";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/layout/build/buildWorkbook";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { generatePlan } from "../support/generatePlan";
import { xlsxFormats } from "../support/xlsxFormats";
import { both, expectSameWorkbook, pair, type Pair } from "./support";

async function planPair(plan: Plan): Promise<Pair> {
  const p = await pair();
  const batch = buildWorkbook(plan, ["Sheet1"]);
  await both(p, (port) => port.apply(batch));
  return p;
}

/** Everything but the Summary and its names. */
function outsideSummary(d: WorkbookDump) {
  return {
    sheets: d.sheets.filter((s) => s.name !== SUMMARY_SHEET),
    names: Object.fromEntries(Object.entries(d.names).filter(([n]) => !n.startsWith("AIP.Summary."))),
  };
}

async function primedSyncs(p: Pair): Promise<number> {
  await p.office.listSheets(); // the pane's adapter already knows the workbook
  p.fake.resetSyncCount();
  await rollUp(p.office);
  return p.fake.syncCount;
}

test("roll up twice: the same Summary on both adapters, rebuilt in place, nothing else touched", async () => {
  const plan = generatePlan(2, 3, 4);
  plan.objectives[0].initiatives[0].description = "Teachers' coaching cycles";
  const p = await planPair(plan);
  const before = outsideSummary(dumpXlsx(p.xlsx));

  for (let run = 0; run < 2; run++) {
    const x = await rollUp(p.xlsx);
    const syncs = await primedSyncs(p);
    expect(syncs).toBeLessThanOrEqual(2);
    expect(x).toEqual({ initiatives: 6, problems: [] });
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
    expect(p.fake.conditionalFormats(SUMMARY_SHEET)).toEqual(xlsxFormats(p.xlsx, SUMMARY_SHEET));
  }
  const after = dumpXlsx(p.xlsx);
  expect(outsideSummary(after)).toEqual(before);
  // One Summary, after the Plan sheet, its colour rules not piled up by the second run.
  expect(after.sheets.map((s) => s.name).filter((n) => n === SUMMARY_SHEET)).toHaveLength(1);
  expect(after.sheets.map((s) => s.name).indexOf(SUMMARY_SHEET)).toBe(after.sheets.map((s) => s.name).indexOf("Plan") + 1);
  const rules = xlsxFormats(p.xlsx, SUMMARY_SHEET);
  expect(rules.length).toBe(5 + 2 + 4 * 3); // ratings (4 levels + not a level), changes, lowest rows of plan + 2 objectives
  expect(rules[0]).toEqual({ range: "E52:J65", formula: "=OR(EXACT(E52,$B$41),EXACT(E52,$H$41))", fill: "#F8CBAD" });
});

test("a Summary that shrank leaves nothing stale, and a person's notes beside it stay", async () => {
  const p = await planPair(generatePlan(2, 3, 2));
  await rollUp(p.xlsx);
  await rollUp(p.office);
  const sheets = await p.xlsx.listSheets();
  const objective2 = sheets.filter((s) => /^2\.\d /.test(s));
  expect(objective2).toHaveLength(3);
  for (const s of objective2) {
    p.xlsx.book.removeWorksheet(p.xlsx.book.getWorksheet(s)!.id);
    p.fake.deleteSheet(s);
  }
  for (const side of [p.xlsx, p.office]) {
    await side.apply({ sheets: [{ name: SUMMARY_SHEET, create: false, blocks: [{ at: "AG3", cells: [["my note"]] }] }], names: [] });
  }
  const x = await rollUp(p.xlsx);
  const o = await rollUp(p.office);
  expect(o).toEqual(x);
  expect(x.initiatives).toBe(3);
  expect(x.problems.map((q) => q.where)).toEqual(["AIP.O2.I1.*", "AIP.O2.I2.*", "AIP.O2.I3.*"]);
  // (Deleting tabs outside Excel leaves other sheets' formulas differently broken: compare the Summary.)
  const dump = dumpXlsx(p.xlsx);
  const summary = dump.sheets.find((s) => s.name === SUMMARY_SHEET)!;
  expect(p.fake.dump().sheets.find((s) => s.name === SUMMARY_SHEET)).toEqual(summary);
  const numbers = Object.entries(summary.cells).filter(([a, c]) => /^A\d+$/.test(a) && typeof c.value === "string" && /^\d+\.\d+$/.test(c.value));
  expect(numbers.map(([, c]) => c.value)).toEqual(["1.1", "1.2", "1.3"]);
  expect(summary.cells.AG3).toEqual({ value: "my note" });
  expect(p.fake.conditionalFormats(SUMMARY_SHEET)).toEqual(xlsxFormats(p.xlsx, SUMMARY_SHEET));
});

test.each([
  [1, 1],
  [2, 5],
  [10, 5],
])("roll up costs the same round trips for %i × %i initiatives", async (objectives, initiatives) => {
  const p = await planPair(generatePlan(objectives, initiatives, 2));
  expect(await primedSyncs(p)).toBeLessThanOrEqual(2);
  const first = p.fake.syncCount;
  expect(await primedSyncs(p)).toBe(first); // rebuilding in place costs the same
  expect(first).toBe(2);
});
