/** Renders one SheetSpec onto an ExcelJS worksheet, in the order Excel would apply it. */
import type * as ExcelJS from "exceljs";
import type { SheetSpec } from "../spec";
import { parseRange } from "../../util/a1";
import { clearRange, mergeRange, writeBlock } from "./cellWrites";
import { addConditionalFormats, removeConditionalFormats } from "./conditionalFormats";
import { setColumns, setFreeze, setPrint, setRows, setTabColor } from "./sheetSetup";
import { mergeStyle } from "./styles";
import { addDateValidation, addListValidation } from "./validations";

function addValidations(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) addListValidation(ws, v);
  for (const v of spec.dateValidations ?? []) addDateValidation(ws, v);
}

export function renderSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const range of spec.clear ?? []) {
    clearRange(ws, range);
    removeConditionalFormats(ws, range);
  }
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
  addValidations(ws, spec);
  if (spec.conditionalFormats) addConditionalFormats(ws, spec.conditionalFormats);
  if (spec.columns) setColumns(ws, spec.columns);
  if (spec.rows) setRows(ws, spec.rows);
  if (spec.freeze) setFreeze(ws, spec.freeze);
  if (spec.print) setPrint(ws, spec.print);
  if (spec.tabColor) setTabColor(ws, spec.tabColor);
}
