import { readFileSync } from "fs";
import * as path from "path";
import { parseInitiative, parseInitiativeJson, parsePlan, parsePlanJson, PlanError } from "../../../src/domain/validate";
import type { Plan } from "../../../src/domain/plan";

/** Raw JSON under test: the cases below reach into it at arbitrary paths, as a hand-edited file would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const SAMPLE_PATH = path.join(__dirname, "../../../examples/sample-plan.json");
const sampleText = readFileSync(SAMPLE_PATH, "utf8");
const practiceText = readFileSync(path.join(__dirname, "../../../examples/practice-plan.json"), "utf8");

/** A small valid plan as raw JSON; each bad case below breaks one thing in a fresh copy. */
function rawPlan(): Record<string, unknown> {
  return {
    district: "Lakeside Public Schools",
    date: "2026-08-20",
    schoolYear: 2026,
    keyIssues: "Reading is weak.",
    theoryOfAction: "If we teach reading well, then students will read.",
    roster: ["Ann Lee", "Bo Park"],
    finalOutcomes: [{ text: "PPI 75 for all students", date: "2027-09-30" }, { text: "PPI 75 for high needs students" }],
    objectives: [
      {
        title: "Literacy",
        lead: "Ann Lee",
        initiatives: [
          {
            description: "Phonics in K-3",
            lead: "Bo Park",
            shortTermOutcomes: ["By June 2027, 70% at benchmark"],
            earlyEvidence: ["By January 2027, 80% of teachers use routines"],
            resources: "Coaches",
            activities: [
              { quarter: "Sept-Dec", text: "Train teachers", lead: "Bo Park", start: "2026-09-08", complete: "2026-09-30", status: "Complete" },
              { quarter: "Jan-March", text: "Walkthroughs", lead: "Principals" },
              { quarter: "April-June", text: "Coaching", lead: "Coaches", start: "2027-04-05" },
            ],
            ratings: { Jan: { process: "Technical Implementation Stage", performance: "Reached Performance Goals", performanceEvidence: "DIBELS" } },
          },
        ],
      },
      {
        title: "Data use",
        lead: "Bo Park",
        initiatives: [{ description: "Data teams", lead: "Ann Lee", activities: [] }],
      },
    ],
  };
}

/** Applies `change` to a fresh copy of the small plan. */
function broken(change: (p: Loose) => void): unknown {
  const p = rawPlan();
  change(p);
  return p;
}

function errorOf(run: () => unknown): PlanError {
  try {
    run();
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw new Error(`expected a PlanError, got ${String(e)}`);
  }
  throw new Error("expected a PlanError, but the input was accepted");
}

const I = "objectives[0].initiatives[0]";

describe("parsePlan rejects bad input with one message naming the path", () => {
  const cases: [string, (p: Loose) => void, string, RegExp][] = [
    [
      "impossible date",
      (p) => (p.objectives[0].initiatives[0].activities[2].start = "2026-13-45"),
      `${I}.activities[2].start`,
      /^objectives\[0\]\.initiatives\[0\]\.activities\[2\]\.start: not a date: "2026-13-45"/,
    ],
    ["31 February", (p) => (p.objectives[0].initiatives[0].activities[0].complete = "2027-02-31"), `${I}.activities[0].complete`, /not a date: "2027-02-31"/],
    ["US-style date", (p) => (p.date = "8/20/2026"), "date", /^date: not a date: "8\/20\/2026"\. Write dates as YYYY-MM-DD/],
    ["date with a time", (p) => (p.finalOutcomes[0].date = "2027-09-30T00:00:00Z"), "finalOutcomes[0].date", /no time of day/],
    ["year Excel cannot store", (p) => (p.date = "1899-12-31"), "date", /outside the dates Excel can store/],
    ["number as a lead", (p) => (p.objectives[0].lead = 42), "objectives[0].lead", /^objectives\[0\]\.lead: expected text, got number$/],
    ["list as a description", (p) => (p.objectives[1].initiatives[0].description = ["a"]), "objectives[1].initiatives[0].description", /expected text, got a list/],
    ["text as the objectives", (p) => (p.objectives = "none"), "objectives", /^objectives: expected a list \[ … \], got text/],
    ["text in the roster", (p) => (p.roster = ["Ann", 7]), "roster[1]", /^roster\[1\]: expected text, got number/],
    ["an objective that is a list", (p) => (p.objectives[1] = []), "objectives[1]", /expected an objective as an object/],
    [
      "unknown quarter",
      (p) => (p.objectives[0].initiatives[0].activities[1].quarter = "Q2"),
      `${I}.activities[1].quarter`,
      /not a quarter: "Q2" — use one of: Sept-Dec, Jan-March, April-June, July-Aug$/,
    ],
    ["quarter in the wrong case", (p) => (p.objectives[0].initiatives[0].activities[1].quarter = "jan-march"), `${I}.activities[1].quarter`, /did you mean "Jan-March"\?/],
    [
      "unknown process rating",
      (p) => (p.objectives[0].initiatives[0].ratings.Jan.process = "practices in place"),
      `${I}.ratings.Jan.process`,
      /^objectives\[0\]\.initiatives\[0\]\.ratings\.Jan\.process: not a process rating: "practices in place" — did you mean "Practices in Place Stage"\? use one of: "Problematic Implementation\/At-Risk", "Technical Implementation Stage", "Practices in Place Stage", "Fully Embedded Stage"/,
    ],
    [
      "rating differing by case and spacing",
      (p) => (p.objectives[0].initiatives[0].ratings.Jan.performance = "reached \u0020performance goals"),
      `${I}.ratings.Jan.performance`,
      /not a performance rating: "reached \u0020performance goals" — did you mean "Reached Performance Goals"\?/,
    ],
    [
      "rating name from the other scale",
      (p) => (p.objectives[0].initiatives[0].ratings.Jan.process = "Reached Performance Goals"),
      `${I}.ratings.Jan.process`,
      /not a process rating/,
    ],
    [
      "a rating date that is not a date",
      (p) => (p.objectives[0].initiatives[0].ratings.Jan.ratedOn = "Jan 8"),
      `${I}.ratings.Jan.ratedOn`,
      /^objectives\[0\]\.initiatives\[0\]\.ratings\.Jan\.ratedOn: not a date: "Jan 8"/,
    ],
    [
      "unknown rating period",
      (p) => (p.objectives[0].initiatives[0].ratings.Feb = { process: "Fully Embedded Stage" }),
      `${I}.ratings.Feb`,
      /not a rating period: Use one of: Jan, Mar, Jun, Sep/,
    ],
    ["rating period in lower case", (p) => (p.objectives[0].initiatives[0].ratings.jan = {}), `${I}.ratings.jan`, /did you mean "Jan"\?/],
    [
      "unknown status",
      (p) => (p.objectives[0].initiatives[0].activities[0].status = "Done"),
      `${I}.activities[0].status`,
      /not a status: "Done" — use one of: Not started, In progress, Complete, Delayed/,
    ],
    [
      "school year as text",
      (p) => (p.schoolYear = "2026"),
      "schoolYear",
      /^schoolYear: expected the school year's start year as a whole number from 2000 to 2100.*got text "2026"/,
    ],
    ["school year too early", (p) => (p.schoolYear = 1999), "schoolYear", /got 1999/],
    ["school year too late", (p) => (p.schoolYear = 2101), "schoolYear", /got 2101/],
    ["school year not whole", (p) => (p.schoolYear = 2026.5), "schoolYear", /got 2026.5/],
    ["two-digit school year", (p) => (p.schoolYear = 26), "schoolYear", /got 26/],
    ["missing district", (p) => delete p.district, "district", /^district: missing\./],
    ["missing date", (p) => delete p.date, "date", /^date: missing/],
    ["missing school year", (p) => (p.schoolYear = null), "schoolYear", /^schoolYear: missing/],
    ["missing objectives", (p) => delete p.objectives, "objectives", /^objectives: missing/],
    ["missing objective title", (p) => delete p.objectives[1].title, "objectives[1].title", /missing\. An objective needs a "title"/],
    ["missing initiatives", (p) => delete p.objectives[1].initiatives, "objectives[1].initiatives", /missing/],
    ["missing description", (p) => delete p.objectives[1].initiatives[0].description, "objectives[1].initiatives[0].description", /missing/],
    ["missing quarter", (p) => delete p.objectives[0].initiatives[0].activities[1].quarter, `${I}.activities[1].quarter`, /missing\. An activity needs a "quarter"/],
    ["final outcome without text", (p) => (p.finalOutcomes[1] = { date: "2027-06-30" }), "finalOutcomes[1].text", /missing/],
    ["typo in a field name", (p) => (p.objectives[0].initiatives[0].shortTermOutcome = ["x"]), `${I}.shortTermOutcome`, /unknown field: did you mean "shortTermOutcomes"\?/],
    ["unknown top-level field", (p) => (p.districtName = "x"), "districtName", /^districtName: unknown field: Use one of: district, date/],
    ["unknown rating field", (p) => (p.objectives[0].initiatives[0].ratings.Jan.proces = "x"), `${I}.ratings.Jan.proces`, /did you mean "process"\?/],
    ["control character", (p) => (p.keyIssues = "Reading\u0007 is weak"), "keyIssues", /invisible control character \(U\+0007\) at character 8/],
    ["text too long for a cell", (p) => (p.theoryOfAction = "x".repeat(32_768)), "theoryOfAction", /too long for one Excel cell: 32,768 characters, at most 32,767/],
  ];

  test.each(cases)("%s", (_label, change, expectedPath, message) => {
    const e = errorOf(() => parsePlan(broken(change)));
    expect(e.path).toBe(expectedPath);
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(`${expectedPath}: `)).toBe(true);
    expect(e.message).not.toMatch(/\n\s+at /); // never a stack trace
  });

  test.each([
    ["a list", []],
    ["null", null],
    ["text", "plan"],
  ])("the document being %s", (kind, value) => {
    const e = errorOf(() => parsePlan(value));
    expect(e.path).toBe("");
    expect(e.message).toContain(`expected the plan as an object`);
    expect(e.message).toContain(`got ${kind}`);
  });
});

describe("parsePlan accepts weak or unfinished plans", () => {
  test("the small plan comes back whole, with defaults filled in", () => {
    const plan = parsePlan(rawPlan());
    expect(plan.objectives[1].initiatives[0]).toEqual({
      description: "Data teams",
      lead: "Ann Lee",
      shortTermOutcomes: [],
      earlyEvidence: [],
      resources: "",
      activities: [],
      ratings: {},
    });
    expect(plan.finalOutcomes[1]).toEqual({ text: "PPI 75 for high needs students" });
    expect(plan.objectives[0].initiatives[0].activities[1]).toEqual({ quarter: "Jan-March", text: "Walkthroughs", lead: "Principals" });
  });

  test("missing optional text and lists default to empty", () => {
    const plan = parsePlan({ district: "D", date: "2026-09-01", schoolYear: 2026, objectives: [] });
    expect(plan).toEqual({ district: "D", date: "2026-09-01", schoolYear: 2026, keyIssues: "", theoryOfAction: "", roster: [], finalOutcomes: [], objectives: [] });
  });

  test.each<[string, (p: Loose) => void]>([
    ["no objectives at all", (p) => (p.objectives = [])],
    ["empty leads", (p) => ((p.objectives[0].lead = ""), (p.objectives[0].initiatives[0].lead = ""))],
    ["leads left out", (p) => (delete p.objectives[0].lead, delete p.objectives[0].initiatives[0].activities[0].lead)],
    ["two people as a lead", (p) => (p.objectives[0].initiatives[0].lead = "Ann Lee and Bo Park")],
    ["dates in the wrong order", (p) => Object.assign(p.objectives[0].initiatives[0].activities[0], { start: "2027-01-10", complete: "2026-09-01" })],
    ["a start outside its quarter row and the school year", (p) => (p.objectives[0].initiatives[0].activities[1].start = "2029-07-01")],
    ["six initiatives under one objective", (p) => (p.objectives[1].initiatives = Array.from({ length: 6 }, (_, k) => ({ description: `Initiative ${k + 1}` })))],
    ["an objective with no initiatives", (p) => (p.objectives[1].initiatives = [])],
    ["placeholders in benchmarks", (p) => (p.objectives[0].initiatives[0].earlyEvidence = ["<insert date>", "TBD", "…"])],
    ["text that looks like a formula", (p) => (p.objectives[0].initiatives[0].shortTermOutcomes = ["=SUM(A1:A3)", "+5 points", "@risk"])],
    ["empty texts", (p) => ((p.keyIssues = ""), (p.objectives[0].title = ""))],
    ["a plan date outside its school year", (p) => (p.date = "2019-01-01")],
    ["nulls for optional values", (p) => Object.assign(p, { keyIssues: null, roster: null, finalOutcomes: null })],
  ])("%s", (_label, change) => {
    expect(() => parsePlan(broken(change))).not.toThrow();
  });

  test("text is kept exactly as given, spaces and line breaks included", () => {
    const p = broken((q) => ((q.keyIssues = "  Two\n\nparagraphs  "), (q.objectives[0].lead = " Ann Lee ")));
    const plan = parsePlan(p);
    expect(plan.keyIssues).toBe("  Two\n\nparagraphs  ");
    expect(plan.objectives[0].lead).toBe(" Ann Lee ");
  });

  test("blank optional dates, statuses and ratings are left out, not kept as empty text", () => {
    const plan = parsePlan(
      broken((p) => {
        Object.assign(p.objectives[0].initiatives[0].activities[1], { start: "", complete: null, status: null });
        p.objectives[0].initiatives[0].ratings = { Jan: { process: "", performance: null }, Mar: null };
        p.finalOutcomes[0].date = "";
      }),
    );
    expect(plan.objectives[0].initiatives[0].activities[1]).toEqual({ quarter: "Jan-March", text: "Walkthroughs", lead: "Principals" });
    expect(plan.objectives[0].initiatives[0].ratings).toEqual({});
    expect(plan.finalOutcomes[0]).toEqual({ text: "PPI 75 for all students" });
  });

  test("the result holds no fields other than the contract's", () => {
    const plan = parsePlan(rawPlan());
    expect(Object.keys(plan)).toEqual(["district", "date", "schoolYear", "keyIssues", "theoryOfAction", "roster", "finalOutcomes", "objectives"]);
  });
});

describe("the sample plan", () => {
  const sample: Plan = parsePlanJson(sampleText);

  test("is valid and as the brief describes it", () => {
    const initiatives = sample.objectives.flatMap((o) => o.initiatives);
    expect(sample.schoolYear).toBe(2026);
    expect(sample.date).toBe("2026-08-15");
    expect(sample.objectives).toHaveLength(4);
    expect(initiatives).toHaveLength(11);
    for (const o of sample.objectives) expect(o.initiatives.length).toBeGreaterThanOrEqual(2);
    for (const i of initiatives) {
      expect(i.activities.length).toBeGreaterThanOrEqual(4);
      expect(Object.keys(i.ratings)).toEqual(["Jan", "Mar"]);
    }
    // An exemplary plan: every final outcome dated, every lead one person, every activity led and in order.
    expect(sample.finalOutcomes.every((f) => f.date !== undefined)).toBe(true);
    expect(initiatives.every((i) => !/ and /.test(i.lead))).toBe(true);
    const activities = initiatives.flatMap((i) => i.activities);
    expect(activities.every((a) => a.lead !== "" && a.start !== undefined && a.complete !== undefined && a.start <= a.complete)).toBe(true);
    expect(initiatives.some((i) => i.description.includes("'"))).toBe(true);
  });

  test("the practice plan is the same plan with the common mistakes the checker must find", () => {
    const practice = parsePlanJson(practiceText);
    expect(practice.district).toMatch(/common mistakes/);
    expect(practice.objectives.map((o) => o.initiatives.length)).toEqual(sample.objectives.map((o) => o.initiatives.length));
    const initiatives = practice.objectives.flatMap((o) => o.initiatives);
    const activities = initiatives.flatMap((i) => i.activities);
    expect(practice.finalOutcomes.some((f) => f.date === undefined)).toBe(true);
    expect(initiatives.some((i) => i.lead === "Dr. Ana Ruiz and Tom Beck")).toBe(true);
    expect(activities.some((a) => a.start && a.complete && a.complete < a.start)).toBe(true);
    expect(activities.some((a) => a.lead === "")).toBe(true);
    const benchmarks = initiatives.flatMap((i) => [...i.shortTermOutcomes, ...i.earlyEvidence]);
    for (const weak of ["TBD", "<insert date>", "Teachers participate in PD", "100% of teachers attend training"]) expect(benchmarks).toContain(weak);
  });

  test("round-trips through JSON unchanged", () => {
    expect(parsePlan(JSON.parse(JSON.stringify(sample)))).toEqual(sample);
  });
});

describe("parsePlanJson", () => {
  test.each([
    ["a trailing comma", '{\n  "district": "D",\n}', 3, 1, /line 3, column 1: a comma before } is not allowed/],
    ["a missing comma", '{\n  "district": "D"\n  "date": "2026-09-01"\n}', 3, 3, /line 3, column 3: expected "," or "}" after a value, found a double quote: is a comma missing\?/],
    ["single quotes", "{ 'district': 'D' }", 1, 3, /line 1, column 3: expected a field name in double quotes/],
    ["a bare word", '{ "district": Riverton }', 1, 15, /line 1, column 15: unexpected "Riverton": text must be in double quotes/],
    ["a cut-off file", '{ "district": "D", "objectives": [', 1, 35, /the text ends too early/],
    ["a line break inside text", '{ "keyIssues": "one\ntwo" }', 1, 20, /line 1, column 20: a line break inside text must be written as \\n/],
    ["a comment", '{\n  // the plan\n  "district": "D" }', 2, 3, /comments/],
    ["text after the object", '{ "district": "D" } }', 1, 21, /after the end of the JSON value/],
  ])("%s → line and column", (_label, text, line, column, message) => {
    const e = errorOf(() => parsePlanJson(text));
    expect(e).toBeInstanceOf(PlanError);
    expect(e.message.startsWith(`Not valid JSON: line ${line}, column ${column}: `)).toBe(true);
    expect(e.message).toMatch(message);
  });

  test("an empty file says so", () => {
    expect(errorOf(() => parsePlanJson("  \n")).message).toMatch(/file is empty/);
  });

  test("a byte-order mark is ignored", () => {
    expect(parsePlanJson(`\uFEFF${sampleText}`)).toEqual(parsePlanJson(sampleText));
  });

  test("valid JSON with a bad value reports the value's path", () => {
    const text = JSON.stringify(broken((p) => (p.objectives[0].initiatives[0].activities[2].start = "2026-13-45")));
    expect(errorOf(() => parsePlanJson(text)).message).toMatch(/^objectives\[0\]\.initiatives\[0\]\.activities\[2\]\.start: not a date: "2026-13-45"/);
  });
});

describe("parseInitiativeJson", () => {
  const initiative = { description: "Tutoring", lead: "Bo Park", activities: [{ quarter: "Sept-Dec", text: "Enroll", lead: "Bo", start: "2026-10-05" }] };

  test("accepts one initiative and fills the defaults", () => {
    expect(parseInitiativeJson(JSON.stringify(initiative))).toEqual({ ...initiative, shortTermOutcomes: [], earlyEvidence: [], resources: "", ratings: {} });
  });

  test("paths start at initiative", () => {
    const bad = { ...initiative, activities: [{ ...initiative.activities[0], start: "2026-10-32" }] };
    const e = errorOf(() => parseInitiativeJson(JSON.stringify(bad)));
    expect(e.path).toBe("initiative.activities[0].start");
    expect(e.message).toMatch(/^initiative\.activities\[0\]\.start: not a date: "2026-10-32"/);
  });

  test("a whole plan given by mistake is rejected at its first plan field", () => {
    expect(errorOf(() => parseInitiative(rawPlan())).path).toBe("initiative.district");
  });

  test("syntax errors name line and column", () => {
    expect(errorOf(() => parseInitiativeJson('{ "description": "x", }')).message).toMatch(/line 1, column 23/);
  });
});
