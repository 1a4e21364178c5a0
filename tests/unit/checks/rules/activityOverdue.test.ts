import { activityOverdue } from "../../../../src/checks/rules/activityOverdue";
import { ACTIVITIES_TOP } from "../../../support/snapshotBuilder";
import { planWith, run, serial, where } from "../../../support/planFixture";

test("activity-overdue: past completion and not Complete is a warning on Status; today is an input", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "Sept-Dec", text: "Done", lead: "HR", complete: serial("2026-10-01"), status: "Complete" },
        { quarter: "Sept-Dec", text: "Late", lead: "HR", complete: serial("2026-11-01"), status: "In progress" },
        { quarter: "Sept-Dec", text: "No status", lead: "HR", complete: "12/1/2026" },
        { quarter: "Jan-March", text: "Due today", lead: "HR", complete: serial("2027-01-15") },
      ],
    },
  ]);
  const f = run(activityOverdue, b, "2027-01-15");
  expect(where(f)).toEqual([`warning 1.1 Sheet!F${ACTIVITIES_TOP + 1}`, `warning 1.1 Sheet!F${ACTIVITIES_TOP + 2}`]);
  expect(f[0].message).toBe(`"Late" was due to complete on 11/1/2026, but its status is "In progress".`);
  expect(run(activityOverdue, b, "2026-10-31")).toEqual([]);
});
