/**
 * "Refresh quarter tabs": rebuilds the four quarter tabs from the strategy sheets' activities.
 * One snapshot and one apply, whatever the plan's size. Existing quarter tabs are rewritten in
 * place (people may be looking at them); a missing one is created next to its siblings.
 */
import { QUARTERS, type Quarter } from "../domain/plan";
import { quarterMembership, quarterSheetSpecs } from "../layout/quarterSheets";
import { activitySources, assertHasPlan, quarterListingEnds } from "../layout/readPlan";
import type { SheetSpec } from "../layout/spec";
import type { WorkbookPort } from "../workbook/port";

export async function refreshQuarters(port: WorkbookPort): Promise<{ rows: Record<Quarter, number> }> {
  const snap = await port.snapshot();
  assertHasPlan(snap);
  const sources = activitySources(snap);

  const created = quarterSheetSpecs(sources, "create");
  const updated = quarterSheetSpecs(sources, "update", quarterListingEnds(snap));
  // Excel's sheet names ignore case: a "sept-dec" tab is this quarter's, rewritten under its own name.
  const existing = QUARTERS.map((q) => snap.sheets[indexOfSheet(snap.sheets, q)]);
  const tabs = [...snap.sheets];
  const sheets: SheetSpec[] = QUARTERS.map((q, index) => {
    const name = existing[index];
    if (name !== undefined) return { ...updated.sheets[index], name };
    const position = creationPosition(tabs, index, sources.map((s) => s.sheet));
    tabs.splice(position, 0, q);
    return { ...created.sheets[index], position };
  });
  const names = updated.names.map((n, index) => ({ ...n, sheet: existing[index] ?? n.sheet }));
  await port.apply({ sheets, names });

  const membership = quarterMembership(sources);
  const rows = Object.fromEntries(QUARTERS.map((q) => [q, membership[q].length])) as Record<Quarter, number>;
  return { rows };
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

function indexOfSheet(tabs: string[], name: string): number {
  return tabs.findIndex((t) => t.toLowerCase() === name.toLowerCase());
}
