import type { CheckResult } from "../../../src/checks/engine";
import type { Finding } from "../../../src/checks/types";
import { isoToSerial } from "../../../src/domain/calendar";
import { cellLink } from "../../../src/layout/formulas";
import { CHECK_REPORT_NAME, CHECK_REPORT_SHEET, checkReportBatch, REPORT_HEADERS } from "../../../src/layout/build/checkReportSheet";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { grid } from "./specGrid";

const findings: Finding[] = [
  {
    rule: "plan-objective-count",
    severity: "warning",
    sheet: "Plan",
    cell: "A10",
    message: "The plan has 2 objectives; the guidance asks for three to five.",
    suggestion: "Add objectives.",
  },
  { rule: "lead-one-person", severity: "error", sheet: "O'Brien's \"K-2\"", cell: "B6", message: "=Pat and Sam", initiative: { o: 1, i: 2 } },
  { rule: "workbook-names", severity: "error", sheet: "", cell: "", message: "The defined name AIP.KeyIssues is missing.", initiative: { o: 1, i: 2 } },
  { rule: "rating-evidence", severity: "note", sheet: "1.2", cell: "C40", message: "+no evidence", initiative: { o: 1, i: 2 } },
];
const result: CheckResult = { findings, counts: { error: 2, warning: 1, note: 1 } };
const blank: WorkbookSnapshot = { sheets: ["Plan", "1.2"], names: {} };

test("a link per finding: quoted sheet (apostrophes and quotes doubled), the cell as its text", () => {
  expect(cellLink("1.2 Reading", "D14")).toEqual({ formula: `=HYPERLINK("#'1.2 Reading'!D14","D14")`, result: "D14" });
  expect(cellLink(`O'Brien's "K-2"`, "B6")).toEqual({ formula: `=HYPERLINK("#'O''Brien''s ""K-2""'!B6","B6")`, result: "B6" });
});

test("creates the sheet with title, date checked, counts, and a table of findings written as text", () => {
  const batch = checkReportBatch(blank, result, "2027-01-15");
  expect(batch.sheets).toHaveLength(1);
  const sheet = batch.sheets[0];
  expect(sheet).toMatchObject({ name: CHECK_REPORT_SHEET, create: true, freeze: { rows: 8, columns: 0 } });
  expect(sheet.clear).toBeUndefined();
  const g = grid(sheet);
  expect(g.get("A1")).toBe("Plan check report");
  expect(g.get("B2")).toBe(isoToSerial("2027-01-15"));
  expect([g.get("A3"), g.get("B3"), g.get("A4"), g.get("B4"), g.get("A5"), g.get("B5")]).toEqual(["Errors", 2, "Warnings", 1, "Notes", 1]);
  expect(REPORT_HEADERS.map((_, c) => g.get(`${"ABCDEFG"[c]}8`))).toEqual([...REPORT_HEADERS]);
  expect(["A9", "B9", "C9", "D9", "E9", "F9", "G9"].map((a) => g.get(a))).toEqual([
    "Warning",
    "plan-objective-count",
    "Plan",
    "Plan",
    { formula: `=HYPERLINK("#'Plan'!A10","A10")`, result: "A10" },
    "The plan has 2 objectives; the guidance asks for three to five.",
    "Add objectives.",
  ]);
  // Text a person might read as a formula stays a plain string (the Cell type keeps it text).
  expect(g.get("F10")).toBe("=Pat and Sam");
  expect(g.get("F12")).toBe("+no evidence");
  // A workbook-level finding has no link.
  expect([g.get("D11"), g.get("E11")]).toEqual(["", ""]);
  // Severity colours on the Severity column.
  const fills = (sheet.styles ?? []).filter((s) => s.style.fill && /^A\d+(:A\d+)?$/.test(s.range) && !/^A[345]$/.test(s.range)).map((s) => [s.range, s.style.fill]);
  expect(fills).toEqual([
    ["A9", "#FFE699"],
    ["A10:A11", "#F8CBAD"],
    ["A12", "#DDEBF7"],
  ]);
  expect(batch.names).toEqual([{ name: CHECK_REPORT_NAME, sheet: CHECK_REPORT_SHEET, range: "A8:A12" }]);
});

test("an existing report is rewritten in place under its own name, clearing past the longer of old and new", () => {
  const snap: WorkbookSnapshot = {
    sheets: ["Plan", "check report"],
    names: { [CHECK_REPORT_NAME]: { name: CHECK_REPORT_NAME, sheet: "check report", range: "A8:A3008", values: [], formulas: [] } },
  };
  const batch = checkReportBatch(snap, { findings: [], counts: { error: 0, warning: 0, note: 0 } }, "2027-01-15");
  const sheet = batch.sheets[0];
  expect(sheet).toMatchObject({ name: "check report", create: false, clear: ["A1:H3208"] });
  expect(grid(sheet).get("F9")).toBe("No findings: the plan passes every check.");
  expect(batch.names).toEqual([{ name: CHECK_REPORT_NAME, sheet: "check report", range: "A8:A9" }]);
});
