/**
 * Text that survives the file as typed. In an .xlsx file a carriage return read back becomes a line
 * feed (XML's line-end rule), other control characters are dropped by ExcelJS, and "_x0041_"
 * reads back as "A" (the file format's escape). Excel writes such characters as "_x000D_" and a
 * literal "_x…_" as "_x005F_x…_"; ExcelJS decodes those when reading but does not write them. So
 * while saving, text cells are escaped that way, then put back.
 */
import type * as ExcelJS from "exceljs";

/** ExcelJS.ValueType.String and .RichText (const enum values; this module imports types only). */
const STRING_TYPE = 3;
const RICH_TEXT_TYPE = 8;

/** Control characters XML cannot carry as they are (tab and line feed can; DEL is legal but ExcelJS drops it), and "_xHHHH_" itself. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[\x00-\x08\x0B-\x1F\x7F]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex4 = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/** The text as the file format stores it: "\r" → "_x000D_", "_x0041_" → "_x005F_x0041_". */
export function escapeFileText(text: string): string {
  return text.replace(NEEDS_ESCAPE, hex4);
}

/** Runs `write` with every text cell escaped for the file, then puts the cells back as they were. */
export async function withEscapedText<T>(book: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const saved: Array<[ExcelJS.Cell, ExcelJS.CellValue]> = [];
  for (const ws of book.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (cell.type === STRING_TYPE && typeof value === "string") {
          const escaped = escapeFileText(value);
          if (escaped === value) return;
          saved.push([cell, value]);
          cell.value = escaped;
        } else if (cell.type === RICH_TEXT_TYPE && value && typeof value === "object" && "richText" in value) {
          const runs = value.richText.map((run) => ({ ...run, text: escapeFileText(run.text) }));
          if (runs.every((run, i) => run.text === value.richText[i].text)) return;
          saved.push([cell, value]);
          cell.value = { richText: runs };
        }
      });
    });
  }
  try {
    return await write();
  } finally {
    for (const [cell, value] of saved) cell.value = value;
  }
}
