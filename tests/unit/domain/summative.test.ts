/** The year's figures of the Summative Report and the review round's statuses, as tables of cases. */
import type { Activity } from "../../../src/domain/plan";
import { reviewStatusOf } from "../../../src/domain/review";
import { parseSchoolYear, quarterCoverage, reportingYearOf, shortSchoolYear, yearChange, yearEndActivities, yearEndDay } from "../../../src/domain/summative";

describe("change over the year: the latest valid rating against the first valid one", () => {
  test.each([
    [[1, 2, undefined, undefined], "up"],
    [[3, undefined, 2, undefined], "down"],
    [[2, 3, 2, undefined], "same"],
    [[undefined, 0, 3, 1], "down"], // 0 (not a scale level) is skipped
    [[2, 0, undefined, undefined], undefined], // one valid rating: no change to show
    [[undefined, undefined, undefined, undefined], undefined],
    [[0, 0, 4, undefined], undefined],
  ] as const)("%j → %s", (ranks, change) => {
    expect(yearChange(ranks)).toBe(change);
  });
});

describe("activities at the year's end", () => {
  const a = (text: string, complete?: string, status?: string): Activity => ({ quarter: "Sept-Dec", text, lead: "", complete, status: status as Activity["status"] });
  const list = [
    a("Train", "2026-09-30", "Complete"),
    a("Walkthroughs", "2027-03-26", "In progress"),
    a("Institute", "2027-08-20"),
    a("", "2027-01-01"),
    a("Late", "2027-06-04", "complete"),
  ];

  test("overdue counts up to today while the year runs, then up to its last day", () => {
    expect(yearEndDay(2026, "2027-04-01")).toBe("2027-04-01");
    expect(yearEndDay(2026, "2027-10-15")).toBe("2027-09-01");
    expect(yearEndActivities(list, 2026, "2027-04-01")).toEqual({ planned: 4, complete: 2, overdue: 2 });
    expect(yearEndActivities(list, 2026, "2028-01-01")).toEqual({ planned: 4, complete: 2, overdue: 3 });
  });
});

describe("Highlight Discussions and the coverage rule, per QPR quarter", () => {
  const meetings = [
    { date: "2026-09-16", seq: 1, sheet: "Minutes 2026-09-16", discussed: ["1.1", "1.2"] },
    { date: "2026-10-14", seq: 1, sheet: "Minutes 2026-10-14", discussed: ["2.1"] },
    { date: "2027-01-13", seq: 1, sheet: "Minutes 2027-01-13", discussed: ["1.1"] },
  ];
  test("held when every initiative was discussed in the quarter; else who was not; no minutes; not begun", () => {
    const c = quarterCoverage(["1.1", "1.2", "2.1"], meetings, 2026, "2027-04-20");
    expect(c.map((q) => [q.period, q.verdict, q.meetings, q.missing])).toEqual([
      ["Jan", "held", ["2026-09-16", "2026-10-14"], []],
      ["Mar", "not held", ["2027-01-13"], ["1.2", "2.1"]],
      ["Jun", "no minutes", [], ["1.1", "1.2", "2.1"]],
      ["Sep", "not yet", [], ["1.1", "1.2", "2.1"]],
    ]);
  });
});

describe("school years", () => {
  test.each([
    ["2026-27", 2026],
    ["2026-2027", 2026],
    ["SY 2026–27", 2026],
    ["2026", 2026],
    ["2026-28", undefined],
    ["26-27", undefined],
    ["next year", undefined],
  ] as const)("%s → %s", (text, year) => expect(parseSchoolYear(text)).toBe(year));

  test("the reporting year runs July to June", () => {
    expect(reportingYearOf("2027-06-30")).toBe(2026);
    expect(reportingYearOf("2027-07-01")).toBe(2027);
    expect(shortSchoolYear(2099)).toBe("2099-00");
  });
});

test.each([
  ["Draft", "draft"],
  [" in  FACTUAL review ", "in-review"],
  ["published", "published"],
  ["in-review", "in-review"],
  ["Final", undefined],
  ["", undefined],
] as const)("review status %j → %s", (text, status) => expect(reviewStatusOf(text)).toBe(status));
