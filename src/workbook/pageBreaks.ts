/**
 * Manual page breaks (PrintSetup.breaksBefore), checked alike by both adapters before anything is
 * written: each is a 0-based row index where a new printed page starts. Row 0 cannot have a break
 * above it, and Excel's last row is 1,048,576.
 */
import type { PrintSetup } from "./spec";
import { WorkbookError } from "./port";

const LAST_ROW = 1_048_575;

/** The breaks in row order, each once; a refusal names the sheet and the break. */
export function checkedBreaks(sheet: string, print: PrintSetup): number[] | undefined {
  if (print.breaksBefore === undefined) return undefined;
  for (const row of print.breaksBefore) {
    if (!Number.isInteger(row) || row < 1 || row > LAST_ROW) {
      throw new WorkbookError(`Sheet "${sheet}": a page break before row index ${row} is not possible (rows 2 to 1048576 can start a printed page).`);
    }
  }
  return [...new Set(print.breaksBefore)].sort((a, b) => a - b);
}
