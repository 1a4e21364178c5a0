/** Plans with known defects for the plan-rule tests, built through the defined names only. */
import { isoToSerial } from "../../src/domain/calendar";
import { locatePlan } from "../../src/checks/locatedPlan";
import type { Finding, PlanRule } from "../../src/checks/types";
import { addInitiative, addPlanSheet, SnapshotBuilder, type TestInitiative } from "./snapshotBuilder";

export const serial = isoToSerial;
export const TODAY = "2027-01-15";

/** A plan with the given initiatives under objective 1 (1.1, 1.2, …) and optional plan fields. */
export function planWith(initiatives: TestInitiative[], plan: Parameters<typeof addPlanSheet>[1] = {}): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder(), plan);
  initiatives.forEach((t, k) => addInitiative(b, { o: 1, i: k + 1 }, `1.${k + 1} Sheet`, t));
  return b;
}

export function run(rule: PlanRule, b: SnapshotBuilder, today = TODAY): Finding[] {
  return rule.check(locatePlan(b.build()), { today });
}

/** "rule sheet!cell severity" lines: what a person would see listed. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
}
