/** aip assess: adds a dated rubric to a copy or in place, says what the checker found, never changes an earlier one. */
import { promises as fs } from "fs";
import * as path from "path";
import { runAip, tempFolderEachTest } from "./runAip";
import { assessmentNames } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { newPlan } from "../../src/commands/newPlan";
import { defectPlan } from "../support/defectPlan";
import { dumpXlsx } from "../support/dumpXlsx";
import { typeInto } from "../support/minutesSupport";

const dir = tempFolderEachTest("aip-assess-");
const aip = (...argv: string[]) => runAip(dir(), argv);
const open = async (name: string) => XlsxWorkbook.fromBuffer(await fs.readFile(path.join(dir(), name)));

async function defectBook(name: string): Promise<void> {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, defectPlan());
  await fs.writeFile(path.join(dir(), name), await wb.toBuffer());
}

test("adds the dated rubric to a copy and prints the plan's figures, never a rating", async () => {
  await defectBook("plan.xlsx");
  const r = await aip("assess", "plan.xlsx", "--date", "2026-10-01", "-o", "a.xlsx");
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toBe(
    [
      `Added the sheet "Rubric 2026-10-01"; made "Stages toward exit" for the yearly reflection; saved a.xlsx.`,
      "Provides Focus: 2 objectives (3–5 asked), 7 initiatives, at most 6 under one objective (≤ 5 asked).",
      "Useful For Tracking: benchmarks with all the checker asks (no error or warning from Check): Activities 7 of 14, Early Evidence of Change 7 of 14, Short-Term Outcomes 7 of 21, Final Outcomes 1 of 3.",
      "The ratings are yours to choose on the sheet; the add-in never rates the plan.",
      "",
    ].join("\n"),
  );
  expect((await open("a.xlsx")).book.worksheets.map((w) => w.name).slice(-2)).toEqual(["Rubric 2026-10-01", "Stages toward exit"]);
  expect((await open("plan.xlsx")).book.worksheets.map((w) => w.name)).not.toContain("Rubric 2026-10-01"); // -o leaves BOOK alone
});

test("in place twice the same day: a (2) sheet, the first one and its typed rating untouched", async () => {
  await defectBook("plan.xlsx");
  expect((await aip("assess", "plan.xlsx", "--date", "2026-10-01")).code).toBe(0);
  const wb = await open("plan.xlsx");
  await typeInto(wb, assessmentNames("2026-10-01").rating("C2"), [["Emerging"]]);
  await fs.writeFile(path.join(dir(), "plan.xlsx"), await wb.toBuffer());
  const first = dumpXlsx(await open("plan.xlsx")).sheets.find((s) => s.name === "Rubric 2026-10-01");

  const again = await aip("assess", "plan.xlsx", "--date", "2026-10-01");
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`Added the sheet "Rubric 2026-10-01 (2)"; added reflection column 2 to "Stages toward exit"; saved plan.xlsx.`);
  const after = dumpXlsx(await open("plan.xlsx"));
  expect(after.sheets.find((s) => s.name === "Rubric 2026-10-01")).toEqual(first);
});

test("a workbook without a plan still gets the rubric, its figures unavailable", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  await fs.writeFile(path.join(dir(), "empty.xlsx"), await wb.toBuffer());
  const r = await aip("assess", "empty.xlsx", "--date", "2026-10-01");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Figures from the plan: not available: no strategy sheets found.");
});

test("bad input: a date that is not one, an -o that exists, a missing file", async () => {
  await defectBook("plan.xlsx");
  const date = await aip("assess", "plan.xlsx", "--date", "1 October");
  expect(date).toMatchObject({ code: 2, stdout: "" });
  expect(date.stderr).toContain("aip assess: --date 1 October is not a date; write it as YYYY-MM-DD, e.g. --date 2026-10-01.");
  await fs.writeFile(path.join(dir(), "taken.xlsx"), "x");
  const taken = await aip("assess", "plan.xlsx", "-o", "taken.xlsx");
  expect(taken.code).toBe(2);
  expect(taken.stderr).toContain("taken.xlsx already exists. Add --force to replace it");
  const missing = await aip("assess", "nope.xlsx");
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("nope.xlsx");
  expect((await aip("assess", "--help")).stdout).toContain("Usage: aip assess BOOK.xlsx [-o OUT.xlsx] [--force] [--date YYYY-MM-DD]");
});
