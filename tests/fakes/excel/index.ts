/**
 * A strict in-memory Excel for tests and the browser harness (DESIGN.md "Testing" 2): the subset
 * of the Office.js Excel API the office adapter uses, behaving like Excel where it matters.
 *
 * - Reading a property that was not load()ed and synced throws PropertyNotLoaded.
 * - Writes are queued and happen at context.sync(); syncs are counted.
 * - getItem of a missing sheet or name fails at sync with ItemNotFound (getItemOrNullObject gives
 *   isNullObject); using a null object fails too.
 * - Sheet names follow Excel's rules (≤ 31 characters, none of []:*?/\, not blank, no leading or
 *   trailing apostrophe, unique ignoring case) else InvalidArgument / ItemAlreadyExists.
 * - values/formulas/numberFormat arrays must match the range's shape, else InvalidArgument.
 * - Setting values or formulas treats each string as typed input: "=…" becomes a FORMULA, "'…" is
 *   text without the apostrophe, "12" and "TRUE" become a number and a boolean (see input.ts).
 * - Formulas are stored; a formula cell's `values` entry reads back a computed result for the
 *   shapes the add-in writes (evaluate.ts), so responses are as large as Excel's.
 * - Errors are objects like Office's: { code, message } (FakeOfficeError).
 *
 * No Node imports anywhere in this folder: the task-pane browser harness bundles it.
 */
import { parseCell } from "../../../src/util/a1";
import type { WorkbookDump } from "../../support/dump";
import { FakeContext, type FakeEnv, type Traffic } from "./client";
import { dumpBook } from "./dump";
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import { storedInput } from "./input";
import { addSheetData, cellAt, cellKey, findSheet, newBook, type BookData, type PageLayoutData, type SheetData } from "./model";
import { FakeNamedItemCollection } from "./names";
import type { ChartData } from "./charts";
import { ServerSession } from "./server";
import { FakeWorksheetCollection } from "./worksheet";
import { parseRect, rectAddress } from "./references";
import { deleteSheetData, moveSheet, renameSheetData } from "./sheetOps";
import { breakName, deleteName, editSheet, mergeCells, pointName } from "./rowOps";
import { newFormatId } from "./conditionalFormats";

export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export { PAYLOAD_LIMIT_BYTES, type ServerSession } from "./server";
export type { Traffic } from "./client";
export type { ChartData, ChartSeriesData } from "./charts";

export interface FakeCell {
  /** Stored value; "" for empty and for formula cells (formulas are not evaluated). */
  value: string | number | boolean;
  /** "=…" for a formula cell, else undefined. */
  formula: string | undefined;
  numberFormat: string;
}

export interface FakeExcelOptions {
  /** Supported requirement sets, e.g. { ExcelApi: "1.8" }; default { ExcelApi: "1.12" }. */
  requirementSets?: Record<string, string>;
  /** Every page layout change fails (GeneralException), as Excel does where no printer is set up. */
  rejectPageLayout?: boolean;
}

export interface FakeExcel {
  /** Like Excel.run: a fresh request context per batch; pending writes are synced at the end. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Total context.sync() calls so far. */
  readonly syncCount: number;
  /** Loads and writes queued so far (cell-by-cell writing shows up here); reset with the sync count. */
  readonly operationCount: number;
  /** Bytes of every request and response since the last reset, when driven through the real office.js client. */
  readonly traffic: readonly Traffic[];
  resetSyncCount(): void;
  /** The next request fails with `code` (e.g. Excel's "GeneralException") and changes nothing. */
  failNextRequest(code: FakeErrorCode): void;
  /** A server side for one office.js request context: answers the client's serialized requests (server.ts). */
  session(): ServerSession;
  /** An independent copy of the whole workbook (a file saved and opened again), for tests that start many times from one workbook. */
  copy(): FakeExcel;
  dump(): WorkbookDump;
  isSetSupported(name: string, version?: string): boolean;
  addSheet(name: string): void;
  /** Sets a cell as a person typing would ("=…" a formula, "'…" text); null or "" empties it. */
  setValue(sheet: string, address: string, value: string | number | boolean | null): void;
  setFormula(sheet: string, address: string, formula: string): void;
  getCell(sheet: string, address: string): FakeCell;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  /** A person's edits (rowOps.ts): rows are 1-based as Excel shows them; names, merges, validations and formulas follow. */
  insertRows(sheet: string, row: number, count: number): void;
  deleteRows(sheet: string, row: number, count: number): void;
  /** Cut `range` and paste it `rows` down and `cols` right. */
  moveRange(sheet: string, range: string, rows: number, cols: number): void;
  mergeCells(sheet: string, range: string): void;
  moveSheet(name: string, position: number): void;
  deleteName(name: string): void;
  /** The name now refers to #REF!. */
  breakName(name: string): void;
  /** The name now refers to `range` on `sheet` (Name Manager's Refers to). */
  pointName(name: string, sheet: string, range: string): void;
  /** The active sheet and that sheet's selection (from range.select()). */
  active(): { sheet: string; selection?: string };
  /** Column width in points by 0-based index, undefined when never set. */
  columnWidth(sheet: string, index: number): number | undefined;
  /** A sheet's charts as Excel holds them (charts.ts), in the order they were added. */
  charts(sheet: string): ChartData[];
  /** Hidden columns of a sheet, 0-based, ascending. */
  hiddenColumns(sheet: string): number[];
  /** Page layout as set through worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout(sheet: string): PageLayoutData;
  /** Manual page breaks as set through worksheet.horizontalPageBreaks: 0-based rows that start a page. */
  rowBreaks(sheet: string): number[];
  /** The list validation of one cell, with its prompt and error alert. */
  validation(sheet: string, address: string): { source: string; prompt?: object; errorAlert?: object } | undefined;
  /** Conditional formats of a sheet, top priority first (`type` only when not a Custom one). */
  conditionalFormats(sheet: string): Array<{ range: string; type?: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean }>;
  /** A person protects a sheet (Review > Protect Sheet). */
  protectSheet(sheet: string): void;
  /** A person adds a conditional format in Excel's UI, at the top priority: a formula rule ("Custom") or another kind ("CellValue", "DataBar"). */
  addConditionalFormat(sheet: string, range: string, rule: { type?: string; formula?: string; fill?: string }): void;
  /** Sets globalThis-like target.Excel and target.Office for the browser harness. */
  installGlobals(target: Record<string, unknown>): void;
}

/** "1.10" > "1.9": requirement-set versions compare part by part. */
function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Enum values the adapter (and the pane) may reference through the Excel global. */
const ENUMS = {
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  BorderWeight: { thin: "Thin", medium: "Medium" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  ErrorCodes: { itemNotFound: "ItemNotFound", invalidArgument: "InvalidArgument", itemAlreadyExists: "ItemAlreadyExists", propertyNotLoaded: "PropertyNotLoaded" },
};

export function createFakeExcel(options: FakeExcelOptions = {}, book: BookData = newBook()): FakeExcel {
  const sets = options.requirementSets ?? { ExcelApi: "1.12" };
  const isSetSupported = (name: string, version = "1.1") => {
    const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    return have !== undefined && versionAtLeast(have, version);
  };
  const env: FakeEnv = { book, syncCount: 0, operationCount: 0, isSetSupported, traffic: [], rejectPageLayout: options.rejectPageLayout };

  const sheet = (name: string): SheetData => {
    const s = findSheet(env.book, name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The fake workbook has no sheet "${name}".`);
    return s;
  };
  const at = (address: string) => parseCell(address);

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(env);
    const context = Object.assign(ctx, {
      workbook: { worksheets: new FakeWorksheetCollection(ctx), names: new FakeNamedItemCollection(ctx) },
    });
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (ctx.pending > 0) await ctx.sync(); // Excel.run sends what is still queued
      return result;
    } finally {
      ctx.close();
    }
  };

  const fake: FakeExcel = {
    run,
    get syncCount() {
      return env.syncCount;
    },
    get operationCount() {
      return env.operationCount;
    },
    resetSyncCount: () => void Object.assign(env, { syncCount: 0, operationCount: 0, traffic: [] }),
    get traffic() {
      return env.traffic;
    },
    session: () => new ServerSession(env),
    failNextRequest: (code) => void (env.failNext = code),
    // structuredClone keeps the sheets that names and the active tab share as one object each.
    copy: () => createFakeExcel(options, structuredClone(env.book)),
    dump: () => dumpBook(env.book),
    isSetSupported,
    addSheet: (name) => void addSheetData(env.book, name),
    setValue(sheetName, address, value) {
      const s = sheet(sheetName);
      const { row, col } = at(address);
      const stored = storedInput(value === null ? "" : value, `${sheetName}!${address}`);
      if (stored === "skip") return;
      const cell = cellAt(s, row, col);
      cell.value = stored.value;
      cell.formula = stored.formula;
      if (stored.dateFormat && cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
    },
    setFormula(sheetName, address, formula) {
      if (!formula.startsWith("=")) throw new FakeOfficeError("InvalidArgument", `A formula starts with "=": ${formula}`);
      const { row, col } = at(address);
      Object.assign(cellAt(sheet(sheetName), row, col), { value: "", formula });
    },
    getCell(sheetName, address) {
      const { row, col } = at(address);
      const cell = sheet(sheetName).cells.get(cellKey(row, col));
      return { value: cell?.value ?? "", formula: cell?.formula, numberFormat: cell?.numberFormat ?? "General" };
    },
    renameSheet: (from, to) => renameSheetData(env.book, sheet(from), to),
    deleteSheet: (name) => deleteSheetData(env.book, sheet(name)),
    insertRows: (name, row, count) => editSheet(env.book, sheet(name), { kind: "insert", at: row - 1, count }),
    deleteRows: (name, row, count) => editSheet(env.book, sheet(name), { kind: "delete", at: row - 1, count }),
    moveRange: (name, range, rows, cols) => editSheet(env.book, sheet(name), { kind: "move", from: parseRect(range, "moveRange"), rows, cols }),
    mergeCells: (name, range) => mergeCells(sheet(name), parseRect(range, "mergeCells")),
    moveSheet: (name, position) => moveSheet(env.book, sheet(name), position),
    deleteName: (name) => deleteName(env.book, name),
    breakName: (name) => breakName(env.book, name),
    pointName: (name, sheetName, range) => pointName(env.book, name, sheet(sheetName), parseRect(range, "pointName")),
    active: () => ({ sheet: env.book.active?.name ?? "", selection: env.book.active?.selection }),
    columnWidth: (sheetName, index) => sheet(sheetName).columnWidths.get(index),
    pageLayout: (sheetName) => ({ ...sheet(sheetName).pageLayout }),
    rowBreaks: (sheetName) => [...sheet(sheetName).rowBreaks],
    charts: (sheetName) => structuredClone(sheet(sheetName).charts),
    hiddenColumns: (sheetName) => [...sheet(sheetName).hiddenColumns].sort((a, b) => a - b),
    validation(sheetName, address) {
      const { row, col } = at(address);
      const v = sheet(sheetName).validations.get(cellKey(row, col));
      return v && { source: v.source, prompt: v.prompt, errorAlert: v.errorAlert };
    },
    conditionalFormats: (sheetName) =>
      sheet(sheetName).conditionalFormats.map(({ rect, id: _id, type, ...rest }) => ({ range: rectAddress(rect), ...(type === "Custom" ? {} : { type }), ...rest })),
    protectSheet: (sheetName) => void (sheet(sheetName).protected = true),
    addConditionalFormat(sheetName, range, rule) {
      const { type = "Custom", ...rest } = rule;
      sheet(sheetName).conditionalFormats.unshift({ id: newFormatId(env.book), type, rect: parseRect(range, "addConditionalFormat"), ...rest });
    },
    installGlobals(target) {
      target.Excel = { run, ...ENUMS };
      target.Office = {
        context: { requirements: { isSetSupported } },
        onReady: (cb?: (info: { host: string; platform: string }) => void) => {
          const info = { host: "Excel", platform: "PC" };
          cb?.(info);
          return Promise.resolve(info);
        },
        HostType: { Excel: "Excel" },
        PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
      };
    },
  };
  return fake;
}
