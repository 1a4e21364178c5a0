/** aip qpr: builds the "QPR <period>" sheet in a workbook file, keeps typed narrative, refuses a bad period with its choices. */
import { promises as fs } from "fs";
import * as path from "path";
import { runAip, tempFolderEachTest } from "./runAip";
import { qprNames } from "../../src/layout/names";
import { openXlsxFile, saveXlsxFile } from "../../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

const SAMPLE = path.join(__dirname, "../../examples/sample-plan.json");
const dir = tempFolderEachTest("aip-qpr-");

const aip = (...argv: string[]) => runAip(dir(), argv);

async function sampleBook(): Promise<string> {
  const made = await aip("new", SAMPLE, "-o", "book.xlsx");
  expect(made.code).toBe(0);
  return path.join(dir(), "book.xlsx");
}

test("aip qpr BOOK --period Mar builds the QPR Mar sheet in place and keeps the narrative typed there on a rebuild", async () => {
  const book = await sampleBook();
  const r = await aip("qpr", "book.xlsx", "--period", "Mar");
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toMatch(/Built the sheet "QPR Mar" \(11 initiatives/);

  const wb = await openXlsxFile(book);
  const snap = await wb.snapshot();
  expect(snap.sheets).toContain("QPR Mar");
  const overall = snap.names[qprNames("Mar").overall];
  expect(overall.sheet).toBe("QPR Mar");
  await wb.apply({ sheets: [{ name: "QPR Mar", create: false, blocks: [{ at: overall.range, cells: [["=Good progress on literacy; attendance lags."]] }] }], names: [] });
  await saveXlsxFile(wb, book);

  const again = await aip("qpr", "book.xlsx", "--period", "mar", "-o", "out.xlsx");
  expect(again.code).toBe(0);
  const after = await (await openXlsxFile(path.join(dir(), "out.xlsx"))).snapshot();
  expect(after.names[qprNames("Mar").overall].values).toEqual([["=Good progress on literacy; attendance lags."]]);
  expect(after.names[qprNames("Mar").overall].formulas).toEqual([["=Good progress on literacy; attendance lags."]]);
  expect(after.sheets.filter((s) => s.startsWith("QPR"))).toEqual(["QPR Mar"]);
});

test("a missing or wrong --period is refused with the four choices (exit 2), and nothing is written", async () => {
  await sampleBook();
  const before = await fs.readFile(path.join(dir(), "book.xlsx"));
  const missing = await aip("qpr", "book.xlsx");
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("aip qpr: missing --period P: the QPR period, one of Jan, Mar, Jun, Sep");
  const wrong = await aip("qpr", "book.xlsx", "--period", "Sepp");
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain('--period must be one of Jan, Mar, Jun, Sep, got "Sepp" (did you mean Sep?)');
  expect(wrong.stderr).toContain('Run "aip qpr --help" for usage.');
  expect(await fs.readFile(path.join(dir(), "book.xlsx"))).toEqual(before);
});

test("-o onto an existing file needs --force; a workbook without a plan is named in the error", async () => {
  await sampleBook();
  await fs.writeFile(path.join(dir(), "taken.xlsx"), "x");
  const refused = await aip("qpr", "book.xlsx", "--period", "Jan", "-o", "taken.xlsx");
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/taken\.xlsx/);
  expect((await aip("qpr", "book.xlsx", "--period", "Jan", "-o", "taken.xlsx", "--force")).code).toBe(0);

  const blank = path.join(dir(), "blank.xlsx");
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  await saveXlsxFile(wb, blank);
  const none = await aip("qpr", "blank.xlsx", "--period", "Jan");
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("blank.xlsx: This workbook has no AIP plan");
});

test("aip qpr --help shows its usage", async () => {
  const r = await aip("qpr", "--help");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Usage: aip qpr BOOK\.xlsx --period Jan\|Mar\|Jun\|Sep/);
});
