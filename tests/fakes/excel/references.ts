/**
 * Sheet references inside formulas and defined names, as Excel writes them: a sheet name is quoted
 * only when it must be ('Sept-Dec'!A1, but Plan!A1). Renaming a sheet rewrites every reference to
 * it; deleting one turns them into #REF!.
 */
import { cellAddress, parseRange, splitRef } from "../../../src/util/a1";
import { FakeOfficeError } from "./errors";
import { findSheet, type BookData, type Rect, type SheetData } from "./model";

/** Excel leaves simple names bare: letters, digits, _ and ., not starting with a digit, not a cell address. */
export function sheetRefName(name: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(r: Rect, absolute = false): string {
  const cell = (row: number, col: number) => (absolute ? cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2") : cellAddress(row, col));
  const a = cell(r.top, r.left);
  const b = cell(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** "B4:F9" → Rect; InvalidArgument for anything else. */
export function parseRect(address: unknown, where: string): Rect {
  if (typeof address !== "string") throw new FakeOfficeError("InvalidArgument", `${where}: the address must be text.`);
  try {
    const r = parseRange(address);
    if (r.end.row >= 1_048_576 || r.end.col >= 16_384) throw new Error("outside the grid");
    return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
  } catch {
    throw new FakeOfficeError("InvalidArgument", `${where}: "${address}" is not a valid address.`);
  }
}

/** A name's reference ("='It''s'!$A$1:$B$2", a Range's address) resolved to a live rectangle. */
export function resolveReference(book: BookData, reference: string): { sheet: SheetData; rect: Rect } {
  const ref = splitRef(reference);
  const sheet = ref && findSheet(book, ref.sheet);
  if (!ref || !sheet) throw new FakeOfficeError("InvalidArgument", `The reference "${reference}" is not valid.`);
  return { sheet, rect: parseRect(ref.range, "Name reference") };
}

/** Sheet-qualified references in a formula: 'Quoted name'!… or Bare!… */
const SHEET_PREFIX = /('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!/g;
const unquote = (part: string) => (part.startsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part);

/** Rewrites references to sheet `from` so they name `to` (Excel does this on rename). */
export function renameInFormula(formula: string, from: string, to: string): string {
  return formula.replace(SHEET_PREFIX, (whole, part: string) => (unquote(part).toLowerCase() === from.toLowerCase() ? `${sheetRefName(to)}!` : whole));
}

/** References to a deleted sheet become #REF! (Excel does this on delete). */
export function breakInFormula(formula: string, gone: string): string {
  const cellRef = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
  const pattern = new RegExp(String.raw`('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!${cellRef}`, "g");
  return formula.replace(pattern, (whole, part: string) => (unquote(part).toLowerCase() === gone.toLowerCase() ? "#REF!" : whole));
}
