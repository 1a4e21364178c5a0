/** aip portfolio, run in-process through main() on a folder of district workbooks (read in this thread under ts-jest). */
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { PLAN_NAMES } from "../../src/layout/names";
import { PORTFOLIO_NAMES } from "../../src/layout/build/portfolioSheets";
import { PROCESS_SCALE } from "../../src/domain/scales";
import { openXlsxFile, saveXlsxFile } from "../../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { writeDistricts } from "../support/generateDistricts";
import { runAip, tempFolderEachTest } from "./runAip";

const dir = tempFolderEachTest("aip-portfolio-");
const aip = (...argv: string[]) => runAip(dir(), argv);
const at = (...p: string[]) => path.join(dir(), ...p);
const RUN = ["portfolio", "districts", "-o", "out/portfolio.xlsx", "--today", "2027-03-10"];

/** Three district workbooks in two sub-folders, a workbook with no AIP, a corrupt file and Excel's lock file. */
async function folder(): Promise<string[]> {
  const files = await writeDistricts(at("districts"), 3);
  const other = XlsxWorkbook.create();
  other.book.addWorksheet("Budget").getCell("A1").value = "Line items";
  await saveXlsxFile(other, at("districts", "budget.xlsx"));
  await fs.writeFile(at("districts", "region-2", "broken.xlsx"), "this is not a zip file");
  await fs.writeFile(at("districts", "region-1", "~$district-001.xlsx"), "lock");
  return files;
}

async function setDistrict(file: string, name: string): Promise<void> {
  const wb = await openXlsxFile(file);
  const read = (await wb.snapshot()).names[PLAN_NAMES.district];
  wb.book.getWorksheet(read.sheet)!.getCell(read.range).value = name;
  await saveXlsxFile(wb, file);
}

async function table(name: string): Promise<(string | number | boolean)[][]> {
  const snap = await (await openXlsxFile(at("out", "portfolio.xlsx"))).snapshot();
  return snap.names[name].values;
}

test("one row per district workbook, skipped and unreadable files named, exit 1 when a file could not be read", async () => {
  await folder();
  const r = await aip(...RUN);
  expect(r.stdout).toBe("Portfolio of 3 district workbooks (QPR Mar, as of 3/10/2027) saved to out/portfolio.xlsx.\n");
  expect(r.stderr).toContain("skipped districts/budget.xlsx: no AIP plan in it");
  expect(r.stderr).toContain("could not read districts/region-2/broken.xlsx: This file could not be read as an Excel workbook (.xlsx)");
  expect(r.stderr).toContain("1 workbook could not be read and is not in the portfolio (listed above).");
  expect(r.stderr).not.toContain("~$");
  expect(r.code).toBe(1);

  const wb = await openXlsxFile(at("out", "portfolio.xlsx"));
  expect(await wb.listSheets()).toEqual(["Districts", "Levels", "Ratings", "Findings"]);
  const districts = await table(PORTFOLIO_NAMES.districts);
  const header = districts[0];
  const col = (h: string) => header.indexOf(h);
  expect(districts.slice(1).map((row) => row[0])).toEqual(["District 001", "District 002", "District 003"]);
  const first = districts[1];
  // District 1's Mar process stages are levels 1, 2, 2, 3 (generateDistricts.ts).
  expect(["Process: Problematic / At-Risk", "Process: Technical Implementation", "Process: Practices in Place", "Process: Fully Embedded"].map((h) => first[col(h)])).toEqual([
    1, 2, 1, 0,
  ]);
  expect(first[col("Lowest process")]).toBe(PROCESS_SCALE.levels[0].name);
  expect(first[col("Lowest process: initiatives")]).toBe("1.1");
  expect(first[col("QPR period")]).toBe("Mar");
  expect(first[col("File")]).toBe("district-001.xlsx");

  const link = wb.book.getWorksheet("Districts")!.getCell(`C6`).value as { formula: string; result: string };
  expect(link).toEqual({ formula: 'HYPERLINK("../districts/region-1/district-001.xlsx","district-001.xlsx")', result: "district-001.xlsx" });
  expect((await table(PORTFOLIO_NAMES.ratings)).length).toBe(1 + 3 * 4 * 4);
  const findings = await table(PORTFOLIO_NAMES.findings);
  expect(findings[0]).toEqual(["District", "File", "Sheet", "Cell", "Rule", "Severity", "Message"]);
  expect(findings.length).toBeGreaterThan(3);

  const zip = await JSZip.loadAsync(await fs.readFile(at("out", "portfolio.xlsx")));
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(2);
  expect(await zip.file(charts[0])!.async("string")).toContain("<c:f>'Districts'!$A$6:$A$8</c:f>");
});

test("--csv writes the same tables as tidy CSV, text that would run as a formula defused", async () => {
  const files = await folder();
  await setDistrict(files[1], '=HYPERLINK("http://evil","x")');
  const r = await aip(...RUN, "--csv", "out/csv");
  expect(r.stdout).toContain(`CSV files: ${path.join("out", "csv", "districts.csv")}, ${path.join("out", "csv", "ratings.csv")}, ${path.join("out", "csv", "findings.csv")}.`);
  const read = async (name: string) =>
    (await fs.readFile(at("out", "csv", name), "utf8"))
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((l) => l !== "");
  const districts = await read("districts.csv");
  expect(districts).toHaveLength(4);
  expect(districts[0].startsWith("district,school_year,file,objectives,initiatives,period,process_problematic,")).toBe(true);
  expect(districts.find((l) => l.startsWith("District 001"))).toMatch(
    /^District 001,SY 2026-27,districts\/region-1\/district-001\.xlsx,2,4,Mar,1,2,1,0,0,0,Problematic Implementation\/At-Risk,1\.1,/,
  );
  expect(districts.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil"",""x"")",`))).toBe(true);
  expect(await read("ratings.csv")).toHaveLength(1 + 3 * 16);
  const findings = await read("findings.csv");
  expect(findings.length - 1).toBe((await table(PORTFOLIO_NAMES.findings)).length - 1);
  // On the sheet the same name is text, never a formula.
  const sheet = (await openXlsxFile(at("out", "portfolio.xlsx"))).book.getWorksheet("Districts")!;
  const cell = [6, 7, 8].map((row) => sheet.getCell(`A${row}`).value).find((v) => String(v).startsWith("=HYPERLINK"));
  expect(cell).toBe('=HYPERLINK("http://evil","x")');
});

test("a second run rebuilds the portfolio's sheets in place and leaves a person's own sheet alone", async () => {
  const files = await folder();
  expect((await aip(...RUN)).code).toBe(1);
  const wb = await openXlsxFile(at("out", "portfolio.xlsx"));
  wb.book.addWorksheet("My notes").getCell("B2").value = "Call District 002 on Friday";
  await saveXlsxFile(wb, at("out", "portfolio.xlsx"));

  await fs.rm(files[2]);
  await fs.rm(at("districts", "region-2", "broken.xlsx"));
  const again = await aip(...RUN);
  expect(again.code).toBe(0);
  const after = await openXlsxFile(at("out", "portfolio.xlsx"));
  expect(await after.listSheets()).toEqual(["Districts", "Levels", "Ratings", "Findings", "My notes"]);
  expect(after.book.getWorksheet("My notes")!.getCell("B2").value).toBe("Call District 002 on Friday");
  const districts = await table(PORTFOLIO_NAMES.districts);
  expect(districts.slice(1).map((row) => row[0])).toEqual(["District 001", "District 002"]);
  // The third district's old row is gone, not left below the table.
  expect(after.book.getWorksheet("Districts")!.getCell("A8").value).toBeNull();
  const zip = await JSZip.loadAsync(await fs.readFile(at("out", "portfolio.xlsx")));
  expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(2);
});

test("a portfolio saved inside the folder it reads is not read as a district on the next run", async () => {
  await writeDistricts(at("districts"), 1);
  const run = ["portfolio", "districts", "-o", "districts/portfolio.xlsx", "--today", "2027-03-10"];
  expect((await aip(...run)).code).toBe(0);
  const again = await aip(...run);
  expect([again.code, again.stderr]).toEqual([0, ""]);
  expect(again.stdout).toContain("Portfolio of 1 district workbook (QPR Mar");
});

test("a long run shows its progress on stderr, a line every tenth of the way", async () => {
  const [first] = await writeDistricts(at("districts"), 1);
  for (let k = 2; k <= 20; k++) await fs.copyFile(first, at("districts", `copy-${k}.xlsx`));
  const r = await aip(...RUN);
  expect(r.code).toBe(0);
  const lines = r.stderr.trim().split("\n");
  expect(lines[0]).toBe("aip portfolio: reading 20 workbooks in one thread");
  expect(lines.slice(1).map((l) => /read (\d+) of 20 workbooks \([\d.]+ s\)$/.exec(l)?.[1])).toEqual(["2", "4", "6", "8", "10", "12", "14", "16", "18", "20"]);
});

test("a sub-folder that cannot be listed is reported and the rest is read", async () => {
  await writeDistricts(at("districts"), 3);
  const locked = at("districts", "region-2");
  const readdir = fs.readdir.bind(fs);
  // As a folder without read permission answers (chmod cannot show it to root, who may read anything).
  const spy = jest.spyOn(fs, "readdir").mockImplementation(((dir: string, ...rest: unknown[]) => {
    if (dir === locked) return Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
    return (readdir as (...args: unknown[]) => Promise<unknown>)(dir, ...rest);
  }) as typeof fs.readdir);
  try {
    const r = await aip(...RUN);
    expect(r.stderr).toContain("could not read the folder districts/region-2 (EACCES): its workbooks are not in the portfolio.");
    expect([r.code, r.stdout]).toEqual([1, expect.stringContaining("Portfolio of 2 district workbooks")]);
  } finally {
    spy.mockRestore();
  }
});

test("an existing workbook whose Districts tab is a person's own is refused and left as it was", async () => {
  await folder();
  const theirs = XlsxWorkbook.create();
  theirs.book.addWorksheet("Districts").getCell("A1").value = "My list of districts";
  await saveXlsxFile(theirs, at("out", "portfolio.xlsx"));
  const before = await fs.readFile(at("out", "portfolio.xlsx"));
  const r = await aip(...RUN);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('The portfolio was not written: the sheet "Districts" is not the add-in\'s Districts sheet');
  expect(await fs.readFile(at("out", "portfolio.xlsx"))).toEqual(before);
});

test("bad input: no -o, no such folder, no AIP anywhere, an unknown period", async () => {
  await fs.mkdir(at("empty"));
  const other = XlsxWorkbook.create();
  other.book.addWorksheet("Budget");
  await saveXlsxFile(other, at("empty", "budget.xlsx"));

  const noOut = await aip("portfolio", "empty");
  expect([noOut.code, noOut.stderr]).toEqual([2, expect.stringContaining("missing -o FILE.xlsx")]);
  const missing = await aip("portfolio", "nowhere", "-o", "p.xlsx");
  expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("nowhere: no such folder")]);
  const none = await aip("portfolio", "empty", "-o", "p.xlsx");
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("skipped empty/budget.xlsx");
  expect(none.stderr).toContain("none of the 1 workbooks under empty holds an AIP plan, so no portfolio was written.");
  await expect(fs.stat(at("p.xlsx"))).rejects.toThrow();
  const period = await aip("portfolio", "empty", "-o", "p.xlsx", "--period", "Feb");
  expect([period.code, period.stderr]).toEqual([2, expect.stringContaining('--period "Feb" is not a QPR period; use one of Jan, Mar, Jun, Sep.')]);
});
