/**
 * What Excel stores when `range.values` or `range.formulas` is set: each entry is treated like
 * typed input. "=…" (and "+…", "-…", "@…" that are not numbers) becomes a FORMULA, "'…" is text
 * without the apostrophe, "12", "45%", "TRUE" and ISO or US dates become numbers and booleans,
 * "" empties the cell, null leaves it unchanged. This is why the adapter must protect text.
 */
import { FakeOfficeError } from "./errors";

export type Stored = { value: string | number | boolean; formula?: string; dateFormat?: boolean } | "skip";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Serial number of a date in Excel's 1900 system. */
function serial(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ms / 86_400_000 + 25_569;
}

function parseTyped(text: string): Stored {
  if (text === "") return { value: "" };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { value: percent ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(trimmed);
  const us = US_DATE.exec(trimmed);
  const date = iso ? serial(+iso[1], +iso[2], +iso[3]) : us ? serial(+us[3], +us[1], +us[2]) : undefined;
  if (date !== undefined) return { value: date, dateFormat: true };
  if (/^[+\-@]/.test(text) && text.length > 1) return { value: "", formula: `=${text.startsWith("@") ? text.slice(1) : text}` };
  return { value: text };
}

/** One entry of a values/formulas array as Excel would store it. */
export function storedInput(entry: unknown, where: string): Stored {
  if (entry === null || entry === undefined) return "skip";
  if (typeof entry === "boolean") return { value: entry };
  if (typeof entry === "number") {
    if (!Number.isFinite(entry)) throw new FakeOfficeError("InvalidArgument", `${where}: ${entry} is not a number Excel can store.`);
    return { value: entry };
  }
  if (typeof entry === "string") {
    if (entry.length > 32_767) throw new FakeOfficeError("InvalidArgument", `${where}: text longer than 32,767 characters.`);
    return parseTyped(entry);
  }
  throw new FakeOfficeError("InvalidArgument", `${where}: ${JSON.stringify(entry)} is not a value Excel can store.`);
}

/** A 2-D array of exactly rows × columns; InvalidArgument otherwise (Excel's shape rule). */
export function checkShape(matrix: unknown, rows: number, columns: number, property: string, address: string): unknown[][] {
  const bad = () =>
    new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property} of ${address}: expected ${rows} × ${columns}).`,
    );
  if (!Array.isArray(matrix) || matrix.length !== rows) throw bad();
  for (const row of matrix) if (!Array.isArray(row) || row.length !== columns) throw bad();
  return matrix as unknown[][];
}
