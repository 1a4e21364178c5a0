/**
 * "Check plan": runs every checker rule over one snapshot and, when asked, rebuilds the Check
 * Report sheet in one apply. Nothing else in the workbook is written: cells people own are only read.
 */
import { runChecks, type CheckResult } from "../checks/engine";
import type { IsoDate } from "../domain/plan";
import { CHECK_REPORT_NAME, CHECK_REPORT_SHEET, checkReportBatch } from "../layout/build/checkReportSheet";
import { lookalikeMessage, ownSheet } from "../layout/ownSheets";
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
  const own = ownSheet(snap, [CHECK_REPORT_NAME], CHECK_REPORT_SHEET);
  if (own.kind === "lookalike") {
    const wording = { outcome: "The check report was not written", what: "report", names: [CHECK_REPORT_NAME], again: "check again", repairable: false };
    return { ...result, reportSkipped: lookalikeMessage(own.sheet, wording) };
  }
  await port.apply(checkReportBatch(snap, result, today));
  return result;
}
