/**
 * "Check plan": runs every checker rule over one snapshot and, when asked, rebuilds the Check
 * Report sheet in one apply. Nothing else in the workbook is written: cells people own are only read.
 */
import { runChecks, type CheckResult } from "../checks/engine";
import type { IsoDate } from "../domain/plan";
import { checkReportBatch } from "../layout/checkReportSheet";
import type { WorkbookPort } from "../workbook/port";

export interface CheckInputs {
  /** "Today" for activity-overdue. */
  today: IsoDate;
  /** Also (re)write the Check Report sheet. */
  report?: boolean;
}

export async function check(port: WorkbookPort, { today, report = false }: CheckInputs): Promise<CheckResult> {
  const snap = await port.snapshot();
  const result = runChecks(snap, { today });
  if (report) await port.apply(checkReportBatch(snap, result, today));
  return result;
}
