/**
 * What a person does to a sheet's grid in Excel, done to the in-memory workbook: insert or delete
 * rows, cut and paste a block, merge cells, delete or break a defined name. Cells, row heights,
 * manual page breaks, merges, validations, conditional formats, defined names and the references
 * in every formula follow, as in Excel.
 */
import { FakeOfficeError } from "./errors";
import { cellKey, overlaps, type BookData, type Rect, type SheetData } from "./model";
import { moveDestination, shiftFormula, shiftRect, type SheetEdit } from "./shiftRefs";

const single = (row: number, col: number): Rect => ({ top: row, bottom: row, left: col, right: col });
const inside = (row: number, col: number, r: Rect) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** Where the cell at (row, col) goes; null: deleted or written over. */
function cellTarget(row: number, col: number, edit: SheetEdit): Rect | null {
  if (edit.kind === "move" && !inside(row, col, edit.from) && inside(row, col, moveDestination(edit))) return null;
  return shiftRect(single(row, col), edit);
}

function moveKeyed<T>(map: Map<string, T>, edit: SheetEdit): Map<string, T> {
  const out = new Map<string, T>();
  // Cells that stay put first, so a moved block writes over them.
  const entries = [...map].map(([key, v]) => {
    const [row, col] = key.split(",").map(Number);
    return { target: cellTarget(row, col, edit), moved: edit.kind === "move" && inside(row, col, edit.from), v };
  });
  for (const e of [...entries.filter((x) => !x.moved), ...entries.filter((x) => x.moved)]) {
    if (e.target) out.set(cellKey(e.target.top, e.target.left), e.v);
  }
  return out;
}

/** Applies one structural edit to `sheet` and everything in the book that refers to it. */
export function editSheet(book: BookData, sheet: SheetData, edit: SheetEdit): void {
  sheet.cells = moveKeyed(sheet.cells, edit);
  sheet.validations = moveKeyed(sheet.validations, edit);
  if (edit.kind !== "move") {
    const heights = new Map<number, number>();
    for (const [row, h] of sheet.rowHeights) {
      const to = shiftRect(single(row, 0), edit);
      if (to) heights.set(to.top, h);
    }
    sheet.rowHeights = heights;
    // A manual page break belongs to the row it starts, as the row's height does.
    sheet.rowBreaks = sheet.rowBreaks.flatMap((row) => shiftRect(single(row, 0), edit)?.top ?? []).filter((row) => row > 0);
  }
  const destination = edit.kind === "move" ? moveDestination(edit) : undefined;
  sheet.merges = sheet.merges
    .filter((m) => !(destination && !shiftRectMoves(m, edit) && overlaps(m, destination)))
    .map((m) => shiftRect(m, edit))
    .filter((m): m is Rect => m !== null && (m.bottom > m.top || m.right > m.left));
  sheet.conditionalFormats = sheet.conditionalFormats.map((cf) => ({ ...cf, rect: shiftRect(cf.rect, edit) })).filter((cf): cf is typeof cf & { rect: Rect } => cf.rect !== null);
  for (const n of book.names.values()) {
    if (n.target?.sheet !== sheet) continue;
    const rect = shiftRect(n.target.rect, edit);
    if (rect) n.target = { sheet, rect };
    else {
      n.target = undefined;
      n.text = "#REF!";
    }
  }
  for (const s of book.sheets) {
    for (const cell of s.cells.values()) if (cell.formula) cell.formula = shiftFormula(cell.formula, s.name, sheet.name, edit);
  }
}

const shiftRectMoves = (r: Rect, edit: SheetEdit) => edit.kind === "move" && shiftRect(r, edit) !== r;

/** Merges a range as Excel's Merge & Center does: the top-left value stays, the others are deleted. */
export function mergeCells(sheet: SheetData, r: Rect): void {
  if (r.top === r.bottom && r.left === r.right) return;
  for (const key of [...sheet.cells.keys()]) {
    const [row, col] = key.split(",").map(Number);
    if (inside(row, col, r) && !(row === r.top && col === r.left)) sheet.cells.delete(key);
  }
  sheet.merges = [...sheet.merges.filter((m) => !overlaps(m, r)), { ...r }];
}

/** Name Manager: Delete. */
export function deleteName(book: BookData, name: string): void {
  if (!book.names.delete(name.toLowerCase())) throw new FakeOfficeError("ItemNotFound", `The fake workbook has no name "${name}".`);
}

/** Name Manager: a name edited to refer to #REF! (what a deleted range leaves). */
export function breakName(book: BookData, name: string): void {
  const n = book.names.get(name.toLowerCase());
  if (!n) throw new FakeOfficeError("ItemNotFound", `The fake workbook has no name "${name}".`);
  n.target = undefined;
  n.text = "#REF!";
}

/** Name Manager: the name edited to refer to another rectangle, on any sheet. */
export function pointName(book: BookData, name: string, sheet: SheetData, rect: Rect): void {
  const n = book.names.get(name.toLowerCase());
  if (!n) throw new FakeOfficeError("ItemNotFound", `The fake workbook has no name "${name}".`);
  n.target = { sheet, rect: { ...rect } };
  n.text = "";
}
