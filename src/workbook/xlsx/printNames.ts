/**
 * Print titles and print areas are sheet-scoped defined names in the file. ExcelJS writes them from
 * pageSetup as 'It's plan'!$5:$5 (apostrophe not doubled), which Excel must "repair". So while
 * saving, they are taken out of pageSetup and written as names with correctly quoted sheets.
 */
import type * as ExcelJS from "exceljs";
import { quoteSheet } from "../../util/a1";

export interface PrintName {
  name: string;
  ranges: string[];
  localSheetId: number;
}

type PrintFields = Partial<Pick<ExcelJS.PageSetup, "printArea" | "printTitlesRow" | "printTitlesColumn">>;

function namesOf(ws: ExcelJS.Worksheet, index: number, f: PrintFields): PrintName[] {
  const q = quoteSheet(ws.name);
  const abs = (span: string) =>
    span
      .split(":")
      .map((part) => part.replace(/([A-Za-z]+)|(\d+)/g, "$$$&"))
      .join(":");
  const out: PrintName[] = [];
  if (f.printArea) {
    for (const area of f.printArea.split("&&")) out.push({ name: "_xlnm.Print_Area", ranges: [`${q}!${abs(area)}`], localSheetId: index });
  }
  const titles = [f.printTitlesColumn, f.printTitlesRow].filter((t): t is string => Boolean(t)).map((t) => `${q}!${abs(t)}`);
  if (titles.length) out.push({ name: "_xlnm.Print_Titles", ranges: titles, localSheetId: index });
  return out;
}

/** Runs `write` with print names handed to `emit` instead of ExcelJS, then puts pageSetup back. */
export async function withQuotedPrintNames<T>(book: ExcelJS.Workbook, emit: (names: PrintName[]) => void, write: () => Promise<T>): Promise<T> {
  const saved: Array<[ExcelJS.Worksheet, PrintFields]> = [];
  const names: PrintName[] = [];
  book.worksheets.forEach((ws, index) => {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
    if (!setup || !(setup.printArea || setup.printTitlesRow || setup.printTitlesColumn)) return;
    const fields: PrintFields = { printArea: setup.printArea, printTitlesRow: setup.printTitlesRow, printTitlesColumn: setup.printTitlesColumn };
    saved.push([ws, fields]);
    names.push(...namesOf(ws, index, fields));
    delete setup.printArea;
    delete setup.printTitlesRow;
    delete setup.printTitlesColumn;
  });
  emit(names);
  try {
    return await write();
  } finally {
    emit([]);
    for (const [ws, fields] of saved) Object.assign(ws.pageSetup, fields);
  }
}
