/** The four benchmark kinds of SPEC.md §4.1, as named in `aip benchmarks` input. */
export type BenchmarkType = "activity" | "early_evidence" | "short_term_outcome" | "final_outcome";
export const BENCHMARK_TYPES: readonly BenchmarkType[] = ["activity", "early_evidence", "short_term_outcome", "final_outcome"];
