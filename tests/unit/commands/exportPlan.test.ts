import { exportPlan } from "../../../src/commands/exportPlan";
import { PLAN_NAMES } from "../../../src/layout/names";
import { WorkbookError } from "../../../src/workbook/port";
import { addInitiative, addPlanSheet, RecordingPort, SnapshotBuilder } from "../../support/snapshotBuilder";

describe("exportPlan", () => {
  it("reads the plan with one snapshot and writes nothing", async () => {
    const b = addPlanSheet(new SnapshotBuilder());
    addInitiative(b, { o: 1, i: 1 }, "1.1", { description: "Coaching", activities: [{ quarter: "Sept-Dec", text: "Hire" }] });
    const port = new RecordingPort(b.build());
    const { plan, problems } = await exportPlan(port);
    expect(problems).toEqual([]);
    expect(plan.objectives[0].initiatives[0]).toMatchObject({ description: "Coaching", activities: [{ quarter: "Sept-Dec", text: "Hire", lead: "" }] });
    expect(port.snapshots).toBe(1);
    expect(port.batches).toEqual([]);
  });

  it("returns problems for a damaged workbook instead of failing", async () => {
    const b = addPlanSheet(new SnapshotBuilder()).broken(PLAN_NAMES.date);
    addInitiative(b, { o: 1, i: 1 }, "1.1", {});
    const { plan, problems } = await exportPlan(new RecordingPort(b.build()));
    expect(plan.date).toBe("");
    expect(problems).toEqual([{ where: PLAN_NAMES.date, message: expect.stringContaining("#REF!") }]);
  });

  it("fails with a clear message on a workbook without a plan", async () => {
    const port = new RecordingPort(new SnapshotBuilder().sheet("Budget").build());
    await expect(exportPlan(port)).rejects.toBeInstanceOf(WorkbookError);
    await expect(exportPlan(port)).rejects.toThrow(/no AIP plan/);
  });
});
