import { activityLead } from "../../../../src/checks/rules/activityLead";
import { ACTIVITIES_TOP } from "../../../support/snapshotBuilder";
import { planWith, run, where } from "../../../support/planFixture";

test("activity-lead: a filled activity with no lead is a warning on its I cell; a team is fine; padding rows are not activities", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "Sept-Dec", text: "Hire coaches", lead: "HR team" },
        { quarter: "Sept-Dec", text: "Train coaches", lead: "  " },
      ],
      padding: 3,
    },
  ]);
  const f = run(activityLead, b);
  expect(where(f)).toEqual([`warning 1.1 Sheet!C${ACTIVITIES_TOP + 1}`]);
  expect(f[0].message).toContain("Train coaches");
});
