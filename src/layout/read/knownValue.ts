/**
 * The value a one-cell name holds in a snapshot the command already read: what a formula that
 * shows that name (`=""&name`, `=IF(name="","…",name)`) computes, so a builder can store it as the
 * formula's result without evaluating anything. Undefined when the name is not one plain cell, or
 * its cell shows an error or has no stored result itself: the formula is then written without one.
 */
import type { CellValue, WorkbookSnapshot } from "../../workbook/port";
import { isErrorValue, isLive } from "./readCells";
import { PLAN_NAMES } from "../names";

export function knownValue(snap: WorkbookSnapshot, name: string): CellValue | undefined {
  const read = snap.names[name];
  if (!isLive(snap, read) || read.values.length !== 1 || read.values[0].length !== 1 || (read.noResult?.length ?? 0) > 0) return undefined;
  const v = read.values[0][0];
  return isErrorValue(v) ? undefined : v;
}

/** The plan's district as the Plan sheet shows it ("" when its name is missing or broken): for printed headers. */
export function districtOf(snap: WorkbookSnapshot): string {
  const v = knownValue(snap, PLAN_NAMES.district);
  return typeof v === "string" ? v.trim() : v === undefined || v === null ? "" : String(v);
}
