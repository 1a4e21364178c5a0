/**
 * What the benchmark text rules share: one analysis per text (the engine runs every rule on a
 * cell in turn, so a one-entry memo saves re-reading it), which types a rule applies to, and the
 * wording of suggested rewrites.
 */
import { analyzeBenchmark, type BenchmarkAnalysis } from "../text";
import type { BenchmarkInput, BenchmarkType, TextContext } from "../types";

let lastKey: string | undefined;
let lastValue: BenchmarkAnalysis | undefined;

export function analysisOf(input: BenchmarkInput, context: TextContext): BenchmarkAnalysis {
  // the type is part of the key: the same words read differently as early evidence, an activity or a line that is not a benchmark
  const key = `${context.schoolYear ?? ""}\u0000${input.type ?? input.kind ?? ""}\u0000${input.text}`;
  if (key !== lastKey || !lastValue) {
    lastValue = analyzeBenchmark(input.text, input.type ?? input.kind, context);
    lastKey = key;
  }
  return lastValue;
}

/** The performance benchmarks (SPEC.md §4.1): these state a target, a date and a measure. */
export const PERFORMANCE_TYPES: readonly BenchmarkType[] = ["early_evidence", "short_term_outcome", "final_outcome"];

export const TYPE_LABEL: Record<BenchmarkType, string> = {
  activity: "activity",
  early_evidence: "early-evidence indicator",
  short_term_outcome: "short-term outcome",
  final_outcome: "final outcome",
};

export function label(type: BenchmarkType | undefined): string {
  return type ? TYPE_LABEL[type] : "benchmark";
}

/** Nothing but a template leftover ("TBD", "<insert date>"): there are no words to rewrite. */
const ONLY_PLACEHOLDER = /^\s*(?:TBD|TBA|TBC|<[^<>]*>|\[[^\]]*\]|X+|_+|…|\.+|Choose an item\.?|Click (?:or tap )?here to enter (?:text|a date)\.?)\s*$/i;

/** The text cut for a quoted rewrite; `lower` lower-cases its first letter to follow "By …, ". */
export function tail(text: string, max = 70, lower = true): string {
  if (ONLY_PLACEHOLDER.test(text)) return "<who> will <do what>";
  const one = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;]\s*$/, "");
  const cut = one.length <= max ? one : `${one.slice(0, max - 1).replace(/\s+\S*$/, "")} …`;
  return lower && /^[A-Z][a-z]/.test(cut) ? cut[0].toLowerCase() + cut.slice(1) : cut;
}

/** "<month> 2027" with the plan's spring year when known. */
export function monthYear(context: TextContext): string {
  return context.schoolYear !== undefined ? `<month> ${context.schoolYear + 1}` : "<month> <year>";
}
