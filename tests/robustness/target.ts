/**
 * The person's side of a workbook, for the edit library: what a person sees (tabs, names, cells)
 * and what they do in Excel. Two implementations: an ExcelJS workbook (tests/support/xlsxEdits.ts)
 * and the in-memory Excel (tests/fakes/excel/rowOps.ts); both move names, merges, validations and
 * formula references the way Excel does.
 */
import { cellAddress, parseCell, parseRange } from "../../src/util/a1";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import type { FakeExcel } from "../fakes/excel";
import * as xlsx from "../support/xlsxEdits";
import { findSheet } from "../../src/workbook/xlsx/sheets";

export interface LiveName {
  name: string;
  sheet: string;
  /** "B4" or "B4:F9" */
  range: string;
}

export interface EditTarget {
  sheets(): string[];
  /** Workbook names that point at a sheet, sorted by name. */
  names(): LiveName[];
  /** Last row and column in use on a sheet (1-based; 0 for an empty sheet). */
  extent(sheet: string): { rows: number; cols: number };
  renameSheet(from: string, to: string): void;
  moveSheet(name: string, position: number): void;
  deleteSheet(name: string): void;
  addSheet(name: string): void;
  /** Pasted values: strings stay text whatever they look like. */
  setValue(sheet: string, address: string, value: string | number | boolean): void;
  setFormula(sheet: string, address: string, formula: string): void;
  /** 1-based rows, as Excel shows them. */
  insertRows(sheet: string, row: number, count: number): void;
  deleteRows(sheet: string, row: number, count: number): void;
  /** Cut `range` and paste it `rows` down and `cols` right. */
  moveRange(sheet: string, range: string, rows: number, cols: number): void;
  merge(sheet: string, range: string): void;
  deleteName(name: string): void;
  breakName(name: string): void;
  /** Name Manager: the name now refers to `range` on `sheet`. */
  pointName(name: string, sheet: string, range: string): void;
}

const rect = (range: string) => {
  const r = parseRange(range);
  return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
};

export function xlsxTarget(wb: XlsxWorkbook): EditTarget {
  const book = wb.book;
  const ws = (name: string) => {
    const s = findSheet(book, name);
    if (!s) throw new Error(`No sheet "${name}"`);
    return s;
  };
  return {
    sheets: () => book.worksheets.map((s) => s.name),
    names: () =>
      wb
        .definedNames()
        .filter((n) => n.sheet !== "")
        .map(({ name, sheet, range }) => ({ name, sheet, range })),
    extent(sheet) {
      let rows = 0;
      let cols = 0;
      ws(sheet).eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.value === null || cell.value === "") return;
          rows = Math.max(rows, Number(row.number));
          cols = Math.max(cols, Number(cell.col));
        }),
      );
      return { rows, cols };
    },
    renameSheet: (from, to) => xlsx.renameSheet(book, from, to),
    moveSheet: (name, position) => xlsx.moveSheet(book, name, position),
    deleteSheet: (name) => xlsx.deleteSheet(book, name),
    addSheet: (name) => void book.addWorksheet(name),
    setValue: (sheet, address, value) => void (ws(sheet).getCell(address).value = value === "" ? null : value),
    setFormula: (sheet, address, formula) => void (ws(sheet).getCell(address).value = { formula: formula.replace(/^=/, "") } as never),
    insertRows: (sheet, row, count) => xlsx.editSheet(book, sheet, { kind: "insert", at: row - 1, count }),
    deleteRows: (sheet, row, count) => xlsx.editSheet(book, sheet, { kind: "delete", at: row - 1, count }),
    moveRange: (sheet, range, rows, cols) => xlsx.editSheet(book, sheet, { kind: "move", from: rect(range), rows, cols }),
    merge: (sheet, range) => xlsx.mergeCells(book, sheet, range),
    deleteName: (name) => xlsx.deleteName(book, name),
    breakName: (name) => xlsx.breakName(book, name),
    pointName: (name, sheet, range) => xlsx.pointName(book, name, sheet, range),
  };
}

export function fakeTarget(fake: FakeExcel): EditTarget {
  return {
    sheets: () => fake.dump().sheets.map((s) => s.name),
    names: () =>
      Object.entries(fake.dump().names)
        .map(([name, ref]) => {
          const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
          return m ? { name, sheet: m[1].replace(/''/g, "'"), range: m[2].replace(/\$/g, "") } : undefined;
        })
        .filter((n): n is LiveName => n !== undefined),
    extent(sheet) {
      const s = fake.dump().sheets.find((x) => x.name.toLowerCase() === sheet.toLowerCase());
      let rows = 0;
      let cols = 0;
      for (const address of Object.keys(s?.cells ?? {})) {
        const c = parseCell(address);
        rows = Math.max(rows, c.row + 1);
        cols = Math.max(cols, c.col + 1);
      }
      return { rows, cols };
    },
    renameSheet: (from, to) => fake.renameSheet(from, to),
    moveSheet: (name, position) => fake.moveSheet(name, Math.min(position, fake.dump().sheets.length - 1)),
    deleteSheet: (name) => fake.deleteSheet(name),
    addSheet: (name) => fake.addSheet(name),
    // An apostrophe keeps pasted text as text, as Paste Values does.
    setValue: (sheet, address, value) => fake.setValue(sheet, address, typeof value === "string" && value !== "" ? `'${value}` : value),
    setFormula: (sheet, address, formula) => fake.setFormula(sheet, address, formula),
    insertRows: (sheet, row, count) => fake.insertRows(sheet, row, count),
    deleteRows: (sheet, row, count) => fake.deleteRows(sheet, row, count),
    moveRange: (sheet, range, rows, cols) => fake.moveRange(sheet, range, rows, cols),
    merge: (sheet, range) => fake.mergeCells(sheet, range),
    deleteName: (name) => fake.deleteName(name),
    breakName: (name) => fake.breakName(name),
    pointName: (name, sheet, range) => fake.pointName(name, sheet, range),
  };
}

/** "B4" moved by (rows, cols). */
export function offset(address: string, rows: number, cols: number): string {
  const c = parseCell(address);
  return cellAddress(c.row + rows, c.col + cols);
}
