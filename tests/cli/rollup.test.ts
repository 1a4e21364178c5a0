/** aip rollup, run in-process through main() in a temporary folder. */
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { SUMMARY_NAMES } from "../../src/layout/names";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { runAip, tempFolderEachTest } from "./runAip";

const SAMPLE_TEXT = readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8");
const dir = tempFolderEachTest("aip-rollup-");

const aip = (...argv: string[]) => runAip(dir(), argv);

async function newSample(): Promise<void> {
  await fs.writeFile(path.join(dir(), "plan.json"), SAMPLE_TEXT);
  expect((await aip("new", "plan.json", "-o", "sample.xlsx")).code).toBe(0);
}

const open = async (name: string) => XlsxWorkbook.fromBuffer(await fs.readFile(path.join(dir(), name)));

test("rollup builds the Summary in place, with its public names, and again without a second Summary", async () => {
  await newSample();
  const initiatives = JSON.parse(SAMPLE_TEXT).objectives.reduce((n: number, o: { initiatives: unknown[] }) => n + o.initiatives.length, 0);
  const r = await aip("rollup", "sample.xlsx");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`Rolled up ${initiatives} initiatives onto the Summary sheet (live: it follows ratings typed later); saved sample.xlsx.\n`);
  const wb = await open("sample.xlsx");
  const snap = await wb.snapshot();
  expect(snap.names[SUMMARY_NAMES.processCounts]).toMatchObject({ sheet: SUMMARY_SHEET });
  expect(snap.names[SUMMARY_NAMES.processCounts].values).toHaveLength(4);
  expect((await aip("rollup", "sample.xlsx")).code).toBe(0);
  expect((await (await open("sample.xlsx")).listSheets()).filter((s) => s === SUMMARY_SHEET)).toHaveLength(1);
});

test("rollup -o leaves the original alone and refuses to replace a file without --force", async () => {
  await newSample();
  const before = await fs.readFile(path.join(dir(), "sample.xlsx"));
  expect((await aip("rollup", "sample.xlsx", "-o", "rolled.xlsx")).code).toBe(0);
  expect(await fs.readFile(path.join(dir(), "sample.xlsx"))).toEqual(before);
  expect(await (await open("rolled.xlsx")).listSheets()).toContain(SUMMARY_SHEET);
  const again = await aip("rollup", "sample.xlsx", "-o", "rolled.xlsx");
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("rolled.xlsx");
  expect((await aip("rollup", "sample.xlsx", "-o", "rolled.xlsx", "--force")).code).toBe(0);
});

test("ratings that are not scale names and a deleted sheet are listed on stderr, and the Summary is still saved", async () => {
  await newSample();
  const wb = await open("sample.xlsx");
  const snap = await wb.snapshot();
  const jan = snap.names["AIP.O1.I1.Process.Jan"];
  wb.book.getWorksheet(jan.sheet)!.getCell(jan.range).value = "technical implementation stage";
  const gone = snap.names["AIP.O2.I1.Lead"].sheet;
  wb.book.removeWorksheet(wb.book.getWorksheet(gone)!.id);
  await fs.writeFile(path.join(dir(), "edited.xlsx"), await wb.toBuffer());
  const r = await aip("rollup", "edited.xlsx");
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("edited.xlsx: 2 things need a look (also listed on the Summary):");
  expect(r.stderr).toContain(`"technical implementation stage" at '${jan.sheet}'!${jan.range} is not a level of the Improvement Process Stages scale`);
  expect(r.stderr).toContain("AIP.O2.I1.*: Initiative 2.1 is not on the Summary");
  expect(await (await open("edited.xlsx")).listSheets()).toContain(SUMMARY_SHEET);
});

test("a file that is not a plan is refused with exit 2 and left alone", async () => {
  const empty = XlsxWorkbook.create();
  await empty.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [{ at: "A1", cells: [["hello"]] }] }], names: [] });
  await fs.writeFile(path.join(dir(), "other.xlsx"), await empty.toBuffer());
  const before = await fs.readFile(path.join(dir(), "other.xlsx"));
  const r = await aip("rollup", "other.xlsx");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("other.xlsx: This workbook has no AIP plan");
  expect(await fs.readFile(path.join(dir(), "other.xlsx"))).toEqual(before);
});

test("aip rollup --help prints its usage", async () => {
  const r = await aip("rollup", "--help");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Usage: aip rollup BOOK.xlsx [-o OUT.xlsx] [--force]");
});
