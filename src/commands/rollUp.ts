/**
 * "Roll up": builds the Summary sheet, or rebuilds it in place (never deleted and recreated:
 * people may be looking at it). Writes nothing outside the Summary's owned area.
 * One snapshot and one apply, whatever the plan's size.
 */
import { indexOfSheet } from "../layout/quarterRebuild";
import { SUMMARY_NAMES } from "../layout/names";
import { PLAN_SHEET } from "../layout/planSheet";
import { assertHasPlan, type Problem } from "../layout/readPlan";
import { SUMMARY_SHEET, summaryAreaEnd, summarySheetSpec } from "../layout/summarySheet";
import type { WorkbookPort } from "../workbook/port";

export interface RollUpResult {
  /** Initiatives listed on the Summary. */
  initiatives: number;
  /** What could not be read (also shown on the sheet), and ratings that are not a scale level. */
  problems: Problem[];
}

export interface RollUpOptions {
  /** Show the Summary when done (default true); false keeps the person where they are (e.g. rating in the pane). */
  activate?: boolean;
}

export async function rollUp(port: WorkbookPort, options: RollUpOptions = {}): Promise<RollUpResult> {
  const snap = await port.snapshot();
  assertHasPlan(snap);
  // The Summary is the sheet its area name points at (a person may have renamed the tab), else "Summary".
  const area = snap.names[SUMMARY_NAMES.area]?.sheet;
  const at = [area, SUMMARY_SHEET].map((name) => (name ? indexOfSheet(snap.sheets, name) : -1)).find((i) => i >= 0) ?? -1;
  const existing = at >= 0 ? snap.sheets[at] : undefined;
  // A new Summary goes right after the Plan sheet (or first when there is none).
  const plan = indexOfSheet(snap.sheets, PLAN_SHEET);
  const build = summarySheetSpec(snap, {
    existing,
    position: plan >= 0 ? plan + 1 : 0,
    previousLastRow: existing ? summaryAreaEnd(snap, existing) : undefined,
  });
  await port.apply({ sheets: [{ ...build.sheet, activate: options.activate ?? true }], names: build.names });
  return { initiatives: build.initiatives, problems: build.problems };
}
