/**
 * Rebuilding the quarter tabs of an existing workbook (refresh quarter tabs, add initiative).
 * Existing quarter tabs are rewritten in place (people may be looking at them); a missing one is
 * created next to its siblings.
 */
import { QUARTERS } from "../../domain/plan";
import { WorkbookError, type WorkbookSnapshot } from "../../workbook/port";
import { quarterListName } from "../names";
import { indexOfSheet, lookalikeMessage, ownSheet } from "../ownSheets";
import type { ActivitySource } from "../activitySource";
import { quarterSheetSpecs } from "./quarterSheets";
import { quarterListingEnds } from "../read/readPlan";
import { districtOf } from "../read/knownValue";
import type { SheetSpec, WriteBatch } from "../../workbook/spec";

/**
 * The batch that rebuilds all four quarter tabs from `sources`. `tabs` is the tab order the batch
 * will meet (the snapshot's, plus any sheet the same batch creates before these).
 */
export function rebuildQuarterTabs(snap: WorkbookSnapshot, sources: ActivitySource[], tabs: string[] = [...snap.sheets]): WriteBatch {
  const district = districtOf(snap);
  const created = quarterSheetSpecs(sources, "create", undefined, district);
  const updated = quarterSheetSpecs(sources, "update", quarterListingEnds(snap), district);
  const existing = QUARTERS.map((q, index) => quarterTab(snap, q, index));
  const order = [...tabs];
  const sheets: SheetSpec[] = QUARTERS.map((q, index) => {
    const name = existing[index];
    if (name !== undefined) return { ...updated.sheets[index], name };
    const position = creationPosition(
      order,
      index,
      sources.map((s) => s.sheet),
    );
    order.splice(position, 0, q);
    return { ...created.sheets[index], position };
  });
  const names = updated.names.map((n, index) => ({ ...n, sheet: existing[index] ?? n.sheet }));
  return { sheets, names };
}

/**
 * The quarter's tab: the sheet its listing name points at (a person may have renamed the tab). A
 * tab merely called like the quarter that the name does not point at may be a person's own, so it
 * is refused by name rather than written over. Undefined: no such tab, make one.
 */
function quarterTab(snap: WorkbookSnapshot, quarter: string, index: number): string | undefined {
  const name = quarterListName(index);
  const own = ownSheet(snap, [name], quarter);
  if (own.kind === "found") return own.sheet;
  if (own.kind === "absent") return undefined;
  const wording = { outcome: "The quarter tabs were not rebuilt", what: `${quarter} tab`, names: [name], again: "try again", repairable: true };
  throw new WorkbookError(lookalikeMessage(own.sheet, wording));
}

/**
 * Where a missing quarter tab goes: after the previous quarter's tab if there is one, else
 * before the next quarter's, else after the last strategy sheet, else at the end.
 */
function creationPosition(tabs: string[], index: number, strategySheets: string[]): number {
  const before = QUARTERS.slice(0, index)
    .map((q) => indexOfSheet(tabs, q))
    .filter((p) => p >= 0);
  if (before.length > 0) return Math.max(...before) + 1;
  const after = QUARTERS.slice(index + 1)
    .map((q) => indexOfSheet(tabs, q))
    .filter((p) => p >= 0);
  if (after.length > 0) return Math.min(...after);
  const strategy = strategySheets.map((s) => tabs.indexOf(s)).filter((p) => p >= 0);
  return strategy.length > 0 ? Math.max(...strategy) + 1 : tabs.length;
}
