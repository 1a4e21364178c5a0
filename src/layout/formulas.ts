/**
 * Formula pieces every sheet builder shares: a text as a formula's string literal (the one place
 * quotes are escaped) and links that Excel, Excel on the web and LibreOffice all follow, each with
 * its label stored as the result so a reader that does not recalculate still shows it.
 */
import { quoteSheet } from "../util/a1";
import type { CellValue } from "../workbook/port";
import type { Cell } from "../workbook/spec";

/** `say "hi"` → `"say ""hi"""`: a formula's string literal doubles the quotes inside it. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `=HYPERLINK("#AIP.O1.I2.Description","Open 1.2")`: follows the cell when its tab is renamed. */
export function nameLink(name: string, label: string): Cell {
  return { formula: `=HYPERLINK(${formulaText(`#${name}`)},${formulaText(label)})`, result: label };
}

/** `=HYPERLINK("#'1.2 Reading'!D14","D14")`: a cell on a sheet, for findings and gaps. */
export function cellLink(sheet: string, cell: string, label = cell): Cell {
  return { formula: `=HYPERLINK(${formulaText(`#${quoteSheet(sheet)}!${cell}`)},${formulaText(label)})`, result: label };
}

/** A formula showing a name's value, with the result it computes from that value when the value is known. */
export function shows(formula: string, value: CellValue | undefined, result: (v: CellValue) => CellValue): Cell {
  return value === undefined ? { formula } : { formula, result: result(value) };
}
