/** Writing blocks, clearing owned ranges and merging, on one ExcelJS worksheet. */
import type * as ExcelJS from "exceljs";
import type { Block, Cell } from "../spec";
import { blockRange, cellAddress, parseCell, parseRange, rangeAddress, type RangeRef } from "../../util/a1";
import { WorkbookError } from "../port";
import { blockProblem } from "../excelLimits";
import { removeValidations } from "./validations";

/** ExcelJS.ValueType.Merge: a merged cell other than the top-left one. */
const MERGE_TYPE = 1;

type Merges = Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
const merges = (ws: ExcelJS.Worksheet) => (ws as unknown as { _merges: Merges })._merges;

function intersects(a: RangeRef, m: { top: number; left: number; bottom: number; right: number }): boolean {
  // ExcelJS ranges are 1-based.
  return !(m.bottom - 1 < a.start.row || m.top - 1 > a.end.row || m.right - 1 < a.start.col || m.left - 1 > a.end.col);
}

/** Unmerges every merged area that overlaps `range`. */
export function unmergeOverlapping(ws: ExcelJS.Worksheet, range: string): void {
  const r = parseRange(range);
  for (const [master, m] of Object.entries(merges(ws))) {
    if (m && intersects(r, m)) ws.unMergeCells(master);
  }
}

/** The merged areas of a sheet as "A1:C1", sorted by position. */
export function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  return Object.values(merges(ws))
    .filter((m): m is NonNullable<typeof m> => Boolean(m))
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((m) => `${cellAddress(m.top - 1, m.left - 1)}:${cellAddress(m.bottom - 1, m.right - 1)}`);
}

/** Clears values, formats, merges and list validations of a range (Office's range.clear()). */
export function clearRange(ws: ExcelJS.Worksheet, range: string): void {
  const r = parseRange(range);
  unmergeOverlapping(ws, range);
  removeValidations(ws, range);
  // Only rows and cells that exist: a big owned area must not create thousands of empty cells.
  const lastRow = Math.min(r.end.row + 1, ws.rowCount);
  for (let row = r.start.row + 1; row <= lastRow; row++) {
    const wsRow = ws.findRow(row);
    if (!wsRow) continue;
    const lastCol = Math.min(r.end.col + 1, wsRow.cellCount);
    for (let col = r.start.col + 1; col <= lastCol; col++) {
      const cell = wsRow.findCell(col);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}

/** A checked cell value (see ../excelLimits.ts) as ExcelJS stores it. */
function toExcelJs(value: Cell): ExcelJS.CellValue {
  // "" empties the cell as in Excel (an empty-text cell would count in COUNTA and fail ISBLANK).
  if (value === null || value === "") return null;
  // ExcelJS stores formulas without the leading "="; a string is never turned into one.
  if (typeof value === "object") {
    const formula = value.formula.slice(1);
    return (value.result === undefined ? { formula } : { formula, result: value.result }) as ExcelJS.CellFormulaValue;
  }
  return value;
}

/** Writes a block row by row; strings stay text whatever they start with. */
export function writeBlock(ws: ExcelJS.Worksheet, block: Block): void {
  const problem = blockProblem(ws.name, block);
  if (problem) throw new WorkbookError(problem);
  const start = parseCell(block.at);
  const width = block.cells[0]?.length ?? 0;
  if (!width) return;
  // Writing into the hidden part of a merged area would overwrite its top-left cell: unmerge first.
  const overlapping = Object.values(merges(ws)).some((m) => m && intersects(parseRange(blockRange(block.at, block.cells.length, width)), m));
  block.cells.forEach((row, i) => {
    const wsRow = ws.getRow(start.row + i + 1);
    row.forEach((value, j) => {
      const cell = wsRow.getCell(start.col + j + 1);
      if (overlapping && cell.type === MERGE_TYPE) {
        if (value === null) return; // nothing to write; keep the merged area
        unmergeOverlapping(ws, cellAddress(start.row + i, start.col + j));
      }
      cell.value = toExcelJs(value);
    });
  });
}

/** Merges a range, replacing any merged area it overlaps. */
export function mergeRange(ws: ExcelJS.Worksheet, range: string): void {
  const r = parseRange(range);
  if (r.start.row === r.end.row && r.start.col === r.end.col) return; // one cell: nothing to merge
  unmergeOverlapping(ws, range);
  ws.mergeCellsWithoutStyle(rangeAddress(r));
}
