/**
 * What the checker can tell a self-assessment (docs/guidance/SPEC.md §7, the AIP Rubric): for "Useful For Tracking the Sufficiency
 * of Progress", how many benchmarks of each type have a date, a target and an evidence source; for
 * "Provides Focus", the counts of objectives and initiatives against 3–5 and ≤ 5. Figures only:
 * the add-in never rates the plan (DECISIONS.md 9). Everything comes from the checker's own
 * judgements (checkBenchmarkTexts for the texts, runChecks for date columns and errors).
 */
import { WorkbookError, type WorkbookSnapshot } from "../workbook/port";
import { checkBenchmarkTexts } from "./benchmarkReport";
import { runChecks } from "./engine";
import { locatePlan, type CellRead, type LocatedPlan } from "./locatedPlan";
import type { Finding } from "../domain/findings";
import { BENCHMARK_TYPES, type BenchmarkType } from "../domain/benchmarks";
import type { CellPlace, FocusFigures, InitiativeFigures, RubricEvidence, TypeFigures } from "../domain/rubricFigures";
import type { IsoDate } from "../domain/plan";

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

interface Judged {
  type: BenchmarkType;
  cell: CellRead;
  date: boolean;
  target: boolean | null;
  evidence: boolean | null;
  errors: boolean;
}

function judge(subject: LocatedPlan, findings: Finding[]): Judged[] {
  const at = byCell(findings);
  const rulesAt = (c: CellRead | undefined) => new Set((c ? (at.get(keyOf(c)) ?? []) : []).map((f) => f.rule));
  const errorsAt = (c: CellRead) => (at.get(keyOf(c)) ?? []).some((f) => f.severity === "error");
  const context = subject.plan.schoolYear ? { schoolYear: subject.plan.schoolYear } : {};
  const texts = subject.benchmarks.map((b) => ({ text: typeof b.cell.value === "string" ? b.cell.value : "", type: b.type }));
  const reports = checkBenchmarkTexts(texts, context);
  // Activities are dated by their Start and Complete columns, final outcomes by their Date column:
  // the checker's activity-dates and final-outcome-date rules judge those cells.
  const activityDates = new Map<string, CellRead[]>();
  for (const li of subject.initiatives) for (const a of li.activities) activityDates.set(keyOf(a.text), [a.start, a.complete]);
  const finalDates = new Map(subject.finalOutcomes.map((f) => [keyOf(f.text), f.date]));
  return subject.benchmarks.map((b, k) => {
    // A number or TRUE where a sentence belongs states nothing (the engine says so as workbook-cells).
    const r = typeof b.cell.value === "string" ? reports[k] : { hasDate: false, hasTarget: false, hasEvidence: false };
    let date = r.hasDate;
    if (b.type === "activity") date = (activityDates.get(keyOf(b.cell)) ?? []).every((c) => !rulesAt(c).has("activity-dates"));
    if (b.type === "final_outcome") date = !rulesAt(finalDates.get(keyOf(b.cell))).has("final-outcome-date");
    const performance = b.type !== "activity";
    return {
      type: b.type,
      cell: b.cell,
      date,
      target: performance ? r.hasTarget : null,
      evidence: performance ? r.hasEvidence : null,
      errors: errorsAt(b.cell),
    };
  });
}

const isComplete = (j: Judged) => j.date && j.target !== false && j.evidence !== false && !j.errors;

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
    if (gap) figures.firstGap = { sheet: gap.cell.at.sheet, cell: gap.cell.at.cell };
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
  const { findings } = runChecks(snap, { today });
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
