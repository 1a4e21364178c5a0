/**
 * Validates the public plan JSON (plan.ts) and turns it into a Plan. Bad input is rejected with
 * one PlanError whose message starts with the JSON path of the offending value, e.g.
 * `objectives[1].initiatives[0].activities[2].start: not a date: "2026-13-45"`.
 * A plan that is merely weak or unfinished (empty leads, dates in the wrong order, too many
 * initiatives, no objectives) is valid: the checker reports those, the parser does not.
 * Text is kept exactly as given. Optional fields may be missing or null; the defaults are
 * "" for text, [] for lists and {} for ratings, and absent optional dates/statuses stay absent.
 */
import { isIsoDate } from "./calendar";
import { findJsonSyntaxProblem, lineColumn } from "./jsonSyntax";
import {
  ACTIVITY_STATUSES,
  QPR_PERIODS,
  QUARTERS,
  type Activity,
  type ActivityStatus,
  type FinalOutcome,
  type Initiative,
  type IsoDate,
  type Objective,
  type Plan,
  type QprPeriod,
  type Quarter,
  type RatingEntry,
  type Ratings,
} from "./plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE, type Scale } from "./scales";
import { suggest } from "./suggest";

export class PlanError extends Error {
  /** JSON path of the offending value ("" for the document as a whole). */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = "PlanError";
    this.path = path;
  }
}

/** Excel keeps at most this many characters in one cell; longer text would be cut. */
export const MAX_CELL_TEXT = 32_767;
export const SCHOOL_YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** Excel's 1900 date system is only right from 1 March 1900 on. */
const EXCEL_DATES = { first: "1900-03-01", last: "9999-12-31" } as const;

const PLAN_FIELDS = ["district", "date", "schoolYear", "keyIssues", "theoryOfAction", "roster", "finalOutcomes", "objectives"] as const;
const OBJECTIVE_FIELDS = ["title", "lead", "initiatives"] as const;
const INITIATIVE_FIELDS = ["description", "lead", "shortTermOutcomes", "earlyEvidence", "resources", "activities", "ratings"] as const;
const ACTIVITY_FIELDS = ["quarter", "text", "lead", "start", "complete", "status"] as const;
const OUTCOME_FIELDS = ["text", "date"] as const;
const RATING_FIELDS = ["process", "processEvidence", "performance", "performanceEvidence", "ratedBy", "ratedOn"] as const;

/** Validates a parsed plan JSON value. Throws PlanError naming the path of the first problem. */
export function parsePlan(input: unknown): Plan {
  const o = fields(input, "", PLAN_FIELDS, "the plan", '{ "district": …, "date": …, "schoolYear": …, "objectives": [ … ] }');
  const need = (key: string) => required(o, key, "", 'A plan needs "district", "date", "schoolYear" and "objectives".');
  return {
    district: text(need("district"), "district"),
    date: date(need("date"), "date"),
    schoolYear: schoolYear(need("schoolYear"), "schoolYear"),
    keyIssues: optionalText(o.keyIssues, "keyIssues"),
    theoryOfAction: optionalText(o.theoryOfAction, "theoryOfAction"),
    roster: textList(o.roster, "roster"),
    finalOutcomes: list(o.finalOutcomes, "finalOutcomes", false, finalOutcome),
    objectives: list(need("objectives"), "objectives", true, objective),
  };
}

/** Parses and validates plan JSON text; syntax errors name the line and column. */
export function parsePlanJson(text: string): Plan {
  return parsePlan(parseJson(text, "plan"));
}

/** Validates one initiative object (as in a plan's initiatives list); paths start at "initiative". */
export function parseInitiative(input: unknown, path = "initiative"): Initiative {
  return initiative(input, path);
}

/** Parses and validates the JSON text of one initiative, for "add initiative". */
export function parseInitiativeJson(text: string): Initiative {
  return parseInitiative(parseJson(text, "initiative"));
}

/** JSON.parse with a person-readable message: "line 4, column 17: a comma before } is not allowed …". */
function parseJson(text: string, what: string): unknown {
  // Windows editors often save a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new PlanError("", `The ${what} file is empty: it should hold one JSON object { … }.`);
  try {
    return JSON.parse(body);
  } catch (e) {
    const found = safeFind(body);
    if (found) throw new PlanError("", `Not valid JSON: line ${found.line}, column ${found.column}: ${found.message}.`);
    const reason = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(reason);
    const where = at ? lineColumn(body, Number(at[1])) : undefined;
    throw new PlanError("", `Not valid JSON${where ? `: line ${where.line}, column ${where.column}` : ""}: ${reason}.`);
  }
}

function safeFind(text: string) {
  try {
    return findJsonSyntaxProblem(text);
  } catch {
    return undefined; // the locator is a nicety; JSON.parse's own message still stands
  }
}

// ---- the plan's parts -------------------------------------------------------------------------

function finalOutcome(v: unknown, path: string): FinalOutcome {
  const o = fields(v, path, OUTCOME_FIELDS, "a final outcome", '{ "text": …, "date": "2027-06-30" }');
  const outcome: FinalOutcome = { text: text(required(o, "text", path, 'A final outcome needs "text".'), `${path}.text`) };
  const when = optionalDate(o.date, `${path}.date`);
  if (when !== undefined) outcome.date = when;
  return outcome;
}

function objective(v: unknown, path: string): Objective {
  const o = fields(v, path, OBJECTIVE_FIELDS, "an objective", '{ "title": …, "lead": …, "initiatives": [ … ] }');
  return {
    title: text(required(o, "title", path, 'An objective needs a "title" (A. District Strategic Objective).'), `${path}.title`),
    lead: optionalText(o.lead, `${path}.lead`),
    initiatives: list(required(o, "initiatives", path, 'An objective needs "initiatives": [ … ] (it may be empty).'), `${path}.initiatives`, true, initiative),
  };
}

function initiative(v: unknown, path: string): Initiative {
  const o = fields(v, path, INITIATIVE_FIELDS, "an initiative", '{ "description": …, "lead": …, "activities": [ … ] }');
  return {
    description: text(required(o, "description", path, 'An initiative needs a "description" (C. Initiative Number and Description).'), `${path}.description`),
    lead: optionalText(o.lead, `${path}.lead`),
    shortTermOutcomes: textList(o.shortTermOutcomes, `${path}.shortTermOutcomes`),
    earlyEvidence: textList(o.earlyEvidence, `${path}.earlyEvidence`),
    resources: optionalText(o.resources, `${path}.resources`),
    activities: list(o.activities, `${path}.activities`, false, activity),
    ratings: ratings(o.ratings, `${path}.ratings`),
  };
}

function activity(v: unknown, path: string): Activity {
  const o = fields(v, path, ACTIVITY_FIELDS, "an activity", '{ "quarter": "Sept-Dec", "text": …, "lead": …, "start": "2026-09-15" }');
  const a: Activity = {
    quarter: oneOf(required(o, "quarter", path, `An activity needs a "quarter": one of ${QUARTERS.join(", ")}.`), `${path}.quarter`, "a quarter", QUARTERS) as Quarter,
    text: text(required(o, "text", path, 'An activity needs "text" (H. Activities to Achieve the Outcomes).'), `${path}.text`),
    lead: optionalText(o.lead, `${path}.lead`),
  };
  const start = optionalDate(o.start, `${path}.start`);
  if (start !== undefined) a.start = start;
  const complete = optionalDate(o.complete, `${path}.complete`);
  if (complete !== undefined) a.complete = complete;
  if (!absent(o.status)) a.status = oneOf(o.status, `${path}.status`, "a status", ACTIVITY_STATUSES) as ActivityStatus;
  return a;
}

function ratings(v: unknown, path: string): Ratings {
  if (absent(v)) return {};
  const o = fields(v, path, QPR_PERIODS, "ratings", '{ "Jan": { "process": …, "performance": … }, "Mar": { … } }', "not a rating period");
  const out: Ratings = {};
  for (const period of QPR_PERIODS) {
    if (absent(o[period])) continue;
    const entry = ratingEntry(o[period], `${path}.${period}`);
    if (Object.keys(entry).length > 0) out[period as QprPeriod] = entry;
  }
  return out;
}

function ratingEntry(v: unknown, path: string): RatingEntry {
  const o = fields(
    v,
    path,
    RATING_FIELDS,
    "a period's ratings",
    '{ "process": …, "processEvidence": …, "performance": …, "performanceEvidence": …, "ratedBy": …, "ratedOn": "YYYY-MM-DD" }',
  );
  const entry: RatingEntry = {};
  if (!emptyText(o.process)) entry.process = scaleLevel(o.process, `${path}.process`, PROCESS_SCALE);
  if (!absent(o.processEvidence)) entry.processEvidence = text(o.processEvidence, `${path}.processEvidence`);
  if (!emptyText(o.performance)) entry.performance = scaleLevel(o.performance, `${path}.performance`, PERFORMANCE_SCALE);
  if (!absent(o.performanceEvidence)) entry.performanceEvidence = text(o.performanceEvidence, `${path}.performanceEvidence`);
  if (!absent(o.ratedBy)) entry.ratedBy = text(o.ratedBy, `${path}.ratedBy`);
  const ratedOn = optionalDate(o.ratedOn, `${path}.ratedOn`);
  if (ratedOn !== undefined) entry.ratedOn = ratedOn;
  return entry;
}

// ---- values ------------------------------------------------------------------------------------

function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

/** Missing, null or "": an optional date, status or rating left blank. */
function emptyText(v: unknown): boolean {
  return absent(v) || v === "";
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return "text";
  if (typeof v === "boolean") return "true/false";
  return typeof v; // number, object
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An object with only the allowed keys; an unknown key (often a typo) is named with a suggestion. */
function fields(v: unknown, path: string, allowed: readonly string[], what: string, example: string, unknownLabel = "unknown field"): Record<string, unknown> {
  if (!isRecord(v)) throw new PlanError(path, `expected ${what} as an object ${example}, got ${kind(v)}`);
  for (const key of Object.keys(v)) {
    if (allowed.includes(key)) continue;
    const guess = suggest(key, allowed, { typos: true });
    const hint = guess ? `did you mean "${guess}"? ` : "";
    throw new PlanError(join(path, key), `${unknownLabel}: ${hint}Use one of: ${allowed.join(", ")}`);
  }
  return v;
}

function required(o: Record<string, unknown>, key: string, path: string, why: string): unknown {
  if (absent(o[key])) throw new PlanError(join(path, key), `missing. ${why}`);
  return o[key];
}

function text(v: unknown, path: string): string {
  if (typeof v !== "string") throw new PlanError(path, `expected text, got ${kind(v)}`);
  if (v.length > MAX_CELL_TEXT) {
    throw new PlanError(path, `too long for one Excel cell: ${v.length.toLocaleString("en-US")} characters, at most ${MAX_CELL_TEXT.toLocaleString("en-US")}. Shorten it.`);
  }
  // Excel files cannot hold these characters at all; the workbook would not open.
  const bad = forbiddenCharAt(v);
  if (bad >= 0) {
    const code = v.charCodeAt(bad).toString(16).toUpperCase().padStart(4, "0");
    throw new PlanError(path, `contains an invisible control character (U+${code}) at character ${bad + 1} that Excel cannot store. Delete it.`);
  }
  return v;
}

/** Index of the first character an .xlsx file cannot hold (control characters other than tab and line breaks), or -1. */
function forbiddenCharAt(s: string): number {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) return k;
  }
  return -1;
}

function optionalText(v: unknown, path: string): string {
  return absent(v) ? "" : text(v, path);
}

function list<T>(v: unknown, path: string, isRequired: boolean, item: (v: unknown, path: string) => T): T[] {
  if (absent(v) && !isRequired) return [];
  if (!Array.isArray(v)) throw new PlanError(path, `expected a list [ … ], got ${kind(v)}`);
  return v.map((x, k) => item(x, `${path}[${k}]`));
}

function textList(v: unknown, path: string): string[] {
  return list(v, path, false, text);
}

function date(v: unknown, path: string): IsoDate {
  const s = text(v, path);
  if (!isIsoDate(s)) {
    const hint = /^\d{4}-\d{2}-\d{2}T/.test(s) ? " (a plan's dates have no time of day)" : "";
    throw new PlanError(path, `not a date: ${JSON.stringify(s)}${hint}. Write dates as YYYY-MM-DD, e.g. 2026-09-15.`);
  }
  if (s < EXCEL_DATES.first || s > EXCEL_DATES.last) {
    throw new PlanError(path, `${s} is outside the dates Excel can store (${EXCEL_DATES.first} to ${EXCEL_DATES.last}). Check the year.`);
  }
  return s;
}

/** Missing, null or "" means "no date yet", which an unfinished plan may have. */
function optionalDate(v: unknown, path: string): IsoDate | undefined {
  return emptyText(v) ? undefined : date(v, path);
}

function schoolYear(v: unknown, path: string): number {
  const { min, max } = SCHOOL_YEAR_RANGE;
  const want = `the school year's start year as a whole number from ${min} to ${max}, e.g. 2026 for SY 2026-27`;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    const got = typeof v === "number" ? String(v) : typeof v === "string" ? `text ${JSON.stringify(v)}` : kind(v);
    throw new PlanError(path, `expected ${want}; got ${got}`);
  }
  return v;
}

function oneOf(v: unknown, path: string, what: string, options: readonly string[]): string {
  const s = text(v, path);
  if (options.includes(s)) return s;
  throw new PlanError(path, `not ${what}: ${JSON.stringify(s)} — ${didYouMean(s, options, false)}use one of: ${options.join(", ")}`);
}

function scaleLevel(v: unknown, path: string, scale: Scale): string {
  const s = text(v, path);
  const names = scale.levels.map((l) => l.name);
  if (names.includes(s)) return s;
  const quoted = names.map((n) => JSON.stringify(n)).join(", ");
  throw new PlanError(path, `not a ${scale.key} rating: ${JSON.stringify(s)} — ${didYouMean(s, names, true)}use one of: ${quoted} (${scale.title}, low to high)`);
}

function didYouMean(input: string, options: readonly string[], partial: boolean): string {
  const guess = suggest(input, options, { partial });
  return guess ? `did you mean ${JSON.stringify(guess)}? ` : "";
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
