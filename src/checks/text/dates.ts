/**
 * When a benchmark is due: dates, months, seasons, school years, periods of the year, durations
 * and frequencies (SPEC.md §4.7 "date"). chrono-node reads calendar dates with a day; everything it
 * misses or misreads (month names alone, "Fall-to-Winter", "SY26-27", "BOY", "each 6-week cycle")
 * is read by the patterns below. Month names without a year resolve into the plan's school year
 * (DECISIONS.md "School year": 1 Sep of the start year to 31 Aug of the next).
 */
import * as chrono from "chrono-node";
import { isIsoDate, monthNumber, monthWindow, yearOfMonth } from "../../domain/calendar";
import type { IsoDate } from "../../domain/plan";
import { HAS_DIGIT, hasAny, triggers, wordsOf, type Words } from "./words";

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
}

// "May" and "March" are also words: only their capitalised forms count. Abbreviations too.
const MONTH_SRC =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?" +
  "|january|february|april|june|july|august|september|october|november|december)";
const NUM_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
const UNIT = "(?:days?|weeks?|months?|years?|quarters?|semesters?|trimesters?|terms?|marking periods?|grading periods?)";
const CYCLE = "(?:day|week|month|quarter|year|semester|trimester|term|cycle|window|administration|marking period|grading period|unit|round|session|benchmark period)";

/** Month, optional day, optional year: "October 1, 2012", "Oct 15th", "January 2013", "May of 2027". */
const MONTH_RE = new RegExp(
  `\\b(${MONTH_SRC})\\b\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b|\\s+'(\\d{2})\\b)?`,
  "g",
);
/** A cheap test before calling chrono: a month with a day, or a numeric date. */
const CHRONO_PRETEST = new RegExp(`\\b${MONTH_SRC}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`);
const NUMERIC_DATE_RE = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;

/** SY12-13, SY 2026-2027, SY26-27, 2026-27 school year, school year 2026-2027, FY27. */
const SCHOOL_YEAR_RE =
  /\b(?:SY|S\.Y\.|FY)\s*'?(\d{2}|\d{4})(?:\s*[-–—/]\s*'?(\d{2}|\d{4}))?\b|\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})\b(?!\s*(?:%|percent))/g;
const SCHOOL_YEAR_WORDS =
  /\b(?:(?:this|next|the\s+coming|the\s+following)\s+year|(?:this|the|current|next|each|every|following|upcoming)\s+(?:school|academic|fiscal)\s+year|(?:school|academic)\s+year\b|(?:beginning|start|middle|end|close)\s+of\s+(?:the\s+|each\s+|this\s+)?(?:school\s+|academic\s+)?year|year[- ]end|end[- ]of[- ]year|mid-?year|BOY|MOY|EOY|(?:beginning|middle|end)-of-year)\b/g;
const YEAR_RE = /\b((?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d)(?!\s*(?:%|percent|students|teachers))/g;

/** Seasons: capitalised, or after a time word, or before a year or an assessment window. */
const SEASON = "(?:fall|autumn|winter|spring|summer)";
const SEASON_CAP_RE = /\b(Fall|Autumn|Winter|Spring|Summer)\b(?:\s*(?:of\s+)?((?:19|20)\d{2})\b)?/g;
const SEASON_CTX_RE = new RegExp(
  `\\b(?:by|in|the|this|each|every|until|through|before|after|from|of|during|next|late|early|mid|to|for)[\\s-]+(${SEASON})\\b(?:\\s*(?:of\\s+)?((?:19|20)\\d{2})\\b)?` +
    `|\\b(${SEASON})\\s+(?:((?:19|20)\\d{2})|benchmark|window|administration|assessment|semester|term|session|PD|institute|program|school|academy|workshop|camp)\\b`,
  "gi",
);
/** "fall DIBELS", "spring MCAS": a season before an assessment's acronym is its administration window. */
const SEASON_ACRONYM_RE = /\b([Ff]all|[Aa]utumn|[Ww]inter|[Ss]pring|[Ss]ummer)\s+(?=[A-Z]{2,}\b|i-?Ready\b)/g;
const SEASON_WINDOW_RE = new RegExp(`\\b(${SEASON})(?:\\s*[-–]\\s*(?:to\\s*[-–]\\s*)?|\\s+(?:to|through)\\s+)(${SEASON})\\b`, "gi");

/** Parts of the year: Q2, first semester, Term 1, end of the unit, half-term. */
const PERIOD_RE = new RegExp(
  `\\bQ[1-4]\\b|\\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(?:quarter|semester|trimester|term|marking period|grading period)\\b` +
    `|\\b(?:quarter|semester|trimester|term|marking period|grading period|week|day)\\s+[1-9]\\b|\\bhalf[- ]term\\b` +
    `|\\b(?:end|close|start|beginning|middle)\\s+of\\s+(?:the\\s+|each\\s+|every\\s+|this\\s+|a\\s+)?(?:first\\s+|second\\s+|third\\s+)?(?:quarter|semester|trimester|term|marking period|grading period|unit|cycle|month)\\b` +
    `|\\bby\\s+(?:the\\s+)?(?:deadline|due date)\\b` +
    // points in a unit sequence: "between Unit 1 and Unit 4", "after Module 2"
    `|\\b(?:after|by|before|between|through|during)\\s+(?:the\\s+end\\s+of\\s+)?(?:Unit|Module|Cycle)\\s+\\d+\\b`,
  "gi",
);

/** "6-9 weeks", "within 30 days", "a 6 week cycle", "six weeks"; a count per period is a frequency, below. */
const DURATION_RE = new RegExp(`(?<!\\b(?:increase|decrease|reduce|improve|rise|fall|drop|grow|gain|decline)[a-z]*\\s+by\\s+)\\b(?:\\d+(?:\\s*[-–]\\s*\\d+)?|${NUM_WORD})[\\s-]*${UNIT}\\b(?!\\s+(?:a|per|each)\\b)`, "gi");

const FREQUENCY_RE = new RegExp(
  `\\b(?:daily|weekly|bi-?weekly|monthly|bi-?monthly|quarterly|annually|annual|yearly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|nightly|half-termly|termly)\\b` +
    `|\\b(?:each|every|per|once\\s+(?:a|per|each)|twice\\s+(?:a|per|each))\\s+(?:(?:other|two|three|four|six|\\d+|\\d+[- ]week|\\d+[- ]day|[\\w-]+)\\s+){0,2}${CYCLE}s?\\b` +
    `|\\b(?:\\d+(?:\\s*[-–]\\s*\\d+)?|${NUM_WORD}|once|twice)\\s+(?:\\w+\\s+)?(?:times|days|sessions|hours|minutes|visits|observations|meetings|lessons)?\\s*(?:a|per|each)\\s+${CYCLE}\\b` +
    `|\\bon\\s+a\\s+(?:daily|weekly|bi-?weekly|monthly|quarterly|yearly)\\s+basis\\b` +
    `|\\b(?:every|each|on)\\s+(?:other\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b|\\bon\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)s\\b` +
    `|\\bevery\\s+(?:\\d+|${NUM_WORD})\\s+(?:days|weeks|months)\\b`,
  "gi",
);

const DATE_SLOT_RE = /<\s*(?:insert\s+)?(?:date|deadline|month|year)[^<>]{0,20}>|\[\s*(?:insert\s+)?(?:date|deadline|month)[^\]]{0,20}\]|\bXX\/XX(?:\/XX(?:XX)?)?\b/gi;
/** "within 48 hours", "within 10 school days": a timeframe. */
const WITHIN_RE = /\bwithin\s+(?:\d+|[a-z]+)\s+(?:school\s+|business\s+|calendar\s+)?(?:hours|days|weeks|months)\b/gi;
/** "four-year graduation rate", "5-year plan": the name of a rate or plan, not a time. */
export const NAMED_SPAN_RE = /\b(?:\d|one|two|three|four|five|six)-year\s+(?:graduation|cohort|adjusted|plan|strategic|college|university|degree|average)\b/gi;

/** School-calendar landmarks: "by Thanksgiving", "before winter break", "after February vacation". */
const HOLIDAY_RE =
  /\b(?:by|before|after|until|through|following|at)\s+(?:the\s+)?(?:Thanksgiving|Labor\s+Day|Columbus\s+Day|Indigenous\s+Peoples'?\s+Day|Veterans'?\s+Day|Halloween|Christmas|New\s+Year'?s?|MLK\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents'?\s+Day|Memorial\s+Day|(?:winter|holiday|spring|December|February|April|March)\s+(?:break|vacation|recess)|the\s+holidays)\b/gi;
const HOLIDAY_WORDS = triggers(["thanksgiving", "labor", "columbus", "indigenous", "veterans", "halloween", "christmas", "new", "mlk", "king", "presidents", "memorial", "break", "vacation", "recess", "holidays"]);

const MONTH_WORDS = triggers(["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]);
const SEASON_WORDS = triggers(["fall", "autumn", "winter", "spring", "summer"]);
const YEAR_WORDS = triggers(["year", "boy", "moy", "eoy", "midyear", "yearend"]);
const FREQ_WORDS = triggers(["monday", "tuesday", "wednesday", "thursday", "friday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "daily", "weekly", "biweekly", "monthly", "bimonthly", "quarterly", "annually", "annual", "yearly", "semi", "semiannual", "semiannually", "biannual", "biannually", "nightly", "termly", "each", "every", "per", "once", "twice", "basis"]);
const CYCLE_WORDS = triggers(["day", "week", "month", "quarter", "year", "semester", "trimester", "term", "cycle", "window", "administration", "period", "unit", "round", "session"]);
const PERIOD_WORDS = triggers(["unit", "module", "q1", "q2", "q3", "q4", "quarter", "semester", "trimester", "term", "period", "week", "day", "half", "unit", "cycle", "month", "deadline", "due"]);
const UNIT_WORDS = triggers(["day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "semester", "semesters", "trimester", "trimesters", "term", "terms", "period", "periods"]);

const BASELINE_BEFORE = /\b(?:from|since|baseline|compared\s+(?:to|with)|than|last|prior|previous)\b(?:(?!\bto\b)[^.;]){0,25}$/i;

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

/** Reads every mention of time in `text`. `schoolYear` places month names and seasons without a year. */
export function readDates(text: string, schoolYear?: number, words: Words = wordsOf(text)): DateReading {
  const mentions: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const add = (m: Omit<DateMention, "baseline">) => {
    const end = m.index + m.text.length;
    if (overlaps(m.index, end)) return;
    taken.push([m.index, end]);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    mentions.push({ ...m, baseline: BASELINE_BEFORE.test(before) });
  };
  const digit = HAS_DIGIT.test(text);
  const months = hasAny(words, MONTH_WORDS);
  const seasons = hasAny(words, SEASON_WORDS);
  // Names that look like spans but are not times are claimed first, then dropped.
  if (digit || words.has("year")) for (const m of text.matchAll(NAMED_SPAN_RE)) taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);

  // Day-precise dates: chrono, only when a cheap test finds one (chrono is the slow part).
  if (digit && CHRONO_PRETEST.test(text)) {
    const ref = new Date(Date.UTC(schoolYear ?? 2000, 8, 1, 12));
    for (const r of chrono.strict.parse(text, ref)) {
      if (!r.start.isCertain("day") || !r.start.isCertain("month")) continue;
      // chrono reads "By October 30, 95% of staff" as 30 Oct 1995: a two-digit year after a comma is a number.
      const twoDigitYear = /,\s*\d{2}$/.exec(r.text);
      if (twoDigitYear) {
        const m = r.start.get("month") ?? 0;
        const d = r.start.get("day") ?? 0;
        const shown = r.text.slice(0, twoDigitYear.index);
        const y = schoolYear !== undefined ? yearOfMonth(m, schoolYear) : undefined;
        const iso = y !== undefined && isValidDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
        add({ text: shown, kind: "date", start: iso, end: iso, index: r.index });
        continue;
      }
      const m = r.start.get("month") ?? 0;
      const d = r.start.get("day") ?? 0;
      let y: number | undefined = r.start.isCertain("year") ? r.start.get("year") ?? undefined : undefined;
      if (y === undefined && schoolYear !== undefined) y = yearOfMonth(m, schoolYear);
      const iso = y !== undefined && isValidDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
      add({ text: r.text, kind: "date", start: iso, end: iso, index: r.index });
    }
  }
  // Numeric dates chrono declined (e.g. impossible ones) still say "a date was meant".
  if (digit && (text.includes("/") || text.includes("-"))) for (const m of text.matchAll(NUMERIC_DATE_RE)) add({ text: m[0], kind: "date", index: m.index ?? 0 });

  for (const m of digit ? text.matchAll(SCHOOL_YEAR_RE) : []) {
    const idx = m.index ?? 0;
    let start: number | undefined;
    if (m[3] !== undefined) {
      // "2026-27" / "2026-2027" is a school year only when the second year follows the first.
      const a = Number(m[3]);
      const b = fullYear(m[4], a);
      if (b !== a + 1) continue;
      start = a;
    } else {
      const a = fullYear(m[1]);
      if (m[2] !== undefined) start = a;
      else start = /^FY/i.test(m[0]) ? a - 1 : a; // FY27 ends in 2027; "SY 2026" is read as starting then.
    }
    // "SY 2026" alone is ambiguous (start or end year): cover both readings.
    const lone = m[2] === undefined && m[3] === undefined;
    add({
      text: m[0],
      kind: "school-year",
      start: `${lone ? start - 1 : start}-09-01`,
      end: `${start + 1}-08-31`,
      index: idx,
    });
  }

  // "Fall-to-Winter": from the first season's start to the second's end.
  if (seasons) {
    for (const m of text.matchAll(SEASON_WINDOW_RE)) {
      const from = seasonSpan(m[1], undefined, schoolYear);
      const to = seasonSpan(m[2], undefined, schoolYear);
      add({ text: m[0], kind: "season", start: from?.start, end: to?.end, index: m.index ?? 0 });
    }
  }

  for (const m of months ? text.matchAll(MONTH_RE) : []) {
    const idx = m.index ?? 0;
    const month = monthNumber(m[1])!; // MONTH_RE matches month names only
    const explicitYear = m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? 2000 + Number(m[4]) : undefined;
    const y = explicitYear ?? (schoolYear !== undefined ? yearOfMonth(month, schoolYear) : undefined);
    const day = m[2] !== undefined ? Number(m[2]) : undefined;
    if (y === undefined) {
      add({ text: m[0], kind: day ? "date" : "month", index: idx });
    } else if (day !== undefined && isValidDay(y, month, day)) {
      const iso = `${y}-${pad(month)}-${pad(day)}`;
      add({ text: m[0], kind: "date", start: iso, end: iso, index: idx });
    } else {
      add({ text: m[0], kind: "month", ...monthWindow(y, month), index: idx });
    }
  }

  const season = (m: RegExpMatchArray, name: string | undefined, year: string | undefined) => {
    if (!name) return;
    add({ text: m[0], kind: "season", ...seasonSpan(name, year ? Number(year) : undefined, schoolYear), index: m.index ?? 0 });
  };
  if (seasons) {
    for (const m of text.matchAll(SEASON_CAP_RE)) season(m, m[1], m[2]);
    for (const m of text.matchAll(SEASON_CTX_RE)) season(m, m[1] ?? m[3], m[2] ?? m[4]);
    for (const m of text.matchAll(SEASON_ACRONYM_RE)) season(m, m[1], undefined);
  }

  for (const m of hasAny(words, YEAR_WORDS) ? text.matchAll(SCHOOL_YEAR_WORDS) : []) {
    // "next year" is meant to be later: no span, so it is never "outside" the plan's year.
    const later = /next|coming|following|upcoming/i.test(m[0]);
    const span = schoolYear !== undefined && !later ? { start: `${schoolYear}-09-01`, end: `${schoolYear + 1}-08-31` } : {};
    add({ text: m[0], kind: "school-year", ...span, index: m.index ?? 0 });
  }

  let frequency: string | undefined;
  const frequent = hasAny(words, FREQ_WORDS) || ((words.has("a") || words.has("times")) && hasAny(words, CYCLE_WORDS));
  for (const m of frequent ? text.matchAll(FREQUENCY_RE) : []) {
    frequency ??= m[0];
    add({ text: m[0], kind: "frequency", index: m.index ?? 0 });
  }

  if (hasAny(words, HOLIDAY_WORDS)) for (const m of text.matchAll(HOLIDAY_RE)) add({ text: m[0], kind: "period", index: m.index ?? 0 });
  if (hasAny(words, PERIOD_WORDS)) for (const m of text.matchAll(PERIOD_RE)) add({ text: m[0], kind: "period", index: m.index ?? 0 });
  if (hasAny(words, UNIT_WORDS)) for (const m of text.matchAll(DURATION_RE)) add({ text: m[0], kind: "duration", index: m.index ?? 0 });
  if (words.has("within")) for (const m of text.matchAll(WITHIN_RE)) add({ text: m[0], kind: "duration", index: m.index ?? 0 });

  for (const m of digit ? text.matchAll(YEAR_RE) : []) {
    const y = Number(m[1]);
    add({ text: m[0], kind: "year", start: `${y}-01-01`, end: `${y}-12-31`, index: m.index ?? 0 });
  }

  // An unfilled date slot ("By <insert date>") is a date in form; benchmark-placeholder flags it.
  if (text.includes("<") || text.includes("[") || words.has("xx")) for (const m of text.matchAll(DATE_SLOT_RE)) add({ text: m[0], kind: "date", index: m.index ?? 0 });

  mentions.sort((a, b) => a.index - b.index);
  return { mentions, frequency };
}
