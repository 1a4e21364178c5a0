/**
 * What the checker can tell a self-assessment (docs/guidance/SPEC.md §7, the AIP Rubric): for "Useful For Tracking the Sufficiency
 * of Progress", how many benchmarks of each type have a date, a target and an evidence source; for
 * "Provides Focus", the counts of objectives and initiatives against 3–5 and ≤ 5. Figures only:
 * the add-in never rates the plan (DECISIONS.md 9). Every figure is a count of Check's own findings
 * (runChecks, the same run the Check page and `aip check` give): a benchmark lacks a date when a
 * date rule flagged one of its cells, a target or a source when benchmark-target or
 * benchmark-evidence did; it has all the checker asks when no error or warning is on any of its
 * cells. So the Rubric and Check cannot disagree (docs/guide-plan-manager.md, "From the plan").
 */
import { WorkbookError, type WorkbookSnapshot } from "../workbook/port";
import { runChecksOn } from "./engine";
import { locatePlan, type CellRead, type LocatedPlan } from "./locatedPlan";
import type { Finding } from "../domain/findings";
import { BENCHMARK_TYPES, type BenchmarkType } from "../domain/benchmarks";
import type { CellPlace, FocusFigures, InitiativeFigures, RubricEvidence, TypeFigures } from "../domain/rubricFigures";
import type { IsoDate } from "../domain/plan";
import { parseCell } from "../util/a1";
import { activityDates } from "./rules/activityDates";
import { benchmarkDate } from "./rules/benchmarkDate";
import { benchmarkEvidence } from "./rules/benchmarkEvidence";
import { benchmarkTarget } from "./rules/benchmarkTarget";
import { finalOutcomeDate } from "./rules/finalOutcomeDate";
import { benchmarkCell } from "./rules/workbookCells";

export type { CellPlace, FocusFigures, InitiativeFigures, RubricEvidence, TypeFigures };

export const NO_STRATEGY_SHEETS = "not available: no strategy sheets found";

/** Findings by "sheet!cell". */
function byCell(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
}

const keyOf = (c: CellRead) => `${c.at.sheet}!${c.at.cell}`;

/** Reading order on one sheet: row, then column. */
function compareCells(a: string, b: string): number {
  const x = parseCell(a);
  const y = parseCell(b);
  return x.row - y.row || x.col - y.col;
}

/** The rules whose finding says a benchmark has no usable date (activities: their J and K cells; final outcomes: their Date column). */
export const DATE_RULES: readonly string[] = [benchmarkDate.id, activityDates.id, finalOutcomeDate.id];
export const TARGET_RULE = benchmarkTarget.id;
export const EVIDENCE_RULE = benchmarkEvidence.id;

interface Judged {
  type: BenchmarkType;
  cell: CellRead;
  date: boolean;
  target: boolean | null;
  evidence: boolean | null;
  errors: boolean;
  /** No error or warning on any of its cells (notes are advice). */
  clean: boolean;
  /** The first of its cells Check flagged, in row order: where to look. */
  flagged?: CellRead;
}

/**
 * Every cell a benchmark is judged on: its text, and an activity's whole row (quarter, lead, start,
 * completion, status) or a final outcome's Date column. A finding on any of them is the benchmark's.
 */
export function benchmarkCells(subject: LocatedPlan): Map<string, CellRead[]> {
  const cells = new Map<string, CellRead[]>();
  for (const li of subject.initiatives) for (const a of li.activities) cells.set(keyOf(a.text), [a.text, a.quarter, a.lead, a.start, a.complete, a.status]);
  for (const f of subject.finalOutcomes) cells.set(keyOf(f.text), [f.text, f.date]);
  for (const b of subject.benchmarks) if (!cells.has(keyOf(b.cell))) cells.set(keyOf(b.cell), [b.cell]);
  return cells;
}

/** Each benchmark as Check's own findings describe it: nothing here judges a text a second way. */
function judge(subject: LocatedPlan, findings: Finding[]): Judged[] {
  const at = byCell(findings);
  const cellsOf = benchmarkCells(subject);
  return subject.benchmarks.map((b) => {
    const cells = cellsOf.get(keyOf(b.cell)) ?? [b.cell];
    const mine = cells.flatMap((c) => at.get(keyOf(c)) ?? []);
    const has = (rules: readonly string[]) => mine.some((f) => rules.includes(f.rule));
    // A number or an error where a sentence belongs is not read as a sentence (the engine says so
    // as workbook-cells and runs no text rule on it): it states no date, target or source. An
    // activity's dates are its Start and Complete cells, whatever its text holds.
    const read = benchmarkCell(b).text !== undefined;
    const performance = b.type !== "activity";
    return {
      type: b.type,
      cell: b.cell,
      date: (read || !performance) && !has(DATE_RULES),
      target: performance ? read && !has([TARGET_RULE]) : null,
      evidence: performance ? read && !has([EVIDENCE_RULE]) : null,
      errors: mine.some((f) => f.severity === "error"),
      clean: !mine.some((f) => f.severity !== "note"),
      flagged: cells.filter((c) => at.has(keyOf(c))).sort((x, y) => compareCells(x.at.cell, y.at.cell))[0],
    };
  });
}

/** With all the checker asks: dated (a note about a missing final-outcome date counts), and no error or warning on any of its cells. */
const isComplete = (j: Judged) => j.date && j.target !== false && j.evidence !== false && j.clean;

function typeFigures(judged: Judged[]): TypeFigures[] {
  return BENCHMARK_TYPES.map((type) => {
    const of = judged.filter((j) => j.type === type);
    const gap = of.find((j) => !isComplete(j));
    const figures: TypeFigures = {
      type,
      total: of.length,
      withDate: of.filter((j) => j.date).length,
      withTarget: type === "activity" ? null : of.filter((j) => j.target === true).length,
      withEvidence: type === "activity" ? null : of.filter((j) => j.evidence === true).length,
      complete: of.filter(isComplete).length,
      withErrors: of.filter((j) => j.errors).length,
    };
    if (gap) figures.firstGap = { sheet: gap.cell.at.sheet, cell: (gap.flagged ?? gap.cell).at.cell };
    return figures;
  });
}

/**
 * The figures for one snapshot, judged as of `today` (activity-overdue). Unavailable when the
 * workbook holds no plan or no strategy sheet; the rubric is still made then.
 */
export function rubricEvidence(snap: WorkbookSnapshot, today: IsoDate): RubricEvidence {
  let subject: LocatedPlan;
  try {
    subject = locatePlan(snap);
  } catch (e) {
    if (e instanceof WorkbookError) return { available: false, reason: NO_STRATEGY_SHEETS };
    throw e;
  }
  const live = subject.initiatives.filter((li) => li.sheet !== "");
  if (live.length === 0) return { available: false, reason: NO_STRATEGY_SHEETS };
  const { findings } = runChecksOn(subject, { today });
  const judged = judge(subject, findings);

  const initiatives: InitiativeFigures[] = live.map((li) => {
    const mine = judged.filter((j) => j.cell.at.sheet === li.sheet && j.type !== "final_outcome");
    const of = (type: BenchmarkType) => {
      const list = mine.filter((j) => j.type === type);
      return { complete: list.filter(isComplete).length, total: list.length };
    };
    return {
      ref: li.ref,
      number: `${li.ref.o}.${li.ref.i}`,
      description: typeof li.description?.value === "string" ? li.description.value.trim() : "",
      sheet: li.sheet,
      byType: { activity: of("activity"), early_evidence: of("early_evidence"), short_term_outcome: of("short_term_outcome") },
    };
  });

  const objectives = new Map<number, { o: number; title: string; initiatives: number; sheet: string }>();
  for (const li of live) {
    const entry = objectives.get(li.ref.o) ?? { o: li.ref.o, title: typeof li.objective?.value === "string" ? li.objective.value.trim() : "", initiatives: 0, sheet: li.sheet };
    entry.initiatives++;
    objectives.set(li.ref.o, entry);
  }
  const perObjective = [...objectives.values()].sort((a, b) => a.o - b.o).map((e) => ({ ...e, withinFive: e.initiatives <= 5 }));
  const focus: FocusFigures = {
    objectives: perObjective.length,
    objectivesInRange: perObjective.length >= 3 && perObjective.length <= 5,
    initiatives: live.length,
    perObjective,
  };
  const planSheet = subject.finalOutcomes[0]?.text.at.sheet;
  return { available: true, tracking: typeFigures(judged), initiatives, focus, planSheet };
}
