/**
 * A person's edits in Excel, done to an ExcelJS workbook (XlsxWorkbook.book). ExcelJS's own
 * spliceRows moves cells but not defined names, merges or validations, and renaming a sheet does
 * not rewrite formulas: these helpers do everything Excel does (rules shared with the in-memory
 * Excel: tests/fakes/excel/shiftRefs.ts).
 */
import type * as ExcelJS from "exceljs";
import { absoluteRef, cellAddress, parseRange, splitRef } from "../../src/util/a1";
import { mergedRanges } from "../../src/workbook/xlsx/cellWrites";
import { findSheet } from "../../src/workbook/xlsx/sheets";
import { validationsByCell } from "../../src/workbook/xlsx/validations";
import type { Rect } from "../fakes/excel/model";
import { breakInFormula, renameInFormula } from "../fakes/excel/references";
import { moveDestination, shiftFormula, shiftRect, type SheetEdit } from "../fakes/excel/shiftRefs";

interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

const toRect = (range: string): Rect => {
  const r = parseRange(range);
  return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
};
const toRange = (r: Rect) => {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
};

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = findSheet(book, name);
  if (!ws) throw new Error(`No sheet "${name}" to edit.`);
  return ws;
}

/** Rewrites every defined name's reference text (the adapter's name store sits behind definedNames.model). */
function rewriteNames(book: ExcelJS.Workbook, rewrite: (ref: string) => string): void {
  const names = book.definedNames as unknown as { model: NameModel[] };
  names.model = names.model.map((m) => ({ ...m, ranges: m.ranges.map(rewrite) }));
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as { formula?: string; sharedFormula?: string } | null;
  return v && typeof v === "object" && typeof v.formula === "string" ? v.formula : undefined;
}

/** Rewrites every formula cell and every list validation's source in the book. */
function rewriteFormulas(book: ExcelJS.Workbook, rewrite: (formula: string, home: string) => string): void {
  for (const ws of book.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f = formulaOf(cell);
        if (f !== undefined) cell.value = { formula: rewrite(f, ws.name) } as ExcelJS.CellFormulaValue;
      }),
    );
    for (const v of new Set(validationsByCell(ws).values())) if (v.formulae) v.formulae = v.formulae.map((f) => rewrite(String(f), ws.name));
  }
}

export function renameSheet(book: ExcelJS.Workbook, from: string, to: string): void {
  const ws = sheetOf(book, from);
  const old = ws.name;
  ws.name = to;
  rewriteNames(book, (ref) => {
    const t = splitRef(ref);
    return t && t.sheet.toLowerCase() === old.toLowerCase() ? absoluteRef(to, t.range) : ref;
  });
  rewriteFormulas(book, (f) => renameInFormula(f, old, to));
}

/** Drags a tab to a 0-based position. */
export function moveSheet(book: ExcelJS.Workbook, name: string, position: number): void {
  const ws = sheetOf(book, name);
  const order = book.worksheets.filter((s) => s !== ws);
  order.splice(Math.max(0, Math.min(position, order.length)), 0, ws);
  order.forEach((s, i) => ((s as unknown as { orderNo: number }).orderNo = i + 1));
}

/** Deletes a sheet: names to it become #REF! with their address kept (=#REF!$A$1:$C$4, as Excel saves them), formula references #REF!. */
export function deleteSheet(book: ExcelJS.Workbook, name: string): void {
  const ws = sheetOf(book, name);
  const gone = ws.name;
  book.removeWorksheet(ws.id);
  rewriteNames(book, (ref) => {
    const target = splitRef(ref);
    return target?.sheet.toLowerCase() === gone.toLowerCase() ? `#REF!${ref.slice(ref.lastIndexOf("!") + 1)}` : ref;
  });
  rewriteFormulas(book, (f) => breakInFormula(f, gone));
}

interface CellCopy {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/** Inserts or deletes rows or cuts and pastes a block on one sheet, and moves what refers to its cells. */
export function editSheet(book: ExcelJS.Workbook, name: string, edit: SheetEdit): void {
  const ws = sheetOf(book, name);
  const merges = mergedRanges(ws).map(toRect);
  for (const m of mergedRanges(ws)) ws.unMergeCells(m);
  const validations = validationsByCell(ws);

  const cells: CellCopy[] = [];
  const heights = new Map<number, number>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined) heights.set(Number(row.number) - 1, row.height);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push({ row: Number(row.number) - 1, col: Number(cell.col) - 1, value: cell.value, style: cell.style });
      cell.value = null;
      cell.style = {};
    });
  });
  for (const [row] of heights) ws.getRow(row + 1).height = undefined as unknown as number;

  const destination = edit.kind === "move" ? moveDestination(edit) : undefined;
  const within = (c: { top: number; left: number }, r: Rect) => c.top >= r.top && c.top <= r.bottom && c.left >= r.left && c.left <= r.right;
  const isMoved = (c: { top: number; left: number }) => edit.kind === "move" && within(c, edit.from);
  const target = (row: number, col: number): Rect | null => {
    const one = { top: row, bottom: row, left: col, right: col };
    if (destination && !isMoved(one) && within(one, destination)) return null; // written over by the paste
    return shiftRect(one, edit);
  };
  // Cells that stay first, so a pasted block writes over them.
  const ordered = [...cells.filter((c) => !isMoved({ top: c.row, left: c.col })), ...cells.filter((c) => isMoved({ top: c.row, left: c.col }))];
  for (const c of ordered) {
    const to = target(c.row, c.col);
    if (!to) continue;
    const cell = ws.getCell(to.top + 1, to.left + 1);
    cell.value = c.value;
    cell.style = c.style;
  }
  if (edit.kind !== "move") {
    for (const [row, h] of heights) {
      const to = shiftRect({ top: row, bottom: row, left: 0, right: 0 }, edit);
      if (to) ws.getRow(to.top + 1).height = h;
    }
  }
  for (const m of merges) {
    if (destination && !isMoved(m) && !(m.bottom < destination.top || m.top > destination.bottom || m.right < destination.left || m.left > destination.right)) continue;
    const to = shiftRect(m, edit);
    if (to && (to.bottom > to.top || to.right > to.left)) ws.mergeCellsWithoutStyle(toRange(to));
  }
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  for (const k of Object.keys(model)) delete model[k];
  const movedValidations = [...validations].sort(([a], [b]) => Number(isMoved(toRect(a))) - Number(isMoved(toRect(b))));
  for (const [address, v] of movedValidations) {
    const r = toRect(address);
    const to = target(r.top, r.left);
    if (to) model[cellAddress(to.top, to.left)] = v;
  }
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings ?? [];
  for (const cf of cfs) {
    const moved = cf.ref
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => shiftRect(toRect(part), edit))
      .filter((r): r is Rect => r !== null);
    cf.ref = moved.map(toRange).join(" ");
  }
  (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings = cfs.filter((cf) => cf.ref !== "");

  rewriteNames(book, (ref) => {
    const t = splitRef(ref);
    if (!t || t.sheet.toLowerCase() !== ws.name.toLowerCase()) return ref;
    const to = shiftRect(toRect(t.range), edit);
    return to ? absoluteRef(ws.name, toRange(to)) : "#REF!";
  });
  rewriteFormulas(book, (f, home) => shiftFormula(f, home, ws.name, edit));
}

/** Merge & Center: the top-left value stays, the others are deleted. */
export function mergeCells(book: ExcelJS.Workbook, name: string, range: string): void {
  const ws = sheetOf(book, name);
  const r = toRect(range);
  if (r.top === r.bottom && r.left === r.right) return;
  for (const m of mergedRanges(ws)) {
    const o = toRect(m);
    if (!(o.bottom < r.top || o.top > r.bottom || o.right < r.left || o.left > r.right)) ws.unMergeCells(m);
  }
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) ws.getCell(row + 1, col + 1).value = null;
  ws.mergeCellsWithoutStyle(toRange(r));
}

/** Name Manager: Delete. */
export function deleteName(book: ExcelJS.Workbook, name: string): void {
  const names = book.definedNames as unknown as { model: NameModel[] };
  names.model = names.model.filter((m) => m.name.toLowerCase() !== name.toLowerCase() || m.localSheetId !== undefined);
}

/** Name Manager: the name now refers to #REF!. */
export function breakName(book: ExcelJS.Workbook, name: string): void {
  const names = book.definedNames as unknown as { model: NameModel[] };
  names.model = names.model.map((m) => (m.name.toLowerCase() === name.toLowerCase() && m.localSheetId === undefined ? { ...m, ranges: ["#REF!"] } : m));
}

/** Name Manager: the name edited to refer to another rectangle, on any sheet. */
export function pointName(book: ExcelJS.Workbook, name: string, sheet: string, range: string): void {
  const names = book.definedNames as unknown as { model: NameModel[] };
  const ref = absoluteRef(sheetOf(book, sheet).name, range);
  names.model = names.model.map((m) => (m.name.toLowerCase() === name.toLowerCase() && m.localSheetId === undefined ? { ...m, ranges: [ref] } : m));
}
