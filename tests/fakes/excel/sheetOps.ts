/** Renaming and deleting sheets the way Excel does: references in formulas, names and lists follow. */
import { FakeOfficeError } from "./errors";
import { checkSheetName, type BookData, type SheetData } from "./model";
import { breakInFormula, rectAddress, renameInFormula } from "./references";

function rewriteFormulas(book: BookData, rewrite: (formula: string) => string): void {
  for (const sheet of book.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = rewrite(cell.formula);
    for (const v of sheet.validations.values()) v.source = rewrite(v.source);
  }
}

export function renameSheetData(book: BookData, sheet: SheetData, to: unknown): void {
  const name = checkSheetName(book, to, sheet);
  const from = sheet.name;
  sheet.name = name;
  // Defined names hold the sheet object itself, so they follow without rewriting.
  rewriteFormulas(book, (f) => renameInFormula(f, from, name));
}

export function deleteSheetData(book: BookData, sheet: SheetData): void {
  if (book.sheets.length === 1) throw new FakeOfficeError("InvalidArgument", "A workbook must contain at least one visible worksheet.");
  book.sheets = book.sheets.filter((s) => s !== sheet);
  if (book.active === sheet) book.active = book.sheets[0];
  for (const n of book.names.values()) {
    if (n.target?.sheet === sheet) {
      // Excel keeps the cells and drops the sheet: "=#REF!$A$1:$C$4" (Name Manager shows it so).
      n.text = `#REF!${rectAddress(n.target.rect, true)}`;
      n.target = undefined;
    }
  }
  rewriteFormulas(book, (f) => breakInFormula(f, sheet.name));
}

/** Moves a sheet to a 0-based tab position (InvalidArgument outside 0..count-1, as in Excel). */
export function moveSheet(book: BookData, sheet: SheetData, position: unknown): void {
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= book.sheets.length) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (position ${String(position)} of sheet "${sheet.name}"; the workbook has ${book.sheets.length} sheets).`,
    );
  }
  const rest = book.sheets.filter((s) => s !== sheet);
  rest.splice(position, 0, sheet);
  book.sheets = rest;
}
