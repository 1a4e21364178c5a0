/** analyzeBenchmark: what a text says about when, how much and how we will know (SPEC.md §4.7). */
import { analyzeBenchmark } from "../../../../src/checks/text";

const SY = { schoolYear: 2026 };

describe("dates resolve into the plan's school year (1 Sep 2026 – 31 Aug 2027)", () => {
  test.each([
    ["By November, 60% of staff …", ["2026-11-01"]],
    ["By November 1st, inventory interventions.", ["2026-11-01"]],
    ["By Oct 15th, 100% of teachers …", ["2026-10-15"]],
    ["35% by January, and 50% by May", ["2027-01-01", "2027-05-01"]],
    ["By October 1, 2012, each school …", ["2012-10-01"]],
    ["By January 2013, develop a plan", ["2013-01-01"]],
    ["By October 30, 95% of staff complete it.", ["2026-10-30"]],
    ["Due 3/15/2027.", ["2027-03-15"]],
    ["Teachers may use the tool.", []],
  ])("%s → %j", (text, dates) => {
    expect(analyzeBenchmark(text, undefined, SY).dates).toEqual(dates);
  });

  test("without a school year, month names still count as a date but are not placed", () => {
    const a = analyzeBenchmark("By November, 60% of staff use it.", undefined, {});
    expect(a.hasDate).toBe(true);
    expect(a.dates).toEqual([]);
  });

  test("a two-digit number after a month and day is not read as a year (chrono reads 1995)", () => {
    const a = analyzeBenchmark("By October 30, 95% of staff complete the module.", undefined, SY);
    expect(a.targets).toContain("95%");
  });

  test.each([
    ["by the end of SY26-27", "school-year", "2026-09-01", "2027-08-31"],
    ["during the 2026-2027 school year", "school-year", "2026-09-01", "2027-08-31"],
    ["in the spring of 2013", "season", "2013-03-01", "2013-05-31"],
    ["by spring", "season", "2027-03-01", "2027-05-31"],
    ["Fall-to-Winter", "season", "2026-09-01", "2027-02-28"],
    ["by EOY", "school-year", "2026-09-01", "2027-08-31"],
  ])("%s is a %s mention spanning %s – %s", (text, kind, start, end) => {
    const [m] = analyzeBenchmark(text, undefined, SY).dateMentions;
    expect(m).toMatchObject({ kind });
    expect(m.start).toBe(start);
    expect(m.end).toBe(end);
  });

  test.each([
    ["meet weekly", "weekly"],
    ["Each month, all principals improve", "Each month"],
    ["through each 6 week cycle", "each 6 week cycle"],
    ["three times a year", "three times a year"],
    ["on a daily basis", "on a daily basis"],
    ["every Friday", "every Friday"],
  ])("frequency of %s is %s", (text, frequency) => {
    expect(analyzeBenchmark(text, undefined, SY).frequency).toBe(frequency);
  });

  test("a starting point is marked as a baseline", () => {
    const a = analyzeBenchmark("increase from <X> in spring of 2012 to <Y> in the spring of 2013", undefined, SY);
    expect(a.dateMentions.map((m) => [m.text, m.baseline])).toEqual([
      ["in spring of 2012", true],
      ["the spring of 2013", false],
    ]);
  });
});

describe("targets, evidence, placeholders", () => {
  test("lists what counted, so a person can see why", () => {
    const a = analyzeBenchmark(
      "35% of classrooms are at least “Providing” in Indicator 4 by January, and 50% by May based on documented District Learning Walks",
      "early_evidence",
      SY,
    );
    expect(a.targets).toEqual(["35%", "50%", "at least “Providing”"]);
    expect(a.evidence).toEqual(["based on documented District Learning Walks"]);
  });

  test("an elided evidence clause is reported as such and is not evidence", () => {
    const a = analyzeBenchmark("100% of teachers develop and use SMART goals aligned to SIPs as evidenced by…", "early_evidence", SY);
    expect(a).toMatchObject({ hasEvidence: false, elidedEvidence: true, placeholders: ["…"] });
  });

  test("a share in the present tense is where things stand on a line given without a type, and a target on a benchmark", () => {
    const text = "48% of first through fifth grade students are in the “danger” category as measured by MAP.";
    expect(analyzeBenchmark(text, undefined, SY)).toMatchObject({ hasTarget: false, targets: [], hasEvidence: true });
    expect(analyzeBenchmark(text, "early_evidence", SY)).toMatchObject({ hasTarget: true, targets: ["48%"] });
    // a threshold or full coverage is a commitment either way (early evidence is often written so)
    expect(analyzeBenchmark("100% of teachers are receiving feedback from walkthroughs.", undefined, SY).hasTarget).toBe(true);
    expect(analyzeBenchmark("At least 75% of all walkthroughs include posted learning goals.", undefined, SY).hasTarget).toBe(true);
  });

  test("a count reported as done is a result on a line given without a type, and a target on a benchmark", () => {
    const text = "The district removed 561 no-show students from rosters and reviewed about 364 over-age students.";
    expect(analyzeBenchmark(text, undefined, SY)).toMatchObject({ hasTarget: false, targets: [] });
    expect(analyzeBenchmark(text, "early_evidence", SY).hasTarget).toBe(true);
    // dated, or further into the line, or a tally in brackets: still a report
    expect(analyzeBenchmark("At the January 2023 meeting, the district shared 17 adjustments to its targets.", undefined, SY).hasTarget).toBe(false);
    expect(analyzeBenchmark("Updating baselines with end-of-year data (8 KPIs adjusted)", undefined, SY).hasTarget).toBe(false);
    // looking forward, it commits: "will"
    expect(analyzeBenchmark("The district will review 300 attendance plans.", undefined, SY).hasTarget).toBe(true);
  });

  test("a fraction is a count of a whole, shown as a target, not a date", () => {
    const a = analyzeBenchmark("The share at College Pathway on the Math FAST Test in the Spring of 2023 will be at least 70% (113/161).", undefined, SY);
    expect(a.dateMentions.map((m) => m.text)).toEqual(["Spring of 2023"]);
    expect(a.targets).toEqual(expect.arrayContaining(["70%", "113/161"]));
  });

  test("a 32,000-character cell is read without error (its speed is in npm run bench)", () => {
    const text = `${"By November 2026, 60% of teachers will use the routine, as evidenced by walkthrough data. ".repeat(360)}${" ".repeat(2000)}x`;
    const a = analyzeBenchmark(text, "early_evidence", SY);
    expect(a).toMatchObject({ hasDate: true, hasTarget: true, hasEvidence: true });
  });
});
