import { isoToSerial } from "../../../src/domain/calendar";
import { initiativeNames, PLAN_NAMES } from "../../../src/layout/names";
import { activitySources, initiativeRefs, readPlan } from "../../../src/layout/read/readPlan";
import { parseTextDate } from "../../../src/layout/read/readCells";
import { WorkbookError } from "../../../src/workbook/port";
import { ACTIVITIES_TOP, addInitiative, addPlanSheet, SnapshotBuilder } from "../../support/snapshotBuilder";

const serial = isoToSerial;

function sample(): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", {
    objective: "Improve core instruction",
    objectiveLead: "Pat Lee",
    description: "Instructional coaching",
    lead: "Sam Ortiz",
    resources: "Two coaches",
    shortTermOutcomes: ["80% of teachers coached by Dec 2026", "", "Walkthrough scores up 10% by June 2027"],
    earlyEvidence: ["Coaching logs monthly"],
    activities: [
      { quarter: "Sept-Dec", text: "Hire coaches", lead: "HR team", start: serial("2026-09-01"), complete: serial("2026-10-15"), status: "Complete" },
      { quarter: "Jan-March", text: "Coaching cycles", lead: "Coaches", start: serial("2027-01-10") },
    ],
    ratings: {
      Jan: { Process: "Technical Implementation Stage", ProcessEvidence: "Logs show 12 cycles", Performance: "Partially Reached Performance Goals" },
      Mar: { Performance: "Reached Performance Goals" },
    },
  });
  addInitiative(b, { o: 1, i: 2 }, "1.2 It's reading", {
    objective: "Improve core instruction",
    objectiveLead: "Pat Lee",
    description: "Reading intervention",
    activities: [{ quarter: "April-June", text: "=Screen all K-3 students", lead: "+Reading team" }],
  });
  addInitiative(b, { o: 2, i: 1 }, "2.1 Family", { objective: "Engage families", objectiveLead: "Ana Ruiz" });
  return b;
}

describe("readPlan", () => {
  it("rebuilds the plan from the names: header, roster, outcomes, objectives in order", () => {
    const { plan, problems } = readPlan(sample().build());
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({
      district: "Harbor City Public Schools",
      date: "2026-09-15",
      schoolYear: 2026,
      keyIssues: "Reading scores are flat.",
      theoryOfAction: "If we coach, then...",
      roster: ["Pat Lee", "Sam Ortiz"],
      finalOutcomes: [{ text: "Grade 3 reading at 70%", date: "2027-08-31" }],
    });
    expect(plan.objectives.map((o) => [o.title, o.lead, o.initiatives.map((i) => i.description)])).toEqual([
      ["Improve core instruction", "Pat Lee", ["Instructional coaching", "Reading intervention"]],
      ["Engage families", "Ana Ruiz", ["Initiative 2.1"]],
    ]);
  });

  it("reads one initiative completely: lists without blanks, activities without padding, dates as ISO", () => {
    const init = readPlan(sample().build()).plan.objectives[0].initiatives[0];
    expect(init).toEqual({
      description: "Instructional coaching",
      lead: "Sam Ortiz",
      shortTermOutcomes: ["80% of teachers coached by Dec 2026", "Walkthrough scores up 10% by June 2027"],
      earlyEvidence: ["Coaching logs monthly"],
      resources: "Two coaches",
      activities: [
        { quarter: "Sept-Dec", text: "Hire coaches", lead: "HR team", start: "2026-09-01", complete: "2026-10-15", status: "Complete" },
        { quarter: "Jan-March", text: "Coaching cycles", lead: "Coaches", start: "2027-01-10" },
      ],
      ratings: {
        Jan: {
          process: "Technical Implementation Stage",
          processEvidence: "Logs show 12 cycles",
          performance: "Partially Reached Performance Goals",
        },
        Mar: { performance: "Reached Performance Goals" },
      },
    });
  });

  it("keeps text that looks like a formula as text", () => {
    const [activity] = readPlan(sample().build()).plan.objectives[0].initiatives[1].activities;
    expect(activity).toEqual({ quarter: "April-June", text: "=Screen all K-3 students", lead: "+Reading team" });
  });

  it("round-trips every rating cell of every period", () => {
    const kinds = ["Process", "ProcessEvidence", "Performance", "PerformanceEvidence"] as const;
    const values = {
      Process: "Fully Embedded Stage",
      ProcessEvidence: "Evidence P",
      Performance: "Reached High Performance Goals Consistently",
      PerformanceEvidence: "Evidence R",
    };
    const b = addPlanSheet(new SnapshotBuilder());
    const all = Object.fromEntries(["Jan", "Mar", "Jun", "Sep"].map((p) => [p, Object.fromEntries(kinds.map((k) => [k, `${values[k]}`]))]));
    addInitiative(b, { o: 1, i: 1 }, "1.1", { ratings: all });
    const { plan, problems } = readPlan(b.build());
    expect(problems).toEqual([]);
    const entry = {
      process: values.Process,
      processEvidence: values.ProcessEvidence,
      performance: values.Performance,
      performanceEvidence: values.PerformanceEvidence,
    };
    expect(plan.objectives[0].initiatives[0].ratings).toEqual({ Jan: entry, Mar: entry, Jun: entry, Sep: entry });
  });

  it("throws a WorkbookError only when there is no plan at all", () => {
    const empty = new SnapshotBuilder().sheet("Sheet1").build();
    expect(() => readPlan(empty)).toThrow(WorkbookError);
    expect(() => readPlan(empty)).toThrow(/no AIP plan.*New plan first/);
    const onlyInitiative = addInitiative(new SnapshotBuilder(), { o: 1, i: 1 }, "1.1", {}).build();
    expect(() => readPlan(onlyInitiative)).not.toThrow();
  });

  describe("odd workbooks give problems, not crashes", () => {
    it("reports a broken or missing Plan name by name and goes on", () => {
      const b = sample().broken(PLAN_NAMES.keyIssues).removeName(PLAN_NAMES.theoryOfAction);
      const { plan, problems } = readPlan(b.build());
      expect(plan.keyIssues).toBe("");
      expect(plan.objectives).toHaveLength(2);
      expect(problems).toEqual([
        { where: "AIP.KeyIssues", message: expect.stringMatching(/AIP.KeyIssues is broken.*#REF!.*Name Manager/) },
        { where: "AIP.TheoryOfAction", message: expect.stringMatching(/AIP.TheoryOfAction is missing/) },
      ]);
    });

    it("leaves out an initiative whose sheet was deleted, with one problem, and reports the numbering gap", () => {
      const b = sample().removeSheet("1.1 Coaching");
      const { plan, problems } = readPlan(b.build());
      expect(plan.objectives[0].initiatives.map((i) => i.description)).toEqual(["Reading intervention"]);
      expect(problems).toEqual([{ where: "AIP.O1.I1.*", message: expect.stringMatching(/strategy sheet of initiative 1.1 is gone.*left out/) }]);
      // The objective's title still comes from the remaining sheet.
      expect(plan.objectives[0].title).toBe("Improve core instruction");
    });

    it("reports gaps in objective and initiative numbering", () => {
      const b = addPlanSheet(new SnapshotBuilder());
      addInitiative(b, { o: 1, i: 2 }, "1.2", {});
      addInitiative(b, { o: 3, i: 1 }, "3.1", {});
      const { plan, problems } = readPlan(b.build());
      expect(plan.objectives).toHaveLength(2);
      expect(problems.map((p) => p.where)).toEqual(["AIP.O2", "AIP.O1.I1"]);
      expect(problems[0].message).toMatch(/Objective 2 has no names.*gap/);
    });

    it("reports a formula that shows an error instead of exporting the error as text", () => {
      const snap = sample().build();
      const objective = initiativeNames({ o: 1, i: 2 }).objective;
      snap.names[objective] = { ...snap.names[objective], values: [["#REF!"]], formulas: [["=#REF!"]] };
      const { plan, problems } = readPlan(snap);
      expect(plan.objectives[0].title).toBe("Improve core instruction");
      expect(problems).toEqual([{ where: "'1.2 It''s reading'!B3", message: expect.stringMatching(/shows the error #REF!: its formula =#REF! no longer works/) }]);
      // Typed as text, "#N/A" is a value like any other.
      snap.names[PLAN_NAMES.district] = { ...snap.names[PLAN_NAMES.district], values: [["#N/A"]], formulas: [["#N/A"]] };
      expect(readPlan(snap).plan.district).toBe("#N/A");
    });

    it("reports a name that points at a sheet not in the workbook", () => {
      const snap = sample().build();
      snap.names[PLAN_NAMES.district] = { ...snap.names[PLAN_NAMES.district], sheet: "Old plan" };
      const { plan, problems } = readPlan(snap);
      expect(plan.district).toBe("");
      expect(problems).toEqual([{ where: "AIP.District", message: expect.stringMatching(/"Old plan", which is not in this workbook/) }]);
    });

    it("reads text dates that are clearly dates and keeps other text as typed, with the cell named", () => {
      const b = addPlanSheet(new SnapshotBuilder(), {
        date: "9/15/2026",
        finalOutcomes: [
          ["Outcome A", "2027-06-30"],
          ["Outcome B", "end of year"],
        ],
      });
      addInitiative(b, { o: 1, i: 1 }, "1.2 Reading", {
        activities: [{ quarter: "Sept-Dec", text: "Screen", start: "Sep 20, 2026", complete: "soon" }],
      });
      const { plan, problems } = readPlan(b.build());
      expect(plan.date).toBe("2026-09-15");
      expect(plan.finalOutcomes).toEqual([
        { text: "Outcome A", date: "2027-06-30" },
        { text: "Outcome B", date: "end of year" },
      ]);
      expect(plan.objectives[0].initiatives[0].activities[0]).toMatchObject({ start: "2026-09-20", complete: "soon" });
      expect(problems).toEqual([
        { where: "'Plan'!B21", message: expect.stringMatching(/"end of year", which is not a date; it was kept as typed/) },
        { where: `'1.2 Reading'!E${ACTIVITIES_TOP}`, message: expect.stringMatching(/"soon", which is not a date/) },
      ]);
    });

    it("reports rating cells and ranges of the wrong shape, and unknown scale names kept as typed", () => {
      const ref = { o: 1, i: 1 };
      const n = initiativeNames(ref);
      const b = addPlanSheet(new SnapshotBuilder());
      addInitiative(b, ref, "1.1", { ratings: { Jan: { Process: "Fully Embeded" } } });
      b.set("1.1", "H1", [["Reached Performance Goals", "x"]]).name(n.rating("Performance", "Jun"), "1.1", "H1:I1");
      b.name(n.activities, "1.1", `A${ACTIVITIES_TOP}:D${ACTIVITIES_TOP + 1}`);
      const { plan, problems } = readPlan(b.build());
      const init = plan.objectives[0].initiatives[0];
      expect(init.ratings).toEqual({ Jan: { process: "Fully Embeded" }, Jun: { performance: "Reached Performance Goals" } });
      expect(init.activities).toEqual([]);
      expect(problems.map((p) => p.where)).toEqual([n.activities, expect.stringMatching(/^'1\.1'!B\d+$/), n.rating("Performance", "Jun")]);
      expect(problems.find((p) => p.where === n.activities)?.message).toMatch(/should cover 6 columns.*could not be read/);
      expect(problems.find((p) => /Fully Embeded/.test(p.message))?.message).toMatch(/not a level of the Improvement Process Stages scale; it was kept as typed/);
      expect(problems.find((p) => p.where === n.rating("Performance", "Jun"))?.message).toMatch(/should be one cell but covers H1:I1; only '1.1'!H1 was read/);
      expect(problems).toHaveLength(3);
    });

    it("reports a whole missing rating table once", () => {
      const b = sample();
      const n = initiativeNames({ o: 2, i: 1 });
      for (const p of ["Jan", "Mar", "Jun", "Sep"] as const)
        for (const k of ["Process", "ProcessEvidence", "Performance", "PerformanceEvidence"] as const) b.removeName(n.rating(k, p));
      const { plan, problems } = readPlan(b.build());
      expect(plan.objectives[1].initiatives[0].ratings).toEqual({});
      expect(problems).toEqual([{ where: "AIP.O2.I1.Process.Jan", message: expect.stringMatching(/Initiative 2.1 has none of its rating names.*not read/) }]);
    });

    it("reports activities with a missing or unknown quarter or status, keeping them", () => {
      const b = addPlanSheet(new SnapshotBuilder());
      addInitiative(b, { o: 1, i: 1 }, "1.1", {
        activities: [
          { quarter: "", text: "No quarter" },
          { quarter: "Fall", text: "Odd quarter", status: "Done-ish" },
        ],
      });
      const { plan, problems } = readPlan(b.build());
      expect(plan.objectives[0].initiatives[0].activities.map((a) => [a.quarter, a.text, a.status])).toEqual([
        ["", "No quarter", undefined],
        ["Fall", "Odd quarter", "Done-ish"],
      ]);
      expect(problems.map((p) => p.where)).toEqual([`'1.1'!A${ACTIVITIES_TOP}`, `'1.1'!A${ACTIVITIES_TOP + 1}`, `'1.1'!F${ACTIVITIES_TOP + 1}`]);
      expect(problems[0].message).toMatch(/has no Quarter; choose one of Sept-Dec, Jan-March, April-June, July-Aug/);
    });

    it("reports objective title or lead that differ between sheets of one objective", () => {
      const b = addPlanSheet(new SnapshotBuilder());
      addInitiative(b, { o: 1, i: 1 }, "1.1", { objectiveLead: "Pat Lee" });
      addInitiative(b, { o: 1, i: 2 }, "1.2", { objectiveLead: "Pat  Li" });
      const { plan, problems } = readPlan(b.build());
      expect(plan.objectives[0].lead).toBe("Pat Lee");
      expect(problems).toEqual([{ where: "'1.2'!B4", message: expect.stringMatching(/overall lead \(B\) of objective 1 differs.*"Pat Lee".*"Pat {2}Li"/) }]);
    });

    it("reports an unreadable school year and assumes it from the plan's date", () => {
      const b = addPlanSheet(new SnapshotBuilder(), { schoolYear: "next year", date: serial("2027-02-01") });
      addInitiative(b, { o: 1, i: 1 }, "1.1", {});
      const { plan, problems } = readPlan(b.build());
      expect(plan.schoolYear).toBe(2026);
      expect(problems).toEqual([{ where: "'Plan'!B4", message: expect.stringMatching(/holds "next year".*2026 was assumed/) }]);
      const sy = addPlanSheet(new SnapshotBuilder(), { schoolYear: "SY 2025-26" });
      expect(readPlan(sy.build()).plan.schoolYear).toBe(2025);
      const short = addPlanSheet(new SnapshotBuilder(), { schoolYear: 26 });
      expect(readPlan(short.build())).toMatchObject({ plan: { schoolYear: 2026 }, problems: [{ where: "'Plan'!B4" }] });
    });

    it("reads a roster or outcome list of the wrong shape without losing a cell", () => {
      const b = addPlanSheet(new SnapshotBuilder(), { finalOutcomes: [["Only text"], [""], ["Second"]] });
      b.set("Lists", "A2", [
        ["Pat", "Sam"],
        ["", "Ana"],
      ]).name("AIP.List.Roster", "Lists", "A2:B3");
      const { plan, problems } = readPlan(b.build());
      expect(plan.roster).toEqual(["Pat", "Sam", "Ana"]);
      expect(plan.finalOutcomes).toEqual([{ text: "Only text" }, { text: "Second" }]);
      expect(problems.map((p) => p.where)).toEqual(["AIP.List.Roster", "AIP.FinalOutcomes"]);
    });
  });
});

describe("initiativeRefs", () => {
  it("lists each initiative once, sorted by objective then initiative", () => {
    const b = new SnapshotBuilder();
    addInitiative(b, { o: 2, i: 1 }, "2.1", {});
    addInitiative(b, { o: 1, i: 10 }, "1.10", {});
    addInitiative(b, { o: 1, i: 2 }, "1.2", {});
    expect(initiativeRefs(b.build())).toEqual([
      { o: 1, i: 2 },
      { o: 1, i: 10 },
      { o: 2, i: 1 },
    ]);
  });
});

describe("activitySources", () => {
  it("gives each readable activities table with its sheet and range, padding rows blanked", () => {
    const b = sample();
    const sources = activitySources(b.build());
    expect(sources.map((s) => [s.ref, s.sheet, s.activitiesRange])).toEqual([
      [{ o: 1, i: 1 }, "1.1 Coaching", `A${ACTIVITIES_TOP}:F${ACTIVITIES_TOP + 3}`],
      [{ o: 1, i: 2 }, "1.2 It's reading", `A${ACTIVITIES_TOP}:F${ACTIVITIES_TOP + 2}`],
      [{ o: 2, i: 1 }, "2.1 Family", `A${ACTIVITIES_TOP}:F${ACTIVITIES_TOP + 1}`],
    ]);
    expect(sources[0].quarters).toEqual(["Sept-Dec", "Jan-March", "", ""]);
    expect(sources[1].quarters).toEqual(["April-June", "", ""]);
  });

  it("counts a row as an activity when any of H, I, J or K holds something", () => {
    const b = new SnapshotBuilder();
    addInitiative(b, { o: 1, i: 1 }, "1.1", {
      activities: [
        { quarter: "Sept-Dec", text: "", lead: "Only a lead" },
        { quarter: "Jan-March", text: "", complete: 46400 },
        { quarter: "July-Aug", text: "", status: "Not started" },
      ],
      padding: 0,
    });
    expect(activitySources(b.build())[0].quarters).toEqual(["Sept-Dec", "Jan-March", ""]);
  });

  it("skips initiatives whose activities name is broken, on a missing sheet, or too narrow", () => {
    const b = sample();
    b.broken(initiativeNames({ o: 1, i: 1 }).activities);
    b.name(initiativeNames({ o: 1, i: 2 }).activities, "1.2 It's reading", "A31:C33");
    b.removeSheet("2.1 Family");
    expect(activitySources(b.build())).toEqual([]);
  });
});

describe("parseTextDate", () => {
  it.each([
    ["2026-09-15", "2026-09-15"],
    ["2026/9/5", "2026-09-05"],
    ["9/15/2026", "2026-09-15"],
    [" 12/1/2026 ", "2026-12-01"],
    ["Sep 15, 2026", "2026-09-15"],
    ["September 15 2026", "2026-09-15"],
    ["15 Sept. 2026", "2026-09-15"],
  ])("reads %p as %p", (text, iso) => expect(parseTextDate(text)).toBe(iso));

  it.each(["2026-13-45", "2/30/2027", "15/9/2026", "soon", "By November", "Septemberish 15 2026", "2026"])("refuses %p", (text) => expect(parseTextDate(text)).toBeUndefined());
});
