import { activityDatesOrder } from "../../../../src/checks/rules/activityDatesOrder";
import { ACTIVITIES_TOP } from "../../../support/snapshotBuilder";
import { planWith, run, serial, where } from "../../../support/planFixture";

test("activity-dates-order: completing before starting is an error on K; same day or later is fine; junk is left to activity-dates", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "Sept-Dec", text: "Same day", lead: "HR", start: serial("2026-10-01"), complete: serial("2026-10-01") },
        { quarter: "Sept-Dec", text: "Backwards", lead: "HR", start: "11/20/2026", complete: serial("2026-11-02") },
        { quarter: "Sept-Dec", text: "Junk", lead: "HR", start: "soon", complete: serial("2026-11-02") },
      ],
    },
  ]);
  const f = run(activityDatesOrder, b);
  expect(where(f)).toEqual([`error 1.1 Sheet!E${ACTIVITIES_TOP + 1}`]);
  expect(f[0].message).toBe(`"Backwards" completes on 11/2/2026, before it starts on 11/20/2026 (D${ACTIVITIES_TOP + 1}).`);
});
