/**
 * A portfolio table as CSV (RFC 4180): a header row of the stable `csv` column names, CRLF line
 * ends, fields quoted when they hold a comma, a quote, a line break or edge spaces. Written as
 * UTF-8 with a byte-order mark, so Excel opening the file directly reads accents right (Power BI
 * and Power Query accept it either way).
 *
 * Formula injection (OWASP "CSV Injection"): a text value that starts with = + - @, a tab or a
 * carriage return would run as a formula in a spreadsheet that opens the file, so it gets a leading
 * apostrophe. Numbers are numbers and never prefixed (-3 stays -3). docs/portfolio.md says so.
 */
import type { Table, TableValue } from "./tables";

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value made safe to open in a spreadsheet: "=1+1" → "'=1+1". */
export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: TableValue, kind: string): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  const text = kind === "text" ? defuse(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv<R>(table: Table<R>, rows: readonly R[]): string {
  const lines = [table.columns.map((c) => c.csv).join(",")];
  for (const row of rows) lines.push(table.columns.map((c) => field(c.get(row), c.kind)).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
