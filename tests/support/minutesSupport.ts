/** Test helpers for minutes: type into a named cell as a person would, read a named cell back. */
import type { Cell } from "../../src/workbook/spec";
import { cellAddress, parseRange } from "../../src/util/a1";
import type { WorkbookPort, WorkbookSnapshot } from "../../src/workbook/port";

/** Writes `rows` at the top-left of a defined name's range (an update of an existing sheet). */
export async function typeInto(port: WorkbookPort, name: string, rows: Cell[][], offset = { row: 0, col: 0 }): Promise<void> {
  const read = (await port.snapshot()).names[name];
  if (!read?.sheet) throw new Error(`typeInto: no name ${name}`);
  const { start } = parseRange(read.range);
  await port.apply({ sheets: [{ name: read.sheet, create: false, blocks: [{ at: cellAddress(start.row + offset.row, start.col + offset.col), cells: rows }] }], names: [] });
}

export function valuesOf(snap: WorkbookSnapshot, name: string) {
  const read = snap.names[name];
  if (!read) throw new Error(`valuesOf: no name ${name}`);
  return read.values;
}
