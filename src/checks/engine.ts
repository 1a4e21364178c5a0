/**
 * The checker's engine: one snapshot in, every rule run, findings out, sorted for reading. Pure:
 * it never writes. It survives what people do to workbooks (empty cells, numbers or formulas
 * where text belongs, 32,000-character cells, merged cells, renamed or deleted sheets and names):
 * each becomes a finding, and a rule that fails is reported instead of stopping the others.
 */
import { SEVERITIES, type CheckResult, type Finding, type Severity } from "../domain/findings";
import { PLAN_NAMES } from "../layout/names";
import type { Problem } from "../layout/read/readCells";
import { parseCell, splitRef } from "../util/a1";
import type { WorkbookSnapshot } from "../workbook/port";
import { findingAt, shorten } from "./planCells";
import { RULES } from "./registry";
import { benchmarkCell, cellProblemFindings, MAX_BENCHMARK_CHARS, workbookCells } from "./rules/workbookCells";
import { nameGapFindings, nameProblemFinding, workbookNames } from "./rules/workbookNames";
import { locatePlan, type CellRead, type LocatedPlan } from "./locatedPlan";
import type { CheckOptions, PlanRule, TextRule } from "./types";

export type { CheckResult };

export { MAX_BENCHMARK_CHARS };

/** Rule ids of the engine's own findings about the workbook rather than the plan. */
export const WORKBOOK_NAMES = workbookNames.id;
export const WORKBOOK_CELLS = workbookCells.id;

export function runChecks(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  return runChecksOn(locatePlan(snapshot), options);
}

/** The same, on a plan already located (its `plan` is readPlan's: callers that need both read once). */
export function runChecksOn(subject: LocatedPlan, options: CheckOptions): CheckResult {
  const findings: Finding[] = [...textFindings(subject), ...planFindings(subject, options)];
  findings.push(...problemFindings(subject, findings));
  findings.sort(compareFindings);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return { findings, counts };
}

/** A rule that throws is a bug in the checker: say so on the cell, and carry on with the others. */
function failed(rule: string, cell: CellRead | undefined, error: unknown): Finding {
  const why = error instanceof Error ? error.message : String(error);
  const at = cell ?? { value: "", at: { sheet: "", cell: "" } };
  return findingAt({ id: rule, severity: "note" }, at, `The checker could not apply ${rule} here (${shorten(why, 80)}). This is a bug in the add-in; the other rules ran.`);
}

function textFindings(subject: LocatedPlan): Finding[] {
  const rules = RULES.filter((r): r is TextRule => r.kind === "text");
  const context = subject.plan.schoolYear ? { schoolYear: subject.plan.schoolYear } : {};
  const out: Finding[] = [];
  for (const b of subject.benchmarks) {
    const cell = benchmarkCell(b);
    out.push(...cell.findings);
    if (cell.text === undefined) continue;
    const text = cell.text;
    for (const rule of rules) {
      if (rule.appliesTo && !rule.appliesTo.includes(b.type)) continue;
      try {
        for (const tf of rule.check({ text, type: b.type }, context)) {
          out.push(findingAt(rule, b.cell, tf.message, { suggestion: tf.suggestion }));
        }
      } catch (e) {
        out.push(failed(rule.id, b.cell, e));
      }
    }
  }
  return out;
}

function planFindings(subject: LocatedPlan, options: CheckOptions): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES.filter((r): r is PlanRule => r.kind === "plan")) {
    try {
      out.push(...rule.check(subject, options));
    } catch (e) {
      out.push(failed(rule.id, subject.planCell(PLAN_NAMES.district), e));
    }
  }
  return out;
}

/**
 * readPlan's problems as findings: problems about defined names are `workbook-names` (a missing
 * or broken name the layout expects gets its own finding from gapFindings instead); problems
 * about a cell are `workbook-cells`, unless a rule already reported that cell (a junk date, an
 * unknown rating), so nothing is said twice.
 */
function problemFindings(subject: LocatedPlan, already: Finding[]): Finding[] {
  const gaps = nameGapFindings(subject);
  const problems: Problem[] = subject.problems.filter((p) => !gaps.covered.has(p.where));
  const seen = new Set(already.map((f) => `${f.sheet}!${f.cell}`));
  const aboutCells = problems.filter((p) => splitRef(p.where));
  const aboutNames = problems.filter((p) => !splitRef(p.where));
  return [...gaps.findings, ...cellProblemFindings(subject, aboutCells, seen), ...aboutNames.map(nameProblemFinding)];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function cellOrder(cell: string): [number, number] {
  try {
    const c = parseCell(cell);
    return [c.row, c.col];
  } catch {
    return [-1, -1];
  }
}

/** Plan-level first, then initiatives in plan order; within each: errors, warnings, notes; then sheet and cell. */
export function compareFindings(a: Finding, b: Finding): number {
  const ao = a.initiative ? [a.initiative.o, a.initiative.i] : [0, 0];
  const bo = b.initiative ? [b.initiative.o, b.initiative.i] : [0, 0];
  if (ao[0] !== bo[0]) return ao[0] - bo[0];
  if (ao[1] !== bo[1]) return ao[1] - bo[1];
  if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] - RANK[b.severity];
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const [ar, ac] = cellOrder(a.cell);
  const [br, bc] = cellOrder(b.cell);
  return ar - br || ac - bc || a.rule.localeCompare(b.rule);
}
