/**
 * "Check plan": runs every checker rule over one snapshot and, when asked, rebuilds the Check
 * Report sheet and marks the cells it flags (layout/build/checkMarks.ts), all in one apply. The
 * marks are conditional formats the add-in owns: the last check's go, this check's come; nothing a
 * person typed or formatted is written. Without either, the workbook is only read.
 */
import { runChecks, type CheckResult } from "../checks/engine";
import type { Severity } from "../domain/findings";
import type { IsoDate } from "../domain/plan";
import { checkMarks, markCounts } from "../layout/build/checkMarks";
import { CHECK_REPORT_NAME, CHECK_REPORT_SHEET, checkReportBatch } from "../layout/build/checkReportSheet";
import { lookalikeMessage, ownSheet } from "../layout/ownSheets";
import type { WorkbookPort } from "../workbook/port";
import type { WriteBatch } from "../workbook/spec";

export interface CheckInputs {
  /** "Today" for activity-overdue. */
  today: IsoDate;
  /** Also (re)write the Check Report sheet. */
  report?: boolean;
  /** Also mark the flagged cells on the plan's sheets, clearing the marks of the last check. */
  mark?: boolean;
}

export interface CheckOutcome extends CheckResult {
  /** Why the Check Report was not written, when it was asked for and could not be; the findings stand. */
  reportSkipped?: string;
  /** Cells marked, by the severity of their worst finding (when marks were asked for). */
  marked?: Record<Severity, number>;
}

export async function check(port: WorkbookPort, { today, report = false, mark = false }: CheckInputs): Promise<CheckOutcome> {
  const snap = await port.snapshot();
  const result: CheckOutcome = runChecks(snap, { today });
  const batch: WriteBatch = { sheets: [], names: [] };
  if (report) {
    // A tab called "Check Report" that the report's name does not point at may be a person's own:
    // never written over. The findings are still given; only the report waits.
    const own = ownSheet(snap, [CHECK_REPORT_NAME], CHECK_REPORT_SHEET);
    if (own.kind === "lookalike") {
      const wording = { outcome: "The check report was not written", what: "report", names: [CHECK_REPORT_NAME], again: "check again", repairable: false };
      result.reportSkipped = lookalikeMessage(own.sheet, wording);
    } else {
      const written = checkReportBatch(snap, result, today);
      batch.sheets.push(...written.sheets);
      batch.names.push(...written.names);
    }
  }
  if (mark) {
    batch.owned = checkMarks(snap, result.findings);
    result.marked = markCounts(batch.owned);
  }
  if (batch.sheets.length > 0 || batch.owned) await port.apply(batch);
  return result;
}
