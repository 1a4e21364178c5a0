/**
 * aip summative: builds the "Summative YYYY-YY" sheet in a workbook file, keeps what was typed there,
 * writes the Word document with --docx, and refuses a year that is not the plan's, saying which.
 */
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { localToday } from "../../src/domain/calendar";
import { reportingYearOf } from "../../src/domain/summative";
import { summativeNames } from "../../src/layout/names";
import { openXlsxFile, saveXlsxFile } from "../../src/workbook/xlsx/files";
import { runAip, tempFolderEachTest } from "./runAip";

const SAMPLE = path.join(__dirname, "../../examples/sample-plan.json");
const dir = tempFolderEachTest("aip-summative-");
const aip = (...argv: string[]) => runAip(dir(), argv);
const s = summativeNames(2026);

async function sampleBook(): Promise<string> {
  expect((await aip("new", SAMPLE, "-o", "book.xlsx")).code).toBe(0);
  return path.join(dir(), "book.xlsx");
}

test("aip summative BOOK --year 2026-27 builds the sheet in place, keeps the narrative typed there, and --docx writes the report", async () => {
  const book = await sampleBook();
  const r = await aip("summative", "book.xlsx", "--year", "2026-27");
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toMatch(/Built the sheet "Summative 2026-27" \(11 initiatives;.*saved book\.xlsx\./);

  const wb = await openXlsxFile(book);
  const at = (await wb.snapshot()).names[s.concerns];
  await wb.apply({ sheets: [{ name: at.sheet, create: false, blocks: [{ at: at.range, cells: [["=Attendance lags in two schools."]] }] }], names: [] });
  await saveXlsxFile(wb, book);

  const again = await aip("summative", "book.xlsx", "--year", "2026", "-o", "out.xlsx", "--docx", "summative.docx");
  expect(again).toMatchObject({ code: 0, stderr: "" });
  expect(again.stdout).toContain("saved out.xlsx");
  expect(again.stdout).toContain("Wrote the Summative Report of 2026-27 as a Word document: summative.docx.");
  const after = await (await openXlsxFile(path.join(dir(), "out.xlsx"))).snapshot();
  expect(after.names[s.concerns].formulas).toEqual([["=Attendance lags in two schools."]]);
  expect(after.sheets.filter((x) => x.startsWith("Summative"))).toEqual(["Summative 2026-27"]);
  const xml = await (await JSZip.loadAsync(await fs.readFile(path.join(dir(), "summative.docx")))).file("word/document.xml")!.async("string");
  expect(xml).toContain("=Attendance lags in two schools.");
  expect(xml).toContain("Annual Summative Report: SY 2026-27");
});

test("a year that is not the plan's is refused, naming the plan's year and the option (exit 2); nothing is written", async () => {
  await sampleBook();
  const before = await fs.readFile(path.join(dir(), "book.xlsx"));
  const other = await aip("summative", "book.xlsx", "--year", "2027-28", "--docx", "s.docx");
  expect(other.code).toBe(2);
  expect(other.stderr).toContain("book.xlsx: The Summative Report of SY 2027-28 cannot be built from this workbook: its plan is for SY 2026-27");
  const bad = await aip("summative", "book.xlsx", "--year", "2026-28");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('aip summative: --year must be a school year such as 2026-27, got "2026-28".');
  expect(await fs.readFile(path.join(dir(), "book.xlsx"))).toEqual(before);
  await expect(fs.stat(path.join(dir(), "s.docx"))).rejects.toThrow();
});

test("without --year the plan's own school year is reported on; another --year is refused, naming the plan's", async () => {
  const later = reportingYearOf(localToday()) + 3;
  const short = `${later}-${String((later + 1) % 100).padStart(2, "0")}`;
  const plan = JSON.parse(await fs.readFile(SAMPLE, "utf8"));
  await fs.writeFile(path.join(dir(), "plan.json"), JSON.stringify({ ...plan, schoolYear: later, date: `${later}-08-15` }));
  expect((await aip("new", "plan.json", "-o", "book.xlsx")).code).toBe(0);
  const r = await aip("summative", "book.xlsx");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`"Summative ${short}"`);
  const other = await aip("summative", "book.xlsx", "--year", "2026-27");
  expect(other.code).toBe(2);
  expect(other.stderr).toContain(`Build the report of ${short}`);
});

test("--docx must name a .docx file of its own", async () => {
  await sampleBook();
  const r = await aip("summative", "book.xlsx", "--year", "2026-27", "--docx", "report.txt");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("report.txt: a Word document's file name must end in .docx");
});
