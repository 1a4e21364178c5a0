/**
 * List validations (dropdowns). ExcelJS keeps them per cell address (that is how it reads a file)
 * and squeezes equal neighbours back into ranges when it writes one.
 */
import type * as ExcelJS from "exceljs";
import type { DateValidation, ListValidation } from "../spec";
import { cellAddress, parseRange, type RangeRef } from "../../util/a1";

/** Excel refuses (or "repairs") longer prompt titles and messages. */
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

interface ValidationModel {
  model: Record<string, ExcelJS.DataValidation | undefined>;
}

const model = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: ValidationModel }).dataValidations.model;

function inside(r: RangeRef, row: number, col: number): boolean {
  return row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col;
}

/** Per-cell entries, expanding any "A1:B5" keys so removal can work cell by cell. */
export function validationsByCell(ws: ExcelJS.Worksheet): Map<string, ExcelJS.DataValidation> {
  const out = new Map<string, ExcelJS.DataValidation>();
  for (const [key, v] of Object.entries(model(ws))) {
    if (!v) continue;
    for (const part of key.split(/\s+/).filter(Boolean)) {
      const r = parseRange(part);
      for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.col; col <= r.end.col; col++) out.set(cellAddress(row, col), v);
    }
  }
  return out;
}

function rewrite(ws: ExcelJS.Worksheet, cells: Map<string, ExcelJS.DataValidation>): void {
  const m = model(ws);
  for (const k of Object.keys(m)) delete m[k];
  for (const [address, v] of cells) m[address] = v;
}

/** Removes every validation on the cells of `range`. */
export function removeValidations(ws: ExcelJS.Worksheet, range: string): void {
  const r = parseRange(range);
  const cells = validationsByCell(ws);
  let changed = false;
  for (const address of [...cells.keys()]) {
    const { start } = parseRange(address);
    if (inside(r, start.row, start.col)) changed = cells.delete(address) || changed;
  }
  if (changed) rewrite(ws, cells);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Puts a dropdown list on every cell of the range, replacing what validation was there. */
export function addListValidation(ws: ExcelJS.Worksheet, v: ListValidation): void {
  const source = v.source.startsWith("=") ? v.source.slice(1) : v.source;
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: v.allowOther ? "warning" : "stop",
    errorTitle: v.allowOther ? "Not in the list" : "Choose from the list",
    error: v.allowOther
      ? "This value is not in the list. Choose Yes to keep it anyway, or No to pick from the list."
      : "Please choose a value from the dropdown list in this cell.",
  };
  setOnRange(ws, v, validation);
}

/** Puts `validation` (with the spec's input message, if any) on every cell of the spec's range, replacing what was there. */
function setOnRange(ws: ExcelJS.Worksheet, v: { range: string; prompt?: { title: string; message: string } }, validation: ExcelJS.DataValidation): void {
  if (v.prompt) {
    validation.showInputMessage = true;
    validation.promptTitle = clip(v.prompt.title, TITLE_MAX);
    validation.prompt = clip(v.prompt.message, MESSAGE_MAX);
  }
  const r = parseRange(v.range);
  const cells = validationsByCell(ws);
  for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.col; col <= r.end.col; col++) cells.set(cellAddress(row, col), validation);
  rewrite(ws, cells);
}

/** The first day a date validation accepts: Excel's "greater than 1/1/2000" (any real date). */
export const DATE_FLOOR = "2000-01-01";
export const DATE_ERROR = { title: "Type a date", message: "Please type a date, e.g. 3/15/2027." } as const;

/** Only dates (or blank) on every cell of the range, replacing what validation was there. */
export function addDateValidation(ws: ExcelJS.Worksheet, v: DateValidation): void {
  const validation: ExcelJS.DataValidation = {
    type: "date",
    operator: "greaterThan",
    allowBlank: true,
    formulae: [new Date(`${DATE_FLOOR}T00:00:00Z`)],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: DATE_ERROR.title,
    error: DATE_ERROR.message,
  };
  setOnRange(ws, v, validation);
}
