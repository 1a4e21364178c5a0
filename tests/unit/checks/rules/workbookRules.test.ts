/**
 * The engine's own rules, each with a table of cases that pass and cases that fail:
 * workbook-cells (a benchmark cell the text rules cannot judge as it stands, a cell readPlan could
 * not read) and workbook-names (a defined name the layout expects is missing or broken).
 */
import { runChecks } from "../../../../src/checks/engine";
import { benchmarkCell, MAX_BENCHMARK_CHARS, workbookCells } from "../../../../src/checks/rules/workbookCells";
import { workbookNames } from "../../../../src/checks/rules/workbookNames";
import type { CellRead } from "../../../../src/checks/locatedPlan";
import type { CellValue } from "../../../../src/workbook/port";
import { withLayoutNames } from "../../../support/layoutNames";
import { ACTIVITIES_TOP, addInitiative } from "../../../support/snapshotBuilder";
import { planWith, serial, TODAY } from "../../../support/planFixture";

const at = { sheet: "1.1 Sheet", cell: "B10", initiative: { o: 1, i: 1 } };
const cell = (value: CellValue, formula?: string): CellRead => (formula ? { value, formula, at } : { value, at });

describe("workbook-cells (warning; notes for formulas)", () => {
  test("is the engine's, with its metadata", () => {
    expect(workbookCells).toMatchObject({ kind: "workbook", id: "workbook-cells", severity: "warning" });
  });

  test.each([["By June 2027, 80% of students read at grade level, as measured by DIBELS."], [""], ["x".repeat(MAX_BENCHMARK_CHARS)]])(
    "a typed sentence is judged as it is: %#",
    (text) => {
      expect(benchmarkCell({ type: "short_term_outcome", cell: cell(text) })).toEqual({ findings: [], text });
    },
  );

  test.each([
    [0.8, "warning", "holds the number 0.8, not a sentence", undefined],
    [true, "warning", "holds the value TRUE, not a sentence", undefined],
    ["#REF!", "warning", "shows the error #REF!", undefined],
    ["x".repeat(MAX_BENCHMARK_CHARS + 1), "warning", "is 2,001 characters long", "x".repeat(MAX_BENCHMARK_CHARS)],
  ] as const)("%s is a finding on the cell", (value, severity, says, judged) => {
    const r = benchmarkCell({ type: "short_term_outcome", cell: cell(value) });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: "workbook-cells", severity, sheet: "1.1 Sheet", cell: "B10", initiative: { o: 1, i: 1 } });
    expect(r.findings[0].message).toContain(says);
    expect(r.text).toBe(judged);
  });

  test("a formula is a note, and its result is still judged", () => {
    const r = benchmarkCell({ type: "early_evidence", cell: cell("By June 2027, 60% …", "=Plan!B6") });
    expect(r.findings.map((f) => [f.severity, f.message.slice(0, 53)])).toEqual([["note", "This early-evidence indicator is a formula (=Plan!B6)"]]);
    expect(r.text).toBe("By June 2027, 60% …");
  });

  test.each([
    ["Finished", true],
    ["Complete", false],
  ])("an activity status %s that readPlan cannot read is a workbook-cells warning: %s", (status, reported) => {
    const b = planWith([{ activities: [{ quarter: "Sept-Dec", text: "Hire", lead: "HR", start: serial("2026-09-01"), complete: serial("2027-03-01"), status }] }]);
    const found = runChecks(b.build(), { today: TODAY }).findings.filter((f) => f.rule === "workbook-cells" && f.cell === `F${ACTIVITIES_TOP}`);
    expect(found.length > 0).toBe(reported);
  });
});

describe("workbook-names (error; warnings for names that are there but odd)", () => {
  const plan = () => {
    const b = planWith([{ lead: "Sam Ortiz", shortTermOutcomes: ["By June 2027, 80% of students …"] }]);
    addInitiative(b, { o: 2, i: 1 }, "2.1", { lead: "Pat Lee" });
    return withLayoutNames(b);
  };
  const names = (b: ReturnType<typeof plan>) => runChecks(b.build(), { today: TODAY }).findings.filter((f) => f.rule === "workbook-names");

  test("is the engine's, with its metadata", () => {
    expect(workbookNames).toMatchObject({ kind: "workbook", id: "workbook-names", severity: "error" });
  });

  test("every name in place: nothing to say", () => {
    expect(names(plan())).toEqual([]);
  });

  test.each([
    ["a required name deleted", (b: ReturnType<typeof plan>) => b.removeName("AIP.KeyIssues"), "error", "The defined name AIP.KeyIssues is missing"],
    ["a strategy sheet deleted", (b: ReturnType<typeof plan>) => b.removeSheet("2.1"), "error", "The strategy sheet of initiative 2.1 is gone"],
    ["a lead name over two cells", (b: ReturnType<typeof plan>) => b.name("AIP.O2.I1.Lead", "2.1", "B6:C6"), "warning", "The defined name AIP.O2.I1.Lead should be one"],
  ] as const)("%s is a finding", (_, edit, severity, says) => {
    const found = names(edit(plan()) as ReturnType<typeof plan>);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(found[0].message).toContain(says);
  });
});
