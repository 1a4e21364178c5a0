/**
 * Contract: refresh quarter tabs and export plan give the same workbook and the same plan through
 * the xlsx adapter and through the Office.js adapter on the in-memory Excel, starting from a plan
 * workbook written by the same batch on both sides.
 */
import { exportPlan } from "../../src/commands/exportPlan";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { isoToSerial } from "../../src/domain/calendar";
import { dumpXlsx } from "../support/dumpXlsx";
import { addInitiative, addPlanSheet, SnapshotBuilder } from "../support/snapshotBuilder";
import { both, expectSameWorkbook, pair } from "./support";

function planBatch() {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", {
    activities: [
      { quarter: "Sept-Dec", text: "Hire coaches", lead: "HR", start: isoToSerial("2026-09-01"), status: "Complete" },
      { quarter: "Jan-March", text: "Coaching cycles", lead: "Coaches" },
    ],
  });
  addInitiative(b, { o: 1, i: 2 }, "1.2 It's reading", {
    activities: [
      { quarter: "Sept-Dec", text: "=Screen K-3" },
      { quarter: "July-Aug", text: "+Summer school", lead: "@team" },
    ],
  });
  return b.toBatch();
}

test("refresh quarter tabs twice and export: same workbook, same plan, fixed round trips", async () => {
  const p = await pair();
  const batch = planBatch();
  await both(p, (port) => port.apply(batch));
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());

  for (let run = 0; run < 2; run++) {
    const refresh = await both(p, refreshQuarters);
    expect(refresh.office).toEqual(refresh.xlsx);
    expect(refresh.syncs).toBe(2); // snapshot (1: names known since the write) + apply (1)
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
  }

  const exported = await both(p, exportPlan);
  expect(exported.syncs).toBe(1);
  expect(exported.office).toEqual(exported.xlsx);
  const texts = exported.office.plan.objectives[0].initiatives[1].activities.map((a) => [a.text, a.lead]);
  expect(texts).toEqual([
    ["=Screen K-3", expect.anything()],
    ["+Summer school", "@team"],
  ]);
});
