/**
 * The defined names the layout expects (names.ts), grouped by the sheet that holds them, and which
 * of them are missing (cleared in Name Manager) or broken (#REF!, or on a deleted tab). Read from
 * the names alone, so Check can say exactly which names need Repair names.
 */
import { QPR_PERIODS, QUARTERS, type InitiativeRef, type QprPeriod, type Quarter } from "../../domain/plan";
import type { WorkbookSnapshot } from "../../workbook/port";
import { minutesTabName } from "../read/minuteRecords";
import { initiativeNames, LIST_NAMES, minutesNames, parseCorrectionsName, parseMinutesName, PLAN_NAMES, qprNames, quarterListName, SUMMARY_NAMES, type RatingKind } from "../names";
import { REVIEW_STATUSES } from "../../domain/review";
import { PLAN_SHEET, SUMMARY_SHEET, qprSheetName } from "../sheetNames";
import { isLive } from "../read/readCells";
import { initiativeRefs } from "../read/readPlan";
import { summativeGroup, summativeYears } from "./summativeAnchors";

export type GroupKind = "plan" | "lists" | "quarter" | "initiative" | "summary" | "qpr" | "minutes" | "summative";

/** The names one sheet of the layout holds. */
export interface NameGroup {
  kind: GroupKind;
  /** For messages: "the Plan sheet", "initiative 1.2's strategy sheet". */
  label: string;
  names: string[];
  /** The tab the group's readable names point at now ("" when none does and no tab has its usual name). */
  sheet: string;
  initiative?: InitiativeRef;
  quarter?: Quarter;
  period?: QprPeriod;
  minutes?: { date: string; seq: number };
  /** A Summative Report's school year (its start year). */
  year?: number;
}

export interface NameGap {
  name: string;
  state: "missing" | "broken";
  group: NameGroup;
}

export const LISTS_SHEET = "Lists";
const RATING_KINDS: RatingKind[] = ["Process", "ProcessEvidence", "Performance", "PerformanceEvidence"];

/** Every name of an initiative's strategy sheet; Rated by / Date rated only when the sheet has them. */
export function strategyNames(ref: InitiativeRef, withRatedBy: boolean): string[] {
  const n = initiativeNames(ref);
  return [
    n.objective,
    n.objectiveLead,
    n.description,
    n.lead,
    n.shortTermOutcomes,
    n.earlyEvidence,
    n.resources,
    n.activities,
    n.ratings,
    ...QPR_PERIODS.flatMap((p) => [...RATING_KINDS.map((k) => n.rating(k, p)), ...(withRatedBy ? [n.ratedBy(p), n.ratedOn(p)] : [])]),
  ];
}

/** The tab of the first readable name, else a tab with the usual name, else "". */
function groupSheet(snap: WorkbookSnapshot, names: readonly string[], usual?: string): string {
  const live = names.map((n) => snap.names[n]).find((r) => isLive(snap, r));
  if (live) return live.sheet;
  return (usual && snap.sheets.find((s) => s.toLowerCase() === usual.toLowerCase())) ?? "";
}

function hasAny(snap: WorkbookSnapshot, names: readonly string[]): boolean {
  return names.some((n) => n in snap.names);
}

/**
 * The layout's groups present in this workbook: a group counts when any of its names is defined
 * (even broken) or a tab has its usual name; extra groups (found on the sheets by repair) may be added.
 */
export function nameGroups(snap: WorkbookSnapshot): NameGroup[] {
  const present = (g: NameGroup, usual: string) => hasAny(snap, g.names) || snap.sheets.some((s) => s.toLowerCase() === usual.toLowerCase());
  const groups: NameGroup[] = [];
  const plan = planGroup(snap);
  if (present(plan, PLAN_SHEET)) groups.push(plan);
  const lists = listsGroup(snap);
  if (present(lists, LISTS_SHEET)) groups.push(lists);
  for (const q of QUARTERS) {
    const g = quarterGroup(snap, q);
    if (present(g, q)) groups.push(g);
  }
  for (const ref of initiativeRefs(snap)) groups.push(initiativeGroup(snap, ref));
  const summary = summaryGroup(snap);
  if (present(summary, SUMMARY_SHEET)) groups.push(summary);
  for (const p of QPR_PERIODS) {
    const g = qprGroup(snap, p);
    if (hasAny(snap, g.names)) groups.push(g);
  }
  const keys = new Map<string, { date: string; seq: number }>();
  for (const name of Object.keys(snap.names)) {
    const m = parseMinutesName(name);
    if (m) keys.set(`${m.date}#${m.seq}`, { date: m.date, seq: m.seq });
  }
  for (const k of keys.values()) groups.push(minutesGroup(snap, k.date, k.seq));
  for (const year of summativeYears(snap)) groups.push(summativeGroup(snap, year));
  return groups;
}

export function summaryGroup(snap: WorkbookSnapshot): NameGroup {
  const names = Object.values(SUMMARY_NAMES);
  return { kind: "summary", label: "the Summary sheet", names, sheet: groupSheet(snap, names, SUMMARY_SHEET) };
}

/** What a QPR view's sheet shows beyond its narratives: the review round (views built since it exists) and each initiative's corrections cell. */
export interface QprShown {
  review: boolean;
  corrections: readonly InitiativeRef[];
}

/**
 * A QPR view's names: the overall narrative, its area, each objective narrative it has (or
 * `objectives`), and its review round and corrections cells when it has them (names or `shown`).
 */
export function qprGroup(snap: WorkbookSnapshot, period: QprPeriod, objectives: readonly number[] = [], shown: QprShown = { review: false, corrections: [] }): NameGroup {
  const q = qprNames(period);
  const os = new Set(objectives);
  const fixes = new Map(shown.corrections.map((r) => [`${r.o}.${r.i}`, r]));
  for (const name of Object.keys(snap.names)) {
    const m = new RegExp(`^AIP\\.QPR\\.${period}\\.O(\\d+)\\.Narrative$`).exec(name);
    if (m) os.add(Number(m[1]));
    const ref = parseCorrectionsName(q.prefix, name);
    if (ref) fixes.set(`${ref.o}.${ref.i}`, ref);
  }
  const review = [q.review.status, ...REVIEW_STATUSES.map((s) => q.review.stepDate(s))];
  const hasReview = shown.review || review.some((n) => n in snap.names);
  const refs = [...fixes.values()].sort((x, y) => x.o - y.o || x.i - y.i);
  const names = [q.overall, q.area, ...[...os].sort((a, b) => a - b).map((o) => q.objective(o)), ...(hasReview ? review : []), ...refs.map((r) => q.review.corrections(r))];
  return { kind: "qpr", label: `the QPR view of ${period}`, names, sheet: groupSheet(snap, names, qprSheetName(period)), period };
}

/** A minutes sheet's names; the coverage table's only when it has one (a plan with no initiatives has none). */
export function minutesGroup(snap: WorkbookSnapshot, date: string, seq: number, withDiscussed = false): NameGroup {
  const n = minutesNames(date, seq);
  const discussed = withDiscussed || n.discussed in snap.names ? [n.discussed] : [];
  const names = [n.district, n.date, n.participants, n.submittedBy, n.nextDate, n.agenda, n.evidence, ...discussed, ...[1, 2, 3, 4, 5, 6].map((k) => n.section(k))];
  const sheet = minutesTabName(date, seq);
  return { kind: "minutes", label: `the minutes sheet "${sheet}"`, names, sheet: groupSheet(snap, names, sheet), minutes: { date, seq } };
}

export function planGroup(snap: WorkbookSnapshot): NameGroup {
  const names = Object.values(PLAN_NAMES);
  return { kind: "plan", label: "the Plan sheet", names, sheet: groupSheet(snap, names, PLAN_SHEET) };
}

export function listsGroup(snap: WorkbookSnapshot): NameGroup {
  const names = Object.values(LIST_NAMES);
  return { kind: "lists", label: "the Lists sheet", names, sheet: groupSheet(snap, names, LISTS_SHEET) };
}

export function quarterGroup(snap: WorkbookSnapshot, q: Quarter): NameGroup {
  const names = [quarterListName(QUARTERS.indexOf(q))];
  return { kind: "quarter", label: `the quarter tab ${q}`, names, sheet: groupSheet(snap, names, q), quarter: q };
}

export function initiativeGroup(snap: WorkbookSnapshot, ref: InitiativeRef, withRatedBy = false): NameGroup {
  const n = initiativeNames(ref);
  const rated =
    withRatedBy ||
    hasAny(
      snap,
      QPR_PERIODS.flatMap((p) => [n.ratedBy(p), n.ratedOn(p)]),
    );
  const names = strategyNames(ref, rated);
  return { kind: "initiative", label: `initiative ${ref.o}.${ref.i}'s strategy sheet`, names, sheet: groupSheet(snap, names), initiative: ref };
}

/** The group's names that are not defined, or do not point at cells of a sheet in the workbook. */
export function gapsOf(snap: WorkbookSnapshot, group: NameGroup): NameGap[] {
  const gaps: NameGap[] = [];
  for (const name of group.names) {
    const read = snap.names[name];
    if (!read) gaps.push({ name, state: "missing", group });
    else if (!isLive(snap, read)) gaps.push({ name, state: "broken", group });
  }
  return gaps;
}

export function nameGaps(snap: WorkbookSnapshot): NameGap[] {
  return nameGroups(snap).flatMap((g) => gapsOf(snap, g));
}

/** "is missing" / "is broken (it points at #REF!)" for messages. */
export function gapState(gap: NameGap): string {
  return gap.state === "missing" ? "is missing (not in Formulas > Name Manager)" : "is broken (it points at #REF! or at a deleted sheet)";
}
