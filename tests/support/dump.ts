/**
 * A neutral picture of a whole workbook, for contract tests: the xlsx adapter's workbook and the
 * in-memory Excel are both dumped to this shape and compared cell by cell.
 */
export interface CellDump {
  /** Value as Excel reports it (dates as serial numbers); omitted for formula cells. */
  value?: string | number | boolean;
  /** "=..." for formula cells. */
  formula?: string;
  numberFormat?: string;
}

export interface SheetDump {
  name: string;
  /** Non-empty cells keyed by A1 address. */
  cells: Record<string, CellDump>;
  /** Merged ranges, sorted. */
  merges: string[];
  /** Validations: range → a list's source formula, or "date GreaterThan 2000-01-01", sorted by range. */
  validations: Record<string, string>;
  freeze?: { rows: number; columns: number };
}

export interface WorkbookDump {
  sheets: SheetDump[];
  /** Defined name → "'Sheet'!$A$1:$B$2" */
  names: Record<string, string>;
}
