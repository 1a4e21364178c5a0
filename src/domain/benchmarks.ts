/** The four benchmark kinds of SPEC.md §4.1, as named in `aip benchmarks` input. */
export type BenchmarkType = "activity" | "early_evidence" | "short_term_outcome" | "final_outcome";
export const BENCHMARK_TYPES: readonly BenchmarkType[] = ["activity", "early_evidence", "short_term_outcome", "final_outcome"];

/**
 * The two other kinds of line the labelled benchmark sets use (the state's examples and real plans):
 * a plan's goal, judged as a performance benchmark, and a line that is none of the four (a heading,
 * a status, a strategy), whose three attributes are read but which no benchmark rule judges.
 */
export type LineKind = "goal" | "other";
export const LINE_KINDS: readonly LineKind[] = ["goal", "other"];
