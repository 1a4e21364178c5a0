/** The portfolio's rows: what one district workbook contributes to the state's view. */
import type { Finding } from "../../../../src/checks/types";
import { lastEndedQprPeriod } from "../../../../src/domain/calendar";
import type { MeetingRecord } from "../../../../src/domain/minutes/coverage";
import type { Initiative, Plan } from "../../../../src/domain/plan";
import { districtRecord, districtRow, findingRows, ratingRows, sortRecords, type DistrictInput } from "../../../../src/domain/portfolio/rows";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../../../src/domain/scales";

const P = PROCESS_SCALE.levels.map((l) => l.name);
const Q = PERFORMANCE_SCALE.levels.map((l) => l.name);

function initiative(over: Partial<Initiative> = {}): Initiative {
  return { description: "Tier 1 coaching", lead: "Ana", shortTermOutcomes: [], earlyEvidence: [], resources: "", activities: [], ratings: {}, ...over };
}

function plan(objectives: Initiative[][], district = "Northfield"): Plan {
  return {
    district,
    date: "2026-08-15",
    schoolYear: 2026,
    keyIssues: "",
    theoryOfAction: "",
    roster: [],
    finalOutcomes: [],
    objectives: objectives.map((initiatives, k) => ({ title: `Objective ${k + 1}`, lead: "Ana", initiatives })),
  };
}

function input(p: Plan, over: Partial<DistrictInput> = {}): DistrictInput {
  return { file: "north/plan.xlsx", plan: p, findings: [], meetings: [], assessments: [], ...over };
}

const finding = (rule: string, severity: Finding["severity"]): Finding => ({ rule, severity, sheet: "Plan", cell: "B4", message: `${rule} message` });
const meeting = (date: string, discussed: string[], seq = 1): MeetingRecord => ({ date, seq, sheet: `Minutes ${date}`, discussed });
const OPTIONS = { period: "Mar" as const, today: "2027-03-10" };

test("counts each level in the period, names the lowest and the initiatives at it, and counts what is not rated or not a level", () => {
  const p = plan([
    [initiative({ ratings: { Mar: { process: P[1], performance: Q[2] } } }), initiative({ ratings: { Mar: { process: P[0], performance: Q[0] } } })],
    [initiative({ ratings: { Mar: { process: P[0], performance: "reached" } } }), initiative({ ratings: { Jan: { process: P[3] } } })],
  ]);
  const row = districtRow(input(p), OPTIONS);
  expect(row).toMatchObject({ district: "Northfield", schoolYear: "SY 2026-27", objectives: 2, initiatives: 4, period: "Mar" });
  expect(row.scales.process).toEqual({ levels: [2, 1, 0, 0], notRated: 1, notALevel: 0, lowest: P[0], lowestAt: "1.2, 2.1" });
  // "reached" (lower case) is not a scale level: shown, never counted.
  expect(row.scales.performance).toEqual({ levels: [1, 0, 1, 0], notRated: 1, notALevel: 1, lowest: Q[0], lowestAt: "1.2" });
});

test("a period nobody rated has no lowest level", () => {
  const row = districtRow(input(plan([[initiative({ ratings: { Jan: { process: P[2] } } })]])), { ...OPTIONS, period: "Jun" });
  expect(row.scales.process).toEqual({ levels: [0, 0, 0, 0], notRated: 1, notALevel: 0, lowest: "", lowestAt: "" });
});

test("overdue is past its completion date and not Complete; due is from today to the month's end", () => {
  const activities: Initiative["activities"] = [
    { quarter: "Jan-March", text: "late", lead: "", complete: "2027-03-09", status: "In progress" },
    { quarter: "Jan-March", text: "late but done", lead: "", complete: "2027-02-01", status: "Complete" },
    { quarter: "Jan-March", text: "due today", lead: "", complete: "2027-03-10" },
    { quarter: "Jan-March", text: "due at month end", lead: "", complete: "2027-03-31", status: "Not started" },
    { quarter: "April-June", text: "next month", lead: "", complete: "2027-04-01" },
    { quarter: "Jan-March", text: "done early", lead: "", complete: "2027-03-20", status: " complete " as "Complete" },
  ];
  const row = districtRow(input(plan([[initiative({ activities })]])), OPTIONS);
  expect([row.overdue, row.dueThisMonth]).toEqual([1, 2]);
});

test("check findings are counted by severity and by rule, most frequent first", () => {
  const findings = [finding("benchmark-date", "warning"), finding("benchmark-target", "error"), finding("benchmark-date", "warning"), finding("rating-jump", "note")];
  const row = districtRow(input(plan([[initiative()]]), { findings }), OPTIONS);
  expect(row.counts).toEqual({ error: 1, warning: 2, note: 1 });
  expect(row.byRule).toBe("benchmark-date 2, benchmark-target 1, rating-jump 1");
});

describe("the three-month coverage rule at the latest minutes", () => {
  const p = plan([[initiative(), initiative()]]);
  test("met when the latest minutes' month and the two months with minutes before it discussed everyone", () => {
    const meetings = [meeting("2026-12-09", ["1.1"]), meeting("2027-01-13", []), meeting("2027-02-10", ["1.2"])];
    expect(districtRow(input(p, { meetings }), OPTIONS)).toMatchObject({ lastDiscussion: "2027-02-10", coverage: "Yes", notDiscussed: "" });
  });
  test("not met names who was left out", () => {
    const meetings = [meeting("2026-10-14", ["1.2"]), meeting("2026-12-09", ["1.1"]), meeting("2027-01-13", []), meeting("2027-02-10", ["1.1"])];
    expect(districtRow(input(p, { meetings }), OPTIONS)).toMatchObject({ coverage: "No", notDiscussed: "1.2" });
  });
  test("not yet while fewer than three months have minutes, or none at all; minutes dated after today are not held yet", () => {
    const meetings = [meeting("2027-01-13", ["1.1", "1.2"]), meeting("2027-02-10", []), meeting("2027-03-24", ["1.1", "1.2"])];
    expect(districtRow(input(p, { meetings }), OPTIONS)).toMatchObject({ lastDiscussion: "2027-02-10", coverage: "Not yet" });
    expect(districtRow(input(p), OPTIONS)).toMatchObject({ lastDiscussion: undefined, coverage: "Not yet" });
  });
});

test("the latest self-assessment on or before today", () => {
  const row = districtRow(input(plan([[initiative()]]), { assessments: ["2026-10-01", "2027-02-01", "2027-05-01"] }), OPTIONS);
  expect(row.lastSelfAssessment).toBe("2027-02-01");
});

test("ratings in long form: every initiative in every period, rated or not, with ranks and evidence present", () => {
  const p = plan([
    [initiative({ description: "Coaching", ratings: { Jan: { process: P[1], processEvidence: "logs", performance: "odd", performanceEvidence: "  ", ratedOn: "2027-01-20" } } })],
  ]);
  const rows = ratingRows(input(p));
  expect(rows.map((r) => r.period)).toEqual(["Jan", "Mar", "Jun", "Sep"]);
  expect(rows[0]).toEqual({
    file: "north/plan.xlsx",
    district: "Northfield",
    objective: 1,
    initiative: "1.1",
    description: "Coaching",
    period: "Jan",
    process: P[1],
    processRank: 2,
    processEvidence: true,
    performance: "odd",
    performanceRank: 0,
    performanceEvidence: false,
    ratedOn: "2027-01-20",
  });
  expect(rows[1]).toMatchObject({ process: "", processRank: undefined, processEvidence: false });
});

test("findings keep their sheet, cell, rule, severity and message", () => {
  const rows = findingRows(input(plan([[initiative()]]), { findings: [finding("benchmark-date", "warning")] }));
  expect(rows).toEqual([
    { file: "north/plan.xlsx", district: "Northfield", sheet: "Plan", cell: "B4", rule: "benchmark-date", severity: "warning", message: "benchmark-date message" },
  ]);
});

test("districts are sorted by name then file, whatever order they were read in", () => {
  const make = (district: string, file: string) => districtRecord(input(plan([[initiative()]], district), { file }), OPTIONS);
  const sorted = sortRecords([make("Westport", "b.xlsx"), make("Ashby", "z.xlsx"), make("Westport", "a.xlsx")]);
  expect(sorted.map((r) => `${r.district.district} ${r.district.file}`)).toEqual(["Ashby z.xlsx", "Westport a.xlsx", "Westport b.xlsx"]);
});

test.each([
  ["2026-10-01", "Sep"],
  ["2026-12-01", "Jan"],
  ["2027-03-10", "Mar"],
  ["2027-06-30", "Jun"],
  ["2027-09-15", "Sep"],
])("on %s the latest QPR period whose months have ended is %s", (today, period) => {
  expect(lastEndedQprPeriod(today)).toBe(period);
});
