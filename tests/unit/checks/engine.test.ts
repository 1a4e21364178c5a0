/**
 * The engine over whole workbooks: every rule runs, text rules see benchmark cells with their type,
 * readPlan's problems become findings, odd cells become findings, and nothing crashes.
 * The text rules are replaced here by two stand-ins, so these tests do not depend on their wording.
 */
import { compareFindings, MAX_BENCHMARK_CHARS, runChecks } from "../../../src/checks/engine";
import { PLAN_RULES } from "../../../src/checks/rules/planRules";
import type { BenchmarkInput, TextRule } from "../../../src/checks/types";
import { initiativeNames, quarterListName } from "../../../src/layout/names";
import { WorkbookError } from "../../../src/workbook/port";
import { withLayoutNames } from "../../support/layoutNames";
import { ACTIVITIES_TOP, addInitiative, addPlanSheet, SnapshotBuilder } from "../../support/snapshotBuilder";
import { serial, TODAY } from "../../support/planFixture";

const seen: BenchmarkInput[] = [];

jest.mock("../../../src/checks/rules/textRules", () => {
  const noDate: TextRule = {
    kind: "text",
    id: "stand-in-date",
    severity: "warning",
    description: "stand-in",
    guidance: "test",
    appliesTo: ["short_term_outcome", "early_evidence", "final_outcome"],
    check: (input) => {
      seen.push(input);
      return /\b20\d\d\b/.test(input.text) ? [] : [{ message: "no date", suggestion: "add a date" }];
    },
  };
  const thrower: TextRule = {
    kind: "text",
    id: "stand-in-throws",
    severity: "error",
    description: "stand-in",
    guidance: "test",
    appliesTo: ["activity"],
    check: (input) => {
      if (input.text.includes("boom")) throw new Error("boom");
      return [];
    },
  };
  return { TEXT_RULES: [noDate, thrower] };
});

beforeEach(() => {
  seen.length = 0;
});

function goodPlan(): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder(), { finalOutcomes: [["Grade 3 reading at 70% by June 2027", serial("2027-06-30")]] });
  for (const o of [1, 2, 3]) {
    for (const i of [1, 2]) {
      addInitiative(b, { o, i }, `${o}.${i}`, {
        objectiveLead: "Pat Lee",
        lead: "Sam Ortiz",
        shortTermOutcomes: ["By June 2027, 80% of students …"],
        activities: [{ quarter: "Sept-Dec", text: "Hire", lead: "HR", start: serial("2026-09-01"), complete: serial("2026-10-01"), status: "Complete" }],
      });
    }
  }
  return b;
}

test("every plan rule has a public id, a severity, a description and its guidance; ids are unique", () => {
  const ids = PLAN_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of PLAN_RULES) {
    expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(["error", "warning", "note"]).toContain(r.severity);
    expect(r.description.length).toBeGreaterThan(10);
    expect(r.guidance).toMatch(/SPEC\.md|DECISIONS\.md/);
  }
});

test("a sound plan has no findings; counts are zero", () => {
  const r = runChecks(withLayoutNames(goodPlan()).build(), { today: TODAY });
  expect(r.findings).toEqual([]);
  expect(r.counts).toEqual({ error: 0, warning: 0, note: 0 });
});

test("text rules get each benchmark cell's text and type, respecting appliesTo; findings land on the cell", () => {
  const b = goodPlan();
  addInitiative(b, { o: 1, i: 3 }, "1.3", {
    shortTermOutcomes: ["", "Teachers use the new units"],
    earlyEvidence: ["Walkthroughs in 2026"],
    activities: [{ quarter: "Sept-Dec", text: "Plan the boom", lead: "HR", start: serial("2026-09-01"), complete: serial("2026-10-01"), status: "Complete" }],
  });
  const r = runChecks(b.build(), { today: TODAY });
  expect(seen).toContainEqual({ text: "Teachers use the new units", type: "short_term_outcome" });
  expect(seen).toContainEqual({ text: "Walkthroughs in 2026", type: "early_evidence" });
  expect(seen).toContainEqual({ text: "Grade 3 reading at 70% by June 2027", type: "final_outcome" });
  expect(seen.some((s) => s.type === "activity")).toBe(false); // not in the stand-in's appliesTo
  const stand = r.findings.filter((f) => f.rule === "stand-in-date");
  expect(stand.map((f) => [f.sheet, f.cell, f.initiative])).toEqual([["1.3", "B11", { o: 1, i: 3 }]]);
  expect(stand[0]).toMatchObject({ severity: "warning", message: "no date", suggestion: "add a date" });
  // A text rule that throws is reported on the cell as a note; the others still ran.
  const crash = r.findings.find((f) => f.rule === "stand-in-throws");
  expect(crash).toMatchObject({ severity: "note", sheet: "1.3", cell: `B${ACTIVITIES_TOP}` });
  expect(crash?.message).toContain("bug");
});

test("numbers, formulas, error values and 32,000-character cells in benchmark cells are findings, not crashes", () => {
  const b = goodPlan();
  const huge = `By June 2027, ${"80% of students read well. ".repeat(1300)}`.slice(0, 32_000);
  addInitiative(b, { o: 1, i: 3 }, "1.3", { shortTermOutcomes: [0.8, "#REF!", huge, true] });
  const snap = b.build();
  // A formula cell: the value is its result, the formula is reported beside it.
  const eo = snap.names[initiativeNames({ o: 1, i: 3 }).earlyEvidence];
  eo.values = [["By June 2027, 60% …"], [""], [""]];
  eo.formulas = [["=Plan!B6"], [""], [""]];
  const r = runChecks(snap, { today: TODAY });
  const cells = r.findings.filter((f) => f.rule === "workbook-cells").map((f) => [f.cell, f.severity, f.message.slice(0, 41)]);
  expect(cells).toEqual([
    ["B10", "warning", "This short-term outcome holds the number "],
    ["B11", "warning", "This short-term outcome shows the error #"],
    ["B12", "warning", "This short-term outcome is 32,000 charact"],
    ["B13", "warning", "This short-term outcome holds the value T"],
    ["B20", "note", "This early-evidence indicator is a formul"],
  ]);
  const judged = seen.find((s) => s.text.length > 100);
  expect(judged?.text.length).toBe(MAX_BENCHMARK_CHARS);
  expect(seen).toContainEqual({ text: "By June 2027, 60% …", type: "early_evidence" });
});

test("a deleted strategy sheet and a missing required name are workbook-names errors; a wrong-sized name is a warning", () => {
  const b = withLayoutNames(goodPlan()).removeSheet("2.2").removeName("AIP.KeyIssues");
  b.name("AIP.O3.I1.Lead", "3.1", "B6:C6");
  const r = runChecks(b.build(), { today: TODAY });
  const names = r.findings.filter((f) => f.rule === "workbook-names");
  expect(names.map((f) => [f.severity, f.initiative ?? "plan", f.sheet, f.message.slice(0, 45)])).toEqual([
    ["error", "plan", "Plan", "The defined name AIP.KeyIssues is missing (no"],
    ["error", { o: 2, i: 2 }, "", "The strategy sheet of initiative 2.2 is gone:"],
    ["warning", { o: 3, i: 1 }, "", "The defined name AIP.O3.I1.Lead should be one"],
  ]);
  // The missing name says where it belongs and that Repair names puts it back; the gone sheet, what to do by hand.
  expect(names[0].message).toContain('it belongs on the sheet "Plan"');
  expect(names[0].suggestion).toContain("Run Repair names");
  expect(names[1].message).toContain("undo or restore it");
  expect(names.every((f) => f.cell === "")).toBe(true);
  expect(r.counts.error).toBe(2);
});

test("a name on a deleted sheet says the sheet is gone and what to do by hand, not Repair names", () => {
  const b = withLayoutNames(goodPlan());
  b.broken(quarterListName(0));
  const r = runChecks(b.removeSheet("Sept-Dec").build(), { today: TODAY });
  const f = r.findings.filter((x) => x.rule === "workbook-names");
  expect(f).toEqual([
    expect.objectContaining({
      severity: "error",
      sheet: "",
      message: expect.stringMatching(/AIP\.Quarter1\.List is broken .* the quarter tab Sept-Dec it belongs on is not in this workbook/),
    }),
  ]);
  expect(f[0].suggestion).toMatch(/^Restore the sheet/);
});

test("a junk date is said once (by activity-dates), not again as a reading problem; other cell problems become workbook-cells", () => {
  const b = goodPlan();
  addInitiative(b, { o: 1, i: 3 }, "1.3", {
    activities: [{ quarter: "Sept-Dec", text: "Hire", lead: "HR", start: "next fall", complete: serial("2027-03-01"), status: "Finished" }],
  });
  const r = runChecks(b.build(), { today: TODAY });
  const onStart = r.findings.filter((f) => f.sheet === "1.3" && f.cell === `D${ACTIVITIES_TOP}`);
  expect(onStart.map((f) => f.rule)).toEqual(["activity-dates"]);
  const status = r.findings.find((f) => f.cell === `F${ACTIVITIES_TOP}` && f.rule === "workbook-cells");
  expect(status).toMatchObject({ severity: "warning", sheet: "1.3", initiative: { o: 1, i: 3 } });
  expect(status?.message).toContain('"Finished"');
});

test("an empty plan (no objectives yet) runs: the objective count is the finding", () => {
  const r = runChecks(withLayoutNames(addPlanSheet(new SnapshotBuilder())).build(), { today: TODAY });
  expect(r.findings.map((f) => f.rule)).toContain("plan-objective-count");
  expect(r.counts.error).toBe(0);
});

test("blank benchmark cells are skipped and each missing rating name is its own workbook-names finding on its sheet", () => {
  const b = goodPlan();
  addInitiative(b, { o: 1, i: 3 }, "1.3", { shortTermOutcomes: ["By June 2027, 70% read", ""] });
  withLayoutNames(b);
  const gone = (["Jan", "Mar", "Jun", "Sep"] as const).flatMap((p) =>
    (["Process", "Performance", "ProcessEvidence", "PerformanceEvidence"] as const).map((k) => initiativeNames({ o: 1, i: 3 }).rating(k, p)),
  );
  for (const name of gone) b.removeName(name);
  const r = runChecks(b.build(), { today: TODAY });
  const names = r.findings.filter((f) => f.rule === "workbook-names");
  expect(names).toHaveLength(gone.length);
  for (const name of gone) {
    expect(names).toContainEqual(expect.objectContaining({ severity: "error", sheet: "1.3", initiative: { o: 1, i: 3 }, message: expect.stringContaining(`${name} is missing`) }));
  }
});

test("a workbook with no plan is a clear error, not a crash", () => {
  expect(() => runChecks({ sheets: ["Sheet1"], names: {} }, { today: TODAY })).toThrow(WorkbookError);
});

test("findings sort: plan-level first, then initiative; within, errors, warnings, notes; then sheet and cell in reading order", () => {
  const f = (o: number | undefined, severity: "error" | "warning" | "note", cell: string) => ({
    rule: "r",
    severity,
    sheet: "S",
    cell,
    message: "",
    ...(o ? { initiative: { o, i: 1 } } : {}),
  });
  const sorted = [f(2, "error", "A1"), f(1, "note", "A1"), f(1, "error", "B10"), f(1, "error", "B9"), f(undefined, "warning", "A1")].sort(compareFindings);
  expect(sorted.map((x) => `${x.initiative?.o ?? "plan"} ${x.severity} ${x.cell}`)).toEqual(["plan warning A1", "1 error B9", "1 error B10", "1 note A1", "2 error A1"]);
});
