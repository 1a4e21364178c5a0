/**
 * The checker's public contract (DESIGN.md "checks/"; ESLint's rules are the model): a rule is
 * metadata plus a pure check. Rule ids and the Finding shape are public (README, `aip check --json`).
 */
import type { IsoDate } from "../domain/plan";
import { BENCHMARK_TYPES, LINE_KINDS, type BenchmarkType, type LineKind } from "../domain/benchmarks";
import { SEVERITIES, type Finding, type Severity } from "../domain/findings";
import type { LocatedPlan } from "./locatedPlan";

// The plain data the checker reports lives in domain/ so the sheets that show it need not import the checker.
export { BENCHMARK_TYPES, LINE_KINDS, SEVERITIES };
export type { BenchmarkType, Finding, LineKind, Severity };

export interface RuleMeta {
  /** Public id, e.g. "benchmark-date". */
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** Where the rule comes from, e.g. "SPEC.md §4.4 criterion 1". */
  guidance: string;
}

/** A benchmark text with what the checker needs to judge it on its own. */
export interface BenchmarkInput {
  text: string;
  type?: BenchmarkType;
  /** A line of the labelled sets' other kinds (`aip benchmarks` input): a goal, or a line that is not a benchmark. */
  kind?: LineKind;
}

export interface TextContext {
  /** Start year of the plan's school year (2026 → 1 Sep 2026 – 31 Aug 2027); undefined when unknown. */
  schoolYear?: number;
}

/** A finding about one text, before it is placed on a cell. */
export interface TextFinding {
  message: string;
  suggestion?: string;
}

/** A rule over one benchmark text: runs both on workbook cells and in `aip benchmarks`. */
export interface TextRule extends RuleMeta {
  kind: "text";
  /** Benchmark types the rule applies to (all when absent). */
  appliesTo?: readonly BenchmarkType[];
  check(input: BenchmarkInput, context: TextContext): TextFinding[];
}

/** A rule over the whole plan as read from the workbook, with every cell's location. */
export interface PlanRule extends RuleMeta {
  kind: "plan";
  check(subject: LocatedPlan, options: CheckOptions): Finding[];
}

/**
 * The engine's own rules about the workbook rather than the plan (a broken name, a cell it cannot
 * read): found while reading, before the other rules run (src/checks/rules/workbook*.ts).
 */
export interface WorkbookRule extends RuleMeta {
  kind: "workbook";
}

export type Rule = TextRule | PlanRule | WorkbookRule;

export interface CheckOptions {
  /** "Today", an input so results are deterministic (activity-overdue). */
  today: IsoDate;
}
