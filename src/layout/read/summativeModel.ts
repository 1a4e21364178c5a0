/**
 * What the Summative Report shows, read from one snapshot: the plan's initiatives with the year's
 * ratings and evidence as the cells hold them now, the domain's figures over them (change over the
 * year, activities at the year's end, the coverage of each quarter), the latest self-assessment,
 * and the cells people typed on an earlier build (narratives, review round, corrections, each
 * final outcome's result), to be written back. The sheet and the Word document are built from it.
 */
import { schoolYearWindow, serialToIso, usDate } from "../../domain/calendar";
import { QPR_PERIODS, type Activity, type InitiativeRef, type IsoDate, type Plan, type QprPeriod, type Quarter } from "../../domain/plan";
import { ratingRank, SCALE_KEYS, SCALE_OF, type Change, type Rank, type ScaleKey } from "../../domain/rollup";
import { RUBRIC_CRITERIA } from "../../domain/rubric";
import { quarterCoverage, yearChange, yearEndActivities, type QuarterCoverage, type YearEndActivities } from "../../domain/summative";
import { REVIEW_STATUSES } from "../../domain/review";
import type { CellValue, WorkbookSnapshot } from "../../workbook/port";
import type { Cell } from "../../workbook/spec";
import { initiativeNames, parseOutcomeName, PLAN_NAMES, summativeNames, type RatingKind } from "../names";
import { reviewTyped, type ReviewTyped } from "./reviewRound";
import { knownValue } from "./knownValue";
import { minutesRecords } from "./minuteRecords";
import { asText, isErrorValue, isLive, type Problem } from "./readCells";
import { initiativeRefs } from "./readPlan";
import { assessmentRecords } from "./rubricRecords";
import { typedAt, typedCell } from "./typedCell";

/** A person's cell: as it is written back, and as it reads (for the Word document). */
export interface Kept {
  cell: Cell;
  text: string;
}

const KIND: Record<ScaleKey, RatingKind> = { process: "Process", performance: "Performance" };
const EVIDENCE: Record<ScaleKey, RatingKind> = { process: "ProcessEvidence", performance: "PerformanceEvidence" };

export interface SummativeInitiative {
  ref: InitiativeRef;
  /** The initiative's names that point at a cell (the others show as missing). */
  readable: ReadonlySet<string>;
  description: string;
  /** The rating and evidence texts by scale and period, as the cells hold them ("" when blank or unknown). */
  ratings: Record<ScaleKey, Record<QprPeriod, string>>;
  evidence: Record<ScaleKey, Record<QprPeriod, string>>;
  ranks: Record<ScaleKey, Rank[]>;
  change: Record<ScaleKey, Change | undefined>;
  /** False when a rating or evidence cell's value is unknown (an error, or no stored result): its formulas store no result. */
  known: boolean;
  /** The activities table's name and its figures (undefined: the table cannot be read, or a value is unknown). */
  activitiesName?: string;
  activities?: YearEndActivities;
  corrections: Kept;
}

export interface SummativeObjective {
  o: number;
  title: string;
  /** False when the title's cell shows an error or has no stored result: its formula stores none. */
  titleKnown: boolean;
  initiatives: SummativeInitiative[];
}

export interface SummativeOutcome {
  text: string;
  date?: IsoDate;
  result: Kept;
  met: Kept;
}

export interface SummativeModel {
  startYear: number;
  district: string;
  hasDistrict: boolean;
  /** False when the district's cell shows an error or has no stored result. */
  districtKnown: boolean;
  /** The day the report was built: activities overdue and quarters not begun are counted for it. */
  today: IsoDate;
  review: ReviewTyped & { statusText: string; stepTexts: Record<(typeof REVIEW_STATUSES)[number], string> };
  narratives: { successes: Kept; concerns: Kept; recommendations: Kept };
  objectives: SummativeObjective[];
  /** Corrections typed for initiatives no longer in the plan, by "o.i". */
  orphanCorrections: { ref: InitiativeRef; kept: Kept }[];
  outcomes: SummativeOutcome[];
  /** Results typed for outcomes no longer in the plan (their text as it was). */
  orphanOutcomes: SummativeOutcome[];
  coverage: QuarterCoverage[];
  assessment?: { date: IsoDate; sheet: string; ratings: { criterion: string; rating: string }[] };
  problems: Problem[];
}

function kept(snap: WorkbookSnapshot, name: string): Kept {
  const read = snap.names[name];
  if (!isLive(snap, read)) return { cell: null, text: "" };
  const value = read.values[0]?.[0] ?? "";
  return { cell: typedCell(read), text: typeof value === "number" ? String(value) : asText(value) };
}

/** A date cell as the sheet shows it (m/d/yyyy), or its text as typed. */
function dateText(snap: WorkbookSnapshot, name: string): string {
  const read = snap.names[name];
  const v = isLive(snap, read) ? (read.values[0]?.[0] ?? "") : "";
  return typeof v === "number" && v >= 1 ? usDate(serialToIso(v)) : asText(v);
}

/** The activities as the year-end COUNTIFS read them: H (text), K (complete, date serials only) and the status. */
function activitiesOf(snap: WorkbookSnapshot, name: string): Activity[] | undefined {
  const read = snap.names[name];
  if (!read || (read.noResult?.length ?? 0) > 0) return undefined;
  const out: Activity[] = [];
  for (const row of read.values) {
    const [text, complete, status] = [row[1] ?? "", row[4] ?? "", row[5] ?? ""];
    if ([text, complete, status].some(isErrorValue)) return undefined;
    const activity: Activity = { quarter: "" as Quarter, text: typeof text === "string" ? text : "", lead: "", status: asText(status) as Activity["status"] };
    if (typeof complete === "number") activity.complete = serialToIso(complete);
    out.push(activity);
  }
  return out;
}

function initiativeOf(snap: WorkbookSnapshot, ref: InitiativeRef, startYear: number, today: IsoDate, corrections: Kept): SummativeInitiative | undefined {
  const n = initiativeNames(ref);
  const all = [n.objective, n.description, n.activities, ...SCALE_KEYS.flatMap((k) => QPR_PERIODS.flatMap((p) => [n.rating(KIND[k], p), n.rating(EVIDENCE[k], p)]))];
  const readable = new Set(all.filter((name) => isLive(snap, snap.names[name])));
  if (readable.size === 0) return undefined;
  let known = true;
  const text = (name: string): string => {
    if (!readable.has(name)) return "";
    const v: CellValue | undefined = knownValue(snap, name);
    if (v === undefined) known = false;
    return v === undefined ? "" : asText(v);
  };
  const ratings = {} as SummativeInitiative["ratings"];
  const evidence = {} as SummativeInitiative["evidence"];
  const ranks = {} as SummativeInitiative["ranks"];
  const change = {} as SummativeInitiative["change"];
  for (const key of SCALE_KEYS) {
    ratings[key] = Object.fromEntries(QPR_PERIODS.map((p) => [p, text(n.rating(KIND[key], p))])) as Record<QprPeriod, string>;
    evidence[key] = Object.fromEntries(QPR_PERIODS.map((p) => [p, text(n.rating(EVIDENCE[key], p))])) as Record<QprPeriod, string>;
    ranks[key] = QPR_PERIODS.map((p) => ratingRank(SCALE_OF[key], ratings[key][p]));
    change[key] = yearChange(ranks[key]);
  }
  const table = snap.names[n.activities];
  const activitiesName = isLive(snap, table) && (table.values[0]?.length ?? 0) === 6 ? n.activities : undefined;
  const list = activitiesName ? activitiesOf(snap, activitiesName) : undefined;
  return {
    ref,
    readable,
    description: text(n.description),
    ratings,
    evidence,
    ranks,
    change,
    known,
    activitiesName,
    activities: list && yearEndActivities(list, startYear, today),
    corrections,
  };
}

/** The outcomes with the results typed on an earlier build, matched by the outcome's text; results of outcomes gone are kept apart. */
function outcomesOf(snap: WorkbookSnapshot, plan: Plan, s: ReturnType<typeof summativeNames>): { outcomes: SummativeOutcome[]; orphans: SummativeOutcome[] } {
  const previous = new Map<number, { text: string; result: Kept; met: Kept }>();
  for (const name of Object.keys(snap.names)) {
    const p = parseOutcomeName(s.prefix, name);
    if (!p || previous.has(p.k)) continue;
    const names = s.outcome(p.k);
    previous.set(p.k, { text: kept(snap, names.text).text.trim(), result: kept(snap, names.result), met: kept(snap, names.met) });
  }
  const unused = [...previous.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  const outcomes = plan.finalOutcomes
    .filter((o) => o.text.trim() !== "")
    .map((o) => {
      const at = unused.findIndex((p) => p.text === o.text.trim());
      const [match] = at >= 0 ? unused.splice(at, 1) : [undefined];
      return { text: o.text, date: o.date, result: match?.result ?? { cell: null, text: "" }, met: match?.met ?? { cell: null, text: "" } };
    });
  const orphans = unused.filter((p) => p.result.cell !== null || p.met.cell !== null).map((p) => ({ text: p.text, result: p.result, met: p.met }));
  return { outcomes, orphans };
}

export function summativeModel(snap: WorkbookSnapshot, plan: Plan, startYear: number, today: IsoDate): SummativeModel {
  const s = summativeNames(startYear);
  const problems: Problem[] = [];
  const objectives: SummativeObjective[] = [];
  const listed = new Set<string>();
  for (const ref of initiativeRefs(snap)) {
    const initiative = initiativeOf(snap, ref, startYear, today, kept(snap, s.review.corrections(ref)));
    if (!initiative) {
      problems.push({
        where: `AIP.O${ref.o}.I${ref.i}.*`,
        message: `Initiative ${ref.o}.${ref.i} was left out of the Summative Report: its strategy sheet is gone (none of its names point at a cell).`,
      });
      continue;
    }
    listed.add(`${ref.o}.${ref.i}`);
    let objective = objectives.find((o) => o.o === ref.o);
    if (!objective) {
      const title = knownValue(snap, initiativeNames(ref).objective);
      objectives.push((objective = { o: ref.o, title: title === undefined ? "" : asText(title), titleKnown: title !== undefined, initiatives: [] }));
    }
    objective.initiatives.push(initiative);
  }
  const orphanCorrections: SummativeModel["orphanCorrections"] = [];
  const correctionsPattern = new RegExp(`^${s.prefix.replace(/\./g, "\\.")}\\.O(\\d+)\\.I(\\d+)\\.Corrections$`);
  for (const name of Object.keys(snap.names)) {
    const m = correctionsPattern.exec(name);
    if (!m || listed.has(`${m[1]}.${m[2]}`)) continue;
    const k = kept(snap, name);
    if (k.cell !== null) orphanCorrections.push({ ref: { o: Number(m[1]), i: Number(m[2]) }, kept: k });
  }
  orphanCorrections.sort((a, b) => a.ref.o - b.ref.o || a.ref.i - b.ref.i);

  const { outcomes, orphans } = outcomesOf(snap, plan, s);
  const yearEnd = schoolYearWindow(startYear).end;
  const assessments = assessmentRecords(snap).filter((a) => a.date <= yearEnd);
  const latest = assessments[assessments.length - 1];
  const review = reviewTyped(
    (name) => typedAt(snap, name),
    s.review,
    (name) => isLive(snap, snap.names[name]),
  );
  const stepTexts = Object.fromEntries(REVIEW_STATUSES.map((step) => [step, dateText(snap, s.review.stepDate(step))])) as SummativeModel["review"]["stepTexts"];
  return {
    startYear,
    district: plan.district,
    districtKnown: knownValue(snap, PLAN_NAMES.district) !== undefined,
    hasDistrict: isLive(snap, snap.names[PLAN_NAMES.district]),
    today,
    review: { ...review, statusText: typeof review.status === "string" ? review.status : kept(snap, s.review.status).text, stepTexts },
    narratives: { successes: kept(snap, s.successes), concerns: kept(snap, s.concerns), recommendations: kept(snap, s.recommendations) },
    objectives,
    orphanCorrections,
    outcomes,
    orphanOutcomes: orphans,
    coverage: quarterCoverage([...listed], minutesRecords(snap), startYear, today),
    assessment: latest && {
      date: latest.date,
      sheet: latest.sheet,
      ratings: RUBRIC_CRITERIA.map((c) => ({ criterion: c.name, rating: latest.ratings[c.key] })),
    },
    problems,
  };
}
