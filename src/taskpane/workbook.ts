/** The workbook the pane works on: Excel itself, through the Office.js adapter. */
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";
import type { WorkbookPort } from "../workbook/port";

export function openWorkbook(): WorkbookPort {
  // Read the Excel global at call time: Office.onReady has run by then (and tests install theirs).
  return new OfficeWorkbook((batch) => Excel.run(batch));
}
