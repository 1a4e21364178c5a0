import { activityQuarter } from "../../../../src/checks/rules/activityQuarter";
import { ACTIVITIES_TOP } from "../../../support/snapshotBuilder";
import { planWith, run, serial, where } from "../../../support/planFixture";

const R = ACTIVITIES_TOP;

test("activity-quarter: a start inside its row's quarter of the plan's school year passes; outside is a warning naming the right quarter", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "Sept-Dec", text: "In", lead: "HR", start: serial("2026-12-31") },
        { quarter: "Jan-March", text: "Early", lead: "HR", start: serial("2026-12-01") },
        { quarter: "April-June", text: "Next year", lead: "HR", start: serial("2028-05-01") },
        { quarter: "July-Aug", text: "In", lead: "HR", start: "8/31/2027" },
        { quarter: "Sept-Dec", text: "Second Sept-Dec block", lead: "HR", start: serial("2027-10-01") },
      ],
    },
  ]);
  const f = run(activityQuarter, b);
  expect(where(f)).toEqual([`warning 1.1 Sheet!D${R + 1}`, `warning 1.1 Sheet!D${R + 2}`]);
  expect(f[0].message).toBe(`"Early" starts on 12/1/2026, outside its row's quarter Jan-March (1/1/2027–3/31/2027).`);
  expect(f[0].suggestion).toContain("Sept-Dec");
});

test("activity-quarter: a missing or misspelt Quarter is a warning on the Quarter cell with the likely quarter", () => {
  const b = planWith([
    {
      activities: [
        { quarter: "jan-march", text: "Lower case", lead: "HR" },
        { quarter: "", text: "None", lead: "HR", start: serial("2027-04-10") },
      ],
    },
  ]);
  const f = run(activityQuarter, b);
  expect(where(f)).toEqual([`warning 1.1 Sheet!A${R}`, `warning 1.1 Sheet!A${R + 1}`]);
  expect(f[0].suggestion).toBe("Choose Jan-March from the dropdown.");
  expect(f[1].suggestion).toBe("Choose April-June from the dropdown.");
});
