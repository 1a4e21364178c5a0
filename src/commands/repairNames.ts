/**
 * "Repair names": points every missing or broken defined name the layout expects back at its
 * cells, found from the sheets' labels (rows inserted above and renamed tabs are fine). It writes
 * names only, never a value. One snapshot (with every sheet's used range) and one apply; no apply
 * when there is nothing to repair.
 */
import { initiativeRefs } from "../layout/read/readPlan";
import { planRepair, type NotRepaired, type Reanchored } from "../layout/repair/nameRepair";
import { WorkbookError, type WorkbookPort } from "../workbook/port";

export type { NotRepaired, Reanchored } from "../layout/repair/nameRepair";

export interface RepairResult {
  /** Names pointed back at their cells: name → sheet!range. */
  repaired: Reanchored[];
  /** Names that could not be, with why and what to do. */
  notRepaired: NotRepaired[];
}

export async function repairNames(port: WorkbookPort): Promise<RepairResult> {
  const snap = await port.snapshot({ sheetValues: "all" });
  const plan = planRepair(snap);
  const anyPlan = Object.keys(snap.names).some((n) => n.startsWith("AIP.")) || initiativeRefs(snap).length > 0 || plan.repaired.length > 0;
  if (!anyPlan) {
    throw new WorkbookError(
      "This workbook has no AIP plan to repair: it has no AIP.… names and no sheet with the Plan, Lists, quarter or strategy sheet layout. Open your plan workbook, or run New plan first.",
    );
  }
  if (plan.names.length > 0) await port.apply({ sheets: [], names: plan.names });
  return { repaired: plan.repaired, notRepaired: plan.notRepaired };
}
