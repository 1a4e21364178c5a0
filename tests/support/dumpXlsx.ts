/**
 * Dumps an ExcelJS-backed workbook to the neutral WorkbookDump, for contract tests against the
 * in-memory Excel. Everything is normalised the way Excel reports it: dates as serial numbers,
 * formulas as "=…", number formats only when not "General", names always with a quoted sheet.
 */
import type { Worksheet } from "exceljs";
import { serialToIso } from "../../src/domain/calendar";
import { absoluteRef, cellAddress, parseCell } from "../../src/util/a1";
import { cellFormula, cellValue, usesDate1904 } from "../../src/workbook/xlsx/cells";
import { mergedRanges } from "../../src/workbook/xlsx/cellWrites";
import { validationsByCell } from "../../src/workbook/xlsx/validations";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import type { CellDump, SheetDump, WorkbookDump } from "./dump";

/**
 * Per-cell list sources → one entry per rectangle of equal sources, keyed "B2:C4" ("B2" for one
 * cell) and in string order: the same cells give the same keys however they were written.
 * Rectangles grow down first, then right. Exported so other dumps can normalise the same way.
 */
export function validationRanges(byCell: Map<string, string>): Record<string, string> {
  const taken = new Set<string>();
  const at = (row: number, col: number) => byCell.get(cellAddress(row, col));
  const starts = [...byCell.keys()].map(parseCell).sort((a, b) => a.row - b.row || a.col - b.col);
  const found: Array<[string, string]> = [];
  for (const s of starts) {
    const address = cellAddress(s.row, s.col);
    if (taken.has(address)) continue;
    const source = byCell.get(address)!;
    const free = (row: number, col: number) => at(row, col) === source && !taken.has(cellAddress(row, col));
    let bottom = s.row;
    while (free(bottom + 1, s.col)) bottom++;
    let right = s.col;
    const columnFree = (col: number) => {
      for (let row = s.row; row <= bottom; row++) if (!free(row, col)) return false;
      return true;
    };
    while (columnFree(right + 1)) right++;
    for (let row = s.row; row <= bottom; row++) for (let col = s.col; col <= right; col++) taken.add(cellAddress(row, col));
    const end = cellAddress(bottom, right);
    found.push([address === end ? address : `${address}:${end}`, source]);
  }
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(found);
}

function dumpSheet(wb: XlsxWorkbook, ws: Worksheet): SheetDump {
  const date1904 = usesDate1904(wb.book);
  const cells: Record<string, CellDump> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const formula = cellFormula(cell);
      const value = cellValue(cell, date1904);
      if (formula === undefined && value === "") return; // empty, or hidden part of a merged area
      const dump: CellDump = formula !== undefined ? { formula } : { value };
      const format = cell.numFmt;
      if (format && format !== "General") dump.numberFormat = format;
      cells[cellAddress(Number(row.number) - 1, Number(cell.col) - 1)] = dump;
    });
  });

  const sources = new Map<string, string>();
  for (const [address, v] of validationsByCell(ws)) {
    if (v.type === "date" && v.formulae?.length) {
      // As the in-memory Excel dumps a date rule: "date GreaterThan 2000-01-01".
      const f = v.formulae[0] as unknown;
      const day = f instanceof Date ? f.toISOString().slice(0, 10) : typeof f === "number" ? serialToIso(f) : String(f);
      sources.set(address, `date ${v.operator === "greaterThan" ? "GreaterThan" : String(v.operator)} ${day}`);
      continue;
    }
    if (v.type !== "list" || !v.formulae?.length) continue;
    const formula = String(v.formulae[0]);
    sources.set(address, formula.startsWith("=") || formula.startsWith('"') ? formula : `=${formula}`);
  }

  const out: SheetDump = { name: ws.name, cells, merges: mergedRanges(ws).sort(), validations: validationRanges(sources) };
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen" && ((view.ySplit ?? 0) > 0 || (view.xSplit ?? 0) > 0)) {
    out.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  }
  return out;
}

export function dumpXlsx(wb: XlsxWorkbook): WorkbookDump {
  const names: Record<string, string> = {};
  for (const n of wb.definedNames()) names[n.name] = n.sheet ? absoluteRef(n.sheet, n.range) : n.text;
  return { sheets: wb.book.worksheets.map((ws) => dumpSheet(wb, ws)), names };
}
