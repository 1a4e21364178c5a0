/**
 * The patterns dates.ts reads time with (SPEC.md §4.7 "date"), and the trigger words that decide
 * which pattern groups run at all. Compiled once.
 */
import { triggers } from "./words";

// "May" and "March" are also words: only their capitalised forms count. Abbreviations too.
export const MONTH_SRC =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?" +
  "|january|february|april|june|july|august|september|october|november|december)";
export const NUM_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
export const UNIT = "(?:days?|weeks?|months?|years?|quarters?|semesters?|trimesters?|terms?|marking periods?|grading periods?)";
export const CYCLE =
  "(?:day|week|month|quarter|year|semester|trimester|term|cycle|window|administration|marking period|grading period|unit|round|session|meeting|benchmark period|screening|morning|afternoon|evening|night|weekday)";

/** Month, optional day, optional year: "October 1, 2012", "Oct 15th", "January 2013", "May of 2027". */
export const MONTH_RE = new RegExp(`\\b(${MONTH_SRC})\\b\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b|\\s+'(\\d{2})\\b)?`, "g");
/** A cheap test before calling chrono: a month with a day, or a numeric date. */
export const CHRONO_PRETEST = new RegExp(`\\b${MONTH_SRC}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`);
export const NUMERIC_DATE_RE = /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b|\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;

/** SY12-13, SY 2026-2027, SY26-27, 2026-27 school year, school year 2026-2027, FY27. */
export const SCHOOL_YEAR_RE = /\b(?:SY|S\.Y\.|FY)\s*'?(\d{2}|\d{4})(?:\s*[-–—/]\s*'?(\d{2}|\d{4}))?\b|\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})\b(?!\s*(?:%|percent))/g;
/** Written in any case ("By the End of the School Year", "Mid-Year"); the acronyms (BOY, MOY, EOY) only in capitals, since "boy" is a word. */
export const SCHOOL_YEAR_WORDS =
  /(?<!\b(?:begin|begins|began|start|starts|started|enter|enters|entered)\s+(?:the\s+)?)\b(?:(?:this|next|the\s+coming|the\s+following)\s+year|(?:this|the|current|next|each|every|following|upcoming)\s+(?:school|academic|fiscal)\s+year|(?:school|academic)\s+year\b|(?:beginning|start|middle|end|close)\s+of\s+(?:the\s+|each\s+|this\s+)?(?:school\s+|academic\s+)?year|year[- ]end|end[- ]of[- ](?:the[- ])?year|mid-?year|(?:beginning|middle|end)-of-year)\b/gi;
/** The year's test windows by their acronyms: BOY/MOY/EOY, and Florida's progress-monitoring windows PM1–PM3. */
export const YEAR_ACRONYM_RE = /\b(?:BOY|MOY|EOY|PM[1-3])\b/g;
export const YEAR_RE = /\b((?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d{1,4}\b(?![.%]|\s*(?:%|percent)))(?!\s*(?:%|percent|students|teachers))/g;

/** Seasons: capitalised, or after a time word, or before a year or an assessment window. */
export const SEASON = "(?:fall|autumn|winter|spring|summer)";
/** A place named for a season ("Spring Creek Elementary", "Fall River Public Schools") is not a time. */
const PLACE_NAME =
  "\\s+(?:[A-Z][a-z]+\\s+)?(?:Elementary|Middle|High|School|Schools|Creek|Hills?|Valley|River|Park|Lake|Grove|Branch|Ridge|Woods|ISD|Public|District|Academy|Primary|Intermediate|Gardens?|Harbor|Mills?|Street|Road|Campus|Program|Programs|Camp|Institute|Boost|Bridge|Series|Enrichment|Scholars)\\b";
const PLACE_AFTER = `(?!${PLACE_NAME})`;
/** What follows a capitalised season in a name ("the Summer Academic Boost program"), tested case-sensitively after a match. */
export const SEASON_NAME_AFTER_RE = new RegExp(`^${PLACE_NAME}`);
export const SEASON_CAP_RE = new RegExp(`\\b(Fall|Autumn|Winter|Spring|Summer)\\b${PLACE_AFTER}(?:\\s*(?:of\\s+)?((?:19|20)\\d{2})\\b)?`, "g");
export const SEASON_CTX_RE = new RegExp(
  `\\b(?:by|in|the|this|each|every|until|through|before|after|from|of|during|next|late|early|mid|to|for|between|since|last|their|our|its|at|and)[\\s-]+(${SEASON})\\b(?:\\s*(?:of\\s+)?((?:19|20)\\d{2})\\b)?` +
    `|\\b(${SEASON})\\s+(?:((?:19|20)\\d{2})|benchmark|window|administration|assessment|semester|term|session|PD|institute|program|school|academy|workshop|camp)\\b`,
  "gi",
);
/** "fall DIBELS", "spring MCAS": a season before an assessment's acronym is its administration window. */
export const SEASON_ACRONYM_RE = /\b([Ff]all|[Aa]utumn|[Ww]inter|[Ss]pring|[Ss]ummer)\s+(?=[A-Z]{2,}\b|i-?Ready\b)/g;
/** A season with its year cut short: "spring '23", "Fall ’25". */
export const SEASON_SHORT_YEAR_RE = new RegExp(`\\b(${SEASON})\\s+['’](\\d{2})\\b(?!\\s*%)`, "gi");
export const SEASON_WINDOW_RE = new RegExp(`\\b(${SEASON})(?:\\s*[-–]\\s*(?:to\\s*[-–]\\s*)?|\\s+(?:to|through)\\s+)(${SEASON})\\b`, "gi");

/** Parts of the year: Q2, first semester, Term 1, end of the unit, half-term. */
export const PERIOD_RE = new RegExp(
  `\\bQ[1-4]\\b|\\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(?:quarter|semester|trimester|term|marking period|grading period)\\b` +
    `|\\b(?:quarter|semester|trimester|term|marking period|grading period|week|day)\\s+[1-9]\\d?\\b|\\bhalf[- ]term\\b` +
    `|\\b(?:end|close|start|beginning|middle)\\s+of\\s+(?:the\\s+|each\\s+|every\\s+|this\\s+|a\\s+)?(?:first\\s+|second\\s+|third\\s+)?(?:quarter|semester|trimester|term|marking period|grading period|unit|cycle|month)\\b` +
    `|\\bby\\s+(?:the\\s+)?(?:deadline|due date)\\b|\\b(?:first|last)\\s+day\\s+of\\s+(?:school|classes|(?:regular\\s+)?student\\s+attendance)\\b` +
    // the school calendar's own landmarks: "the second half of the year", "before state testing", "by graduation", "in Year 2"
    `|\\b(?:first|second)\\s+half\\s+of\\s+(?:the\\s+)?(?:school\\s+)?year\\b` +
    `|\\b(?:before|prior\\s+to|after|following|during)\\s+(?:the\\s+)?(?:state\\s+|spring\\s+|EOG\\s+|EOC\\s+)?(?:testing|test\\s+window|testing\\s+window|testing\\s+season)\\b` +
    `|\\b(?:testing|assessment|screening)\\s+windows?\\b|\\b(?:by|before|prior\\s+to|at)\\s+graduation\\b|\\b(?:in|by|during|end\\s+of)\\s+Year\\s+[1-5]\\b` +
    `|\\b(?:conclusion|completion)\\s+of\\s+(?:the\\s+|each\\s+)?(?:school\\s+)?(?:year|semester|quarter|course|unit|program|cycle)\\b|\\bend\\s+of\\s+(?:the\\s+|each\\s+)?course\\b` +
    // grading periods of nine or six weeks ("by the end of the second nine weeks"), midterms, the start of school
    `|\\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|each|every)\\s+(?:nine|9|six|6)[- ]weeks?\\b|\\b(?:by|at|before|after|until)\\s+(?:the\\s+)?(?:mid-?term|mid-?semester|mid-?quarter|midpoint\\s+of\\s+the\\s+(?:school\\s+)?year)\\b` +
    `|\\b(?:start|beginning|opening|first\\s+day|end|close|last\\s+day)\\s+of\\s+(?:school|[Kk]indergarten)\\b|\\bMP[1-4]\\b` +
    // the opening of the year: "within the first 30 days of school", "by the 20th day of school"
    `|\\b(?:first|last|final|opening)\\s+(?:(?:\\d+|${NUM_WORD})\\s+)?(?:days?|weeks?|months?)\\s+of\\s+(?:the\\s+)?(?:school(?:\\s+year)?|classes|(?:school\\s+)?year|semester)\\b|\\b\\d+(?:st|nd|rd|th)\\s+day\\s+of\\s+(?:school|classes)\\b` +
    // points in a unit sequence: "between Unit 1 and Unit 4", "after Module 2"
    `|\\b(?:after|by|before|between|through|during)\\s+(?:the\\s+end\\s+of\\s+)?(?:Unit|Module|Cycle)\\s+\\d+\\b`,
  "gi",
);

/** "6-9 weeks", "within 30 days", "a 6 week cycle", "six weeks"; a count per period is a frequency, below. */
/** The length of an event or of a career is not when: "5-day workshops", "two days of PD", "first three years of teaching", "4-year-olds". */
const EVENT_LENGTH_AFTER =
  "(?:[-\\s]*olds?\\b|\\s+old\\b|\\s+of\\s+(?:experience|teaching|service|age|professional|PD|training|instruction|coaching|tutoring|support|intervention|college|coursework|credits?|study)\\b|\\s+of\\s+(?:[\\w-]+\\s+){0,2}?data\\b|[-\\s]+(?:long\\s+)?(?:workshops?|trainings?|institutes?|sessions?|courses?|camps?|academ(?:y|ies)|retreats?|conferences?)\\b)";
const NOT_A_WINDOW = `(?!${EVENT_LENGTH_AFTER})`;
const WINDOW_LIKE = `(?:\\d+(?:\\s*[-–]\\s*\\d+)?|${NUM_WORD}(?:\\s*\\(\\d+\\))?)[\\s-]*${UNIT}\\b`;
/** The same lengths, claimed as names so that their numbers are not read as targets either; so is a look back ("in the past 2 years"). */
export const EVENT_LENGTH_RE = new RegExp(
  `\\b(?:(?:first|their|his|her)\\s+)?${WINDOW_LIKE}(?=${EVENT_LENGTH_AFTER})|\\b(?:first|their|his|her|past|last|previous|prior|preceding)\\s+(?!(?:nine|9|six|6)[- ]weeks\\b)${WINDOW_LIKE}(?!\\s+of\\s+(?:the\\s+)?(?:school|classes|(?:school\\s+)?year|semester)\\b)`,
  "gi",
);
const CHANGE_VERB = "(?:increase|decrease|reduce|lower|raise|cut|improve|rise|fall|drop|grow|gain|decline|extend|shorten)[a-z]*";
/**
 * Before a length that is not when: a count of days that changes ("decrease suspension days from 420
 * days to 300 days", "reduce days absent by two days") is a quantity, "students missing +20 days" who
 * is counted, and "their first three years" a career. Tested on the words before a duration (a lookbehind in DURATION_RE would run at every position).
 */
export const NOT_DURATION_BEFORE_RE = new RegExp(
  `(?:\\b(?:first|their|his|her|at\\s+least|minimum\\s+of|enrolled(?:\\s+for)?|missing|miss|misses|absent)|\\bfrom|\\b${CHANGE_VERB}\\s+(?:[\\w'’-]+\\s+){0,8}?to|\\b${CHANGE_VERB}\\s+by|\\b${CHANGE_VERB})\\s+\\+?$`,
  "i",
);
export const DURATION_RE = new RegExp(
  `(?<![\\d.])(?<!\\b[Gg]rades?\\s)\\b(?:\\d+(?:\\s*[-–]\\s*\\d+)?|${NUM_WORD}(?:\\s*\\(\\d+\\))?)[\\s-]*${UNIT}\\b(?!\\s+(?:a|per|each)\\b)(?!['’]?s?\\s+(?:of\\s+)?(?:growth|progress|learning|gains?|credits|courses?|classes)\\b)${NOT_A_WINDOW}`,
  "gi",
);

export const FREQUENCY_RE = new RegExp(
  // "average daily attendance", "daily attendance", "Annual Measurable Objectives", "Adequate Yearly Progress": the name of a measure, not a rhythm
  `(?<!\\baverage\\s)\\b(?:daily|weekly|bi-?weekly|monthly|bi-?monthly|quarterly|annually|annual|yearly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|biennially|nightly|half-termly|termly)\\b(?!(?<=daily)\\s+attendance\\b(?!\\s+(?:meetings?|reviews?|reports?|checks?|logs?|data)))(?!\\s+(?:attendance\\s+rates?\\b|[Mm]easurable\\s+[Oo]bjectives?\\b|[Yy]early\\s+[Pp]rogress\\b))(?!(?<=yearly)\\s+progress\\b)` +
    // a name or a kind of test, not when anything is due: "the Annual Performance Report", "annual state and district assessments",
    // "measured annually by state assessments" (a test's rhythm; "approved annually by the state" is the plan's), "daily school culture"
    `(?!(?<=[Aa]nnual)\\s+(?:(?:state|district|statewide|standardized)\\s+(?:and\\s+(?:state|district)\\s+)?|[A-Za-z][\\w-]*\\s+)?(?:assessments?|tests?|testing|exams?)\\b)` +
    `(?!(?<=\\b(?:measured|assessed|tested|evaluated|administered|scored|rated)\\b[^.;]{0,60}annually)\\s+(?:by|through|on|via|with)\\s+(?:the\\s+)?(?:state|district|statewide)\\b)(?!(?<=daily)\\s+(?:school\\s+)?(?:culture|life|lives)\\b)` +
    `|\\b(?:each|every|per|once\\s+(?:a|per|each)|twice\\s+(?:a|per|each))\\s+(?:(?:other|two|three|four|six|\\d+|\\d+[- ]week|\\d+[- ]day|[\\w-]+)\\s+){0,2}${CYCLE}s?\\b(?!\\s+of\\s+(?:instruction|schooling|enrollment|service)\\b)` +
    `|\\b(?:\\d+(?:\\s*[-–]\\s*\\d+)?|${NUM_WORD}|once|twice)\\s+(?:\\w+\\s+)?(?:times|days|sessions|hours|minutes|visits|observations|meetings|lessons)?\\s*(?:a|per|each)\\s+${CYCLE}\\b` +
    `|\\bon\\s+a\\s+(?:daily|weekly|bi-?weekly|monthly|quarterly|yearly)\\s+basis\\b` +
    `|\\b(?:every|each|on)\\s+(?:other\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b|\\bon\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)s\\b` +
    `|\\bevery\\s+(?:\\d+|${NUM_WORD})(?:\\s*(?:to|-|–)\\s*(?:\\d+|${NUM_WORD}))?\\s+(?:days|weeks|months)\\b` +
    `|\\b(?:\\d+|${NUM_WORD})\\s+times\\s+(?:annually|yearly|monthly|weekly)\\b` +
    `|\\b(?:first|second|third|fourth|last)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|week)\\s+of\\s+(?:the|each|every)\\s+month\\b`,
  "gi",
);

export const DATE_SLOT_RE = /<\s*(?:insert\s+)?(?:date|deadline|month|year)[^<>]{0,20}>|\[\s*(?:insert\s+)?(?:date|deadline|month)[^\]]{0,20}\]|\bXX\/XX(?:\/XX(?:XX)?)?\b/gi;
/** "within 48 hours", "within 10 school days": a timeframe. */
export const WITHIN_RE =
  /\bwithin\s+(?:the\s+(?:first|next)\s+)?(?:\d+|[a-z]+)\s+(?:school\s+|business\s+|calendar\s+)?(?:hours|days|weeks?|months)\b(?!\s+of\s+(?:the\s+)?(?:pacing|schedule|calendar|plan|target|goal))/gi;
/** "four-year graduation rate", "5-year plan", "the five-year targets": the name of a rate, plan or target, not a time. */
export const NAMED_SPAN_RE =
  /\b(?:\d|one|two|three|four|five|six)(?:\s*(?:to|-|–)\s*(?:\d|one|two|three|four|five|six))?[- ]year\s+(?:high\s+school\s+)?(?:on-time\s+|financial\s+|facilities\s+|capital\s+|budget\s+|(?:literacy|math|reading|instructional|academic|technology|school|district|facilities)\s+(?:improvement\s+)?|implementation\s+)?(?:graduation|cohort|adjusted|plans?|budgets?|strategic|college|university|degree|average|targets?|goals?|objectives?|projections?|trends?|vision)\b|\b\d{2,3}[- ]day\s+(?:action\s+|improvement\s+)?plans?\b/gi;

/**
 * More names that hold a time: the length that defines a graduation rate ("students graduating within
 * four years"), the North Carolina tests ("End of Course", "End of Grade"), and a definition in brackets
 * ("(10+ days of unexcused absences per year)").
 */
export const MEASURE_NAME_RE =
  /\bgraduat(?:e|es|ed|ing|ion)\s+(?:(?:from\s+high\s+school\s+)?(?:with)?in|on\s+time\s+in)\s+(?:\d|four|five|six)\s+years?\b|\bEnd[- ][Oo]f[- ](?:Course|Grade)\b|\(\s*\d+\+?\s*(?:or\s+more\s+)?(?:school\s+)?days?\b[^()]{0,60}\)|\b\d\+?(?:\s*(?:and|or|&|,)\s*\d\+?)+[- ][Yy]ear\s+(?:on-time\s+)?[Gg]raduation\b/g;
export const MEASURE_NAME_WORDS = triggers(["graduate", "graduates", "graduated", "graduating", "graduation", "course", "grade", "days", "day"]);

/** School-calendar landmarks: "by Thanksgiving", "before winter break", "after February vacation". */
export const HOLIDAY_RE =
  /\b(?:by|before|after|until|through|following|at)\s+(?:the\s+)?(?:Thanksgiving|Labor\s+Day|Columbus\s+Day|Indigenous\s+Peoples'?\s+Day|Veterans'?\s+Day|Halloween|Christmas|New\s+Year'?s?|MLK\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents'?\s+Day|Memorial\s+Day|(?:winter|holiday|spring|December|February|April|March)\s+(?:break|vacation|recess)|the\s+holidays)\b/gi;
export const HOLIDAY_WORDS = triggers([
  "thanksgiving",
  "labor",
  "columbus",
  "indigenous",
  "veterans",
  "halloween",
  "christmas",
  "new",
  "mlk",
  "king",
  "presidents",
  "memorial",
  "break",
  "vacation",
  "recess",
  "holidays",
]);

export const MONTH_WORDS = triggers([
  "jan",
  "january",
  "feb",
  "february",
  "mar",
  "march",
  "apr",
  "april",
  "may",
  "jun",
  "june",
  "jul",
  "july",
  "aug",
  "august",
  "sep",
  "sept",
  "september",
  "oct",
  "october",
  "nov",
  "november",
  "dec",
  "december",
]);
export const SEASON_WORDS = triggers(["fall", "autumn", "winter", "spring", "summer"]);
export const YEAR_WORDS = triggers(["year", "boy", "moy", "eoy", "midyear", "yearend", "pm1", "pm2", "pm3"]);
export const FREQ_WORDS = triggers([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "mondays",
  "tuesdays",
  "wednesdays",
  "thursdays",
  "fridays",
  "daily",
  "weekly",
  "biweekly",
  "monthly",
  "bimonthly",
  "quarterly",
  "annually",
  "annual",
  "yearly",
  "semi",
  "semiannual",
  "semiannually",
  "biannual",
  "biannually",
  "biennially",
  "nightly",
  "termly",
  "each",
  "every",
  "per",
  "once",
  "twice",
  "basis",
]);
export const CYCLE_WORDS = triggers([
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekday",
  "day",
  "week",
  "month",
  "quarter",
  "year",
  "semester",
  "trimester",
  "term",
  "cycle",
  "window",
  "administration",
  "period",
  "unit",
  "round",
  "session",
]);
/** A document's own dates, not when anything is due: "(Updated November 2016)", "(Revised to remove attendance referrals 2026)". */
export const EDIT_NOTE_RE = /\((?:Updated|Revised|Amended|Adopted|Approved|Last\s+updated)\b[^()]{0,60}\)/g;

/** A span of years ("2022 – 2026", "2021-2023"): the years the work runs, when they do not make one school year. */
export const YEAR_SPAN_RE = /\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\b/g;

/** The whole year as a window, and a rhythm by the year: "throughout the year", "throughout the plan's time frame", "year over year". */
export const THROUGHOUT_RE =
  /\bthroughout\s+the\s+(?:(?:school|academic)\s+)?year\b|\bthroughout\s+the\s+(?:[\w-]+\s+){0,4}?(?:time\s?frame|timeline)\b|\byear[- ]over[- ]year\b/gi;
export const THROUGHOUT_WORDS = triggers(["throughout", "over"]);
/** The reporting period in hand: "a summary of this quarter". */
export const THIS_TERM_RE = /\bthis\s+(?:quarter|semester|trimester|term|marking\s+period|grading\s+period)\b/gi;
export const TERM_WORDS = triggers(["quarter", "semester", "trimester", "term", "marking", "grading"]);
/** A year of the plan as the deadline, or every year ahead: "by year six", "by the fourth year of the five-year plan", "in each of the next several school years". */
export const PLAN_YEAR_RE =
  /\bby\s+(?:the\s+end\s+of\s+)?(?:year\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|the\s+(?:first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+year)\b|\beach\s+of\s+the\s+(?:next|following|coming)\s+(?:[\w-]+\s+)?(?:school\s+)?years\b|\bin\s+year\s+(?:one|two|three|four|five|\d)\b(?!\s*[-–]\s*\d)/gi;

export const PERIOD_WORDS = triggers([
  "testing",
  "window",
  "windows",
  "graduation",
  "conclusion",
  "completion",
  "course",
  "unit",
  "module",
  "q1",
  "q2",
  "q3",
  "q4",
  "quarter",
  "semester",
  "trimester",
  "term",
  "period",
  "week",
  "day",
  "half",
  "unit",
  "cycle",
  "month",
  "deadline",
  "due",
  "days",
  "weeks",
  "months",
  "midterm",
  "mid",
  "midpoint",
  "mp1",
  "mp2",
  "mp3",
  "mp4",
]);
export const UNIT_WORDS = triggers([
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
  "quarter",
  "quarters",
  "semester",
  "semesters",
  "trimester",
  "trimesters",
  "term",
  "terms",
  "period",
  "periods",
]);

export const BASELINE_BEFORE = /\b(?:from|since|baseline|compared\s+(?:to|with)|than|last|prior|previous)\b(?:(?!\bto\b)[^.;]){0,25}$/i;

/** A school year written as two short years: "25_26", "’14-’15", "in 25-26" (consecutive years only, checked when read). */
export const SHORT_SCHOOL_YEAR_RE =
  /(?<![\w./-])(?:['’](\d{2})\s*[-–_/]\s*['’]?(\d{2})|(\d{2})_(\d{2})|(?=\d{2}\s*[-–]\s*\d{2})(?<=\b(?:in|by|during|for|of|through|until|end\s+of|SY|FY|the|from|to)\s+|(?<![\d.,])\d+(?:\.\d+)?%?\s+|[:;]\s+)(\d{2})\s*[-–]\s*(\d{2})|(\d{2})\s*[-–]\s*(\d{2})(?=\s+(?:school|academic)\s+year)|(?<=\b(?:from|to|in|by|SY|FY)\s+|\b[A-Z]{2,}\s+)(\d{2})\/(\d{2})(?=\s+(?:[A-Z/]+\s+)?(?:EOY|BOY|MOY|school|academic)\b)|(\d{2})\s*[-–]\s*(\d{2})(?=\s+(?:data|results|scores)\b))(?![\w%/-]|\.\d|\s*(?:%|percent|grades?\b))/gi;

/** A cheap test before SHORT_SCHOOL_YEAR_RE. */
export const SHORT_SCHOOL_YEAR_PRETEST = /\d{2}\s*[-–_/]\s*['’]?\d{2}|['’]\d{2}/;

/**
 * A year that is part of a name, not a time: a form's edition ("the ’14-’15 GCS Short Form",
 * "2019 Walkthrough Tool"), or a test whose name holds a year ("LEAP 2025"). A test's name followed
 * by a year ("MCAS 2025", "the 2024 IAR") is its administration, so a time, and is not matched.
 */
const YEAR_TOKEN = "(?:['’]?\\d{2}\\s*[-–_]\\s*['’]?\\d{2}|(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?)";
const EDITION_NOUN = "(?:[Ff]orms?|[Tt]ools?|[Rr]ubrics?|[Pp]rotocols?|[Ee]ditions?|[Ff]rameworks?|[Ss]tandards|[Gg]uides?|[Ii]nventory|[Ii]nstruments?|[Cc]hecklists?)";
export const EDITION_RE = new RegExp(
  `\\bLEAP\\s+(2025)\\b|\\b(?:Vision|Blueprint|Horizon|Imagine|Pathways?)\\s+(20\\d{2})\\b|(?<![\\w'’])(${YEAR_TOKEN})\\s+(?:[A-Z][\\w&-]*\\s+){0,4}${EDITION_NOUN}\\b`,
  "g",
);
export const EDITION_WORDS = triggers([
  "leap",
  "vision",
  "blueprint",
  "horizon",
  "imagine",
  "pathway",
  "pathways",
  "form",
  "forms",
  "tool",
  "tools",
  "rubric",
  "rubrics",
  "protocol",
  "protocols",
  "edition",
  "editions",
  "framework",
  "frameworks",
  "standards",
  "guide",
  "guides",
  "inventory",
  "instrument",
  "instruments",
  "checklist",
  "checklists",
]);
