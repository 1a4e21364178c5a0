/**
 * Self-assessment (docs/guide-plan-manager.md) through the xlsx adapter: the figures on a plan with known defects,
 * the rubric without strategy sheets, two runs (the first assessment kept byte for byte, typed
 * ratings and notes kept, a second reflection column beside the first), and the comparison.
 */
import { assess, compareAssessments } from "../../../src/commands/assess";
import { newPlan } from "../../../src/commands/newPlan";
import { NO_STRATEGY_SHEETS, type RubricEvidence } from "../../../src/checks/rubricEvidence";
import { isoToSerial } from "../../../src/domain/calendar";
import { EXIT_NAMES, assessmentNames } from "../../../src/layout/names";
import { EXIT_SHEET } from "../../../src/layout/build/exitStagesSheet";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { defectPlan } from "../../support/defectPlan";
import { dumpXlsx } from "../../support/dumpXlsx";
import { typeInto, valuesOf } from "../../support/minutesSupport";

async function defectBook(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, defectPlan());
  return wb;
}

function figures(e: RubricEvidence) {
  if (!e.available) throw new Error(`figures unavailable: ${e.reason}`);
  return e;
}

test("the figures beside the ratings count what the checker finds in a plan with known defects", async () => {
  const wb = await defectBook();
  const r = await assess(wb, { date: "2026-10-01" });
  const e = figures(r.evidence);
  const byType = Object.fromEntries(e.tracking.map((t) => [t.type, { ...t, firstGap: undefined }]));
  // 7 initiatives × 2 activities, one of them without a completion date.
  expect(byType.activity).toEqual({ type: "activity", total: 14, withDate: 7, withTarget: null, withEvidence: null, complete: 7, withErrors: 0, firstGap: undefined });
  // 7 × (complete, no evidence source).
  expect(byType.early_evidence).toEqual({ type: "early_evidence", total: 14, withDate: 14, withTarget: 14, withEvidence: 7, complete: 7, withErrors: 7, firstGap: undefined });
  // 7 × (complete, no date, no target).
  expect(byType.short_term_outcome).toEqual({
    type: "short_term_outcome",
    total: 21,
    withDate: 14,
    withTarget: 14,
    withEvidence: 21,
    complete: 7,
    withErrors: 14,
    firstGap: undefined,
  });
  // complete; no Date column; a placeholder (all three read, but an error).
  expect(byType.final_outcome).toEqual({ type: "final_outcome", total: 3, withDate: 2, withTarget: 3, withEvidence: 3, complete: 1, withErrors: 1, firstGap: undefined });
  // The first gap of each type points at the cell: 1.1's second activity, second early evidence, second outcome.
  const gaps = Object.fromEntries(e.tracking.map((t) => [t.type, t.firstGap]));
  expect(gaps.activity?.sheet).toMatch(/^1\.1 /);
  expect(gaps.final_outcome).toEqual({ sheet: "Plan", cell: expect.any(String) });
  expect(e.focus).toMatchObject({ objectives: 2, objectivesInRange: false, initiatives: 7 });
  expect(e.focus.perObjective.map((o) => [o.o, o.initiatives, o.withinFive])).toEqual([
    [1, 6, false],
    [2, 1, true],
  ]);
  expect(e.initiatives.map((i) => i.byType)).toEqual(
    Array(7).fill({ activity: { complete: 1, total: 2 }, early_evidence: { complete: 1, total: 2 }, short_term_outcome: { complete: 1, total: 3 } }),
  );

  // On the sheet: beside criterion 4's rating, and never a rating (DECISIONS.md 9).
  const snap = await wb.snapshot();
  const n = assessmentNames("2026-10-01");
  expect(valuesOf(snap, n.rating("C4"))).toEqual([[""]]);
  const cells = Object.values(dumpXlsx(wb).sheets.find((s) => s.name === r.sheet)!.cells).map((c) => c.value);
  expect(cells).toContain("With all the checker asks: Activities 7 of 14; Early Evidence 7 of 14; Short-Term 7 of 21; Final 1 of 3. Figures by type and initiative below.");
  expect(cells).toContain("2 objectives (3–5 asked: outside). 7 initiatives; at most 6 under one objective (≤ 5 asked; over: Objective 1).");
  expect(cells).toContain(
    "Short-Term Outcomes: 21 in the plan; 14 with a date, 14 with a measurable target, 21 with an evidence source; 7 with all the checker asks. 14 have a checker error.",
  );
});

test("without strategy sheets the rubric still comes, its figures marked unavailable", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  const r = await assess(wb, { date: "2026-10-01" });
  expect(r.evidence).toEqual({ available: false, reason: NO_STRATEGY_SHEETS });
  expect(r).toMatchObject({ sheet: "Rubric 2026-10-01", exitSheet: EXIT_SHEET, exitCreated: true, reflection: 1 });
  const sheet = dumpXlsx(wb).sheets.find((s) => s.name === r.sheet)!;
  const texts = Object.values(sheet.cells).map((c) => c.value);
  expect(texts).toEqual(expect.arrayContaining(["Provides Focus", "Builds Long-Term Capacity", NO_STRATEGY_SHEETS, `Figures ${NO_STRATEGY_SHEETS}.`]));
  expect(texts.filter((t) => t === NO_STRATEGY_SHEETS)).toHaveLength(6); // criteria 1 and 4, and beside each of criterion 4's four benchmarks
});

test("a second run keeps the first assessment byte for byte, keeps what people typed, and adds a column to the reflection", async () => {
  const wb = await defectBook();
  await assess(wb, { date: "2026-10-01" });
  const n = assessmentNames("2026-10-01");
  await typeInto(wb, n.rating("C1"), [["Emerging"]]);
  await typeInto(wb, n.evidence("C1"), [["=two objectives, not three"]]);
  await typeInto(wb, n.notes(7), [["Teachers say nothing changed yet"]]);
  await typeInto(wb, n.elements("C3"), [["Yes"], ["No"], ["Yes"]]);
  await typeInto(wb, EXIT_NAMES.reflection(1).phase("SelfAssess"), [["Early Implementation"]]);
  await typeInto(wb, EXIT_NAMES.reflection(1).answer(1), [["Early, because the Plan Manager still leads"]]);
  const before = dumpXlsx(wb);
  const firstRubric = before.sheets.find((s) => s.name === "Rubric 2026-10-01")!;
  const exitBefore = before.sheets.find((s) => s.name === EXIT_SHEET)!;

  const again = await assess(wb, { date: "2026-10-01" });
  expect(again).toMatchObject({ sheet: "Rubric 2026-10-01 (2)", seq: 2, exitSheet: EXIT_SHEET, exitCreated: false, reflection: 2 });
  const later = await assess(wb, { date: "2027-06-15" });
  expect(later).toMatchObject({ sheet: "Rubric 2027-06-15", reflection: 3 });

  const after = dumpXlsx(wb);
  expect(after.sheets.find((s) => s.name === "Rubric 2026-10-01")).toEqual(firstRubric);
  expect(after.sheets.map((s) => s.name).filter((s) => /^Rubric|Stages/.test(s))).toEqual(["Rubric 2026-10-01", "Rubric 2026-10-01 (2)", "Rubric 2027-06-15", EXIT_SHEET]);
  // The reflection sheet: every earlier cell as it was; new cells only in two new columns.
  const exitAfter = after.sheets.find((s) => s.name === EXIT_SHEET)!;
  for (const [a, c] of Object.entries(exitBefore.cells)) expect({ a, c: exitAfter.cells[a] }).toEqual({ a, c });
  const added = Object.keys(exitAfter.cells).filter((a) => !(a in exitBefore.cells));
  expect([...new Set(added.map((a) => a.replace(/\d+$/, "")))]).toEqual(["G", "H"]);
  expect(exitAfter.cells.H13).toEqual({ value: isoToSerial("2027-06-15"), numberFormat: "m/d/yyyy" });
  expect(after.names[EXIT_NAMES.reflection(3).phase("SelfAssess")]).toMatch(/!\$H\$\d+$/);

  const snap = await wb.snapshot();
  expect(valuesOf(snap, n.rating("C1"))).toEqual([["Emerging"]]);
  expect(valuesOf(snap, n.evidence("C1"))).toEqual([["=two objectives, not three"]]);
  expect(valuesOf(snap, n.notes(7))).toEqual([["Teachers say nothing changed yet"]]);
  expect(valuesOf(snap, EXIT_NAMES.reflection(1).phase("SelfAssess"))).toEqual([["Early Implementation"]]);
});

test("compare: the last two assessments' ratings side by side, criterion by criterion", async () => {
  const wb = await defectBook();
  expect(compareAssessments(await wb.snapshot())).toMatchObject({ count: 0, earlier: undefined, later: undefined });
  await assess(wb, { date: "2026-10-01" });
  await typeInto(wb, assessmentNames("2026-10-01").rating("C1"), [["Emerging"]]);
  await typeInto(wb, assessmentNames("2026-10-01").rating("C4"), [["Developing"]]);
  const one = compareAssessments(await wb.snapshot());
  expect(one).toMatchObject({ count: 1, earlier: undefined, later: { sheet: "Rubric 2026-10-01" } });
  expect(one.rows.every((r) => !r.changed)).toBe(true);

  await assess(wb, { date: "2027-06-15" });
  await typeInto(wb, assessmentNames("2027-06-15").rating("C1"), [["Emerging"]]);
  await typeInto(wb, assessmentNames("2027-06-15").rating("C4"), [["Ready to implement"]]);
  await typeInto(wb, assessmentNames("2027-06-15").rating("C5"), [["Strong"]]);
  const two = compareAssessments(await wb.snapshot());
  expect(two.earlier).toEqual({ sheet: "Rubric 2026-10-01", date: "2026-10-01", seq: 1 });
  expect(two.later).toEqual({ sheet: "Rubric 2027-06-15", date: "2027-06-15", seq: 1 });
  expect(two.rows.map((r) => [r.criterion, r.earlier, r.later, r.changed])).toEqual([
    ["Provides Focus", "Emerging", "Emerging", false],
    ["Addresses Systemic Root Causes", "", "", false],
    ["Quickly Targets the Instructional Core", "", "", false],
    ["Useful For Tracking the Sufficiency of Progress", "Developing", "Ready to implement", true],
    ["Builds Long-Term Capacity", "", "Strong", true],
  ]);
});

test("a date that is not a date is refused before anything is read", async () => {
  const wb = await defectBook();
  await expect(assess(wb, { date: "2026-13-01" })).rejects.toThrow('The assessment date "2026-13-01" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-01.');
});

test("a person's own 'Stages toward exit' sheet is left alone, and a lost row anchor stops only the reflection column", async () => {
  const wb = await defectBook();
  await wb.apply({ sheets: [{ name: "Stages toward exit", create: true, blocks: [{ at: "A1", cells: [["our own notes"]] }] }], names: [] });
  const mine = await assess(wb, { date: "2026-10-01" });
  expect([mine.sheet, mine.exitCreated, mine.exitSheet, mine.reflection]).toEqual(["Rubric 2026-10-01", false, undefined, undefined]);
  expect(mine.notes).toEqual([
    `A sheet named "Stages toward exit" exists but was not made by the add-in (its names are missing), so it was left alone. Rename it to have the add-in make its own.`,
  ]);
  expect(dumpXlsx(wb).sheets.find((s) => s.name === "Stages toward exit")!.cells).toEqual({ A1: { value: "our own notes" } });

  const other = await defectBook();
  await assess(other, { date: "2026-10-01" });
  // Someone points an area's anchor at another sheet: where the new column's phase cell goes is unknown.
  await other.apply({ sheets: [], names: [{ name: EXIT_NAMES.area("SetGoals"), sheet: "Plan", range: "A1" }] });
  const before = dumpXlsx(other).sheets.find((s) => s.name === EXIT_SHEET);
  const next = await assess(other, { date: "2027-06-15" });
  expect([next.sheet, next.exitSheet, next.reflection]).toEqual(["Rubric 2027-06-15", EXIT_SHEET, undefined]);
  expect(next.notes).toEqual([
    `No reflection column was added to "${EXIT_SHEET}": the defined name AIP.Exit.Area.SetGoals is missing or broken, so the row of a new reflection column on "${EXIT_SHEET}" is not known; point it at its cell in Formulas > Name Manager.`,
  ]);
  expect(dumpXlsx(other).sheets.find((s) => s.name === EXIT_SHEET)).toEqual(before);
});
