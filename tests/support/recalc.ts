/**
 * Spreadsheet-engine support: let LibreOffice (headless Calc) recalculate a workbook and read its
 * results back (scripts/libreoffice.ts makes it recompute every formula instead of trusting cached
 * results).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import type { CellValue } from "../../src/workbook/port";
import { cellValue, usesDate1904 } from "../../src/workbook/xlsx/cells";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/**
 * Saves `wb`, has LibreOffice recalculate every formula, and returns the recalculated workbook
 * (its formula cells' cached results are LibreOffice's). Fails when LibreOffice is missing:
 * the spreadsheet-engine tests must run, locally and in CI.
 */
export async function recalcWithLibreOffice(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-recalc-"));
  try {
    const input = path.join(dir, "in", "book.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, await wb.toBuffer());
    const output = await convertWithLibreOffice(input, { to: "xlsx", outDir: path.join(dir, "out") });
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
