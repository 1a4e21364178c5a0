/** Renders one SheetSpec onto an ExcelJS worksheet, in the order Excel would apply it. */
import type * as ExcelJS from "exceljs";
import type { SheetSpec } from "../../layout/spec";
import { parseRange } from "../../util/a1";
import { WorkbookError } from "../port";
import { blockProblem, clearRange, mergeRange, writeBlock } from "./cellWrites";
import { setColumns, setFreeze, setPrint, setRows, setTabColor } from "./sheetSetup";
import { argb, mergeStyle } from "./styles";
import { addListValidation } from "./validations";

/** Addresses and colours, checked before anything is written so a bad spec changes nothing. */
export function checkSpec(spec: SheetSpec): void {
  const ranges = [
    ...(spec.clear ?? []),
    ...spec.blocks.map((b) => b.at),
    ...(spec.styles ?? []).map((s) => s.range),
    ...(spec.merges ?? []),
    ...(spec.validations ?? []).map((v) => v.range),
  ];
  for (const range of ranges) {
    try {
      parseRange(range);
    } catch {
      throw new WorkbookError(`Sheet "${spec.name}": "${range}" is not a cell address like B4 or B4:F9.`);
    }
  }
  for (const block of spec.blocks) {
    const problem = blockProblem(spec.name, block);
    if (problem) throw new WorkbookError(problem);
  }
  if (spec.tabColor) argb(spec.tabColor, `Sheet "${spec.name}" tab colour`);
  for (const { range, style } of spec.styles ?? []) {
    if (style.fill) argb(style.fill, `Sheet "${spec.name}", ${range} fill`);
    if (style.fontColor) argb(style.fontColor, `Sheet "${spec.name}", ${range} font colour`);
  }
}

export function renderSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const range of spec.clear ?? []) clearRange(ws, range);
  for (const block of spec.blocks) writeBlock(ws, block);
  for (const { range, style } of spec.styles ?? []) {
    const r = parseRange(range);
    const where = `Sheet "${ws.name}", ${range}`;
    for (let row = r.start.row + 1; row <= r.end.row + 1; row++) {
      const wsRow = ws.getRow(row);
      for (let col = r.start.col + 1; col <= r.end.col + 1; col++) {
        const cell = wsRow.getCell(col);
        cell.style = mergeStyle(cell.style ?? {}, style, where);
      }
    }
  }
  for (const range of spec.merges ?? []) mergeRange(ws, range);
  for (const v of spec.validations ?? []) addListValidation(ws, v);
  if (spec.columns) setColumns(ws, spec.columns);
  if (spec.rows) setRows(ws, spec.rows);
  if (spec.freeze) setFreeze(ws, spec.freeze);
  if (spec.print) setPrint(ws, spec.print);
  if (spec.tabColor) setTabColor(ws, spec.tabColor);
}
