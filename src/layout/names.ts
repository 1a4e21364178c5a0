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
  };
}

/** "AIP.O2.I3.Lead" → {o: 2, i: 3}; undefined for names that are not an initiative's. */
export function parseInitiativeName(name: string): (InitiativeRef & { field: string }) | undefined {
  const m = /^AIP\.O(\d+)\.I(\d+)\.(.+)$/.exec(name);
  return m ? { o: Number(m[1]), i: Number(m[2]), field: m[3] } : undefined;
}
