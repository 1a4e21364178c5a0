/**
 * Plan → the whole workbook as one write batch, in tab order: Plan, one strategy sheet per
 * initiative (by objective, then initiative), the four quarter tabs, Lists.
 */
import type { Plan } from "../../domain/plan";
import { listsSheetSpec } from "./listsSheet";
import { PLAN_SHEET } from "../sheetNames";
import { planSheetSpec, type ListedInitiative } from "./planSheet";
import type { ActivitySource } from "../activitySource";
import { quarterSheetSpecs } from "./quarterSheets";
import type { NameSpec, SheetSpec, WriteBatch } from "../../workbook/spec";
import { strategySheetSpec } from "./strategySheet";
import { strategyTabName } from "../tabNames";

export function buildWorkbook(plan: Plan, existingSheets: readonly string[]): WriteBatch {
  const taken = [...existingSheets, PLAN_SHEET, "Lists", "Sept-Dec", "Jan-March", "April-June", "July-Aug"];
  const strategy: SheetSpec[] = [];
  const names: NameSpec[] = [];
  const sources: ActivitySource[] = [];
  const listed: ListedInitiative[] = [];
  let position = 1;
  plan.objectives.forEach((objective, oi) => {
    objective.initiatives.forEach((initiative, ii) => {
      const ref = { o: oi + 1, i: ii + 1 };
      const sheet = strategyTabName(ref, initiative.description, taken);
      taken.push(sheet);
      const spec = strategySheetSpec({ ref, objective, initiative, sheet, roster: plan.roster, district: plan.district, position: position++ });
      strategy.push(spec.sheet);
      names.push(...spec.names);
      sources.push(spec.activities);
      listed.push({ ref, sheet, texts: { objective: objective.title, objectiveLead: objective.lead, description: initiative.description, lead: initiative.lead } });
    });
  });
  const planSheet = planSheetSpec(plan, listed, 0);
  const quarters = quarterSheetSpecs(sources, "create", undefined, plan.district);
  const quarterSheets = quarters.sheets.map((s) => ({ ...s, position: position++ }));
  const lists = listsSheetSpec(plan.roster, position, plan.district);
  return {
    sheets: [planSheet.sheet, ...strategy, ...quarterSheets, lists.sheet],
    names: [...planSheet.names, ...names, ...quarters.names, ...lists.names],
  };
}
