/**
 * "Export plan": workbook → plan JSON. Read-only, one snapshot. Oddities come back as problems
 * (naming the cell or defined name) rather than errors, so a half-finished workbook still exports.
 */
import type { Plan } from "../domain/plan";
import { readPlan, type Problem } from "../layout/read/readPlan";
import type { WorkbookPort } from "../workbook/port";

export async function exportPlan(port: WorkbookPort): Promise<{ plan: Plan; problems: Problem[] }> {
  return readPlan(await port.snapshot());
}
