/**
 * Whether the workbook holds a plan, as the pages need to know before offering anything: a plan
 * (its names are there), none (a blank or unrelated workbook: the way on is New plan), or the
 * add-in's sheets without their names (names deleted: the way on is Repair names on Check).
 */
import { QUARTERS } from "../domain/plan";
import { PLAN_SHEET } from "../layout/sheetNames";
import { assertHasPlan, NoPlanError } from "../layout/read/readPlan";
import type { WorkbookSnapshot } from "../workbook/port";

export type PlanPresence = "plan" | "none" | "lostNames";

/** Tabs only the add-in makes; one of them without the plan's names means the names were lost. */
const OWN_TABS = [PLAN_SHEET, "Lists", ...QUARTERS].map((t) => t.toLowerCase());

export function planPresence(snap: Pick<WorkbookSnapshot, "names" | "sheets">): PlanPresence {
  try {
    assertHasPlan(snap as WorkbookSnapshot);
    return "plan";
  } catch (error) {
    if (!(error instanceof NoPlanError)) throw error;
  }
  return snap.sheets.some((s) => OWN_TABS.includes(s.toLowerCase())) ? "lostNames" : "none";
}
