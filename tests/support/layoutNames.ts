/**
 * The names a real plan workbook has that SnapshotBuilder leaves out (the readers do not need them,
 * but the layout expects them, and Check reports a missing one as a workbook-names error).
 * Call after adding the initiatives.
 */
import { QUARTERS } from "../../src/domain/plan";
import { initiativeNames, LIST_NAMES, PLAN_NAMES, quarterListName } from "../../src/layout/names";
import { initiativeRefs, initiativeSheet } from "../../src/layout/read/readPlan";
import type { SnapshotBuilder } from "./snapshotBuilder";

export function withLayoutNames(b: SnapshotBuilder): SnapshotBuilder {
  b.named(PLAN_NAMES.wordCount, "Plan", "D1", [[0]]).named(PLAN_NAMES.objectiveList, "Plan", "A40", [["No."]]);
  [LIST_NAMES.process, LIST_NAMES.performance, LIST_NAMES.quarters, LIST_NAMES.statuses].forEach((name, k) => b.named(name, "Lists", `C${k + 1}`, [["x"]]));
  QUARTERS.forEach((q, k) => b.named(quarterListName(k), q, "A4", [["Initiative"]]));
  const snap = b.build();
  for (const ref of initiativeRefs(snap)) {
    const sheet = initiativeSheet(snap, ref);
    if (sheet) b.name(initiativeNames(ref).ratings, sheet, "A60:E63");
  }
  return b;
}
