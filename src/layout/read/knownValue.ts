/**
 * The value a one-cell name holds in a snapshot the command already read: what a formula that
 * shows that name (`=""&name`, `=IF(name="","…",name)`) computes, so a builder can store it as the
 * formula's result without evaluating anything. Undefined when the name is not one plain cell, or
 * its cell shows an error or has no stored result itself: the formula is then written without one.
 */
import type { CellValue, WorkbookSnapshot } from "../../workbook/port";
import { isErrorValue, isLive } from "./readCells";

export function knownValue(snap: WorkbookSnapshot, name: string): CellValue | undefined {
  const read = snap.names[name];
  if (!isLive(snap, read) || read.values.length !== 1 || read.values[0].length !== 1 || (read.noResult?.length ?? 0) > 0) return undefined;
  const v = read.values[0][0];
  return isErrorValue(v) ? undefined : v;
}
