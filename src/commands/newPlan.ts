/** New plan: builds the whole plan workbook in one write (two round trips in Excel, any plan size). */
import { QUARTERS, type Plan } from "../domain/plan";
import { buildWorkbook } from "../layout/build/buildWorkbook";
import { PLAN_SHEET } from "../layout/sheetNames";
import { WorkbookError, type WorkbookPort } from "../workbook/port";

/** Tabs a plan workbook has whatever the plan: their presence means a plan is already here. */
const PLAN_TABS = [PLAN_SHEET, "Lists", ...QUARTERS];

export async function newPlan(port: WorkbookPort, plan: Plan): Promise<{ sheets: string[]; initiatives: number; names: number }> {
  const existing = await port.listSheets();
  const clash = existing.filter((s) => PLAN_TABS.some((t) => t.toLowerCase() === s.toLowerCase()));
  if (clash.length > 0) {
    throw new WorkbookError(
      `This workbook already holds a plan (it has the sheet${clash.length > 1 ? "s" : ""} ${clash.map((s) => `"${s}"`).join(", ")}). Nothing was changed. Start a new plan in a new, empty workbook, or use Add initiative to extend this one.`,
    );
  }
  const batch = buildWorkbook(plan, existing);
  await port.apply(batch);
  return {
    sheets: batch.sheets.map((s) => s.name),
    initiatives: plan.objectives.reduce((n, o) => n + o.initiatives.length, 0),
    names: batch.names.length,
  };
}
