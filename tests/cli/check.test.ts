/** aip check, run in-process on workbooks written to a temporary folder. */
import * as ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { runAip, tempFolderEachTest } from "./runAip";
import { isoToSerial } from "../../src/domain/calendar";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { saveXlsxFile } from "../../src/workbook/xlsx/files";
import { withLayoutNames } from "../support/layoutNames";
import { ACTIVITIES_TOP, addInitiative, addPlanSheet, SnapshotBuilder } from "../support/snapshotBuilder";

const dir = tempFolderEachTest("aip-check-");

const aip = (...argv: string[]) => runAip(dir(), argv);

async function book(name: string, b: SnapshotBuilder): Promise<string> {
  const wb = XlsxWorkbook.create();
  await wb.apply(b.toBatch());
  await saveXlsxFile(wb, path.join(dir(), name));
  return name;
}

/** Three objectives of two initiatives, every rule satisfied; `change` adds defects. */
function plan(change: (b: SnapshotBuilder) => void = () => undefined): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder(), { finalOutcomes: [["Grade 3 reading at 70% by June 2027, as measured by MCAS", isoToSerial("2027-06-30")]] });
  for (const o of [1, 2, 3]) {
    for (const i of [1, 2]) {
      addInitiative(b, { o, i }, `${o}.${i}`, {
        activities: [
          { quarter: "Sept-Dec", text: "Hire coaches by October 2026", lead: "HR", start: isoToSerial("2026-09-01"), complete: isoToSerial("2026-10-01"), status: "Complete" },
        ],
      });
    }
  }
  change(b);
  return withLayoutNames(b);
}

const overdue = (b: SnapshotBuilder) =>
  addInitiative(b, { o: 1, i: 3 }, "1.3", {
    activities: [{ quarter: "Sept-Dec", text: "Train coaches", lead: "HR", start: isoToSerial("2026-09-01"), complete: isoToSerial("2026-11-01"), status: "In progress" }],
  });

test("--json prints an array of {rule, severity, sheet, cell, message, suggestion?}; errors exit 1", async () => {
  const name = await book(
    "plan.xlsx",
    plan((b) => b.set("1.1", "B6", [["Pat Lee and Sam Ortiz"]])),
  );
  const r = await aip("check", name, "--json", "--today", "2027-01-15");
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.stdout);
  expect(Array.isArray(findings)).toBe(true);
  const lead = findings.find((f: { rule: string }) => f.rule === "lead-one-person");
  expect(lead).toEqual({
    rule: "lead-one-person",
    severity: "error",
    sheet: "1.1",
    cell: "B6",
    message: expect.stringContaining("Pat Lee and Sam Ortiz"),
    suggestion: expect.any(String),
  });
  for (const f of findings) expect(Object.keys(f).every((k) => ["rule", "severity", "sheet", "cell", "message", "suggestion"].includes(k))).toBe(true);
  expect(r.stderr).toBe("");
});

test("warnings only exit 0; --today decides what is overdue; text output groups by sheet with the cell", async () => {
  const name = await book("plan.xlsx", plan(overdue));
  const before = await fs.readFile(path.join(dir(), name));
  const late = await aip("check", name, "--today", "2027-01-15");
  expect(late.code).toBe(0);
  expect(late.stdout).toMatch(/^plan\.xlsx: 0 errors, \d+ warnings?, \d+ notes? \(checked as of 2027-01-15\)\./);
  expect(late.stdout).toContain(`Sheet "1.3"\n  F${ACTIVITIES_TOP}  warning  activity-overdue: "Train coaches" was due to complete on 11/1/2026`);
  expect(late.stdout).toContain("      suggestion: If it is done, set Status to Complete");
  const early = await aip("check", name, "--today", "2026-10-15", "--json");
  expect(JSON.parse(early.stdout).some((f: { rule: string }) => f.rule === "activity-overdue")).toBe(false);
  // The workbook is not saved.
  expect(await fs.readFile(path.join(dir(), name))).toEqual(before);
});

test("a deleted strategy sheet is a workbook-level error listed on its own, exit 1", async () => {
  const name = await book("plan.xlsx", plan());
  // Delete the tab as Excel would, leaving its names pointing nowhere.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir(), name));
  wb.removeWorksheet(wb.getWorksheet("2.2")!.id);
  await wb.xlsx.writeFile(path.join(dir(), name));
  const r = await aip("check", name, "--today", "2027-01-15");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Workbook (defined names)\n  error  workbook-names: The strategy sheet of initiative 2.2 is gone");
});

test.each([
  [["check", "missing.xlsx"], /missing\.xlsx: no such file/],
  [["check", "notes.txt"], /notes\.txt/],
  [["check", "plan.xlsx", "--today", "15/01/2027"], /--today "15\/01\/2027" is not a date written YYYY-MM-DD/],
  [["check", "plan.xlsx", "--today", "2027-02-30"], /is not a date/],
  [["check"], /missing BOOK\.xlsx/],
])("unreadable input or a bad --today exits 2 with a message: %j", async (argv, message) => {
  await fs.writeFile(path.join(dir(), "notes.txt"), "not a workbook");
  await book("plan.xlsx", plan());
  const r = await aip(...argv);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe("");
});

test("a workbook with no plan exits 2 saying so", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  await saveXlsxFile(wb, path.join(dir(), "empty.xlsx"));
  const r = await aip("check", "empty.xlsx");
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^aip: empty\.xlsx: This workbook has no AIP plan/);
});

/** The conditional formats and notes of one sheet of a saved file, as ExcelJS reads them. */
async function formatsAndNotes(file: string, sheet: string): Promise<{ formats: string[]; notes: Record<string, unknown> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir(), file));
  const ws = wb.getWorksheet(sheet)!;
  const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  const formats = cfs.flatMap((cf) =>
    cf.rules.map((r) => {
      const fill = r.style?.fill?.type === "pattern" ? r.style.fill.bgColor?.argb : undefined;
      return `${cf.ref} ${(r as { formulae: string[] }).formulae[0]} ${fill}`;
    }),
  );
  const notes: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((cell) => void (cell.note ? (notes[cell.address] = cell.note) : undefined)));
  return { formats: formats.sort(), notes };
}

test("--mark marks the flagged cells and saves; the next --mark clears a mark whose finding is gone; a person's own rule and note on the cell stay", async () => {
  const name = await book(
    "plan.xlsx",
    plan((b) => b.set("1.1", "B6", [["Pat Lee and Sam Ortiz"]])),
  );
  // A person's own colour rule over the lead cell, and a note on it, made in Excel.
  const file = path.join(dir(), name);
  const own = new ExcelJS.Workbook();
  await own.xlsx.readFile(file);
  own.getWorksheet("1.1")!.addConditionalFormatting({
    ref: "B5:B7",
    rules: [{ type: "expression", priority: 1, formulae: ["LEN(B5)>20"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFE2EFDA" } } } }],
  });
  own.getWorksheet("1.1")!.getCell("B6").note = "Ask Pat who leads";
  await own.xlsx.writeFile(file);
  const values = async () => (await XlsxWorkbook.fromBuffer(await fs.readFile(file))).snapshot().then((s) => s.names);
  const namesBefore = await values();

  const r = await aip("check", name, "--mark", "--today", "2027-01-15");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Marked 1 cell on the plan's sheets (1 error, 0 warnings, 0 notes); saved plan.xlsx.");
  const marked = await formatsAndNotes(name, "1.1");
  expect(marked.formats).toEqual(["B5:B7 LEN(B5)>20 FFE2EFDA", 'B6 ISTEXT("AIP Check: error") FFFFC7CE']);
  expect(marked.notes).toEqual({ B6: "Ask Pat who leads" });
  expect(await values()).toEqual(namesBefore); // every value the checker reads is as it was

  // The lead is fixed in Excel; the next check clears the mark, and only the mark.
  const fixed = new ExcelJS.Workbook();
  await fixed.xlsx.readFile(file);
  fixed.getWorksheet("1.1")!.getCell("B6").value = "Pat Lee";
  await fixed.xlsx.writeFile(file);
  const again = await aip("check", name, "--mark", "--today", "2027-01-15");
  expect(again.code).toBe(0);
  expect(again.stdout).toContain("No cell marked (the marks of an earlier check were cleared); saved plan.xlsx.");
  const cleared = await formatsAndNotes(name, "1.1");
  expect(cleared.formats).toEqual(["B5:B7 LEN(B5)>20 FFE2EFDA"]);
  expect(cleared.notes).toEqual({ B6: "Ask Pat who leads" });
});

test("--mark -o writes a marked copy and leaves the original as it was; -o without --mark is refused", async () => {
  const name = await book(
    "plan.xlsx",
    plan((b) => b.set("1.1", "B6", [["Pat Lee and Sam Ortiz"]])),
  );
  const original = await fs.readFile(path.join(dir(), name));
  const r = await aip("check", name, "--mark", "-o", "marked.xlsx", "--today", "2027-01-15");
  expect(r.code).toBe(1);
  expect(await fs.readFile(path.join(dir(), name))).toEqual(original);
  expect((await formatsAndNotes("marked.xlsx", "1.1")).formats).toEqual(['B6 ISTEXT("AIP Check: error") FFFFC7CE']);

  const refused = await aip("check", name, "-o", "other.xlsx");
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("-o and --force go with --mark");
  await expect(fs.stat(path.join(dir(), "other.xlsx"))).rejects.toThrow();
});
