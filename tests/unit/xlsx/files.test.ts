import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { WorkbookError } from "../../../src/workbook/port";
import { openXlsxFile, saveXlsxFile } from "../../../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { built, sheet } from "../../support/xlsxHelpers";

describe("xlsx files", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-files-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("save creates the folder, open reads it back, and no temporary file is left", async () => {
    const file = path.join(dir, "out", "plan.xlsx");
    await saveXlsxFile(await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["hello"]] }] })]), file);
    expect(await fs.readdir(path.dirname(file))).toEqual(["plan.xlsx"]);
    const wb = await openXlsxFile(file);
    expect(wb.book.getWorksheet("Plan")!.getCell("A1").value).toBe("hello");
  });

  test("a missing file is a WorkbookError naming the path", async () => {
    const file = path.join(dir, "nope.xlsx");
    await expect(openXlsxFile(file)).rejects.toThrow(WorkbookError);
    await expect(openXlsxFile(file)).rejects.toThrow(`${file}: no such file`);
  });

  test.each([
    ["plain text", "district,date\nSpringfield,2026-09-01\n"],
    ["a zip without a workbook", "PK\u0005\u0006" + "\u0000".repeat(18)],
  ])("a file that is not an xlsx (%s) is a WorkbookError naming the path", async (_what, content) => {
    const file = path.join(dir, "plan.xlsx");
    await fs.writeFile(file, content, "latin1");
    await expect(openXlsxFile(file)).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*save it as "Excel Workbook`));
  });

  test("a failed save leaves the existing file untouched", async () => {
    const file = path.join(dir, "plan.xlsx");
    await saveXlsxFile(await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["first"]] }] })]), file);
    const before = await fs.readFile(file);
    const failing = XlsxWorkbook.create();
    jest.spyOn(failing, "toBuffer").mockRejectedValue(new Error("disk full"));
    await expect(saveXlsxFile(failing, file)).rejects.toThrow(`${file}: could not be saved (disk full)`);
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["plan.xlsx"]);
  });

  test("a save onto a path whose folder is a file fails with a WorkbookError and leaves no temp file", async () => {
    await fs.writeFile(path.join(dir, "blocker"), "x");
    const file = path.join(dir, "blocker", "plan.xlsx");
    await expect(saveXlsxFile(await built([sheet("Plan")]), file)).rejects.toThrow(WorkbookError);
    expect(await fs.readdir(dir)).toEqual(["blocker"]);
  });
});
