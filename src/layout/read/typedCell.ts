/**
 * A person's cell on a sheet the add-in rebuilds (a QPR view's narrative, a report's corrections):
 * what it holds as it must be written back, so rebuilding loses nothing.
 */
import type { NamedRangeRead, WorkbookSnapshot } from "../../workbook/port";
import type { Cell } from "../../workbook/spec";
import { isLive } from "./readCells";

/** Real formulas as formulas, everything else as the value (text stays text); blank → null. */
export function typedCell(read: NamedRangeRead): Cell {
  const value = read.values[0]?.[0];
  const formula = read.formulas[0]?.[0];
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula };
  if (value === undefined || (typeof value === "string" && value === "")) return null;
  return value;
}

/** The typed cell a name points at, or null when the name is missing or broken. */
export function typedAt(snap: WorkbookSnapshot, name: string): Cell {
  const read = snap.names[name];
  return isLive(snap, read) ? typedCell(read) : null;
}
