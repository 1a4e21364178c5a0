/**
 * "Roll up": builds the Summary sheet, or rebuilds it in place (never deleted and recreated:
 * people may be looking at it). Writes nothing outside the Summary's owned area.
 * One snapshot and one apply, whatever the plan's size.
 */
import { indexOfSheet, lookalikeMessage, ownSheet } from "../layout/ownSheets";
import { SUMMARY_NAMES } from "../layout/names";
import { PLAN_SHEET, SUMMARY_SHEET } from "../layout/sheetNames";
import { assertHasPlan, type Problem } from "../layout/read/readPlan";
import { summaryAreaEnd } from "../layout/read/summarySources";
import { summarySheetSpec } from "../layout/build/summarySheet";
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import { localToday } from "../domain/calendar";
import type { IsoDate } from "../domain/plan";

export interface RollUpResult {
  /** Initiatives listed on the Summary. */
  initiatives: number;
  /** What could not be read (also shown on the sheet), and ratings that are not a scale level. */
  problems: Problem[];
}

export interface RollUpOptions {
  /** Show the Summary when done (default true); false keeps the person where they are (e.g. rating in the pane). */
  activate?: boolean;
  /** The day the overdue counts are stored for (default: today here); Excel recalculates TODAY() on opening. */
  today?: IsoDate;
}

export async function rollUp(port: WorkbookPort, options: RollUpOptions = {}): Promise<RollUpResult> {
  const snap = await port.snapshot();
  assertHasPlan(snap);
  // The Summary is the sheet its names point at (a person may have renamed the tab). A tab merely
  // called "Summary" that none of them points at may be a person's own: it is never written over.
  const names = [SUMMARY_NAMES.area, SUMMARY_NAMES.processCounts, SUMMARY_NAMES.performanceCounts];
  const own = ownSheet(snap, names, SUMMARY_SHEET);
  if (own.kind === "lookalike") {
    throw new WorkbookError(lookalikeMessage(own.sheet, { outcome: "Roll up did not write anything", what: "Summary", names, again: "roll up again", repairable: true }));
  }
  const existing = own.kind === "found" ? own.sheet : undefined;
  // A new Summary goes right after the Plan sheet (or first when there is none).
  const plan = indexOfSheet(snap.sheets, PLAN_SHEET);
  const build = summarySheetSpec(snap, {
    existing,
    position: plan >= 0 ? plan + 1 : 0,
    previousLastRow: existing ? summaryAreaEnd(snap, existing) : undefined,
    today: options.today ?? localToday(),
  });
  await port.apply({ sheets: [{ ...build.sheet, activate: options.activate ?? true }], names: build.names });
  return { initiatives: build.initiatives, problems: build.problems };
}
