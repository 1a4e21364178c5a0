/**
 * What the plan rules look at: the plan as read from one workbook snapshot, with every cell the
 * rules judge located (sheet and A1 address), blank cells included so a rule can point at them.
 * Built only through the defined names (layout/names.ts), like readPlan.
 */
import { QPR_PERIODS, type InitiativeRef, type Plan, type QprPeriod } from "../domain/plan";
import { isLive } from "../layout/read/readCells";
import { initiativeRefs, initiativeSheet, readPlan, type Problem } from "../layout/read/readPlan";
import { initiativeNames, PLAN_NAMES, type RatingKind } from "../layout/names";
import { cellAddress, parseRange } from "../util/a1";
import type { CellValue, NamedRangeRead, WorkbookSnapshot } from "../workbook/port";
import type { BenchmarkType } from "./types";

export interface Location {
  sheet: string;
  /** A1 address on the sheet, e.g. "D14". */
  cell: string;
  initiative?: InitiativeRef;
}

export interface CellRead {
  value: CellValue;
  /** The formula when the cell holds one ("=…"); absent for typed values. */
  formula?: string;
  at: Location;
}

export interface LocatedBenchmark {
  type: BenchmarkType;
  cell: CellRead;
}

/** One filled row of an activities table (padding rows, with H–K blank, are left out). */
export interface LocatedActivity {
  /** 0-based row inside the activities table. */
  row: number;
  quarter: CellRead;
  text: CellRead;
  lead: CellRead;
  start: CellRead;
  complete: CellRead;
  status: CellRead;
}

export type LocatedRatingRow = Partial<Record<RatingKind, CellRead>>;

export interface LocatedInitiative {
  ref: InitiativeRef;
  /** The strategy sheet's tab name as it is now ("" when none of its names can be read). */
  sheet: string;
  objective?: CellRead;
  objectiveLead?: CellRead;
  description?: CellRead;
  lead?: CellRead;
  /** Every cell of E and F, blank ones included. */
  shortTermOutcomes: CellRead[];
  earlyEvidence: CellRead[];
  activities: LocatedActivity[];
  /** Rating cells by period; a period is absent when its names are missing. */
  ratings: Partial<Record<QprPeriod, LocatedRatingRow>>;
}

export interface LocatedPlan {
  snapshot: WorkbookSnapshot;
  /** The plan as exported (readPlan), and what was odd while reading it. */
  plan: Plan;
  problems: Problem[];
  initiatives: LocatedInitiative[];
  /** Final outcomes table: text and date cells of each filled row. */
  finalOutcomes: { text: CellRead; date: CellRead }[];
  /** Every benchmark cell that holds something, in plan order. */
  benchmarks: LocatedBenchmark[];
  /** A one-cell plan name (AIP.District, AIP.KeyIssues, …) as located now. */
  planCell(name: string): CellRead | undefined;
}

const ACTIVITY_COLUMNS = 6;

function isBlankValue(v: CellValue | undefined): boolean {
  return v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Every cell of a readable name, row-major; [] when the name is missing or broken. */
function cellsOf(snap: WorkbookSnapshot, name: string, initiative?: InitiativeRef): CellRead[][] {
  const read: NamedRangeRead | undefined = snap.names[name];
  if (!isLive(snap, read)) return [];
  const { start } = parseRange(read.range);
  return read.values.map((row, r) =>
    row.map((value, c) => {
      const f = read.formulas[r]?.[c];
      const cell: CellRead = { value, at: { sheet: read.sheet, cell: cellAddress(start.row + r, start.col + c), initiative } };
      // Excel reads quote-prefixed text back through `formulas` without its apostrophe: text typed as
      // "=more students" has formula === value. Only a formula whose text differs from its value is one.
      if (typeof f === "string" && f.startsWith("=") && f !== value) cell.formula = f;
      return cell;
    }),
  );
}

function firstCell(snap: WorkbookSnapshot, name: string, initiative?: InitiativeRef): CellRead | undefined {
  return cellsOf(snap, name, initiative)[0]?.[0];
}

function locateInitiative(snap: WorkbookSnapshot, ref: InitiativeRef): LocatedInitiative {
  const n = initiativeNames(ref);
  const one = (name: string) => firstCell(snap, name, ref);
  const activities: LocatedActivity[] = [];
  cellsOf(snap, n.activities, ref).forEach((row, k) => {
    if (row.length < ACTIVITY_COLUMNS) return;
    if ([1, 2, 3, 4].every((c) => isBlankValue(row[c].value))) return;
    const [quarter, text, lead, start, complete, status] = row;
    activities.push({ row: k, quarter, text, lead, start, complete, status });
  });
  const ratings: Partial<Record<QprPeriod, LocatedRatingRow>> = {};
  for (const period of QPR_PERIODS) {
    const entry: LocatedRatingRow = {};
    for (const kind of ["Process", "ProcessEvidence", "Performance", "PerformanceEvidence"] as RatingKind[]) {
      const cell = one(n.rating(kind, period));
      if (cell) entry[kind] = cell;
    }
    if (Object.keys(entry).length > 0) ratings[period] = entry;
  }
  const sheet = initiativeSheet(snap, ref) ?? "";
  return {
    ref,
    sheet,
    objective: one(n.objective),
    objectiveLead: one(n.objectiveLead),
    description: one(n.description),
    lead: one(n.lead),
    shortTermOutcomes: cellsOf(snap, n.shortTermOutcomes, ref).flat(),
    earlyEvidence: cellsOf(snap, n.earlyEvidence, ref).flat(),
    activities,
    ratings,
  };
}

/** Reads the snapshot once into what the plan rules need. Throws (WorkbookError) only when there is no plan. */
export function locatePlan(snap: WorkbookSnapshot): LocatedPlan {
  const { plan, problems } = readPlan(snap);
  const initiatives = initiativeRefs(snap).map((ref) => locateInitiative(snap, ref));
  const finalOutcomes = cellsOf(snap, PLAN_NAMES.finalOutcomes)
    .filter((row) => row.length >= 2 && !(isBlankValue(row[0].value) && isBlankValue(row[1].value)))
    .map((row) => ({ text: row[0], date: row[1] }));
  const benchmarks: LocatedBenchmark[] = [];
  const push = (type: BenchmarkType, cell: CellRead) => {
    if (!isBlankValue(cell.value)) benchmarks.push({ type, cell });
  };
  for (const li of initiatives) {
    li.shortTermOutcomes.forEach((c) => push("short_term_outcome", c));
    li.earlyEvidence.forEach((c) => push("early_evidence", c));
    li.activities.forEach((a) => push("activity", a.text));
  }
  finalOutcomes.forEach((f) => push("final_outcome", f.text));
  return {
    snapshot: snap,
    plan,
    problems,
    initiatives,
    finalOutcomes,
    benchmarks,
    planCell: (name) => firstCell(snap, name),
  };
}
