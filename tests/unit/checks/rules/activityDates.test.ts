import { activityDates } from "../../../../src/checks/rules/activityDates";
import { ACTIVITIES_TOP } from "../../../support/snapshotBuilder";
import { planWith, run, serial, where } from "../../../support/planFixture";

const R = ACTIVITIES_TOP;

test("activity-dates: serial and text dates pass; a missing or junk date is a warning on its cell", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "Sept-Dec", text: "Hire", lead: "HR", start: serial("2026-09-01"), complete: "10/15/2026" },
        { quarter: "Sept-Dec", text: "Train", lead: "HR", start: "", complete: serial("2026-12-01") },
        { quarter: "Sept-Dec", text: "Coach", lead: "HR", start: "next fall", complete: 12 },
        { quarter: "Sept-Dec", text: "Review", lead: "HR", start: true, complete: "#REF!" },
      ],
    },
  ]);
  const f = run(activityDates, b);
  expect(where(f)).toEqual([
    `warning 1.1 Sheet!D${R + 1}`,
    `warning 1.1 Sheet!D${R + 2}`,
    `warning 1.1 Sheet!E${R + 2}`,
    `warning 1.1 Sheet!D${R + 3}`,
    `warning 1.1 Sheet!E${R + 3}`,
  ]);
  expect(f[0].message).toMatch(/"Train" has no start date/);
  expect(f[1].message).toMatch(/"next fall", which is not a date/);
  expect(f[2].message).toMatch(/"12", which is not a date/);
});
