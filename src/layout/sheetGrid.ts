/**
 * A sheet's used range (port SheetRead) addressed by absolute 0-based row and column, for finding
 * the template's labels wherever rows or columns have moved them (repair of defined names).
 */
import { parseRange } from "../util/a1";
import type { CellValue, SheetRead } from "../workbook/port";

export interface At {
  row: number;
  col: number;
}

export class SheetGrid {
  readonly sheet: string;
  private readonly top: number;
  private readonly left: number;
  private readonly values: CellValue[][];
  private readonly formulas: CellValue[][];

  constructor(read: SheetRead) {
    this.sheet = read.sheet;
    const start = read.range ? parseRange(read.range).start : { row: 0, col: 0 };
    this.top = start.row;
    this.left = start.col;
    this.values = read.range ? read.values : [];
    this.formulas = read.range ? read.formulas : [];
  }

  /** Last row (0-based) holding anything; -1 for an empty sheet. */
  get lastRow(): number {
    return this.top + this.values.length - 1;
  }

  value(row: number, col: number): CellValue {
    return this.values[row - this.top]?.[col - this.left] ?? "";
  }

  /** The cell's value as trimmed text; a formula's result as Excel last computed it. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    return (typeof v === "string" ? v : String(v)).trim();
  }

  /** The values and formulas of an A1 range, row-major, as a name's read gives them. */
  block(range: string): { values: CellValue[][]; formulas: CellValue[][] } {
    const { start, end } = parseRange(range);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const v: CellValue[] = [];
      const f: CellValue[] = [];
      for (let c = start.col; c <= end.col; c++) {
        v.push(this.value(r, c));
        f.push(this.formulas[r - this.top]?.[c - this.left] ?? this.value(r, c));
      }
      values.push(v);
      formulas.push(f);
    }
    return { values, formulas };
  }

  /** Holds a value or a formula (a formula whose result is "" still counts). */
  filled(row: number, col: number): boolean {
    const f = this.formulas[row - this.top]?.[col - this.left] ?? this.value(row, col);
    return typeof f === "string" ? f.trim() !== "" : true;
  }

  /** Nothing in the column, in any row of the used range. */
  columnEmpty(col: number): boolean {
    for (let r = this.top; r <= this.lastRow; r++) if (this.filled(r, col)) return false;
    return true;
  }

  /** Any of columns col..col+width-1 of the row is filled. */
  rowFilled(row: number, col: number, width: number): boolean {
    for (let c = col; c < col + width; c++) if (this.filled(row, c)) return true;
    return false;
  }

  /** Every cell whose text passes `test`, top to bottom, left to right (rows from `fromRow` on). */
  findAll(test: (text: string, at: At) => boolean, fromRow = 0): At[] {
    const out: At[] = [];
    this.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const at = { row: this.top + r, col: this.left + c };
        if (at.row >= fromRow && typeof v === "string" && v.trim() !== "" && test(v.trim(), at)) out.push(at);
      }),
    );
    return out;
  }

  find(test: (text: string, at: At) => boolean, fromRow = 0): At | undefined {
    return this.findAll(test, fromRow)[0];
  }

  /** The cell holding exactly `label` (trimmed, case-insensitive), or starting with it when `prefix`. */
  label(label: string, prefix = false, fromRow = 0): At | undefined {
    const want = label.toLowerCase();
    return this.find((t) => (prefix ? t.toLowerCase().startsWith(want) : t.toLowerCase() === want), fromRow);
  }

  /** Last row in first..last (inclusive) with something in columns col..col+width-1; first-1 when none. */
  lastFilledRow(first: number, last: number, col: number, width: number): number {
    for (let r = last; r >= first; r--) if (this.rowFilled(r, col, width)) return r;
    return first - 1;
  }
}
