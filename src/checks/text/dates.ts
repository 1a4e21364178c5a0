/**
 * When a benchmark is due: dates, months, seasons, school years, periods of the year, durations
 * and frequencies (SPEC.md §4.7 "date"). chrono-node reads calendar dates with a day; everything it
 * misses or misreads (month names alone, "Fall-to-Winter", "SY26-27", "25_26", "BOY", "each 6-week
 * cycle") is read by the patterns in datePatterns.ts, one pass each. Month names without a year
 * resolve into the plan's school year (DECISIONS.md "School year": 1 Sep of the start year to 31 Aug
 * of the next). Years that are part of a name ("LEAP 2025", "five-year plan") are claimed first and
 * are neither dates nor targets.
 */
import * as chrono from "chrono-node";
import { isIsoDate, monthNumber, monthWindow, yearOfMonth } from "../../domain/calendar";
import type { IsoDate } from "../../domain/plan";
import {
  BASELINE_BEFORE,
  CHRONO_PRETEST,
  NOT_DURATION_BEFORE_RE,
  CYCLE_WORDS,
  DATE_SLOT_RE,
  DURATION_RE,
  EDITION_RE,
  EVENT_LENGTH_RE,
  EDITION_WORDS,
  FREQ_WORDS,
  FREQUENCY_RE,
  HOLIDAY_RE,
  HOLIDAY_WORDS,
  MEASURE_NAME_RE,
  MEASURE_NAME_WORDS,
  MONTH_RE,
  MONTH_WORDS,
  NAMED_SPAN_RE,
  NUMERIC_DATE_RE,
  PERIOD_RE,
  PERIOD_WORDS,
  SCHOOL_YEAR_RE,
  SCHOOL_YEAR_WORDS,
  SEASON_ACRONYM_RE,
  SEASON_CAP_RE,
  SEASON_CTX_RE,
  SEASON_NAME_AFTER_RE,
  SEASON_SHORT_YEAR_RE,
  SEASON_WINDOW_RE,
  SEASON_WORDS,
  SHORT_SCHOOL_YEAR_PRETEST,
  SHORT_SCHOOL_YEAR_RE,
  THROUGHOUT_RE,
  EDIT_NOTE_RE,
  YEAR_SPAN_RE,
  THROUGHOUT_WORDS,
  PLAN_YEAR_RE,
  TERM_WORDS,
  THIS_TERM_RE,
  UNIT_WORDS,
  WITHIN_RE,
  YEAR_RE,
  YEAR_ACRONYM_RE,
  YEAR_WORDS,
} from "./datePatterns";
import { groupIndex, HAS_DIGIT, hasAny, wordsOf, type Words } from "./words";

export { NAMED_SPAN_RE } from "./datePatterns";

export type DateKind = "date" | "month" | "season" | "school-year" | "year" | "period" | "duration" | "frequency";

export interface DateMention {
  text: string;
  kind: DateKind;
  /** The span of days it covers, when it can be placed on the calendar. */
  start?: IsoDate;
  end?: IsoDate;
  /** True when it is a starting point ("from spring 2012", "since 2025", "baseline"), not when the benchmark is due. */
  baseline: boolean;
  /** Index in the text. */
  index: number;
}

export interface DateReading {
  mentions: DateMention[];
  /** The first frequency phrase ("weekly", "each 6-week cycle"), if any. */
  frequency?: string;
  /** Spans that look like times but name something ("LEAP 2025", "five-year plan"). */
  names: { index: number; length: number }[];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function fullYear(s: string, ref?: number): number {
  if (s.length === 4) return Number(s);
  const n = Number(s);
  const century = ref !== undefined ? Math.floor(ref / 100) * 100 : 2000;
  return century + n;
}

function seasonSpan(season: string, year: number | undefined, sy: number | undefined): { start: IsoDate; end: IsoDate } | undefined {
  const s = season.toLowerCase();
  if (s === "fall" || s === "autumn") {
    const y = year ?? sy;
    return y === undefined ? undefined : { start: `${y}-09-01`, end: `${y}-11-30` };
  }
  if (s === "winter") {
    // "winter 2027" is Dec 2026 – Feb 2027; "winter" alone is the school year's.
    const y = year ?? (sy === undefined ? undefined : sy + 1);
    return y === undefined ? undefined : { start: `${y - 1}-12-01`, end: monthWindow(y, 2).end };
  }
  const y = year ?? (sy === undefined ? undefined : sy + 1);
  if (y === undefined) return undefined;
  return s === "spring" ? { start: `${y}-03-01`, end: `${y}-05-31` } : { start: `${y}-06-01`, end: `${y}-08-31` };
}

function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && isIsoDate(`${y}-${pad(m)}-${pad(d)}`);
}

/** The trigger-word groups of the passes, opened in one pass over a text's words. */
const [MONTH, SEASON, YEAR, FREQ, CYCLE, HOLIDAY, PERIOD, UNIT, EDITION] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const DATE_GATES = groupIndex([MONTH_WORDS, SEASON_WORDS, YEAR_WORDS, FREQ_WORDS, CYCLE_WORDS, HOLIDAY_WORDS, PERIOD_WORDS, UNIT_WORDS, EDITION_WORDS]);

/** One text being read: what was found, and which spans are already claimed. */
class Reading {
  readonly mentions: DateMention[] = [];
  /** Spans claimed by a mention or by a name ("LEAP 2025"); a later pattern may not reuse them. */
  readonly taken: [number, number][] = [];
  /** Names that look like times but are not ("five-year plan", "LEAP 2025"): targets.ts masks them too. */
  readonly names: { index: number; length: number }[] = [];
  frequency?: string;
  readonly digit: boolean;
  /** Which trigger-word groups the text's words open (MONTH, SEASON, …). */
  readonly open: boolean[];

  constructor(
    readonly text: string,
    readonly schoolYear: number | undefined,
    readonly words: Words,
  ) {
    this.digit = HAS_DIGIT.test(text);
    this.open = DATE_GATES(words);
  }

  private overlaps(a: number, b: number): boolean {
    return this.taken.some(([x, y]) => a < y && b > x);
  }

  add(m: Omit<DateMention, "baseline">): void {
    const end = m.index + m.text.length;
    if (this.overlaps(m.index, end)) return;
    this.taken.push([m.index, end]);
    const before = this.text.slice(Math.max(0, m.index - 40), m.index);
    this.mentions.push({ ...m, baseline: BASELINE_BEFORE.test(before) });
  }

  claimName(index: number, length: number): void {
    if (this.overlaps(index, index + length)) return;
    this.taken.push([index, index + length]);
    this.names.push({ index, length });
  }

  all(re: RegExp, when: boolean): Iterable<RegExpMatchArray> {
    return when ? this.text.matchAll(re) : [];
  }
}

/** Names that look like spans or years but are not times: "four-year graduation rate", "LEAP 2025". */
function claimNames(r: Reading): void {
  for (const m of r.all(NAMED_SPAN_RE, r.words.has("year") || r.words.has("day"))) r.claimName(m.index ?? 0, m[0].length);
  for (const m of r.all(MEASURE_NAME_RE, hasAny(r.words, MEASURE_NAME_WORDS))) r.claimName(m.index ?? 0, m[0].length);
  for (const m of r.all(EDIT_NOTE_RE, r.text.includes("("))) r.claimName(m.index ?? 0, m[0].length);
  for (const m of r.all(EVENT_LENGTH_RE, r.open[UNIT])) {
    // "at least one year of college" is an amount to reach, "within the first 60 days" a window: not a length that names something
    if (!/\b(?:at\s+least|minimum\s+of|within\s+the)\s+$/i.test(r.text.slice(Math.max(0, (m.index ?? 0) - 14), m.index))) r.claimName(m.index ?? 0, m[0].length);
  }
  for (const m of r.all(EDITION_RE, r.digit && r.open[EDITION])) {
    // Claim only the year: the name's words stay readable (a month or season in it still counts).
    const year = m[1] ?? m[2] ?? m[3];
    const at = (m.index ?? 0) + m[0].indexOf(year);
    r.claimName(at, year.length);
  }
}

/** Day-precise dates: chrono, only when a cheap test finds one (chrono is the slow part). */
function readCalendarDates(r: Reading): void {
  if (!r.digit || !CHRONO_PRETEST.test(r.text)) return;
  const ref = new Date(Date.UTC(r.schoolYear ?? 2000, 8, 1, 12));
  for (const c of chrono.strict.parse(r.text, ref)) {
    if (!c.start.isCertain("day") || !c.start.isCertain("month")) continue;
    const m = c.start.get("month") ?? 0;
    const d = c.start.get("day") ?? 0;
    // chrono reads "By October 30, 95% of staff" as 30 Oct 1995: a two-digit year after a comma is a number.
    const twoDigitYear = /,\s*\d{2}$/.exec(c.text);
    const shown = twoDigitYear ? c.text.slice(0, twoDigitYear.index) : c.text;
    if (isFraction(r.text, c.index, shown)) continue;
    let y: number | undefined = !twoDigitYear && c.start.isCertain("year") ? (c.start.get("year") ?? undefined) : undefined;
    if (y === undefined && r.schoolYear !== undefined) y = yearOfMonth(m, r.schoolYear);
    const iso = y !== undefined && isValidDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
    r.add({ text: shown, kind: "date", start: iso, end: iso, index: c.index });
  }
}

/** Numeric dates chrono declined (impossible ones, "12/2025") still say "a date was meant". */
function readNumericDates(r: Reading): void {
  for (const m of r.all(NUMERIC_DATE_RE, r.digit && (r.text.includes("/") || r.text.includes("-")))) {
    if (m[1] !== undefined && m[3] === undefined && isFraction(r.text, m.index ?? 0, m[0])) continue;
    r.add({ text: m[0], kind: "date", index: m.index ?? 0 });
  }
}

/**
 * A number over a number that is not a day: "25/52" (no month or day that large), "(113/161)" after a
 * percentage, "3/4 of teachers" (a share), "11/13 goals met" (a count), "Tier 2/3", "grades 3/4", "1.1/1.2" (labels).
 */
const FRACTION_AFTER = /^\s+(?:of|goals?|students|schools|items|indicators|objectives|standards|questions|points)\b|^\.\d/;
const LABEL_BEFORE = /\b(?:tiers?|grades?|gr\.?|levels?|units?|modules?|standards?|title|Q)\s*$|%\s*\(\s*$/i;
function isFraction(text: string, index: number, shown: string): boolean {
  const parts = /^(\d{1,2})\/(\d{1,2})$/.exec(shown);
  if (!parts) return false;
  const a = Number(parts[1]);
  const b = Number(parts[2]);
  if (!((a <= 12 && b <= 31) || (a <= 31 && b <= 12))) return true;
  // "11/13 goals met" (a count of a count), "1.1/1.2/1.3" (indicator labels)
  return (
    FRACTION_AFTER.test(text.slice(index + shown.length, index + shown.length + 12)) ||
    LABEL_BEFORE.test(text.slice(Math.max(0, index - 10), index)) ||
    /\d\.$/.test(text.slice(Math.max(0, index - 2), index))
  );
}

function addSchoolYear(r: Reading, text: string, index: number, start: number, lone: boolean): void {
  // "SY 2026" alone is ambiguous (start or end year): cover both readings.
  r.add({ text, kind: "school-year", start: `${lone ? start - 1 : start}-09-01`, end: `${start + 1}-08-31`, index });
}

/** SY26-27, FY27, 2026-27, and short forms ("25_26", "’14-’15"): the second year must follow the first. */
function readSchoolYears(r: Reading): void {
  if (!r.digit) return;
  for (const m of r.text.matchAll(SCHOOL_YEAR_RE)) {
    if (m[3] !== undefined) {
      const a = Number(m[3]);
      if (fullYear(m[4], a) === a + 1) addSchoolYear(r, m[0], m.index ?? 0, a, false);
      continue;
    }
    const a = fullYear(m[1]);
    // FY27 ends in 2027; "SY 2026" is read as starting then.
    const start = m[2] !== undefined ? a : /^FY/i.test(m[0]) ? a - 1 : a;
    addSchoolYear(r, m[0], m.index ?? 0, start, m[2] === undefined);
  }
  for (const m of r.all(SHORT_SCHOOL_YEAR_RE, SHORT_SCHOOL_YEAR_PRETEST.test(r.text))) {
    // each way of writing it captures its two years in its own pair of groups
    const [a, b] = m
      .slice(1)
      .filter((g) => g !== undefined)
      .map(Number);
    if (b === (a + 1) % 100) addSchoolYear(r, m[0], m.index ?? 0, 2000 + a, false);
  }
}

/** "2022 – 2026": the years the work runs, when they are more than one school year apart. */
function readYearSpans(r: Reading): void {
  if (!r.digit || !/\d\s*[-–—]\s*(?:19|20)\d\d/.test(r.text)) return;
  for (const m of r.text.matchAll(YEAR_SPAN_RE)) {
    const [from, to] = m[0].split(/\s*[-–—]\s*/).map(Number);
    if (to > from + 1) r.add({ text: m[0], kind: "period", start: `${from}-01-01`, end: `${to}-12-31`, index: m.index ?? 0 });
  }
}

function readMonths(r: Reading): void {
  for (const m of r.all(MONTH_RE, r.open[MONTH])) {
    const index = m.index ?? 0;
    const month = monthNumber(m[1])!; // MONTH_RE matches month names only
    const explicitYear = m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? 2000 + Number(m[4]) : undefined;
    const y = explicitYear ?? (r.schoolYear !== undefined ? yearOfMonth(month, r.schoolYear) : undefined);
    const day = m[2] !== undefined ? Number(m[2]) : undefined;
    if (y === undefined) r.add({ text: m[0], kind: day ? "date" : "month", index });
    else if (day !== undefined && isValidDay(y, month, day)) {
      const iso = `${y}-${pad(month)}-${pad(day)}`;
      r.add({ text: m[0], kind: "date", start: iso, end: iso, index });
    } else r.add({ text: m[0], kind: "month", ...monthWindow(y, month), index });
  }
}

/** "Fall-to-Winter" (from the first season's start to the second's end), then single seasons. */
function readSeasons(r: Reading): void {
  if (!r.open[SEASON]) return;
  for (const m of r.text.matchAll(SEASON_WINDOW_RE)) {
    const from = seasonSpan(m[1], undefined, r.schoolYear);
    const to = seasonSpan(m[2], undefined, r.schoolYear);
    r.add({ text: m[0], kind: "season", start: from?.start, end: to?.end, index: m.index ?? 0 });
  }
  const season = (m: RegExpMatchArray, name: string | undefined, year: string | undefined) => {
    if (name) r.add({ text: m[0], kind: "season", ...seasonSpan(name, year ? Number(year) : undefined, r.schoolYear), index: m.index ?? 0 });
  };
  // first, so the year cut short is part of the season ("Spring '24"), not a number of its own
  if (r.text.includes("'") || r.text.includes("’")) for (const m of r.text.matchAll(SEASON_SHORT_YEAR_RE)) season(m, m[1].toLowerCase(), String(2000 + Number(m[2])));
  for (const m of r.text.matchAll(SEASON_CAP_RE)) season(m, m[1], m[2]);
  for (const m of r.text.matchAll(SEASON_CTX_RE)) {
    const name = m[1] ?? m[3];
    // "the Summer Academic Boost program": a capitalised season that starts a name
    const end = (m.index ?? 0) + m[0].length;
    if (name && /^[A-Z]/.test(name) && m[2] === undefined && m[4] === undefined && SEASON_NAME_AFTER_RE.test(r.text.slice(end, end + 40))) continue;
    season(m, name, m[2] ?? m[4]);
  }
  for (const m of r.text.matchAll(SEASON_ACRONYM_RE)) season(m, m[1], undefined);
}

/** "this school year", "by EOY", "next year": the plan's year, or later (no span, so never "outside" it). */
function readYearWords(r: Reading): void {
  const any = r.open[YEAR];
  for (const m of [...r.all(SCHOOL_YEAR_WORDS, any), ...r.all(YEAR_ACRONYM_RE, any)]) {
    const later = /next|coming|following|upcoming/i.test(m[0]);
    const sy = r.schoolYear;
    const span = sy !== undefined && !later ? { start: `${sy}-09-01`, end: `${sy + 1}-08-31` } : {};
    r.add({ text: m[0], kind: "school-year", ...span, index: m.index ?? 0 });
  }
}

/** "the DESE Annual Performance Report", "the Annual Snapshot": a capitalised name, not a rhythm. */
function namesAnnualThing(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  if (m[0] !== "Annual") return false;
  // At the start every word of a heading is capitalised: a name only when its acronym follows ("Annual Performance Reports (APRs)").
  return at > 0 ? /^\s+[A-Z][a-z]/.test(text.slice(at + 6, at + 9)) : /^Annual(?:\s+[A-Z][a-z]+){1,4}\s+\([A-Z]{2,}s?\)/.test(text);
}

function readFrequencies(r: Reading): void {
  const w = r.words;
  const frequent = r.open[FREQ] || ((w.has("a") || w.has("times")) && r.open[CYCLE]);
  for (const m of r.all(FREQUENCY_RE, frequent)) {
    if (namesAnnualThing(r.text, m)) continue;
    r.frequency ??= m[0];
    r.add({ text: m[0], kind: "frequency", index: m.index ?? 0 });
  }
}

/** Holidays, parts of the year, durations and windows ("within three years"). */
function readPeriods(r: Reading): void {
  for (const m of r.all(HOLIDAY_RE, r.open[HOLIDAY])) r.add({ text: m[0], kind: "period", index: m.index ?? 0 });
  const period = r.open[PERIOD] || (r.words.has("school") && /\bof\s+school\b/i.test(r.text));
  for (const m of r.all(PERIOD_RE, period)) r.add({ text: m[0], kind: "period", index: m.index ?? 0 });
  for (const m of r.all(THROUGHOUT_RE, hasAny(r.words, THROUGHOUT_WORDS))) r.add({ text: m[0], kind: "period", index: m.index ?? 0 });
  for (const m of r.all(DURATION_RE, r.open[UNIT])) {
    const at = m.index ?? 0;
    if (!NOT_DURATION_BEFORE_RE.test(r.text.slice(Math.max(0, at - 80), at))) r.add({ text: m[0], kind: "duration", index: at });
  }
}

/** Windows of the plan's own time: "within 48 hours", "by year six", "in year one", "this quarter". */
function readPlanWindows(r: Reading): void {
  for (const m of r.all(WITHIN_RE, r.words.has("within"))) r.add({ text: m[0], kind: "duration", index: m.index ?? 0 });
  for (const m of r.all(PLAN_YEAR_RE, (r.words.has("by") || r.words.has("each") || r.words.has("in")) && (r.words.has("year") || r.words.has("years"))))
    r.add({ text: m[0], kind: "period", index: m.index ?? 0 });
  for (const m of r.all(THIS_TERM_RE, r.words.has("this") && hasAny(r.words, TERM_WORDS))) r.add({ text: m[0], kind: "period", index: m.index ?? 0 });
}

/** Bare years, then unfilled date slots ("By <insert date>": a date in form; benchmark-placeholder flags it). */
function readYearsAndSlots(r: Reading): void {
  for (const m of r.all(YEAR_RE, r.digit)) {
    const y = Number(m[1]);
    r.add({ text: m[0], kind: "year", start: `${y}-01-01`, end: `${y}-12-31`, index: m.index ?? 0 });
  }
  const slots = r.text.includes("<") || r.text.includes("[") || r.words.has("xx");
  for (const m of r.all(DATE_SLOT_RE, slots)) r.add({ text: m[0], kind: "date", index: m.index ?? 0 });
}

/** The passes, most specific first: a span read by one is not read again by a later one. */
const PASSES: readonly ((r: Reading) => void)[] = [
  claimNames,
  readCalendarDates,
  readNumericDates,
  readYearSpans,
  readSchoolYears,
  readMonths,
  readSeasons,
  readYearWords,
  readFrequencies,
  readPeriods,
  readPlanWindows,
  readYearsAndSlots,
];

/**
 * A line that describes a test or a measure rather than committing to anything: "MAP is given to all
 * students three times per year", "students in grades 1-8 take the NWEA MAP assessment each fall and
 * spring", "Percentage of graduates receiving a diploma within four (4) years". Its rhythm is the
 * test's schedule and its lengths define the measure: neither says when anything is due.
 */
const TEST_SCHEDULE_RE = /\b(?:is|are)\s+(?:given|administered|taken|conducted)\b|\b(?:take|takes)\s+the\s+(?:[\w-]+\s+){0,4}?(?:assessments?|tests?|exams?|screeners?)\b/i;
const METRIC_LINE_RE =
  /^\s*(?:(?:Strategic\s+Plan\s+)?Measure\s+[\d.]+:?\s*)?(?:Percent(?:age)?|Number|Rate|Proportion|Share|Count)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:students|graduates|teachers|staff|schools|seniors|children|learners)\b/i;
const COMMITS_RE = /\b(?:will|shall|must|by)\b/i;

/** `typed`: the line was given as a benchmark of a known kind, whose rhythm is its own. */
export function dropMeasureTimes(reading: DateReading, text: string, typed: boolean): DateReading {
  if (typed || reading.mentions.length === 0 || COMMITS_RE.test(text)) return reading;
  const schedule = TEST_SCHEDULE_RE.test(text);
  const measure = !schedule && METRIC_LINE_RE.test(text);
  if (!schedule && !measure) return reading;
  // a test's rhythm ("each year", "three times per year", "each fall and spring") goes; a month or a season it is given in stays
  const rhythm = (m: DateMention) => m.kind === "frequency" || (m.kind === "season" && /^(?:each|every|and)\b/i.test(m.text));
  const keep = (m: DateMention) => (schedule ? !rhythm(m) : m.kind !== "duration" && m.kind !== "frequency");
  const mentions = reading.mentions.filter(keep);
  if (mentions.length === reading.mentions.length) return reading;
  // what is dropped still names a time, so its numbers are not read as targets either
  const names = [...reading.names, ...reading.mentions.filter((m) => !keep(m)).map((m) => ({ index: m.index, length: m.text.length }))];
  return { mentions, names, frequency: mentions.find((m) => m.kind === "frequency")?.text };
}

/** Reads every mention of time in `text`. `schoolYear` places month names and seasons without a year. */
export function readDates(text: string, schoolYear?: number, words: Words = wordsOf(text)): DateReading {
  const r = new Reading(text, schoolYear, words);
  for (const pass of PASSES) pass(r);
  r.mentions.sort((a, b) => a.index - b.index);
  return { mentions: r.mentions, frequency: r.frequency, names: r.names };
}
