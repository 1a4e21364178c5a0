/**
 * "Refresh quarter tabs": rebuilds the four quarter tabs from the strategy sheets' activities.
 * One snapshot and one apply, whatever the plan's size.
 */
import { QUARTERS, type Quarter } from "../domain/plan";
import { rebuildQuarterTabs } from "../layout/build/quarterRebuild";
import { quarterMembership } from "../layout/build/quarterSheets";
import { activitySources, assertHasPlan } from "../layout/read/readPlan";
import type { WorkbookPort } from "../workbook/port";

export async function refreshQuarters(port: WorkbookPort): Promise<{ rows: Record<Quarter, number> }> {
  const snap = await port.snapshot();
  assertHasPlan(snap);
  const sources = activitySources(snap);
  await port.apply(rebuildQuarterTabs(snap, sources));
  const membership = quarterMembership(sources);
  const rows = Object.fromEntries(QUARTERS.map((q) => [q, membership[q].length])) as Record<Quarter, number>;
  return { rows };
}
