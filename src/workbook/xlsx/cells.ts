/**
 * Reading ExcelJS cells the way Office.js reports them: dates as serial numbers, empty as "",
 * rich text and hyperlinks as their plain text, errors as "#REF!" and the like, formulas as "=…".
 */
import type * as ExcelJS from "exceljs";
import type { CellValue } from "../port";

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial number of 1970-01-01 in the 1900 date system (ExcelJS's own constant). */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1462;

/**
 * ExcelJS hands dates back as JS Dates at UTC midnight (plus the time of day); Excel stores the
 * serial number. This is the exact inverse of ExcelJS's own excelToDate.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
  // Whole days come back exact; times of day are rounded to the millisecond like Excel shows them.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

type Raw = ExcelJS.CellValue | undefined;

/** ExcelJS.ValueType.Merge (a const enum value; this module imports ExcelJS types only). */
const MERGE_TYPE = 1;

/** A stored value (not a formula) as Office reports it. */
export function plainValue(raw: Raw, date1904 = false): CellValue {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return dateToSerial(raw, date1904);
  if (typeof raw !== "object") return String(raw);
  if ("richText" in raw && Array.isArray(raw.richText)) return raw.richText.map((run) => run.text).join("");
  if ("error" in raw && typeof raw.error === "string") return raw.error;
  if ("formula" in raw || "sharedFormula" in raw) return plainValue((raw as ExcelJS.CellFormulaValue).result as Raw, date1904);
  if ("hyperlink" in raw) return plainValue((raw as ExcelJS.CellHyperlinkValue).text as Raw, date1904);
  if ("text" in raw) return plainValue((raw as { text: Raw }).text, date1904);
  return "";
}

function isMergeSlave(cell: ExcelJS.Cell): boolean {
  // A merged cell other than the top-left reports its master's value in ExcelJS, "" in Excel.
  return cell.type === MERGE_TYPE;
}

/** The formula of a formula cell, with "=", or undefined for any other cell. */
export function cellFormula(cell: ExcelJS.Cell): string | undefined {
  if (isMergeSlave(cell)) return undefined;
  const raw = cell.value as Raw;
  if (raw === null || raw === undefined || typeof raw !== "object" || raw instanceof Date) return undefined;
  if (!("formula" in raw) && !("sharedFormula" in raw)) return undefined;
  // Cell.formula translates shared formulas to this cell's own references.
  const text = cell.formula;
  return text ? `=${text}` : undefined;
}

/** What Office reports in `values`: the cached result for a formula cell ("" when none yet). */
export function cellValue(cell: ExcelJS.Cell, date1904 = false): CellValue {
  if (isMergeSlave(cell)) return "";
  // ExcelJS's cell.value drops a falsy formula result (0, FALSE, ""); cell.result keeps it.
  if (cellFormula(cell) !== undefined) return plainValue(cell.result as Raw, date1904);
  return plainValue(cell.value as Raw, date1904);
}

/** What Office reports in `formulas`: "=…" for formula cells, else the value. */
export function cellFormulaOrValue(cell: ExcelJS.Cell, date1904 = false): CellValue {
  return cellFormula(cell) ?? cellValue(cell, date1904);
}

/** Whether the workbook counts dates from 1904 (old Mac files). */
export function usesDate1904(book: ExcelJS.Workbook): boolean {
  return Boolean((book.properties as { date1904?: boolean } | undefined)?.date1904);
}
