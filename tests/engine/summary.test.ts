/**
 * The Summary computed by LibreOffice: a plan with ratings (strategy tabs whose names need quoting:
 * apostrophes, spaces) is rolled up, recalculated, and every Summary figure compared with the
 * domain's roll-up; then ratings are changed directly in the rating cells (ExcelJS on the file,
 * as a person typing would, misspellings included), recalculated again, and the Summary followed.
 */
import { rollUp as rollUpCommand } from "../../src/commands/rollUp";
import { newPlan } from "../../src/commands/newPlan";
import { localToday } from "../../src/domain/calendar";
import { QPR_PERIODS, type Plan, type QprPeriod } from "../../src/domain/plan";
import { rollUp, SCALE_KEYS, SCALE_OF, type LevelCounts, type PlanRollup, type ScaleKey } from "../../src/domain/rollup";
import { PERFORMANCE_SCALE as PERF, PROCESS_SCALE as PROC } from "../../src/domain/scales";
import { initiativeNames, SUMMARY_NAMES } from "../../src/layout/names";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import { CHANGE_LABELS, COL, NO_VALID_RATING, NOT_A_LEVEL, SCALE_ROW } from "../../src/layout/build/summarySheet";
import { cellAddress } from "../../src/util/a1";
import type { CellValue } from "../../src/workbook/port";
import { conditionalFormattings } from "../../src/workbook/xlsx/conditionalFormats";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { generatePlan } from "../support/generatePlan";
import { computedValue, recalcWithLibreOffice } from "../support/recalc";

const P = (rank: number) => PROC.levels[rank - 1].name;
const F = (rank: number) => PERF.levels[rank - 1].name;

function daysFrom(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 2 objectives × 3 initiatives; tab names with apostrophes and spaces; varied ratings and statuses. */
function ratedPlan(today: string): Plan {
  const plan = generatePlan(2, 3, 6);
  const descriptions = [
    "Teachers' coaching cycles",
    "Parents' reading nights",
    "Tier 2 math groups",
    "Students' voice in PLCs",
    "Data team's weekly review",
    "Attendance outreach",
  ];
  plan.objectives.flatMap((o) => o.initiatives).forEach((initiative, k) => (initiative.description = descriptions[k]));
  const [a, b, c] = plan.objectives[0].initiatives;
  const [d, e, f] = plan.objectives[1].initiatives;
  a.ratings = { Jan: { process: P(1), performance: F(1) }, Mar: { process: P(3), performance: F(2) }, Jun: { process: P(2), performance: F(2) } };
  b.ratings = { Jan: { process: P(2) }, Sep: { process: P(4), performance: F(4) } };
  c.ratings = {};
  d.ratings = { Jan: { process: P(2), performance: F(3) }, Mar: { process: P(2), performance: F(1) } };
  e.ratings = { Mar: { process: P(3), performance: F(2) } };
  f.ratings = { Jan: { process: P(1), performance: F(1) }, Mar: { process: P(1) }, Jun: { process: P(4) }, Sep: { process: P(4), performance: F(3) } };
  // A spread of statuses, and completion dates on both sides of today whenever the test runs, so
  // overdue and complete differ between initiatives.
  plan.objectives
    .flatMap((o) => o.initiatives)
    .forEach((initiative, k) =>
      initiative.activities.forEach((act, j) => {
        act.status = (["Complete", "In progress", "Not started", "Delayed"] as const)[(j + k) % 4];
        act.complete = daysFrom(today, j % 2 === 0 ? -(10 + j) : 20 + j);
        act.start = daysFrom(act.complete, -30);
      }),
    );
  return plan;
}

/** Where the Summary's rows are: initiative rows by "o.i" in column A, counts tables by header. */
function locate(wb: XlsxWorkbook) {
  const ws = wb.book.getWorksheet(SUMMARY_SHEET)!;
  const initiatives = new Map<string, number>();
  const tables: number[] = [];
  ws.eachRow((row, n) => {
    const a = row.getCell(1).value;
    // The number is merged over the initiative's two rows (ExcelJS reads it in both): the first is the process row.
    if (typeof a === "string" && /^\d+\.\d+$/.test(a) && !initiatives.has(a)) initiatives.set(a, n - 1);
    if (row.getCell(2).value === `${PROC.title} (process)`) tables.push(n - 1);
  });
  const value = (row: number, col: number): CellValue => computedValue(wb, SUMMARY_SHEET, cellAddress(row, col));
  return { initiatives, tables, value };
}

const rankName = (key: ScaleKey, rank: number | undefined) => (rank === undefined ? NO_VALID_RATING : SCALE_OF[key].levels[rank - 1].name);
const shown = (value: string | undefined, rank: number | undefined) => (rank === undefined ? "" : rank === 0 ? `${NOT_A_LEVEL}: ${value}` : value);

/** The counts table at `top` (its header row) against the domain's counts for the same group. */
function expectTable(at: ReturnType<typeof locate>, top: number, want: LevelCounts, label: string): void {
  for (const key of SCALE_KEYS) {
    const first = key === "process" ? 2 : 8;
    const got = (offset: number) => QPR_PERIODS.map((_, k) => at.value(top + offset, first + k));
    const levels = [1, 2, 3, 4].map((r) => got(r));
    expect({ label, key, levels }).toEqual({ label, key, levels: want.counts[key] });
    expect({ label, key, notALevel: got(5) }).toEqual({ label, key, notALevel: want.notALevel[key] });
    expect({ label, key, notRated: got(6) }).toEqual({ label, key, notRated: want.notRated[key] });
    expect({ label, key, lowest: got(7) }).toEqual({ label, key, lowest: want.lowest[key].map((r) => rankName(key, r)) });
  }
}

async function expectSummary(wb: XlsxWorkbook, plan: Plan, expected: PlanRollup): Promise<XlsxWorkbook> {
  const computed = await recalcWithLibreOffice(wb);
  const at = locate(computed);
  expect(at.initiatives.size).toBe(expected.initiatives.length);
  for (const want of expected.initiatives) {
    const number = `${want.ref.o}.${want.ref.i}`;
    const row = at.initiatives.get(number)!;
    const initiative = plan.objectives[want.ref.o - 1].initiatives[want.ref.i - 1];
    const got = {
      description: at.value(row, COL.description),
      lead: at.value(row, COL.lead),
      overdue: at.value(row, COL.overdue),
      complete: at.value(row, COL.complete),
      phase: at.value(row, COL.phase),
    };
    expect({ number, ...got }).toEqual({
      number,
      description: initiative.description,
      lead: initiative.lead,
      overdue: want.overdue,
      complete: want.complete,
      phase: want.phaseHint ?? "",
    });
    for (const key of SCALE_KEYS) {
      const scaleRow = row + SCALE_ROW[key];
      const periods = QPR_PERIODS.map((p, k) => at.value(scaleRow, COL.period(k)));
      const wantPeriods = QPR_PERIODS.map((p: QprPeriod) => shown(initiative.ratings[p]?.[key], want.ranks[key][p]));
      expect({ number, key, periods }).toEqual({ number, key, periods: wantPeriods });
      const latest = want.latest[key];
      expect({ number, key, latest: at.value(scaleRow, COL.latest) }).toEqual({
        number,
        key,
        latest: latest ? shown(initiative.ratings[latest.period]?.[key], latest.rank) : "",
      });
      const change = want.change[key];
      expect({ number, key, change: at.value(scaleRow, COL.change) }).toEqual({ number, key, change: change ? CHANGE_LABELS[change] : "" });
    }
  }
  expect(at.tables.length).toBe(1 + plan.objectives.length);
  expectTable(at, at.tables[0], expected.plan, "whole plan");
  expected.objectives.forEach((counts, o) => expectTable(at, at.tables[o + 1], counts, `objective ${o + 1}`));

  // The public names: exactly 4 × 4, levels low → high by periods Jan … Sep, plan-wide.
  const snap = await computed.snapshot();
  expect(snap.names[SUMMARY_NAMES.processCounts].values).toEqual(expected.plan.counts.process);
  expect(snap.names[SUMMARY_NAMES.performanceCounts].values).toEqual(expected.plan.counts.performance);
  // LibreOffice kept the colour rules (expression rules survive its round trip).
  const rules = conditionalFormattings(computed.book.getWorksheet(SUMMARY_SHEET)!).flatMap((cf) => cf.rules);
  expect(rules.length).toBeGreaterThanOrEqual(5);
  expect(rules.every((r) => r.type === "expression")).toBe(true);
  return computed;
}

test("LibreOffice computes the Summary the domain computes, and follows ratings typed afterwards", async () => {
  const today = localToday();
  const plan = ratedPlan(today);
  const built = XlsxWorkbook.create();
  await newPlan(built, plan);
  const sheets = (await built.listSheets()).filter((s) => s.includes("'"));
  expect(sheets.length).toBeGreaterThanOrEqual(3); // tab names that must be quoted in formulas
  const result = await rollUpCommand(built);
  expect(result).toEqual({ initiatives: 6, problems: [] });
  const before = rollUp(plan, today);
  expect(new Set(before.initiatives.map((i) => i.overdue)).size).toBeGreaterThan(1);
  await expectSummary(built, plan, before);

  // The saved file, opened with ExcelJS: a person types over rating cells (valid changes, a blank,
  // values that are not scale names); no add-in runs.
  const wb = await XlsxWorkbook.fromBuffer(await built.toBuffer());
  const snap = await wb.snapshot();
  const type = (o: number, i: number, kind: "Process" | "Performance", period: QprPeriod, value: string | null) => {
    const read = snap.names[initiativeNames({ o, i }).rating(kind, period)];
    wb.book.getWorksheet(read.sheet)!.getCell(read.range).value = value;
    const ratings = plan.objectives[o - 1].initiatives[i - 1].ratings;
    const entry = (ratings[period] ??= {});
    entry[kind === "Process" ? "process" : "performance"] = value ?? undefined;
  };
  type(1, 1, "Process", "Sep", P(4)); // a jump of two levels: up
  type(1, 3, "Process", "Jan", "practices in place stage"); // lower case
  type(1, 3, "Performance", "Jan", `${F(3)} `); // trailing space
  type(2, 1, "Performance", "Jun", "Reached Performance Goal"); // misspelt
  type(2, 2, "Process", "Mar", null); // cleared
  type(2, 3, "Process", "Sep", P(2)); // down from Jun
  type(1, 2, "Performance", "Sep", "Practices*"); // a wildcard MATCH would accept
  const after = rollUp(plan, today);
  expect(after.plan.notALevel.process[0]).toBe(1);
  expect(after.plan.notALevel.performance).toEqual([1, 0, 1, 1]);
  expect(after.initiatives[0].change.process).toBe("up");
  expect(after.initiatives[5].change.process).toBe("down");
  await expectSummary(wb, plan, after);
}, 240_000);

test("an empty plan and a deleted strategy sheet still give a Summary that says what it could not read", async () => {
  const plan = generatePlan(1, 2, 2);
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  const gone = (await wb.snapshot()).names[initiativeNames({ o: 1, i: 2 }).lead].sheet;
  wb.book.removeWorksheet(wb.book.getWorksheet(gone)!.id);
  const result = await rollUpCommand(wb);
  expect(result.initiatives).toBe(1);
  expect(result.problems.map((p) => p.message).join("\n")).toContain("Initiative 1.2 is not on the Summary: its strategy sheet is gone");
  const computed = await recalcWithLibreOffice(wb);
  const snap = await computed.snapshot();
  // Initiative 1.1 alone: Jan technical (rank 2), Mar practices (rank 3), as generatePlan rates it.
  expect(snap.names[SUMMARY_NAMES.processCounts].values).toEqual([
    [0, 0, 0, 0],
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 0, 0],
  ]);
  const texts: string[] = [];
  computed.book.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
  expect(texts.some((t) => t.includes("Initiative 1.2 is not on the Summary"))).toBe(true);

  // A plan with no initiatives yet: zero counts, computed.
  const empty = XlsxWorkbook.create();
  await newPlan(empty, { ...plan, objectives: [] });
  expect(await rollUpCommand(empty)).toEqual({ initiatives: 0, problems: [] });
  const none = await (await recalcWithLibreOffice(empty)).snapshot();
  for (const name of [SUMMARY_NAMES.processCounts, SUMMARY_NAMES.performanceCounts]) expect(none.names[name].values).toEqual([0, 1, 2, 3].map(() => [0, 0, 0, 0]));
}, 240_000);
