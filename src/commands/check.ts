/**
 * "Check plan": runs every checker rule over one snapshot and, when asked, rebuilds the Check
 * Report sheet in one apply. Nothing else in the workbook is written: cells people own are only read.
 */
import { runChecks, type CheckResult } from "../checks/engine";
import type { IsoDate } from "../domain/plan";
import { CHECK_REPORT_NAME, CHECK_REPORT_SHEET, checkReportBatch } from "../layout/checkReportSheet";
import { indexOfSheet } from "../layout/quarterRebuild";
import type { WorkbookPort } from "../workbook/port";

export interface CheckInputs {
  /** "Today" for activity-overdue. */
  today: IsoDate;
  /** Also (re)write the Check Report sheet. */
  report?: boolean;
}

export interface CheckOutcome extends CheckResult {
  /** Why the Check Report was not written, when it was asked for and could not be; the findings stand. */
  reportSkipped?: string;
}

export async function check(port: WorkbookPort, { today, report = false }: CheckInputs): Promise<CheckOutcome> {
  const snap = await port.snapshot();
  const result = runChecks(snap, { today });
  if (!report) return result;
  // A tab called "Check Report" that the report's name does not point at may be a person's own:
  // never written over. The findings are still given; only the report waits.
  const at = indexOfSheet(snap.sheets, CHECK_REPORT_SHEET);
  if (at >= 0 && snap.names[CHECK_REPORT_NAME]?.sheet.toLowerCase() !== snap.sheets[at].toLowerCase()) {
    return {
      ...result,
      reportSkipped: `The check report was not written: the sheet "${snap.sheets[at]}" is not the add-in's report (the name ${CHECK_REPORT_NAME} does not point at it), so it may be a sheet of your own. Rename that sheet (or delete it if it is an old report), then check again.`,
    };
  }
  await port.apply(checkReportBatch(snap, result, today));
  return result;
}
