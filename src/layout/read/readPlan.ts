/**
 * Workbook → Plan: rebuilds the plan from a snapshot, reading only through the defined names of
 * names.ts (never row positions), so rows people insert and tabs they rename do not matter.
 * Read-only and forgiving: every oddity becomes a Problem naming the name or cell; it throws only
 * when the workbook holds no plan at all.
 */
import {
  ACTIVITY_STATUSES,
  QPR_PERIODS,
  QUARTERS,
  type Activity,
  type ActivityStatus,
  type FinalOutcome,
  type Initiative,
  type InitiativeRef,
  type Objective,
  type Plan,
  type Quarter,
  type RatingEntry,
  type Ratings,
} from "../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE, levelByName, type Scale } from "../../domain/scales";
import { parseRange } from "../../util/a1";
import { WorkbookError, type CellValue, type WorkbookSnapshot } from "../../workbook/port";
import { initiativeNames, LIST_NAMES, parseInitiativeName, PLAN_NAMES, quarterListName, type RatingKind } from "../names";
import type { ActivitySource } from "../activitySource";
import { asText, isBlank, isLive, NameReader, readDate, type Problem } from "./readCells";

export type { Problem } from "./readCells";

/** Columns of the activities table body, in order (names.ts: Quarter, H, I, J, K, Status). */
const ACTIVITY_COLUMNS = 6;

/** Every initiative that has at least one AIP.O{o}.I{i}.* name, sorted by o then i. */
export function initiativeRefs(snap: WorkbookSnapshot): InitiativeRef[] {
  const seen = new Map<string, InitiativeRef>();
  for (const name of Object.keys(snap.names)) {
    const p = parseInitiativeName(name);
    if (p) seen.set(`${p.o}.${p.i}`, { o: p.o, i: p.i });
  }
  return [...seen.values()].sort((a, b) => a.o - b.o || a.i - b.i);
}

/** The workbook has none of a plan's names: not a plan, or a plan whose names were all deleted. */
export class NoPlanError extends WorkbookError {
  constructor() {
    super(
      `This workbook has no AIP plan: it has no ${PLAN_NAMES.district} name and no initiative names (AIP.O1.I1.…). Open your plan workbook, or run New plan first. If this is a plan whose names were deleted (Formulas > Name Manager), Repair names finds them again from its sheets' labels.`,
    );
    this.name = "NoPlanError";
  }
}

/** Throws the person-facing error when the workbook has no plan to read or rebuild. */
export function assertHasPlan(snap: WorkbookSnapshot): void {
  if (!(PLAN_NAMES.district in snap.names) && initiativeRefs(snap).length === 0) throw new NoPlanError();
}

/** A padding row of the activities table: H, I, J and K all blank (Quarter and Status may be pre-filled). */
function isPadding(row: CellValue[]): boolean {
  return [1, 2, 3, 4].every((c) => isBlank(row[c]));
}

/** A one-cell name's value, or undefined when it does not read as one cell. */
function oneCell(snap: WorkbookSnapshot, name: string): CellValue | undefined {
  const read = snap.names[name];
  return read && read.values.length === 1 && read.values[0].length === 1 ? read.values[0][0] : undefined;
}

/**
 * What the quarter tabs list: one source per initiative whose activities table can be read. The
 * quarter label of padding rows is blanked here, so the quarter tabs leave those rows out; a
 * freshly typed activity appears on the next "Refresh quarter tabs".
 */
export function activitySources(snap: WorkbookSnapshot): ActivitySource[] {
  const sources: ActivitySource[] = [];
  for (const ref of initiativeRefs(snap)) {
    const read = snap.names[initiativeNames(ref).activities];
    if (!isLive(snap, read)) continue;
    if ((read.values[0]?.length ?? 0) < ACTIVITY_COLUMNS) continue;
    sources.push({
      ref,
      sheet: read.sheet,
      activitiesRange: read.range,
      quarters: read.values.map((row) => (isPadding(row) ? "" : asText(row[0]).trim())),
      rows: read.values,
      description: oneCell(snap, initiativeNames(ref).description),
    });
  }
  return sources;
}

/**
 * Last row (1-based) of each quarter tab's current listing, from its AIP.Quarter{n}.List name:
 * pass it to quarterSheetSpecs(…, "update", …) so a listing that shrank leaves nothing stale.
 */
export function quarterListingEnds(snap: WorkbookSnapshot): Partial<Record<Quarter, number>> {
  const ends: Partial<Record<Quarter, number>> = {};
  QUARTERS.forEach((q, index) => {
    const read = snap.names[quarterListName(index)];
    if (read?.sheet.toLowerCase() === q.toLowerCase() && read.range) ends[q] = parseRange(read.range).end.row + 1;
  });
  return ends;
}

export function readPlan(snap: WorkbookSnapshot): { plan: Plan; problems: Problem[] } {
  assertHasPlan(snap);
  const r = new NameReader(snap);
  const plan: Plan = {
    district: r.text(PLAN_NAMES.district),
    date: readPlanDate(r),
    schoolYear: 0,
    keyIssues: r.text(PLAN_NAMES.keyIssues),
    theoryOfAction: r.text(PLAN_NAMES.theoryOfAction),
    roster: r.column(LIST_NAMES.roster),
    finalOutcomes: readFinalOutcomes(r),
    objectives: readObjectives(r, initiativeRefs(snap)),
  };
  plan.schoolYear = readSchoolYear(r, plan.date);
  return { plan, problems: r.problems };
}

function readPlanDate(r: NameReader): string {
  const cell = r.single(PLAN_NAMES.date);
  if (!cell) return "";
  const date = readDate(cell.value, cell.where, r.problems);
  if (date === undefined) r.add(cell.where, `The plan's date (${cell.where}) is empty. Type the plan's date, e.g. 9/15/2026.`);
  return date ?? "";
}

/** The school year's start year: a number, or text such as "2026" or "SY 2026-27". */
function readSchoolYear(r: NameReader, planDate: string): number {
  const cell = r.single(PLAN_NAMES.schoolYear);
  if (cell && typeof cell.value === "number" && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2199) return cell.value;
  const match = cell && typeof cell.value === "string" ? /(?:^|\D)((?:19|20|21)\d\d)(?:\D|$)/.exec(cell.value) : null;
  if (match) return Number(match[1]);
  // Fall back on the plan's date: September onwards starts a school year.
  const fromDate = /^(\d{4})-(\d{2})-\d{2}$/.exec(planDate);
  const guess = fromDate ? Number(fromDate[1]) - (Number(fromDate[2]) < 9 ? 1 : 0) : 0;
  if (cell) {
    const shown = isBlank(cell.value) ? "is empty" : `holds "${asText(cell.value)}"`;
    const used = guess ? ` ${guess} was assumed from the plan's date.` : "";
    r.add(cell.where, `The school year (${cell.where}) ${shown}; type its start year, e.g. 2026 for 2026-27.${used}`);
  }
  return guess;
}

function readFinalOutcomes(r: NameReader): FinalOutcome[] {
  const g = r.get(PLAN_NAMES.finalOutcomes);
  if (!g) return [];
  const width = g.read.values[0]?.length ?? 0;
  if (width !== 2) {
    r.add(
      PLAN_NAMES.finalOutcomes,
      `The defined name ${PLAN_NAMES.finalOutcomes} should cover 2 columns (outcome, date) but covers ${g.read.range}; the first column was read as outcomes${width > 2 ? " and the second as dates" : ""}.`,
    );
  }
  const outcomes: FinalOutcome[] = [];
  g.read.values.forEach((row, k) => {
    const [text, date] = [row[0], width >= 2 ? row[1] : ""];
    if (isBlank(text) && isBlank(date)) return;
    const outcome: FinalOutcome = { text: asText(text) };
    const iso = readDate(date, r.where(g, k, 1), r.problems);
    if (iso !== undefined) outcome.date = iso;
    outcomes.push(outcome);
  });
  return outcomes;
}

/** Reports gaps in 1..n; the plan lists what exists in order, so later numbers move up. */
function reportGaps(r: NameReader, numbers: number[], label: (n: number) => string, where: (n: number) => string): void {
  const max = Math.max(0, ...numbers);
  for (let n = 1; n <= max; n++) {
    if (!numbers.includes(n)) {
      r.add(
        where(n),
        `${label(n)} has no names in this workbook although a later one does: the numbering has a gap, and the export numbers what exists in order. Check Formulas > Name Manager, or renumber with the add-in.`,
      );
    }
  }
}

function readObjectives(r: NameReader, refs: InitiativeRef[]): Objective[] {
  const byObjective = new Map<number, number[]>();
  for (const ref of refs) byObjective.set(ref.o, [...(byObjective.get(ref.o) ?? []), ref.i]);
  const os = [...byObjective.keys()].sort((a, b) => a - b);
  reportGaps(
    r,
    os,
    (o) => `Objective ${o}`,
    (o) => `AIP.O${o}`,
  );

  const objectives: Objective[] = [];
  for (const o of os) {
    const is = byObjective.get(o) ?? [];
    reportGaps(
      r,
      is,
      (i) => `Initiative ${o}.${i}`,
      (i) => `AIP.O${o}.I${i}`,
    );
    const present = is.filter((i) => sheetIsThere(r, { o, i }));
    if (present.length === 0) continue;
    objectives.push({
      ...readObjectiveHeader(r, o, present),
      initiatives: present.map((i) => readInitiative(r, { o, i })),
    });
  }
  return objectives;
}

/** Some name of the initiative still points at cells: its strategy sheet is there (maybe renamed). */
export function initiativeIsLive(snap: WorkbookSnapshot, ref: InitiativeRef): boolean {
  const prefix = `AIP.O${ref.o}.I${ref.i}.`;
  return Object.entries(snap.names).some(([name, read]) => name.startsWith(prefix) && isLive(snap, read));
}

/** The tab an initiative's strategy sheet is on now, from its header and table names. */
export function initiativeSheet(snap: WorkbookSnapshot, ref: InitiativeRef): string | undefined {
  const n = initiativeNames(ref);
  return [n.lead, n.description, n.activities, n.objective].map((name) => snap.names[name]).find((read) => isLive(snap, read))?.sheet;
}

/**
 * False (with one problem) when an initiative's strategy sheet is gone: none of its names can be
 * read. Such an initiative is left out of the plan rather than exported empty.
 */
function sheetIsThere(r: NameReader, ref: InitiativeRef): boolean {
  if (initiativeIsLive(r.snap, ref)) return true;
  const prefix = `AIP.O${ref.o}.I${ref.i}.`;
  const reads = Object.keys(r.snap.names).filter((name) => name.startsWith(prefix));
  r.add(
    `${prefix}*`,
    `The strategy sheet of initiative ${ref.o}.${ref.i} is gone: all ${reads.length} of its defined names (${prefix}…) point at #REF! or a deleted sheet, so it was left out of the export. If it was deleted by mistake, undo or restore it; if on purpose, delete those names in Formulas > Name Manager.`,
  );
  return false;
}

/** A (objective) and B (its lead) are repeated on every sheet of the objective; they should agree. */
function readObjectiveHeader(r: NameReader, o: number, is: number[]): { title: string; lead: string } {
  const pick = (field: "objective" | "objectiveLead", label: string): string => {
    const cells = is.map((i) => ({ i, name: initiativeNames({ o, i })[field] })).map((c) => ({ ...c, cell: r.single(c.name) }));
    const filled = cells.filter((c) => c.cell && !isBlank(c.cell.value));
    const chosen = filled[0];
    if (!chosen?.cell) return "";
    const value = asText(chosen.cell.value);
    for (const c of filled.slice(1)) {
      if (c.cell && asText(c.cell.value).trim() !== value.trim()) {
        r.add(
          c.cell.where,
          `${label} of objective ${o} differs between initiative ${o}.${chosen.i} ("${value}") and ${o}.${c.i} ("${asText(c.cell.value)}"); the first was exported. Make them the same on every sheet of objective ${o}.`,
        );
      }
    }
    return value;
  };
  return { title: pick("objective", "The title (A)"), lead: pick("objectiveLead", "The overall lead (B)") };
}

function readInitiative(r: NameReader, ref: InitiativeRef): Initiative {
  const n = initiativeNames(ref);
  return {
    description: r.text(n.description),
    lead: r.text(n.lead),
    shortTermOutcomes: r.column(n.shortTermOutcomes),
    earlyEvidence: r.column(n.earlyEvidence),
    resources: r.text(n.resources),
    activities: readActivities(r, ref),
    ratings: readRatings(r, ref),
  };
}

function readActivities(r: NameReader, ref: InitiativeRef): Activity[] {
  const name = initiativeNames(ref).activities;
  const g = r.get(name);
  if (!g) return [];
  const width = g.read.values[0]?.length ?? 0;
  if (width < ACTIVITY_COLUMNS) {
    r.add(
      name,
      `The defined name ${name} should cover 6 columns (Quarter, H, I, J, K, Status) but covers ${g.read.range}; initiative ${ref.o}.${ref.i}'s activities could not be read. Point it at the activities table in Formulas > Name Manager.`,
    );
    return [];
  }
  if (width > ACTIVITY_COLUMNS) {
    r.add(name, `The defined name ${name} should cover 6 columns (Quarter, H, I, J, K, Status) but covers ${g.read.range}; only the first 6 were read.`);
  }
  const activities: Activity[] = [];
  g.read.values.forEach((row, k) => {
    if (isPadding(row)) return;
    const quarter = asText(row[0]).trim();
    if (!QUARTERS.includes(quarter as Quarter)) {
      const shown = quarter === "" ? "has no Quarter" : `has the Quarter "${quarter}"`;
      r.add(r.where(g, k, 0), `The activity at ${r.where(g, k, 0)} ${shown}; choose one of ${QUARTERS.join(", ")}.`);
    }
    const activity: Activity = { quarter: quarter as Quarter, text: asText(row[1]), lead: asText(row[2]) };
    const start = readDate(row[3], r.where(g, k, 3), r.problems);
    if (start !== undefined) activity.start = start;
    const complete = readDate(row[4], r.where(g, k, 4), r.problems);
    if (complete !== undefined) activity.complete = complete;
    if (!isBlank(row[5])) {
      const status = asText(row[5]).trim();
      if (!ACTIVITY_STATUSES.includes(status as ActivityStatus)) {
        r.add(r.where(g, k, 5), `The status "${status}" at ${r.where(g, k, 5)} is not one of ${ACTIVITY_STATUSES.join(", ")}; it was kept as typed.`);
      }
      activity.status = status as ActivityStatus;
    }
    activities.push(activity);
  });
  return activities;
}

const RATING_FIELDS: { kind: RatingKind; key: keyof RatingEntry; scale?: Scale }[] = [
  { kind: "Process", key: "process", scale: PROCESS_SCALE },
  { kind: "ProcessEvidence", key: "processEvidence" },
  { kind: "Performance", key: "performance", scale: PERFORMANCE_SCALE },
  { kind: "PerformanceEvidence", key: "performanceEvidence" },
];

/** Ratings of the periods that hold any value; rating names are kept as typed (unknown ones reported). */
function readRatings(r: NameReader, ref: InitiativeRef): Ratings {
  const n = initiativeNames(ref);
  const ratings: Ratings = {};
  const all = QPR_PERIODS.flatMap((p) => RATING_FIELDS.map((f) => n.rating(f.kind, p)));
  if (!all.some((name) => r.has(name))) {
    // One problem for a whole missing table rather than sixteen.
    r.add(
      `AIP.O${ref.o}.I${ref.i}.Process.Jan`,
      `Initiative ${ref.o}.${ref.i} has none of its rating names (${all[0]} … ${all[all.length - 1]}), so its QPR ratings were not read. Run the add-in's command again to restore the rating table.`,
    );
    return ratings;
  }
  for (const period of QPR_PERIODS) {
    const entry: RatingEntry = {};
    for (const f of RATING_FIELDS) {
      const cell = r.single(n.rating(f.kind, period));
      if (!cell || isBlank(cell.value)) continue;
      const value = asText(cell.value);
      if (f.scale && !levelByName(f.scale, value.trim())) {
        r.add(cell.where, `"${value}" at ${cell.where} is not a level of the ${f.scale.title} scale; it was kept as typed. Choose a level from the dropdown.`);
      }
      entry[f.key] = f.scale ? value.trim() : value;
    }
    // Rated by / Date rated came later: a workbook made before them simply has no such names.
    const by = r.single(n.ratedBy(period), false);
    if (by && !isBlank(by.value)) entry.ratedBy = asText(by.value);
    const on = r.single(n.ratedOn(period), false);
    const ratedOn = on ? readDate(on.value, on.where, r.problems) : undefined;
    if (ratedOn !== undefined) entry.ratedOn = ratedOn;
    if (Object.keys(entry).length > 0) ratings[period] = entry;
  }
  return ratings;
}
