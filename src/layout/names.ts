/**
 * The workbook's defined names: the public interface every command reads and writes through
 * (listed in the README). Names follow cells when people insert rows, move blocks or rename tabs.
 * o and i count from 1.
 */
import type { InitiativeRef, QprPeriod } from "../domain/plan";
import type { ReviewStatus } from "../domain/review";

export const PREFIX = "AIP";

/** Plan sheet (Section 1). */
export const PLAN_NAMES = {
  district: "AIP.District",
  date: "AIP.Date",
  schoolYear: "AIP.SchoolYear",
  keyIssues: "AIP.KeyIssues",
  theoryOfAction: "AIP.TheoryOfAction",
  /** The objectives-and-initiatives list (owned: rebuilt from the strategy sheets). */
  objectiveList: "AIP.ObjectiveList",
  /** Final outcomes table: text and date columns, one outcome a row. */
  finalOutcomes: "AIP.FinalOutcomes",
  wordCount: "AIP.WordCount",
} as const;

/** Lists sheet: dropdown sources. */
export const LIST_NAMES = {
  process: "AIP.List.Process",
  performance: "AIP.List.Performance",
  quarters: "AIP.List.Quarters",
  statuses: "AIP.List.Statuses",
  roster: "AIP.List.Roster",
} as const;

/** Quarter tabs: the whole listing area of each (owned). */
export function quarterListName(index: number): string {
  return `AIP.Quarter${index + 1}.List`;
}

export type RatingKind = "Process" | "Performance" | "ProcessEvidence" | "PerformanceEvidence";

/** Names on one initiative's strategy sheet. */
export function initiativeNames(ref: InitiativeRef) {
  const p = `AIP.O${ref.o}.I${ref.i}`;
  return {
    /** A: the objective's title (on every sheet of the objective) */
    objective: `${p}.Objective`,
    /** B: overall lead for the objective */
    objectiveLead: `${p}.ObjectiveLead`,
    /** C: initiative description */
    description: `${p}.Description`,
    /** D: initiative lead */
    lead: `${p}.Lead`,
    /** E: short-term outcomes, one a row (single column) */
    shortTermOutcomes: `${p}.ShortTermOutcomes`,
    /** F: early-evidence indicators, one a row (single column) */
    earlyEvidence: `${p}.EarlyEvidence`,
    /** G: key resources */
    resources: `${p}.Resources`,
    /** The activities table body: Quarter, H, I, J, K, Status (6 columns, one activity a row) */
    activities: `${p}.Activities`,
    /** The rating table body: Period, process, process evidence, performance, performance evidence */
    ratings: `${p}.Ratings`,
    rating: (kind: RatingKind, period: QprPeriod) => `${p}.${kind}.${period}`,
    /** Who rated the initiative for that QPR period (one cell beside its rating row) */
    ratedBy: (period: QprPeriod) => `${p}.RatedBy.${period}`,
    /** When it was rated (one date cell) */
    ratedOn: (period: QprPeriod) => `${p}.RatedOn.${period}`,
  };
}

/** "AIP.O2.I3.Lead" → {o: 2, i: 3}; undefined for names that are not an initiative's. */
export function parseInitiativeName(name: string): (InitiativeRef & { field: string }) | undefined {
  const m = /^AIP\.O(\d+)\.I(\d+)\.(.+)$/.exec(name);
  return m ? { o: Number(m[1]), i: Number(m[2]), field: m[3] } : undefined;
}

/** Summary sheet (roll-up): its public figures (README "Public names"). */
export const SUMMARY_NAMES = {
  /** 4 × 4: rows = Process levels low → high (SPEC.md §6.3), columns = periods Jan, Mar, Jun, Sep. */
  processCounts: "AIP.Summary.ProcessCounts",
  /** 4 × 4: rows = Performance levels low → high, columns = periods Jan, Mar, Jun, Sep. */
  performanceCounts: "AIP.Summary.PerformanceCounts",
  /** The whole area the roll-up owns (rebuilt on every roll-up). */
  area: "AIP.Summary.Area",
} as const;

/** QPR view of one period (sheet "QPR <period>"): the narrative cells people type in survive rebuilds. */
export function qprNames(period: QprPeriod) {
  const p = `AIP.QPR.${period}`;
  return {
    prefix: p,
    /** Overall-progress narrative (one cell). */
    overall: `${p}.Overall`,
    /** Per-objective narrative, one cell each (o counts from 1). */
    objective: (o: number) => `${p}.O${o}.Narrative`,
    /** The area the view owns and rebuilds. */
    area: `${p}.Area`,
    /** The review round: status, the date of each step, the district's factual corrections. */
    review: reviewNames(p),
  };
}

const STEP_KEYS: Record<ReviewStatus, string> = { draft: "Drafted", "in-review": "InReview", published: "Published" };

/** A report's review round (SPEC.md §6.2): people's cells, kept when the report is rebuilt. */
export function reviewNames(prefix: string) {
  return {
    /** The status dropdown (Draft, In factual review, Published). */
    status: `${prefix}.Review.Status`,
    /** The date a step was taken (one date cell each). */
    stepDate: (step: ReviewStatus) => `${prefix}.Review.${STEP_KEYS[step]}`,
    /** An initiative's "factual corrections from the district" (one cell). */
    corrections: (ref: InitiativeRef) => `${prefix}.O${ref.o}.I${ref.i}.Corrections`,
  };
}

/** "AIP.QPR.Jan.O2.I3.Corrections" under prefix "AIP.QPR.Jan" → {o: 2, i: 3}. */
export function parseCorrectionsName(prefix: string, name: string): InitiativeRef | undefined {
  if (!name.startsWith(`${prefix}.`)) return undefined;
  const m = /^O(\d+)\.I(\d+)\.Corrections$/.exec(name.slice(prefix.length + 1));
  return m ? { o: Number(m[1]), i: Number(m[2]) } : undefined;
}

/** The Annual Summative Report of the school year starting `startYear` (sheet "Summative 2026-27"). */
export function summativeNames(startYear: number) {
  const p = `AIP.Summative.Y${startYear}`;
  return {
    prefix: p,
    /** The area the report owns and rebuilds. */
    area: `${p}.Area`,
    /** The Monitor's narrative boxes (one cell each). */
    successes: `${p}.Successes`,
    concerns: `${p}.Concerns`,
    recommendations: `${p}.Recommendations`,
    /** Final outcome k (1, 2, …): its text as the plan had it when built, the year's result, and met / partly met / not met. */
    outcome: (k: number) => ({ text: `${p}.Outcome${k}.Text`, result: `${p}.Outcome${k}.Result`, met: `${p}.Outcome${k}.Met` }),
    review: reviewNames(p),
  };
}

/** "AIP.Summative.Y2026.Outcome3.Result" → {k: 3, field: "Result"} under that year's prefix. */
export function parseOutcomeName(prefix: string, name: string): { k: number; field: string } | undefined {
  if (!name.startsWith(`${prefix}.`)) return undefined;
  const m = /^Outcome(\d+)\.(Text|Result|Met)$/.exec(name.slice(prefix.length + 1));
  return m ? { k: Number(m[1]), field: m[2] } : undefined;
}

/**
 * One Highlight Discussion minutes sheet ("Minutes YYYY-MM-DD"); key "D20261014" keeps names legal.
 * A second sheet for the same date ("Minutes 2026-10-14 (2)", seq 2) has the key "D20261014_2".
 */
export function minutesNames(isoDate: string, seq = 1) {
  const p = `AIP.Minutes.D${isoDate.replace(/-/g, "")}${seq > 1 ? `_${seq}` : ""}`;
  return {
    prefix: p,
    /** The meeting date (one cell). */
    date: `${p}.Date`,
    /** Date of next Highlight Discussion (one cell). */
    nextDate: `${p}.NextDate`,
    /** Section 1a evidence inventory body: initiative, evidence, who provides it, where it is kept. */
    evidence: `${p}.Evidence`,
    /** Coverage table body: initiative number, discussed (Yes/blank). */
    discussed: `${p}.Discussed`,
    /** Header cells: District:, Meeting participants:, Submitted by (person and date): (one cell each). */
    district: `${p}.District`,
    participants: `${p}.Participants`,
    submittedBy: `${p}.SubmittedBy`,
    /** Section 1 pre-fill table body: initiative, what, why this month, who (people may edit it). */
    agenda: `${p}.Agenda`,
    /** The answer cell under numbered section n (1–6; 1a is the evidence table). */
    section: (n: number) => `${p}.Section${n}`,
  };
}

/** "AIP.Minutes.D20261014.Evidence" → {date: "2026-10-14", seq: 1, field: "Evidence"}; "…D20261014_2.…" has seq 2. */
export function parseMinutesName(name: string): { date: string; seq: number; field: string } | undefined {
  const m = /^AIP\.Minutes\.D(\d{4})(\d{2})(\d{2})(?:_(\d+))?\.(.+)$/.exec(name);
  return m ? { date: `${m[1]}-${m[2]}-${m[3]}`, seq: m[4] ? Number(m[4]) : 1, field: m[5] } : undefined;
}

/**
 * One rubric self-assessment sheet ("Rubric YYYY-MM-DD"); key "D20261001" keeps names legal. A
 * second sheet for the same date ("Rubric 2026-10-01 (2)", seq 2) has the key "D20261001_2".
 * c is a criterion key C1–C5 (domain/rubric.ts), q a guiding question 1–15.
 */
export function assessmentNames(isoDate: string, seq = 1) {
  const p = `AIP.Rubric.D${isoDate.replace(/-/g, "")}${seq > 1 ? `_${seq}` : ""}`;
  return {
    prefix: p,
    /** The assessment date (one cell). */
    date: `${p}.Date`,
    /** Who took part in the assessment (one cell). */
    assessedBy: `${p}.AssessedBy`,
    /** The rating chosen for a criterion (one cell, a dropdown of the four levels). */
    rating: (c: string) => `${p}.${c}.Rating`,
    /** The evidence typed for a criterion (one cell). */
    evidence: (c: string) => `${p}.${c}.Evidence`,
    /** A criterion's counted sub-elements: one Yes/No cell each, top to bottom. */
    elements: (c: string) => `${p}.${c}.Elements`,
    /** How many of them are ticked Yes (a live COUNTIF). */
    elementCount: (c: string) => `${p}.${c}.ElementCount`,
    /** The notes cell of guiding question q. */
    notes: (q: number) => `${p}.Q${q}.Notes`,
  };
}

/** "AIP.Rubric.D20261001.C4.Rating" → {date: "2026-10-01", seq: 1, field: "C4.Rating"}; "…D20261001_2.…" has seq 2. */
export function parseAssessmentName(name: string): { date: string; seq: number; field: string } | undefined {
  const m = /^AIP\.Rubric\.D(\d{4})(\d{2})(\d{2})(?:_(\d+))?\.(.+)$/.exec(name);
  return m ? { date: `${m[1]}-${m[2]}-${m[3]}`, seq: m[4] ? Number(m[4]) : 1, field: m[5] } : undefined;
}

/**
 * The "Stages toward exit" sheet: its row anchors (an area's label cell, a reflection question's
 * cell, the reflection date row) and, per reflection column k (1, 2, …), the date, the phase chosen
 * for each area and the answer to each reflection question.
 */
export const EXIT_NAMES = {
  /** The label cell of the reflection-date row (column A). */
  dateRow: "AIP.Exit.DateRow",
  /** The label cell of the reflection-title row (column A). */
  titleRow: "AIP.Exit.TitleRow",
  /** The label cell of an area of practice's row (column A), e.g. area("SelfAssess"). */
  area: (key: string) => `AIP.Exit.Area.${key}`,
  /** The cell of reflection question n (1–3, column A). */
  question: (n: number) => `AIP.Exit.Question${n}`,
  /** Reflection column k: its title, date, the phase chosen per area and the answers. */
  reflection: (k: number) => {
    const p = `AIP.Exit.R${k}`;
    return {
      title: `${p}.Title`,
      date: `${p}.Date`,
      phase: (key: string) => `${p}.${key}`,
      answer: (n: number) => `${p}.Answer${n}`,
    };
  },
} as const;

/** "AIP.Exit.R2.SelfAssess" → {k: 2, field: "SelfAssess"}. */
export function parseReflectionName(name: string): { k: number; field: string } | undefined {
  const m = /^AIP\.Exit\.R(\d+)\.(.+)$/.exec(name);
  return m ? { k: Number(m[1]), field: m[2] } : undefined;
}
