/**
 * The workbook port: the only way commands touch a workbook. Two adapters implement it:
 * Office.js (Excel itself) and ExcelJS (.xlsx files). Each call is a fixed number of round trips.
 */
import type { WriteBatch } from "./spec";

/** A value as Excel reports it: dates are serial numbers, empty cells are "". */
export type CellValue = string | number | boolean;

/** A defined name and what its range holds right now. */
export interface NamedRangeRead {
  name: string;
  /** Sheet the name points at; "" when the name is broken (#REF!) or not a range. */
  sheet: string;
  /** A1 address without the sheet, e.g. "B4:F9"; "" when broken. */
  range: string;
  /** Row-major values of the range ([] when broken). */
  values: CellValue[][];
  /** Row-major formulas: "=…" for formula cells, otherwise the same value as `values`. */
  formulas: CellValue[][];
  /**
   * A1 addresses of the range's formula cells that the file stores no result for (their value reads
   * as ""). Only a file written by a tool that does not calculate has them; Excel always calculates.
   */
  noResult?: string[];
}

/** A sheet's used range: the rectangle of cells holding a value or a formula (formatting ignored). */
export interface SheetRead {
  sheet: string;
  /** A1 address without the sheet, e.g. "A1:H60"; "" when the sheet holds nothing. */
  range: string;
  values: CellValue[][];
  formulas: CellValue[][];
}

export interface SnapshotOptions {
  /**
   * Also read these sheets' used ranges ("all": every sheet; a test: the tabs it passes), in the
   * same request: for finding the template's labels on a sheet whose names are gone (repair, a
   * report's rebuild). Sheets not in the workbook are skipped.
   */
  sheetValues?: SheetsWanted;
}

export interface WorkbookSnapshot {
  /** Sheet (tab) names in tab order. */
  sheets: string[];
  /** Every workbook-scoped defined name, keyed by name. */
  names: Record<string, NamedRangeRead>;
  /** The used ranges asked for by SnapshotOptions.sheetValues, keyed by sheet name as in `sheets`. */
  sheetValues?: Record<string, SheetRead>;
}

export interface WorkbookPort {
  /** Tab names in order (one round trip in Excel). */
  listSheets(): Promise<string[]>;
  /** Sheets and every defined name with its range's values (at most two round trips in Excel). */
  snapshot(options?: SnapshotOptions): Promise<WorkbookSnapshot>;
  /** Apply a batch of sheet specs and names (one round trip in Excel for any plan size). */
  apply(batch: WriteBatch): Promise<void>;
  /** Select a cell or range for the person (Excel only; the xlsx adapter records it as active). */
  select(sheet: string, range: string): Promise<void>;
}

/** The sheets of `all` that `wanted` asks for, as the workbook spells them (case-insensitive match). */
export type SheetsWanted = readonly string[] | "all" | ((sheet: string) => boolean);

export function sheetsWanted(wanted: SheetsWanted, all: readonly string[]): string[] {
  if (wanted === "all") return [...all];
  if (typeof wanted === "function") return all.filter(wanted);
  const keys = new Set(wanted.map((w) => w.toLowerCase()));
  return all.filter((s) => keys.has(s.toLowerCase()));
}

/** A problem the person can act on, naming where. Commands throw it; shells print its message. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}
