/**
 * Spreadsheet-engine support: let LibreOffice (headless Calc) recalculate a workbook and read its
 * results back. Uses ../shared/tools/recalc (next to the repository), which makes LibreOffice
 * recompute every formula instead of trusting cached results.
 */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { CellValue } from "../../src/workbook/port";
import { cellValue, usesDate1904 } from "../../src/workbook/xlsx/cells";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/** The repository root: the nearest folder above this file with a package.json (works from lib/ too). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`recalc: no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

/** Path of the shared recalc tool (../shared/tools/recalc from the repository root). */
export function recalcToolPath(): string {
  return path.resolve(repoRoot(), "../shared/tools/recalc");
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout: 180_000, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout.trim());
    });
  });
}

/**
 * Saves `wb`, has LibreOffice recalculate every formula, and returns the recalculated workbook
 * (its formula cells' cached results are LibreOffice's). Fails when LibreOffice is missing:
 * the spreadsheet-engine tests must run, locally and in CI.
 */
export async function recalcWithLibreOffice(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  const tool = recalcToolPath();
  if (!existsSync(tool)) throw new Error(`recalc: the tool ${tool} is missing (it lives in ../shared/tools next to the repository)`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-recalc-"));
  try {
    const input = path.join(dir, "in", "book.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, await wb.toBuffer());
    const output = await run("sh", [tool, input, path.join(dir, "out")], repoRoot());
    return await XlsxWorkbook.fromBuffer(await fs.readFile(output));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * The value a cell shows: the cached result of a formula cell (after recalcWithLibreOffice, the
 * engine's), else the stored value; dates as serial numbers, empty as "".
 */
export function computedValue(wb: XlsxWorkbook, sheet: string, address: string): CellValue {
  const ws = wb.book.worksheets.find((w) => w.name === sheet);
  if (!ws) throw new Error(`computedValue: no sheet "${sheet}" (sheets: ${wb.book.worksheets.map((w) => w.name).join(", ")})`);
  return cellValue(ws.getCell(address), usesDate1904(wb.book));
}
