/** The fake's workbook in the neutral WorkbookDump form, normalised exactly like dumpXlsx. */
import { absoluteRef, cellAddress } from "../../../src/util/a1";
import type { CellDump, SheetDump, WorkbookDump } from "../../support/dump";
import { validationRanges } from "../../support/dumpXlsx";
import { DEFAULT_FORMAT, type BookData, type SheetData } from "./model";
import { rectAddress } from "./references";

function dumpSheet(sheet: SheetData): SheetDump {
  const entries: Array<[number, number, CellDump]> = [];
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === undefined && cell.value === "") continue;
    const [row, col] = key.split(",").map(Number);
    const dump: CellDump = cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value };
    if (cell.numberFormat !== DEFAULT_FORMAT) dump.numberFormat = cell.numberFormat;
    entries.push([row, col, dump]);
  }
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cells = Object.fromEntries(entries.map(([row, col, d]) => [cellAddress(row, col), d]));
  const sources = new Map<string, string>();
  for (const [key, v] of sheet.validations) {
    const [row, col] = key.split(",").map(Number);
    // A source without "=" is a fixed list ("Yes,No"): dumped as the file stores it, in quotes.
    if (v.type === "date") sources.set(cellAddress(row, col), `date ${v.source}`);
    else sources.set(cellAddress(row, col), v.source.startsWith("=") ? v.source : `"${v.source}"`);
  }
  const out: SheetDump = { name: sheet.name, cells, merges: sheet.merges.map((m) => rectAddress(m)).sort(), validations: validationRanges(sources) };
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) out.freeze = { ...sheet.freeze };
  return out;
}

export function dumpBook(book: BookData): WorkbookDump {
  const names: Record<string, string> = {};
  const sorted = [...book.names.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of sorted) names[n.name] = n.target ? absoluteRef(n.target.sheet.name, rectAddress(n.target.rect)) : n.text;
  return { sheets: book.sheets.map(dumpSheet), names };
}
