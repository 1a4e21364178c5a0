/** Benchmark text understanding: dates, targets, evidence, placeholders (SPEC.md §4.7). */
export { analyzeBenchmark, type BenchmarkAnalysis } from "./analyze";
export { readDates, type DateMention, type DateKind, type DateReading } from "./dates";
export { readTargets, type TargetReading } from "./targets";
export { readEvidence, type EvidenceReading } from "./evidence";
export { findPlaceholders } from "./placeholders";
export { measuresParticipation } from "./participation";
