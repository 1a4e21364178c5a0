/**
 * One truth: the Rubric's "From the plan" figures are counts of Check's own findings
 * (docs/guide-plan-manager.md, "From the plan"). On the sample plan, the practice plan (common
 * mistakes) and the plan with known defects, each figure the self-assessment writes equals the
 * count this test makes from what `check` reports, so a change to either side alone fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { assess } from "../../../src/commands/assess";
import { check } from "../../../src/commands/check";
import { newPlan } from "../../../src/commands/newPlan";
import { locatePlan, type CellRead } from "../../../src/checks/locatedPlan";
import type { RubricEvidence, TypeFigures } from "../../../src/checks/rubricEvidence";
import type { Finding } from "../../../src/domain/findings";
import type { Plan } from "../../../src/domain/plan";
import { TYPE_NAMES } from "../../../src/layout/build/rubricSheet";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { defectPlan } from "../../support/defectPlan";
import { dumpXlsx } from "../../support/dumpXlsx";

const TODAY = "2026-10-01";
const example = (file: string): Plan => JSON.parse(fs.readFileSync(path.join(__dirname, "../../../examples", file), "utf8")) as Plan;

/** What Check says lacks a date, a target, an evidence source (rule ids as docs/rules/ lists them). */
const DATE = ["benchmark-date", "activity-dates", "final-outcome-date"];
const TARGET = ["benchmark-target"];
const EVIDENCE = ["benchmark-evidence"];

type Counted = Omit<TypeFigures, "firstGap">;

/** The figures counted from Check's findings: a benchmark owns the findings on its cells (an activity: its whole row). */
async function fromCheck(wb: XlsxWorkbook): Promise<{ byType: Counted[]; bySheet: Record<string, Record<string, string>>; findings: Finding[] }> {
  const { findings } = await check(wb, { today: TODAY });
  const subject = locatePlan(await wb.snapshot());
  const at = (c: CellRead) => findings.filter((f) => f.sheet === c.at.sheet && f.cell === c.at.cell);
  const rowOf = new Map<CellRead, CellRead[]>();
  for (const li of subject.initiatives) for (const a of li.activities) rowOf.set(a.text, [a.text, a.quarter, a.lead, a.start, a.complete, a.status]);
  for (const f of subject.finalOutcomes) rowOf.set(f.text, [f.text, f.date]);
  const judged = subject.benchmarks.map((b) => {
    const mine = (rowOf.get(b.cell) ?? [b.cell]).flatMap(at);
    const lacks = (rules: string[]) => mine.some((f) => rules.includes(f.rule));
    const performance = b.type !== "activity";
    const date = !lacks(DATE);
    const target = performance ? !lacks(TARGET) : null;
    const evidence = performance ? !lacks(EVIDENCE) : null;
    const complete = date && target !== false && evidence !== false && mine.every((f) => f.severity === "note");
    return { b, date, target, evidence, complete, error: mine.some((f) => f.severity === "error") };
  });
  const byType = (["activity", "early_evidence", "short_term_outcome", "final_outcome"] as const).map((type) => {
    const of = judged.filter((j) => j.b.type === type);
    const count = (p: (j: (typeof judged)[number]) => boolean) => of.filter(p).length;
    return {
      type,
      total: of.length,
      withDate: count((j) => j.date),
      withTarget: type === "activity" ? null : count((j) => j.target === true),
      withEvidence: type === "activity" ? null : count((j) => j.evidence === true),
      complete: count((j) => j.complete),
      withErrors: count((j) => j.error),
    };
  });
  const bySheet: Record<string, Record<string, string>> = {};
  for (const li of subject.initiatives) {
    const of = (type: string) => {
      const list = judged.filter((j) => j.b.type === type && j.b.cell.at.sheet === li.sheet);
      return `${list.filter((j) => j.complete).length} of ${list.length}`;
    };
    bySheet[`${li.ref.o}.${li.ref.i}`] = { activity: of("activity"), early_evidence: of("early_evidence"), short_term_outcome: of("short_term_outcome") };
  }
  return { byType, bySheet, findings };
}

function available(e: RubricEvidence) {
  if (!e.available) throw new Error(e.reason);
  return e;
}

/** The tracking table as the Rubric sheet shows it: type name → its seven figures. */
function trackingRows(wb: XlsxWorkbook, sheet: string): Map<string, unknown[]> {
  const s = dumpXlsx(wb).sheets.find((x) => x.name === sheet)!;
  const rows = new Map<number, Map<string, unknown>>();
  for (const [a, c] of Object.entries(s.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const row = rows.get(Number(m[2])) ?? new Map<string, unknown>();
    row.set(m[1], c.value);
    rows.set(Number(m[2]), row);
  }
  const out = new Map<string, unknown[]>();
  for (const row of rows.values()) {
    const name = row.get("A");
    if (typeof name === "string" && Object.values(TYPE_NAMES).includes(name) && typeof row.get("B") === "number") {
      out.set(
        name,
        ["B", "C", "D", "E", "F", "G"].map((c) => row.get(c)),
      );
    }
  }
  return out;
}

const PLANS: Array<[string, () => Plan]> = [
  ["the sample plan", () => example("sample-plan.json")],
  ["the practice plan", () => example("practice-plan.json")],
  ["the plan with known defects", defectPlan],
];

test.each(PLANS)("on %s every Rubric figure is the count of Check's findings", async (_, plan) => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan());
  const expected = await fromCheck(wb);
  const r = await assess(wb, { date: TODAY });
  const e = available(r.evidence);

  expect(e.tracking.map(({ firstGap: _gap, ...t }) => t)).toEqual(expected.byType);
  expect(Object.fromEntries(e.initiatives.map((i) => [i.number, Object.fromEntries(Object.entries(i.byType).map(([k, v]) => [k, `${v.complete} of ${v.total}`]))]))).toEqual(
    expected.bySheet,
  );
  // The sheet shows the same figures (a number, or "not asked of activities").
  const shown = trackingRows(wb, r.sheet);
  for (const t of expected.byType) {
    const asked = (n: number | null) => n ?? "not asked of activities";
    expect({ type: t.type, row: shown.get(TYPE_NAMES[t.type]) }).toEqual({
      type: t.type,
      row: [t.total, t.withDate, asked(t.withTarget), asked(t.withEvidence), t.complete, t.withErrors],
    });
  }
  // Each first gap is a benchmark Check flagged (or one it says lacks a date).
  for (const t of e.tracking) {
    if (!t.firstGap) continue;
    expect(expected.findings.some((f) => f.sheet === t.firstGap!.sheet && f.cell === t.firstGap!.cell)).toBe(true);
  }
});

test("the practice plan: the activity whose dates are out of order and the one without a lead are not counted as having all the checker asks", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, example("practice-plan.json"));
  const { findings } = await check(wb, { today: TODAY });
  const flagged = findings.filter((f) => ["activity-dates-order", "activity-lead"].includes(f.rule)).map((f) => `${f.rule} ${f.sheet.slice(0, 3)}!${f.cell}`);
  expect(flagged).toEqual(["activity-dates-order 1.1!E23", "activity-lead 4.1!C23"]);
  const e = available((await assess(wb, { date: TODAY })).evidence);
  const activities = e.tracking.find((t) => t.type === "activity")!;
  // 63 activities; the two above and one that starts outside its quarter (2.2!D26) fall short.
  expect(activities).toMatchObject({ total: 63, withDate: 63, complete: 60, withErrors: 1 });
  expect(activities.firstGap).toEqual({ sheet: expect.stringMatching(/^1\.1 /), cell: "E23" });
  const one = e.initiatives.find((i) => i.number === "4.1")!;
  expect(one.byType.activity).toEqual({ complete: 5, total: 6 });
});

test("a number where a benchmark's sentence belongs: Check says so (workbook-cells), and the Rubric counts it as stating no date, target or source", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, defectPlan());
  const snap = await wb.snapshot();
  const outcomes = snap.names["AIP.O1.I1.ShortTermOutcomes"];
  const activities = snap.names["AIP.O1.I1.Activities"];
  const first = outcomes.range.split(":")[0];
  const activityText = activities.range.split(":")[0].replace(/^A/, "B");
  await wb.apply({
    sheets: [
      { name: outcomes.sheet, create: false, blocks: [{ at: first, cells: [[0.8]] }] },
      { name: activities.sheet, create: false, blocks: [{ at: activityText, cells: [[42]] }] },
    ],
    names: [],
  });
  const expected = await fromCheck(wb);
  const { findings } = await check(wb, { today: TODAY });
  expect(findings.filter((f) => f.rule === "workbook-cells").map((f) => f.cell)).toEqual(expect.arrayContaining([first, activityText]));
  const e = available((await assess(wb, { date: TODAY })).evidence);
  const short = e.tracking.find((t) => t.type === "short_term_outcome")!;
  const defect = available(
    (
      await assess(
        await (async () => {
          const clean = XlsxWorkbook.create();
          await newPlan(clean, defectPlan());
          return clean;
        })(),
        { date: TODAY },
      )
    ).evidence,
  ).tracking.find((t) => t.type === "short_term_outcome")!;
  // The outcome that was complete now holds 0.8: one fewer with a date, a target, a source, all the checker asks.
  expect(short).toMatchObject({
    total: defect.total,
    withDate: defect.withDate - 1,
    withTarget: defect.withTarget! - 1,
    withEvidence: defect.withEvidence! - 1,
    complete: defect.complete - 1,
  });
  // The activity whose text is 42 keeps its dates (J and K), but is not complete (Check warns on it).
  const activity = e.tracking.find((t) => t.type === "activity")!;
  expect(activity.withDate).toBe(7);
  expect(activity.complete).toBe(6);
  // The count made from Check's findings agrees except for the unread texts, which no rule judged.
  expect(e.tracking.find((t) => t.type === "activity")!.complete).toBe(expected.byType.find((t) => t.type === "activity")!.complete);
});
