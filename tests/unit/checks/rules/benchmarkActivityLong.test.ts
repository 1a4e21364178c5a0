/** activity-long-no-interim: Sept–June activities say how progress is checked in between (SPEC.md §4.2). */
import { activityLongNoInterim, isLongActivity } from "../../../../src/checks/rules/activityLongNoInterim";
import { ACTIVITIES_TOP } from "../../../support/snapshotBuilder";
import { planWith, run, serial, where } from "../../../support/planFixture";

test.each([
  ["2026-09-08", "2027-06-15", true],
  ["2026-10-01", "2027-05-31", true],
  ["2026-11-01", "2027-08-15", true], // over eight months
  ["2026-09-08", "2026-12-20", false],
  ["2027-01-04", "2027-06-15", false],
  ["2026-09-08", "2026-09-01", false], // backwards: activity-dates-order's concern
])("%s → %s is long: %s", (start, complete, long) => {
  expect(isLongActivity(start, complete)).toBe(long);
});

test("a Sept–June activity with no frequency or checkpoint is a warning on its text cell; one with either is fine", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "Sept-Dec", text: "Implement the new K-5 phonics curriculum.", lead: "ELA Director", start: serial("2026-09-08"), complete: serial("2027-06-15") },
        { quarter: "Sept-Dec", text: "Coaches meet with each new teacher weekly.", lead: "Coaches", start: serial("2026-09-08"), complete: serial("2027-06-15") },
        { quarter: "Sept-Dec", text: "Pilot the tutoring program; mid-year review of results in January.", lead: "AS", start: "9/15/2026", complete: "6/1/2027" },
        { quarter: "Sept-Dec", text: "Implement PBIS with interim progress monitoring.", lead: "AS", start: serial("2026-10-01"), complete: serial("2027-05-28") },
        { quarter: "Sept-Dec", text: "Train the data team.", lead: "AS", start: serial("2026-09-08"), complete: serial("2026-11-20") },
        { quarter: "Sept-Dec", text: "Ongoing literacy coaching.", lead: "AS", start: "soon", complete: serial("2027-06-15") },
      ],
    },
  ]);
  const f = run(activityLongNoInterim, b);
  expect(where(f)).toEqual([`warning 1.1 Sheet!B${ACTIVITIES_TOP}`]);
  expect(f[0].message).toBe('The activity "Implement the new K-5 phonics curriculum." runs from 9/8/2026 to 6/15/2027 with no interim checkpoint or frequency.');
  expect(f[0].suggestion).toContain("progress reviewed monthly");
  expect(f[0].initiative).toEqual({ o: 1, i: 1 });
});
