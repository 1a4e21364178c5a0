/**
 * Where references go when a person inserts or deletes rows or cuts and pastes a block, as Excel
 * moves them: names, merges, validations and the A1 references inside formulas all follow their
 * cells. Pure; shared by the in-memory Excel (rowOps.ts) and the .xlsx edit helpers of the tests.
 * No Node imports: the browser harness bundles this folder.
 */
import { cellAddress, columnIndex } from "../../../src/util/a1";
import type { Rect } from "./model";

/** One structural edit on one sheet: rows are 0-based. `move` is a cut and paste of the rectangle `from`. */
export type SheetEdit = { kind: "insert"; at: number; count: number } | { kind: "delete"; at: number; count: number } | { kind: "move"; from: Rect; rows: number; cols: number };

const within = (r: Rect, outer: Rect) => r.top >= outer.top && r.bottom <= outer.bottom && r.left >= outer.left && r.right <= outer.right;

/** Where a rectangle ends up; null when all its rows were deleted (Excel shows #REF!). */
export function shiftRect(r: Rect, edit: SheetEdit): Rect | null {
  if (edit.kind === "insert") {
    // Rows inserted inside a range grow it; at or above its top they push it down.
    const move = (row: number) => (row >= edit.at ? row + edit.count : row);
    return { ...r, top: move(r.top), bottom: move(r.bottom) };
  }
  if (edit.kind === "delete") {
    const end = edit.at + edit.count - 1;
    if (r.top >= edit.at && r.bottom <= end) return null;
    const top = r.top < edit.at ? r.top : r.top > end ? r.top - edit.count : edit.at;
    const bottom = r.bottom < edit.at ? r.bottom : r.bottom > end ? r.bottom - edit.count : edit.at - 1;
    return { ...r, top, bottom };
  }
  // A cut block takes along only the references wholly inside it.
  if (!within(r, edit.from)) return r;
  return { top: r.top + edit.rows, bottom: r.bottom + edit.rows, left: r.left + edit.cols, right: r.right + edit.cols };
}

/** The rectangle a move writes over (its old cells there are gone). */
export function moveDestination(edit: Extract<SheetEdit, { kind: "move" }>): Rect {
  return shiftRect(edit.from, edit)!;
}

const ENDPOINT = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/;
// A1 references, optionally sheet-qualified; not part of a defined name (AIP.O1.I1), a function (LOG10() or a sheet name.
const REFERENCE = /(?<![A-Za-z0-9_.$!'])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_.(!])/g;
const unquote = (part: string) => (part.startsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part);

function endpoint(text: string): { row: number; col: number; absRow: string; absCol: string } {
  const m = ENDPOINT.exec(text)!;
  return { absCol: m[1], col: columnIndex(m[2]), absRow: m[3], row: Number(m[4]) - 1 };
}

function write(p: { absRow: string; absCol: string }, row: number, col: number): string {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cellAddress(row, col))!;
  return `${p.absCol}${letters}${p.absRow}${digits}`;
}

/**
 * Rewrites the references of a formula that sits on sheet `home` and point at sheet `edited`
 * (unqualified references point at `home`). Text in double quotes is left alone.
 */
export function shiftFormula(formula: string, home: string, edited: string, edit: SheetEdit): string {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, prefix: string | undefined, a: string, b: string | undefined) => {
            const sheet = prefix ? unquote(prefix.slice(0, -1)) : home;
            if (!same(sheet, edited) || !ENDPOINT.test(a) || (b !== undefined && !ENDPOINT.test(b))) return whole;
            const p = endpoint(a);
            const q = b !== undefined ? endpoint(b) : p;
            const moved = shiftRect({ top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) }, edit);
            if (!moved) return `${prefix ?? ""}#REF!`;
            const first = write(p, moved.top, moved.left);
            return `${prefix ?? ""}${first}${b !== undefined ? `:${write(q, moved.bottom, moved.right)}` : ""}`;
          }),
    )
    .join("");
}
