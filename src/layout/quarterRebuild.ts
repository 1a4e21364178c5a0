/**
 * Rebuilding the quarter tabs of an existing workbook (refresh quarter tabs, add initiative).
 * Existing quarter tabs are rewritten in place (people may be looking at them); a missing one is
 * created next to its siblings.
 */
import { QUARTERS } from "../domain/plan";
import type { WorkbookSnapshot } from "../workbook/port";
import { quarterSheetSpecs, type ActivitySource } from "./quarterSheets";
import { quarterListingEnds } from "./readPlan";
import type { SheetSpec, WriteBatch } from "./spec";

/**
 * The batch that rebuilds all four quarter tabs from `sources`. `tabs` is the tab order the batch
 * will meet (the snapshot's, plus any sheet the same batch creates before these).
 */
export function rebuildQuarterTabs(snap: WorkbookSnapshot, sources: ActivitySource[], tabs: string[] = [...snap.sheets]): WriteBatch {
  const created = quarterSheetSpecs(sources, "create");
  const updated = quarterSheetSpecs(sources, "update", quarterListingEnds(snap));
  // Excel's sheet names ignore case: a "sept-dec" tab is this quarter's, rewritten under its own name.
  const existing = QUARTERS.map((q) => snap.sheets[indexOfSheet(snap.sheets, q)]);
  const order = [...tabs];
  const sheets: SheetSpec[] = QUARTERS.map((q, index) => {
    const name = existing[index];
    if (name !== undefined) return { ...updated.sheets[index], name };
    const position = creationPosition(order, index, sources.map((s) => s.sheet));
    order.splice(position, 0, q);
    return { ...created.sheets[index], position };
  });
  const names = updated.names.map((n, index) => ({ ...n, sheet: existing[index] ?? n.sheet }));
  return { sheets, names };
}

/**
 * Where a missing quarter tab goes: after the previous quarter's tab if there is one, else
 * before the next quarter's, else after the last strategy sheet, else at the end.
 */
function creationPosition(tabs: string[], index: number, strategySheets: string[]): number {
  const before = QUARTERS.slice(0, index).map((q) => indexOfSheet(tabs, q)).filter((p) => p >= 0);
  if (before.length > 0) return Math.max(...before) + 1;
  const after = QUARTERS.slice(index + 1).map((q) => indexOfSheet(tabs, q)).filter((p) => p >= 0);
  if (after.length > 0) return Math.min(...after);
  const strategy = strategySheets.map((s) => tabs.indexOf(s)).filter((p) => p >= 0);
  return strategy.length > 0 ? Math.max(...strategy) + 1 : tabs.length;
}

/** Index of a tab by Excel's case-insensitive name matching, or -1. */
export function indexOfSheet(tabs: readonly string[], name: string): number {
  return tabs.findIndex((t) => t.toLowerCase() === name.toLowerCase());
}
