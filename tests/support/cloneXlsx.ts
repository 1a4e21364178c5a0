/**
 * Fast independent copies of an XlsxWorkbook, as if the same file were opened again: ExcelJS's
 * model round trip, a few times faster than writing and re-reading the file. ExcelJS's model
 * leaves out merges (it only fills them while reading a file), so they are merged again.
 */
import * as ExcelJS from "exceljs";
import { mergedRanges } from "../../src/workbook/xlsx/cellWrites";
import { NameStore } from "../../src/workbook/xlsx/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/**
 * Deep copy with this realm's Date (structuredClone's Dates fail ExcelJS's instanceof checks under
 * jest). Style objects are shared, not copied: ExcelJS shares them between cells anyway and the
 * adapter never changes one in place (styles.ts mergeStyle).
 */
function deepCopy<T>(value: T, share: ReadonlySet<string> = STYLES): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (!value || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => deepCopy(v, share)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = share.has(k) ? v : deepCopy(v, share);
  return out as T;
}

const STYLES = new Set(["style"]);
/**
 * Per copy, the rows are shared too: ExcelJS builds new rows and cells from them and only reads
 * the row and cell models (values are replaced, never changed in place). The rest (validations,
 * conditional formats, views) ExcelJS keeps by reference and the adapter changes in place.
 */
const ROWS = new Set(["style", "rows"]);

export interface XlsxTemplate {
  model: ExcelJS.WorkbookModel;
  merges: Map<number, string[]>;
}

/** Takes what a copy needs from a workbook (once; copy it as often as needed with fromTemplate). */
export function xlsxTemplate(source: XlsxWorkbook): XlsxTemplate {
  return { model: deepCopy(source.book.model), merges: new Map(source.book.worksheets.map((ws) => [ws.id, mergedRanges(ws)])) };
}

type Make = new (book: ExcelJS.Workbook, names: NameStore) => XlsxWorkbook;

export function fromTemplate(t: XlsxTemplate): XlsxWorkbook {
  const book = new ExcelJS.Workbook();
  const names = NameStore.install(book);
  book.model = deepCopy(t.model, ROWS);
  for (const [id, merges] of t.merges) {
    const ws = book.getWorksheet(id);
    if (!ws) throw new Error(`fromTemplate: sheet ${id} was not copied`);
    for (const m of merges) ws.mergeCellsWithoutStyle(m);
  }
  // The constructor is private to keep callers on create/fromBuffer; a copy is a file opened again.
  return new (XlsxWorkbook as unknown as Make)(book, names);
}

export const cloneXlsx = (source: XlsxWorkbook): XlsxWorkbook => fromTemplate(xlsxTemplate(source));
