/**
 * What one benchmark text says (SPEC.md §4.4 criterion 2: "what the target is, when it is expected
 * to be reached, and how we will know if it has been reached"). Pure and fast: the patterns are
 * compiled once and chrono runs only when a day-precise date is likely.
 */
import type { IsoDate } from "../../domain/plan";
import { BENCHMARK_TYPES, type BenchmarkType, type LineKind, type TextContext } from "../types";
import { dropMeasureTimes, readDates, type DateMention } from "./dates";
import { readEvidence } from "./evidence";
import { measuresParticipation } from "./participation";
import { statedTargets } from "./notBenchmark";
import { findPlaceholders } from "./placeholders";
import { practiceRecords } from "./practiceRecords";
import { readTargets } from "./targets";
import { wordsOf } from "./words";

export interface BenchmarkAnalysis {
  hasDate: boolean;
  hasTarget: boolean;
  hasEvidence: boolean;
  /** Resolved dates (start of each mention that can be placed on the calendar), in text order. */
  dates: IsoDate[];
  /** Every mention of time, with its span when known. */
  dateMentions: DateMention[];
  /** The first frequency ("weekly", "each 6-week cycle"), if any. */
  frequency?: string;
  /** What counted as a target ("60%", "each school", "at least “Providing”"). */
  targets: string[];
  /** What counted as evidence ("as evidenced by …", "MCAS"). */
  evidence: string[];
  /** An evidence clause with nothing after it ("as evidenced by…"). */
  elidedEvidence: boolean;
  /** Elisions and template leftovers, as written. */
  placeholders: string[];
  /** Counts attendance or participation and says nothing about applying it. */
  measuresParticipation: boolean;
  /** Marks itself as ongoing ("ongoing", "throughout the year", "continue to"). */
  ongoing: boolean;
}

const ONGOING_RE = /\b(?:ongoing|on-going|continu(?:e|es|ing|ous|ously)|throughout\s+the\s+(?:school\s+)?year|year-?round|regularly|on\s+a\s+regular\s+basis|sustain)\b/i;

/** A benchmark is a sentence or two; beyond this much text nothing more is read (keeps every pattern fast). */
export const MAX_ANALYZED_CHARS = 4000;

/** `kind`: the benchmark's type, or a goal or a line that is not a benchmark (`aip benchmarks` input), or nothing. */
export function analyzeBenchmark(fullText: string, kind: BenchmarkType | LineKind | undefined, context: TextContext = {}): BenchmarkAnalysis {
  const type = kind !== undefined && (BENCHMARK_TYPES as readonly string[]).includes(kind) ? (kind as BenchmarkType) : undefined;
  // Word's non-breaking and plain Unicode hyphens ("2012‐13") read as the hyphen they look like; one character each, so indices hold
  const cut = fullText.length > MAX_ANALYZED_CHARS ? fullText.slice(0, MAX_ANALYZED_CHARS) : fullText;
  const text = cut.includes("\u2010") || cut.includes("\u2011") ? cut.replace(/[\u2010\u2011]/g, "-") : cut;
  const words = wordsOf(text);
  const reading = dropMeasureTimes(readDates(text, context.schoolYear, words), text, type !== undefined);
  const { mentions, frequency } = reading;
  const read = readTargets(text, reading, words, type !== undefined);
  // a line that is not a benchmark states a target only outright (notBenchmark.ts)
  const targets = kind === "other" ? { ...read, targets: statedTargets(text, read.targets) } : read;
  const evidence = readEvidence(text, targets.quantitative, words);
  // An early-evidence line is seen in practice: the visits and records it names are its evidence (practiceRecords.ts).
  const records = type === "early_evidence" && !evidence.hasEvidence ? practiceRecords(text, words) : [];
  const dates: IsoDate[] = [];
  for (const m of mentions) if (m.start !== undefined && (m.kind === "date" || m.kind === "month")) dates.push(m.start);
  return {
    hasDate: mentions.length > 0,
    hasTarget: targets.targets.length > 0,
    hasEvidence: evidence.hasEvidence || records.length > 0,
    dates,
    dateMentions: mentions,
    frequency,
    targets: targets.targets,
    evidence: records.length > 0 ? records : evidence.evidence,
    elidedEvidence: evidence.elided,
    placeholders: findPlaceholders(text, words),
    measuresParticipation: measuresParticipation(text, words),
    ongoing: ONGOING_RE.test(text),
  };
}
