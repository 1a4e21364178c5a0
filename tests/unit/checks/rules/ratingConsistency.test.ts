import { RULES } from "../../../../src/checks/registry";
import { ratingConsistency } from "../../../../src/checks/rules/ratingConsistency";
import { RATINGS_RULES } from "../../../../src/checks/rules/ratingsRules";
import { PROCESS_SCALE } from "../../../../src/domain/scales";
import type { TestActivity } from "../../../support/snapshotBuilder";
import { planWith, run, serial, where } from "../../../support/planFixture";

const [AT_RISK, TECHNICAL, IN_PLACE, EMBEDDED] = PROCESS_SCALE.levels.map((l) => l.name);
// TODAY in planFixture is 2027-01-15.
const overdue: TestActivity = { quarter: "Sept-Dec", text: "Late", lead: "HR", complete: serial("2026-11-30"), status: "In progress" };
const notStarted: TestActivity = { quarter: "Sept-Dec", text: "Not begun", lead: "HR", start: serial("2026-10-01"), status: "Not started" };
const notYetDue: TestActivity = { quarter: "April-June", text: "Later", lead: "HR", start: serial("2027-04-01"), complete: serial("2027-05-30"), status: "Not started" };
const done: TestActivity = { quarter: "Sept-Dec", text: "Done", lead: "HR", complete: serial("2026-11-30"), status: "Complete" };
const onTrack: TestActivity = { quarter: "Jan-March", text: "Ongoing", lead: "HR", complete: serial("2027-03-30"), status: "In progress" };

describe("rating-consistency", () => {
  test("Practices in Place or higher while most activities are overdue or not started: a warning on the rating", () => {
    const b = planWith([
      { activities: [overdue, notStarted, done], ratings: { Jan: { Process: IN_PLACE } } },
      { activities: [overdue, overdue, onTrack], ratings: { Jan: { Process: AT_RISK }, Mar: { Process: EMBEDDED } } },
    ]);
    const f = run(ratingConsistency, b);
    expect(f.map((x) => `${x.severity} ${x.initiative?.o}.${x.initiative?.i}`)).toEqual(["warning 1.1", "warning 1.2"]);
    expect(f[0].message).toBe(`The Jan process rating is "${IN_PLACE}", but 1 overdue and 1 not started of the initiative's 3 activities: most are behind.`);
    expect(f[1].message).toContain("The Mar process rating");
    // The finding sits on the rated cell itself.
    const snap = b.build();
    expect(where(f)[0]).toBe(`warning 1.1 Sheet!${snap.names["AIP.O1.I1.Process.Jan"].range}`);
  });

  test.each([
    ["a lower rating", [overdue, overdue], { Jan: { Process: TECHNICAL } }],
    ["half behind is not most", [overdue, done], { Jan: { Process: IN_PLACE } }],
    ["not started but not due to start yet", [notYetDue, notYetDue, done], { Jan: { Process: EMBEDDED } }],
    ["no activities", [], { Jan: { Process: EMBEDDED } }],
    ["no rating", [overdue, overdue], {}],
    ["only the latest rating counts", [overdue, overdue], { Jan: { Process: EMBEDDED }, Mar: { Process: TECHNICAL } }],
    ["a name that is not a level (rating-value reports it)", [overdue, overdue], { Jan: { Process: "practices in place stage" } }],
  ])("passes: %s", (_, activities, ratings) => {
    expect(run(ratingConsistency, planWith([{ activities: activities as TestActivity[], ratings }]))).toEqual([]);
  });

  test("the checker runs the ratings rules", () => {
    expect(RATINGS_RULES.map((r) => r.id)).toEqual(["rating-consistency", "rating-jump"]);
    for (const r of RATINGS_RULES) expect(RULES).toContain(r);
  });
});
