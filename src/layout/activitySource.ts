import type { InitiativeRef } from "../domain/plan";
import type { CellValue } from "../workbook/port";

/**
 * One initiative's activities table as the quarter tabs see it.
 * `quarters[k]` is the Quarter label of row k of `activitiesRange` (6 columns: Quarter, H, I, J,
 * K, Status). A row whose label is "" (or not one of the four quarters) is listed nowhere: the
 * reader blanks the label of padding rows (H, I, J and K all empty) so they are left out.
 */
export interface ActivitySource {
  ref: InitiativeRef;
  sheet: string;
  activitiesRange: string;
  quarters: string[];
  /** The activities table's values (6 columns) and the initiative's description, when known: the listing's stored results. */
  rows?: readonly (readonly CellValue[])[];
  description?: CellValue;
}
