/**
 * The workbook's defined names: the public interface every command reads and writes through
 * (listed in the README). Names follow cells when people insert rows, move blocks or rename tabs.
 * o and i count from 1.
 */
import type { InitiativeRef, QprPeriod } from "../domain/plan";

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
    /** Overall-progress narrative (one cell). */
    overall: `${p}.Overall`,
    /** Per-objective narrative, one cell each (o counts from 1). */
    objective: (o: number) => `${p}.O${o}.Narrative`,
    /** The area the view owns and rebuilds. */
    area: `${p}.Area`,
  };
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
