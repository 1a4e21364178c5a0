/** Test helper: every cell a sheet spec writes, by A1 address. */
import type { Cell, SheetSpec } from "../../../src/workbook/spec";
import { cellAddress, parseCell } from "../../../src/util/a1";

export function grid(sheet: SheetSpec): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of sheet.blocks) {
    const at = parseCell(b.at);
    b.cells.forEach((row, r) => row.forEach((c, k) => out.set(cellAddress(at.row + r, at.col + k), c)));
  }
  return out;
}
