/**
 * Whether a benchmark states a measurable target (SPEC.md §4.7 "target"): a number, percentage,
 * count, rating level, explicit full coverage ("each school", "every K-2 teacher") or a reference
 * to defined targets ("meet PPI targets"). Numbers that only name things (Indicator 2, gr. 9, K-2,
 * grades 3-5, SY 2026, dates, durations) are masked out first.
 */
import { commitsToNothing } from "./commitment";
import { coverageTargets } from "./coverage";
import { NAMED_SPAN_RE, type DateReading } from "./dates";
import { HAS_DIGIT, hasAny, triggers, wordsOf, type Words } from "./words";

/** Number-like words that name a quantity. "one" counts only in "at least one" / "one or more". */
const NUM_WORDS =
  "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|zero|dozen|half\\s+of|(?:by|in)\\s+half|a\\s+half(?=\\s+(?:\\(\\s*\\.\\d+\\s*\\)\\s+)?(?:of\\s+(?:a\\s+)?)?(?:percent|percentage|point))|(?:one|a)\\s+quarter\\s+of|by\\s+(?:one|a)\\s+quarter|more\\s+than\\s+half|(?:one|two)[- ]thirds?|three[- ]quarters|majority|at\\s+least\\s+one|one\\s+or\\s+more|more\\s+than\\s+one|one\\s+(?:per|for\\s+each|in\\s+each)\\s+[a-z]+)";

const LIST_TAIL = "(?:(?:\\s*(?:[-–—,&/]|\\band\\b|\\bor\\b|\\bthrough\\b|\\bto\\b)\\s*)+(?:K|\\d+(?:\\.\\d+)*)\\b(?!\\s*(?:%|percent)))*";

/** Numbers that label rather than count (SPEC.md §4.7 lexical traps). */
const NON_TARGET_RES: RegExp[] = [
  // grades: "gr. 9", "Grades 3-5", "Gr. K-8", "grade 11–12"
  new RegExp(`\\b(?:grades?|gr\\.?|gr)\\s*(?:Pre-?K|K|\\d{1,2})\\b(?!\\s+(?:levels?|points?)\\b)${LIST_TAIL}`, "gi"),
  /\b(?:Pre-?K|PK|TK|K|P)\s*[-–—]\s*\d{1,2}\b/gi,
  /\b\d{1,2}(?:st|nd|rd|th)?\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+grade(?:s|rs)?\b/gi,
  // ordinals other than percentiles: "11th grade", "21st century", "1st"
  /\b\d+(?:st|nd|rd|th)\b(?!\s+percentile)/gi,
  // labels followed by their number: "Indicator 4", "Tier 1, 2 and 3", "Initiative 1.2", "Form A"
  new RegExp(
    `\\b(?:Indicators?|Standards?|Tiers?|Title|Objectives?|Initiatives?|Strateg(?:y|ies)|Goals?|Obj\\.?|Evals?|Evaluations?|Actions?|Activit(?:y|ies)|Milestones?|Outcomes?|Measures?|Forms?|Units?|Modules?|Chapters?|Sections?|Phases?|Cycles?|Steps?|Lessons?|Weeks?|Days?|Terms?|Trimesters?|Semesters?|Quarters?|Rooms?|Appendix|Tables?|Figures?|Pages?|p\\.|Questions?|Items?|Domains?|Elements?|Values?|Competenc(?:y|ies)|Dimensions?|Criteri(?:on|a)|Priorit(?:y|ies)|Areas?|Cohorts?|Waves?|Years?|Algebra|Geometry|Math|ELA|English|Science|Reading|Writing|History|Biology|Chemistry|Physics|Spanish|French|Route|Version|No\\.|#|[Aa]ges?|Acts?|HB|SB|AB|LB|HF|SF|House\\s+Bill|Senate\\s+Bill|Assembly\\s+Bill|Public\\s+Law|Rule|Policy|Regulation|Code|Districts?|Dist\\.|SD|USD|ISD|RSU|SAU|M?SAD|C?USD|UFSD|CSD|ESD|Unit|Shifts?|§)\\s*(?:#\\s*|No\\.\\s*)?\\d+(?:\\.\\d+)*\\b(?!\\s*(?:%|percent))${LIST_TAIL}`,
    "gi",
  ),
  /\b\d{1,2}:\d{2}\b/g,
  /\b504\b/g,
  NAMED_SPAN_RE,
];

/** A number that makes a compound word: "two-way immersion", "a three-tiered model", "a 4-point rubric" (not "a 5-point increase"). */
const COMPOUND_RE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:way|tier(?:ed)?|step|part|pronged|fold|page|sided|item|paragraph|question|generation(?:al)?|hour|minute|point(?!\s+(?:increase|gain|growth|decrease|improvement|drop|reduction|change|rise|jump|decline|goal|target|improvement)))\b/gi;

const HEADING_NUMBER_RE = /^\s*(?:[A-Z][A-Za-z]+\s+){1,3}\(?[A-Z]{0,5}\)?\s*#?\s*\d+(?:\.\d+)*\s*[:–—-]/g;
const HEADING_NUMBER_TEST = new RegExp(HEADING_NUMBER_RE.source);
/** A line that opens with a number or a short label and a number ("2.1 …", "(7) …", "G 1 …", "Objectives 1.1 …"). */
const LINE_LABEL_PRETEST = /^\s*(?:\(\d|\d|[A-Z][a-z]*\s+\d)/;

/** More numbers that name, each looked for only when a cheap test says it can be there. */
const GATED_NON_TARGETS: readonly (readonly [RegExp, (text: string, words: Words) => boolean])[] = [
  // a heading's own number: "Guardrail 2:", "Priority 3 –", "GPM 3.3:"
  [HEADING_NUMBER_RE, (t) => HEADING_NUMBER_TEST.test(t)],
  // a level's definition in brackets: "proficient (levels 4 and 5)", "proficient (80% or higher)", "(composite score of 17)"
  [
    /\(\s*(?:(?:a\s+)?(?:composite\s+|scale\s+|minimum\s+|cut\s+)?score\s+of\s+\d+|levels?\s+\d+(?:\s*(?:,|&|and|or|-|–)\s*\d+)*(?:\s+(?:and|or)\s+(?:above|higher))?|\d+(?:\.\d+)?\s*%?\s+or\s+(?:higher|above|more|better|greater)|\d+(?:\.\d+)?\s*%\s+of\s+(?:enrollment|days\s+enrolled|(?:instructional|school)\s+days|the\s+school\s+year))\s*\)/gi,
    (t) => t.includes("("),
  ],
  // a criterion that picks who is counted: "has a four-year graduation rate of 80% or less", "schools with an absence
  // rate of 30% or higher" (what the measure itself is to be, "absenteeism is at a rate of 5% or less", is the target)
  [
    /\b(?:with|has|have|having|had)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:rate|score|percentage|percent|average)\s+of\s+\d+(?:\.\d+)?\s*%?\s+or\s+(?:less|lower|fewer|below)\b|\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:rate|score|percentage|percent|average)\s+of\s+\d+(?:\.\d+)?\s*%?\s+or\s+(?:more|higher|above|greater)\b/gi,
    (t, w) => hasAny(w, ["less", "lower", "fewer", "below"]) || (w.has("with") && hasAny(w, ["more", "higher", "above", "greater"])),
  ],
  // a condition that picks who is counted: "districts where 40-49% of students score …", "if 20% or more …"
  [
    /\b(?:where|when|if|in\s+which|whose)\s+(?:(?:at\s+least|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?\d+(?:\.\d+)?\s*(?:[-–]\s*\d+(?:\.\d+)?\s*)?%/gi,
    (t, w) => t.includes("%") && hasAny(w, ["where", "when", "if", "which", "whose"]),
  ],
  // a criterion that names who is picked out: "identified in the lowest 10% of Title I schools", "the lowest performing 25% of students", "challenge the top 5% of our students"
  [
    /\b(?:identified|designated|ranked|ranks?|performing|scoring|falls?|fell|placed)\s+(?:in|as|among|within)\s+(?:the\s+)?(?:lowest|bottom)\s+\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:lowest|bottom|highest|top)[- ]performing\s+\d+(?:\.\d+)?\s*%|(?<!\b(?:in|into|to|among|within|reach|reaching)\s)\bthe\s+(?:top|bottom|lowest|highest)\s+\d+\s*%\s+of\s+(?:our\s+|the\s+|all\s+)?(?:students|learners|schools|scholars)/gi,
    (_t, w) => hasAny(w, ["lowest", "bottom", "top", "highest"]),
  ],
  // a list's own numbers in the middle of a line: "refined to: (1) enable …; (2) foster …" (not "four (4) seats")
  [/(?<!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s)\(\d{1,2}\)(?=\s+[a-z])/gi, (t) => LIST_NUMBER_PRETEST.test(t)],
  // an edition or a type size: "Stanford Achievement Test, 10 ed.", "Use 11 point font"
  [/\b\d+(?:st|nd|rd|th)?\s*(?:ed\.|edition\b)|\b\d+[- ]?(?:point|pt\.?)\s+font\b/gi, (_t, w) => hasAny(w, ["ed", "edition", "font"])],
  // a level's cut that defines who is counted: "Readiness score of 500 or higher", "a graduation rate below 85%"
  [
    /\b(?:readiness|proficiency|cut|benchmark|passing|qualifying|scale)\s+score\s+of\s+\d+(?:\.\d+)?\s+or\s+(?:higher|above|more|better)\b|\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:rate|score|percentage|average|proficiency)\s+(?:below|under|less\s+than|lower\s+than|of\s+less\s+than)\s+\d+(?:\.\d+)?\s*%?/gi,
    (_t, w) => hasAny(w, CUT_WORDS) && hasAny(w, CUT_SIDE_WORDS),
  ],
  // a status given as the reason at the head of a line: "As the graduation rate was 80.39% for 2018-2019, the school will …"
  [/^\s*(?:As|Since|Because)\s+[^,]{0,120}?\b(?:was|were|is|are)\s+[^,]{0,60},/g, (t) => /^\s*(?:As|Since|Because)\b/.test(t)],
  // the size of the set a few are picked from: "(out of 61 performance measures)"
  [/\bout\s+of\s+\d+\s+(?:[\w-]+\s+){0,2}?(?:measures|indicators|metrics|schools|districts|goals|areas|standards|items)\b/gi, (_t, w) => w.has("out")],
  // grouping, and names that hold a number word: "small group, 1 to 1", "First Five", "Big Three"
  [
    /\b1\s+to\s+1\b|\b(?:First|Big|Fab|Essential|Core|Magic|Power)\s+(?:Three|Four|Five|Six|Seven|Eight|Ten)\b/g,
    (_t, w) => (w.has("1") && w.has("to")) || hasAny(w, NAMED_NUMBER_WORDS),
  ],
  // levels and codes that label: "Level 1 and Level 2 indicator data", "(A-2)", "Title 20-A 4722-A.4", "Project 75", "…: 1. Provide"
  [/\bLevels?\s+\d+(?:\s+(?:and|or|&)\s+Level\s+\d+)?\s+(?=(?:indicators?|schools?|districts?|status|designation)\b)/g, (_t, w) => w.has("level") || w.has("levels")],
  [/\([A-Z]-\d{1,2}\)|\b\d+-[A-Z](?:\.\d+)*(?![\w-])/g, (t) => t.includes("-")],
  [/\bProject\s+\d+\b/g, (_t, w) => w.has("project")],
  [/:\s*\d{1,2}\.(?=\s)/g, (t) => t.includes(":")],
  // who is picked out by a level: "students performing at a Level 2+", "those who achieve levels 3, 4, or 5"
  [
    /\b(?:students|learners|those|scholars)\s+(?:who\s+)?(?:performing|scoring|reading|perform|score|achieve|achieving|reach|reaching)\s+(?:at\s+)?(?:an?\s+)?(?:Levels?|Tier|Band)\s+\d+\+?(?:\s*,\s*\d+)*(?:,?\s*(?:or|and)\s+(?:\d+|above|higher))?/gi,
    (_t, w) => hasAny(w, LEVEL_WORDS) && hasAny(w, PICKED_BY_WORDS),
  ],
  // where things stand now, said beside the aim: "on grade level in math, now 70 percent", "currently 41%"
  [/\b(?:now|currently|today)\s+(?:at\s+)?\d+(?:\.\d+)?\s*(?:%|percent)/gi, (_t, w) => hasAny(w, ["now", "currently", "today"])],
  // a count in a condition: "when there are less than four (4) available spaces", "if fewer than 10 students enroll"
  [
    /\b(?:where|when|if|unless|whenever)\s+(?:there\s+(?:are|is)\s+)?(?:less|fewer|more)\s+than\s+(?:[a-z]+\s+\(\d+\)|\d+|[a-z]+)/gi,
    (_t, w) => hasAny(w, ["less", "fewer", "more"]) && hasAny(w, ["where", "when", "if", "unless", "whenever"]),
  ],
  // grades in words: "grades three-five"
  [
    /\bgrades?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:[-–]|to|through|and)\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?\b/gi,
    (_t, w) => (w.has("grade") || w.has("grades")) && hasAny(w, NUMBER_WORDS_TO_TWELVE),
  ],
  // a label numbered in words: "phase three (final phase)", "Year One", "Step two", "Goal Four"
  [
    /\b(?:phase|step|stage|part|round|cycle|shift|years?|module|unit|tier|goal|priority|objective|strategy|pillar|indicator)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s*(?:,|and|through|to|-)\s*(?:years?\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)*(?!\s+(?:times|percent|or\s+more))/gi,
    (_t, w) => hasAny(w, NUMBER_WORDS_TO_TWELVE) && hasAny(w, LABEL_WORDS),
  ],
  // a span of years, not an amount: "a three to five year target", "the preceding two school years", "the next 3 years"
  [
    /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|-|–)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b|\b(?:preceding|previous|past|last|prior|next|following|first)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:school\s+|academic\s+)?years?\b/gi,
    (_t, w) => hasAny(w, ["year", "years"]),
  ],
  // a grade span written alone before what it qualifies: "improve 9-12 Literacy", "6-8 students"
  [
    /\(?\b\d{1,2}\s*[-–]\s*\d{1,2}\)?(?=\s+(?:Literacy|Math|Mathematics|ELA|Reading|Science|Writing|students|learners?|classrooms|teachers|schools?|campuses|buildings)\b)/g,
    (t) => /\d\s*[-–]\s*\d/.test(t),
  ],
  // the length of a period of the day: "the 90-minute literacy block", "a 30 minute intervention period"
  [
    /\b\d+[- ](?:minute|min|hour)s?\b(?=\s+(?:[\w-]+\s+){0,2}?(?:blocks?|periods?|segments?|windows?|slots?)\b)/gi,
    (_t, w) => hasAny(w, ["minute", "minutes", "min", "hour", "hours"]),
  ],
  // the size of a group the work is done in: "small-group instruction of 5-6 students", "groups of 4 learners"
  [
    /\b(?:groups?|group\s+instruction|classes|class\s+sizes?|ratios?)\s+(?:of\s+|\(\s*)\d+(?:\s*[-–]\s*\d+)?(?:\s+or\s+(?:more|fewer))?\s+(?:students|learners|scholars|children|pupils)\b/gi,
    (_t, w) => hasAny(w, ["group", "groups", "classes", "class", "ratio", "ratios"]),
  ],
  // money is what the work costs, not what it reaches: "$15,000", "$2.5 million"
  [/\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:K|k|M|million|thousand)\b)?/g, (t) => t.includes("$")],
  // programmes named with a number: "Read 180", "System 44"
  [/\b(?:READ|Read|Math|System)\s+(?:180|44)\b|\bAchieve\s?3000\b|\bTop\s+\d+\s+by\s+\d+\b/g, (t) => /\b(?:180|44|3000)\b|Achieve3000|\bTop\s+\d/.test(t)],
  // one-to-one programmes and round-the-clock access: "1:1 devices", "24/7"
  [/\b1:1\b|\b24\/7\b/g, (t) => t.includes(":") || t.includes("/")],
  // a number that starts a programme's name: "100 Book Challenge", "7 Habits", "4 Pillars Framework"
  [
    /\b\d+%?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Challenge|Program|Programme|Initiative|Project|Habits|Steps|Pillars|Principles|Practices|Model|Framework|Academy|Club|Series|Plan|Keys|Cs)\b/g,
    (_t, w) => hasAny(w, PROGRAMME_WORDS),
  ],
  // outline numbers and list markers: "1.1.4 Monitor …", "2) Provide …", "2.1  Assess …", "(7) Benchmarks …", "1:3: Support …"
  [/\b\d+(?:\.\d+){2,}\b|^\s*\d{1,2}[.)](?=\s|[A-Z])/g, (t) => t.includes(".") || t.includes(")")],
  [
    /^\s*(?:(?:Objectives?|Goals?|G|O|S|[A-Z])\s+)?(?:\(\d{1,2}\)|\d{1,2}\s*\([A-Za-z]\)\.?|\d{1,2}(?:[.:][A-Za-z\d]{1,2})+[.:]?|\d{1,2}[.):])(?=\s)(?!\s*(?:%|percent|points?|times|hours?|days?|weeks?|months?|years?)\b)|^\s*[A-Z]\s+\d{1,2}(?=\s)(?!\s*(?:%|percent|percentage|points?)\b)/g,
    (t) => LINE_LABEL_PRETEST.test(t),
  ],
  // numbers inside names: "DIBELS 8", "ESSER 3" (an acronym's version), "7 Steps to Success", "the Drive to 55"
  [
    /\b(?!(?:FROM|TO|BY|OF|IN|AT|ON|AND|OR|THE|FOR|WITH|IS|ARE|WILL|BE|AS|THAN|UP|OVER|UNDER|ABOVE|BELOW|LEAST|MOST|GRADES?|LEVELS?|YEARS?)\b)[A-Z]{2,}(?:\s+|-(?=\d))\d{1,2}(?:\.\d+)*(?:\s*[-–]\s*\d{1,2})?\b(?!\s*(?:%|percent|points?|or\s+more|out\s+of|of\s+\d))(?=\s*(?:[a-z(),.;:]|$))|\b(?:COVID|Covid|covid)[- ]?19\b/g,
    (t) => /[A-Z]{2}|covid/i.test(t),
  ],
  // a statute's section: "S.C. Code Ann. §59-18-1300"
  [/§+\s*\d+(?:[.:-]\d+)*/g, (t) => t.includes("§")],
  [/\b\d+\s+[A-Z][a-z]+\s+(?:to|of|for)\s+[A-Z]/g, (t) => /\d\s+[A-Z]/.test(t)],
  [/\b(?:the|a|our|their)\s+(?:[A-Z][\w-]*\s+)+to\s+\d+\b(?!\s*(?:%|percent))/g, (t) => /\bto\s+\d/.test(t)],
  // numbered labels: "Practice #1" (not a rank: "ranked #1"), "(2.2)", "1.1/1.2/1.3", "TTESS 2.4, 2.5, 2.6"
  [/(?<!\b(?:ranked|rank|be|become|remain|as|is|are)\s+)#\s*\d+(?:\.\d+)*/g, (t) => t.includes("#")],
  [/\(\s*\d{1,2}\.\d{1,2}\s*\)|\b\d{1,2}\.\d{1,2}(?:\s*[/,]\s*\d{1,2}\.\d{1,2})+\b(?!\s*(?:%|percent))/g, (t) => /\d\.\d/.test(t)],
  // a count of goals met, reported: "11/13 goals met"
  [/\b\d+\/\d+\s+(?:goals|indicators|objectives|targets|standards|benchmarks)\s+(?:were\s+)?(?:met|achieved|completed|reached)\b/gi, (t) => t.includes("/")],
  // how long a session lasts: "eight hour mental health staff training" (the count of sessions, if any, is the target)
  [
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:hour|day|minute|week)\b(?=\s+(?:[\w-]+\s+){0,3}?(?:trainings?|sessions?|workshops?|courses?|institutes?|programs?|PD|academ(?:y|ies)|camps?)\b)/gi,
    (_t, w) => hasAny(w, ["hour", "day", "minute", "week"]),
  ],
  // a score that picks who is served: "Students who receive a "1" or a "2" on the assessment will receive …"
  [/\bwho\s+(?:receive|receives|score|scores|earn|earns|get|gets)\s+(?:an?\s+)?["“]?\d+["”]?(?:\s+or\s+(?:an?\s+)?["“]?\d+["”]?)*/gi, (_t, w) => w.has("who")],
  // a known group named with its size: "meet with the five math faculty"
  [
    /\b(?:with|for|among|to)\s+(?:all\s+)?the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?=(?:[\w-]+\s+)?(?:faculty|teachers|principals|members|staff|schools|campuses|districts|coaches|counselors|buildings)\b)/gi,
    (_t, w) => w.has("the") && hasAny(w, KNOWN_GROUP_WORDS),
  ],
  // how often, not how much: "from 1 to 4 times a year"; scope: "one or more of the following"
  [/\bfrom\s+\d+\s+to\s+\d+\s+times\b|\bone\s+or\s+more\s+of\s+the\s+following\b/gi, (_t, w) => w.has("times") || w.has("following")],
  // goals counted to describe them: "we have established five goals for 2016", "approved five long-term goal areas"
  [
    /\b(?:established|approved|adopted|selected|identified|chose|has|have)\s+(?:the\s+following\s+)?(?:one|two|three|four|five|six|seven|eight|\d)\s+(?:[\w-]+\s+){0,2}?(?:goals?|goal\s+areas|priorities|focus\s+areas|pillars|objectives)\b/gi,
    (_t, w) => hasAny(w, ["goal", "goals", "priorities", "areas", "pillars", "objectives"]),
  ],
];
const LIST_NUMBER_PRETEST = /\(\d{1,2}\)/;
const KNOWN_GROUP_WORDS = triggers(["faculty", "teachers", "principals", "members", "staff", "schools", "campuses", "districts", "coaches", "counselors", "buildings"]);
const NUMBER_WORDS_TO_TWELVE = triggers(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]);
const LABEL_WORDS = triggers([
  "phase",
  "step",
  "stage",
  "part",
  "round",
  "cycle",
  "shift",
  "year",
  "years",
  "module",
  "unit",
  "tier",
  "goal",
  "priority",
  "objective",
  "strategy",
  "pillar",
  "indicator",
]);
const LEVEL_WORDS = triggers(["level", "levels", "tier", "band"]);
const PICKED_BY_WORDS = triggers(["performing", "scoring", "reading", "perform", "score", "achieve", "achieving", "reach", "reaching"]);
const CUT_WORDS = triggers(["score", "rate", "percentage", "average", "proficiency"]);
const CUT_SIDE_WORDS = triggers(["higher", "above", "more", "better", "below", "under", "less", "lower"]);
const NAMED_NUMBER_WORDS = triggers(["three", "four", "five", "six", "seven", "eight", "ten"]);
const PROGRAMME_WORDS = triggers([
  "challenge",
  "program",
  "programme",
  "initiative",
  "project",
  "habits",
  "steps",
  "pillars",
  "principles",
  "practices",
  "model",
  "framework",
  "academy",
  "club",
  "series",
  "plan",
  "keys",
  "cs",
]);

/**
 * A count that defines who is counted, not how many: "the percentage of graduates who earn credit in
 * two or more … courses", "students missing 10% or more of days enrolled", "students scoring Level 3
 * or above", "those absent 10% or more of school days". The line's own target, if any, is another number
 * ("… will rise to 60%").
 */
const DEFINING_COUNT_RE =
  /\b(?:(?:who|that)\s+(?:(?:are|were)\s+)?(?:earn|earns|take|takes|pass|passes|complete|completes|score|scores|have|has|attend|attends|miss|misses|receive|receives|earning|taking|passing|completing|scoring|having|attending|missing|receiving)|(?:students|learners|children|graduates|seniors|scholars|those|staff|teachers)\s+(?:earning|taking|passing|completing|scoring|having|attending|missing|receiving|(?:chronically\s+)?absent))\s+(?:[\w-]+\s+){0,3}?(?:\d+(?:\.\d+)?\s*%?|two|three|four|five|ten)\s+or\s+(?:more|above|higher|better)\b/gi;
/**
 * The group a share is taken of, defined with numbers, up to where the line says what will happen to
 * it: "Increase the percentage of students scoring levels 3, 4 or 5 on the EOG", "the percentage of
 * schools with a performance composite at or above 60% will …". The share's own target, if any, comes
 * after ("… will rise to 60%", "… by 5 points"); the group ends before its verb ("the proportion of
 * teachers will be maintained at or above 95%" states the share's own floor).
 */
const SHARE_OF_DEFINED_GROUP_RE =
  /(?:\b(?:percentage|percent|number|proportion|share|count)|(?<![\d.]\s?)%)\s+of\s+((?:[\w’'-]+\s+){0,6}?)(?:scoring|score|performing|achieving|earning|with|at\s+or\s+above|above|below|meeting|who|that|whose|moving|gaining|making|completing|passing|attending|missing)\b(?:[^.;,:|]|[.,](?=\s*\d))*?(?=\s+(?:will|shall|to|by|from|until|each|every|annually|increases?|decreases?|rises?|falls?|or\s+(?:maintain|reach|exceed|keep|remain)|(?:a\s+)?minimum)\b|(?<!\bor)\s+(?:above|below|over|under)\s+\d|\s[-–—]\s|[.;,:|](?!\s*\d)|$)/gi;
const SHARE_WORDS = triggers(["percentage", "percent", "number", "proportion", "share", "count"]);
/** The group ends before its verb: "the proportion of teachers will be maintained at or above 95%" states the share's floor. */
const GROUP_VERB_RE = /\b(?:will|shall|must|should|would|is|are|be|been|remains?)\s/i;
const GROUP_DEFINING_WORDS = triggers([
  "scoring",
  "score",
  "performing",
  "achieving",
  "earning",
  "with",
  "above",
  "below",
  "meeting",
  "who",
  "that",
  "whose",
  "moving",
  "gaining",
  "making",
  "completing",
  "passing",
  "attending",
  "missing",
]);
/** A set already known, counted to name it: "the four sending districts", "Compared to 48 other similar districts", "[original 5.1]". */
const KNOWN_SET_RE =
  /\b(?:the|our|its|their|these|those|all|(?:the\s+)?(?:state|district|nation|[A-Z][a-z]+)(?:'s|’s))\s+["“]?(?:following\s+|first\s+|key\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?![\d%]|percent)(?:[\w’'-]+\s+){0,2}?(?:districts|schools|campuses|buildings|regions|states|counties|boards|communities|zones|pillars|priorities|goals|areas|domains|components|strands|indicators|divisions|steps|parts|phases|skills|competencies|strategies|practices|subjects|measures|metrics|targets)\b/gi;
const REFERENCE_WORDS = triggers([
  "other",
  "previous",
  "past",
  "prior",
  "levels",
  "first",
  "second",
  "third",
  "last",
  "one",
  "areas",
  "ways",
  "domains",
  "parts",
  "components",
  "hb",
  "sb",
]);
const SET_NOUNS = triggers([
  "districts",
  "schools",
  "campuses",
  "buildings",
  "regions",
  "states",
  "counties",
  "boards",
  "communities",
  "zones",
  "pillars",
  "priorities",
  "goals",
  "areas",
  "domains",
  "components",
  "strands",
  "indicators",
  "divisions",
  "steps",
  "parts",
  "phases",
  "skills",
  "competencies",
  "strategies",
  "practices",
  "subjects",
  "measures",
  "metrics",
  "targets",
]);
const OTHERS_OR_REFERENCE_RE =
  /\b\d+\s+other\b|\b(?:one|two|three|\d)\s+(?:out\s+)?of\s+(?:the\s+)?(?:two|three|four|five|\d)\s+(?:previous|past|prior|last)\b|\b(?:in|for|at)\s+Levels\s+\d+(?:\s*,\s*\d+)*,?\s*(?:and|or)\s+\d+|\b(?:first|second|third|last|one)\s+of\s+(?:the\s+)?(?:two|three|four|five|six|\d+)\b|\bin\s+(?:two|three|four|five|\d)\s+(?:key\s+)?(?:areas|ways|domains|parts|components)\b|\((?:HB|SB)\)\s*\d+|\[(?:original\s+|see\s+)?[A-Z]{0,3}\d+(?:\.[A-Z]{0,3}\d+)*\]/gi;
const NUM_WORD_TOKENS = triggers([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "zero",
  "dozen",
  "half",
  "thirds",
  "third",
  "quarters",
  "majority",
  "one",
]);
const RATING_TOKENS = triggers([
  "proficient",
  "advanced",
  "exemplary",
  "distinguished",
  "accomplished",
  "effective",
  "expectations",
  "mastery",
  "providing",
  "practices",
  "embedded",
  "reached",
  "rated",
  "rating",
  "grade",
  "graded",
]);
const QUOTES = /[“"‘']/;

const PERCENT_RE = /(?:\d+(?:\.\d+)?|_{2,}|<[^<>]{1,12}>|\bX{1,3}\b)\s*(?:%|percent\b|percentage\s+points?\b|pct\b)/gi;
/** Plain numbers, fractions (113/161: what is left once dates are masked) and numbers with a unit letter (100L Lexile, 5K). */
const NUMBER_RE = /(?<![\w./])\d+(?:[.,]\d+)*(?:\/\d+)?(?:L|K|k|M)?(?![\w/])/g;
const PERCENTILE_RE = /\b\d+(?:st|nd|rd|th)\s+(?:(?:median|growth|achievement|conditional)\s+){0,2}percentile\b/gi;
const NUMBER_WORD_RE = new RegExp(`\\b${NUM_WORDS}\\b`, "gi");
const PLACEHOLDER_SLOT_RE = /<\s*(?:[A-Z]|#|N|X+|Y|number|num|percent|%|target|\d+)\s*>|_{3,}|\bX{2,}\b/g;

const RATING_LEVELS =
  "(?:proficient|advanced|exemplary|distinguished|accomplished|highly effective|effective|meets expectations|meeting expectations|exceeds expectations|mastery|providing|practices in place|fully embedded|reached performance goals)";
/** A letter grade as the floor: "receives at least the grade of ‘D’". */
const GRADE_FLOOR_RE = /\bat\s+least\s+(?:the\s+|a\s+)?(?:letter\s+)?grade\s+of\s+[‘'"“]?[A-F]\b/g;
const RATING_STATUS_RE = new RegExp(`\\b${RATING_LEVELS}\\s+(?:status|designation)\\b`, "gi");
/** A school level to become, as the state names it: "become an Achieving School", "remain a Reward School". */
const BECOME_LEVEL_RE = /\b(?:become|remain)\s+(?:an?\s+)?["“]?(?:[A-Z][a-z]+\s+){1,2}(?:School|District|Campus)["”]?/g;
/** A named status or designation to earn: "achieving Great Expectations Model School status", "the … designation of “Recognition”". */
const NAMED_STATUS_RE =
  /\b(?:achiev|earn|attain|receiv|obtain|gain|maintain)\w*\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:status|designation)\b|\bdesignation\s+of\s+[“"][A-Z][^”"\n]{1,30}[”"]/g;
const RATING_RES: RegExp[] = [
  // a quoted scale level after a level word: at least “Providing”, rated "Proficient"
  /\b(?:at\s+least|rated(?:\s+as)?|rating\s+of|score\s+of|level\s+of|scor(?:e|es|ed|ing)\s+(?:at|as)|reach(?:es|ing)?|achiev(?:e|es|ed|ing)|earn(?:s|ed|ing)?|move\s+to|at|as|to|will\s+be|recognized\s+as|designated\s+as)\s+(?:the\s+|a\s+|an\s+)?[“"‘'][A-Z][^”"’'\n]{1,40}[”"’']/g,
  new RegExp(`\\b(?:at\\s+least|rated(?:\\s+as)?|scor(?:e|es|ed|ing)\\s+(?:at|as)|at\\s+the)\\s+(?:a\\s+)?(?:level\\s+of\\s+)?["“]?${RATING_LEVELS}\\b`, "gi"),
  new RegExp(`\\b${RATING_LEVELS}["”]?\\s+or\\s+(?:above|higher|better)\\b`, "gi"),
  // a quoted level to become: become a “performing” school
  /\bbecom(?:e|es|ing)\s+(?:a|an)\s+[“"‘'][A-Za-z][^”"’'\n]{1,30}[”"’']\s+(?:school|district|campus|team|PLC|program)\b/g,
  // letter grades: "an A-rated school", "a minimum of a C rating", "be rated “B” or above", "raise the C-graded system to an A by 2024"
  /\b[A-F]-rated\b|\b(?:minimum\s+of|at\s+least)\s+(?:a|an)\s+[A-F]\s+(?:rating|grade)\b|\brated\s+(?:an?\s+)?["“‘']?[A-F]["”’']?(?:\s+or\s+(?:above|higher|better))?(?=[\s.,;)]|$)|\bto\s+an?\s+["“‘']?[A-F]["”’']?(?=\s+(?:by|in|rating|grade|or\s+(?:above|higher|better))\b)/g,
];

/**
 * A target defined by comparison or by the instrument: "meet or exceed the state average", "that of
 * non-ELL students", "from a D to a C", "an A or B rating". ("Students meeting expected growth"
 * defines who is counted: not a target by itself.)
 */
const DEFINED_TARGET_RE =
  /\b(?:meet|meets|exceed|exceeds|match|matches|equal|equals|reach|reaches|surpass|surpasses|at\s+or\s+above|above)\s+(?:or\s+exceed\s+)?(?:that\s+of|(?:the\s+)?(?:annual\s+|current\s+)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+)?(?:[Ss]tate|[Nn]ational|[Dd]istrict|[Cc]ounty|[Rr]egional|[Ss]tatewide)(?:'s|’s)?\s+(?:(?:and|or)\s+(?:state|national|federal|statewide)\s+)?(?:[\w-]+\s+)?(?:[Aa]verages?|[Rr]ates?|[Mm]eans?|[Mm]edians?|[Ll]evels?|[Pp]ercentages?))\b|\b(?:to|at\s+or\s+above)\s+the\s+(?:state|national)(?:'s|’s)?\s+average\b|\b(?:a|an)\s+["“]?[A-D]["”]?\s+or\s+(?:higher|better|above)\b|\b(?:be|become|remain)\s+(?:an?\s+)?["“][A-F]["”]\s+(?:school|district|campus)\b|(?:>\s*or\s*=|≥|>=)\s*(?:to\s+)?(?:the\s+)?(?:state|national|district)\s+(?:standard|average|target|rate)\b|\b(?:grades?|designations?|ratings?)\s+of\s+(?:an?\s+)?[A-F](?:\s*,\s*[A-F])*,?\s+(?:or|and)\s+[A-F]\b|(?<!\bfail(?:ed|s)?\s+to\s)(?<!\b(?:who|that)\s)\b(?:[Mm]ake|makes|making|[Mm]eet|meets|meeting|[Aa]chieve|achieves|attain|attains)(?:\s+or\s+exceed)?\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:targeted\s+|current\s+)?(?:(?:district|state)\s+)?(?:definition\s+of\s+)?(?:AYP|(?:Adequate|Annual)\s+Yearly\s+Progress|AMOs?|Annual\s+Measurable\s+Objectives?)\b|\b(?:maintain|earn|achieve|attain|receive|keep)\w*\s+(?:full\s+)?(?:state\s+)?[Aa]ccreditation\b|(?<!\b(?:who|that)\s)\b(?:meet|meets|reach|reaches|achieve|achieves)\s+(?:their\s+)?(?:typical|stretch|annual|expected|projected|individual)\s+(?:(?:or|and)\s+(?:typical|stretch)\s+)?growth\s+(?:goals|targets|expectations)\b|\b(?:maintain|earn|achieve|keep|receive)\w*\s+an?\s+(?:superior|exemplary|distinguished)\s+rating\b|\bmake\s+progress\s+(?:on|toward|towards)\s+(?:their|his|her)\s+individuali[sz]ed\s+(?:[\w-]+\s+)?goals\b|\b(?:meet|meets|exceed|exceeds)\s+(?:or\s+exceed\s+)?(?:their|his|her)\s+(?:previous|prior|baseline|fall)\s+(?:[\w-]+\s+){0,3}?(?:[Ss]cores?|[Ll]evels?)\b|(?<!\b(?:graduates|students|schools|learners|those|teachers)\s)\b(?:meet|meets|exceed|exceeds|meeting)\s+(?:or\s+exceed\s+)?(?:all|each|every)\s+(?:[\w-]+\s+){0,5}?(?:metrics|targets|benchmarks|indicators|criteria|requirements)\b|\bexit(?:s|ing)?\s+(?:from\s+)?(?:CSI|TSI|ATSI|priority|focus|comprehensive|targeted|turnaround|improvement)(?:\s+support)?\s+status\b|\bmove\s+(?:the\s+|our\s+)?(?:district|school|campus|building)?\s*(?:out\s+)?from\s+(?:[A-Z][\w-]*\s+){1,3}to\s+[A-Z]\w+|\bfrom\s+(?:a|an)\s+["“]?[A-F]["”]?\s+to\s+(?:a|an)\s+["“]?[A-F]\b|\b(?:a|an)\s+[A-F](?:\s+or\s+[A-F])?\s+(?:rating|grade|letter\s+grade)\b/g;
const DEFINED_TARGET_WORDS = triggers([
  "accreditation",
  "individualized",
  "individualised",
  "previous",
  "prior",
  "growth",
  "rating",
  "standard",
  "designations",
  "grades",
  "average",
  "averages",
  "percentage",
  "medians",
  "mean",
  "median",
  "ayp",
  "amos",
  "amo",
  "measurable",
  "adequate",
  "exit",
  "exits",
  "exiting",
  "move",
  "metrics",
  "targets",
  "benchmarks",
  "indicators",
  "criteria",
  "requirements",
]);
/**
 * A starting point with nowhere to go: "will increase the percent … proficient from 68.7%." states a
 * baseline, not a target, unless a "to <number>" follows it (BASELINE_ONLY_RE then TO_A_NUMBER_RE).
 */
const BASELINE_ONLY_RE = /\bfrom\s+(?:a\s+baseline\s+of\s+|the\s+(?:current|baseline)\s+(?:[\w-]+\s+){0,2}?)?\d+(?:\.\d+)?\s*(?:%|percent\b)?/gi;
const TO_A_NUMBER_RE = /^[^.;]*?\b(?:to|by)\s+(?:[\w-]+\s+){0,4}?(?:\d|one\b|two\b|three\b|four\b|five\b|ten\b|half\b|a\s+third\b)/i;
/** No gap at all is a level to reach: "No achievement gap will exist between …", "eliminate the proficiency gap". */
const NO_GAP_RE =
  /\bno\s+(?:[\w-]+\s+){0,2}gaps?\b(?!\s+(?:analysis|analyses))|\beliminat(?:e|es|ed|ing)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,3}?gaps?\b|\bgaps?\s+(?:[\w-]+\s+){0,6}?(?:is|are|will\s+be|be)\s+eliminated\b/gi;
/** A rank to reach: "to the top quartile of performance statewide", "rank in the top 10%". */
const TOP_RANK_RE =
  /\b(?:to|into|in|within|among|reach(?:es|ing)?|rank(?:s|ed|ing)?)\s+(?:the\s+)?(?:top|upper|highest)\s+(?:quartile|quintile|decile|third|half|tier|\d+(?:\/\d+)?\s*%?|(?:one|two)[- ]thirds?|ten|five|twenty|quarter)\b/gi;
/** A rank by its ordinal: "improve its ranking from 35th to 5th", "be ranked 3rd in the state". */
const ORDINAL_RANK_RE = /\bfrom\s+\d{1,3}(?:st|nd|rd|th)\s+to\s+\d{1,3}(?:st|nd|rd|th)\b|\branked\s+(?:no\.?\s*)?\d{1,3}(?:st|nd|rd|th)\b/gi;
/** Growth in years or levels: "one year's growth", "a year or more of growth", "one grade level". */
const GROWTH_RE =
  /\b(?:(?:one|a|1)\s+(?:full\s+)?year(?:'s|’s)?(?:\s+or\s+more)?\s+(?:of\s+)?(?:growth|progress)|(?:one|two|1|2)\s+(?:or\s+more\s+)?(?:grade|reading|proficiency)\s+levels?)\b|\b(?:by|in)\s+(?:a|one)\s+third\b/gi;
/** Relative quantities: "twice as many", "three times as many", "double the number". */
const RELATIVE_RE =
  /\b(?:twice|(?:two|three|four|\d+)\s+times)\s+as\s+(?:many|much)\b|\b(?:double|triple|halve)[sd]?\s+(?:the|its|their)\b|\b(?:double|triple|halve)\s+(?:[\w-]+\s+){0,4}?(?:proficiency|rates?|number|percentage|share|enrollment|participation|scores?|count)\b|\bhalf\s+(?:the|its|their)\s+(?:size|level|rate|number)\b/gi;
const TARGET_REF_RE =
  /(?<!\b(?:who|that)\s)\b(?:meet|meets|reach|reaches|achieve|achieves|attain|attains|exceed|exceeds|hit|hits)\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+|annual\s+)?(?:[\w-]+\s+){0,3}?targets?\b/gi;

/** Targets referred to must be defined ones ("its PPI targets", "the state's 2027 targets"), not "annual targets". */
const NAMED_TARGETS = /\b[A-Z]{2,}|\d|\b(?:state|district|school|growth|AMO|interim|long-term|ESSA|accountability)\b/;

export interface TargetReading {
  hasTarget: boolean;
  /** What counted, e.g. ["60%", "each school"]. */
  targets: string[];
  /** True when a number, percentage or rating level counted (not only coverage). */
  quantitative: boolean;
}

function mask(text: string, spans: { index: number; length: number }[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.index - b.index);
  let out = "";
  let at = 0;
  for (const { index, length } of spans) {
    const end = Math.min(text.length, index + length);
    if (end <= at) continue;
    const from = Math.max(at, index);
    if (end <= from) continue;
    out += text.slice(at, from) + " ".repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * A frequency that starts with a count of things ("2-3 days a week", "40 referrals per month") is
 * also a quantity; a count of occasions ("three times a year", "twice a month") is only a rhythm.
 */
const COUNTED_FREQUENCY = /^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)(?!.*\b(?:times|once|twice)\b)/i;

type Span = { index: number; length: number };

/** What is not a target, to be blanked out before numbers are read: dates, names, and numbers that count something else. */
function nonTargetSpans(text: string, dates: Pick<DateReading, "mentions" | "names">, words: Words, digit: boolean): Span[] {
  const spans: Span[] = [...dates.names];
  for (const m of dates.mentions) {
    if (m.kind === "frequency" && COUNTED_FREQUENCY.test(m.text)) continue;
    spans.push({ index: m.index, length: m.text.length });
  }
  const add1 = (m: RegExpMatchArray) => spans.push({ index: m.index ?? 0, length: m[0].length });
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) add1(m);
  };
  if (digit) NON_TARGET_RES.forEach(add);
  if (digit || hasAny(words, NUM_WORD_TOKENS)) for (const [re, when] of GATED_NON_TARGETS) if (when(text, words)) add(re);
  if (text.includes("-")) add(COMPOUND_RE);
  definingSpans(text, words, digit, add, add1);
  if (digit && words.has("from"))
    for (const m of text.matchAll(BASELINE_ONLY_RE)) if (!TO_A_NUMBER_RE.test(text.slice((m.index ?? 0) + m[0].length))) spans.push({ index: m.index ?? 0, length: m[0].length });
  return spans;
}

/** Numbers that say who or what is counted: a defining count, the group a share is taken of, a known set, a reference. */
function definingSpans(text: string, words: Words, digit: boolean, add: (re: RegExp) => void, add1: (m: RegExpMatchArray) => void): void {
  if (hasAny(words, ["more", "above", "higher", "better"])) add(DEFINING_COUNT_RE);
  if ((hasAny(words, SHARE_WORDS) || text.includes("%")) && hasAny(words, GROUP_DEFINING_WORDS))
    for (const m of text.matchAll(SHARE_OF_DEFINED_GROUP_RE)) if (!GROUP_VERB_RE.test(m[1])) add1(m);
  if ((digit || hasAny(words, NUM_WORD_TOKENS)) && hasAny(words, SET_NOUNS)) add(KNOWN_SET_RE);
  if ((digit || hasAny(words, NUM_WORD_TOKENS)) && (hasAny(words, REFERENCE_WORDS) || text.includes("["))) add(OTHERS_OR_REFERENCE_RE);
}

/** The targets found so far, each place in the text counted once whichever pattern found it. */
class Found {
  readonly targets: string[] = [];
  quantitative = false;
  private readonly seen = new Set<number>();

  take(re: RegExp, source: string, keep?: RegExp): void {
    for (const m of source.matchAll(re)) {
      if (keep && !keep.test(source.slice(m.index ?? 0, (m.index ?? 0) + m[0].length + 20))) continue;
      if (this.seen.has(m.index ?? 0)) continue; // the same words found by two patterns
      this.seen.add(m.index ?? 0);
      this.targets.push(m[0].trim());
      this.quantitative = true;
    }
  }
}

/** Numbers, percentages and number words, read from the masked text (dates and other counts blanked). */
function quantityPass(found: Found, text: string, masked: string, words: Words, digit: boolean): void {
  const percent = text.includes("%") || hasAny(words, ["percent", "percentage", "pct"]);
  if (percent) found.take(PERCENT_RE, masked);
  if (digit) found.take(NUMBER_RE, percent ? masked.replace(PERCENT_RE, (s) => " ".repeat(s.length)) : masked);
  if (hasAny(words, NUM_WORD_TOKENS)) found.take(NUMBER_WORD_RE, masked);
}

/** Targets stated in words, read from the whole text: percentiles, slots, ratings, named targets, growth, comparisons, multiples. */
function wordedPass(found: Found, text: string, masked: string, words: Words): void {
  if (words.has("percentile")) found.take(PERCENTILE_RE, text);
  if (text.includes("<") || text.includes("__") || words.has("xx") || words.has("xxx")) found.take(PLACEHOLDER_SLOT_RE, text);
  // a level inside the group a share is taken of defines who is counted ("the percentage … who score at Mastery")
  if (QUOTES.test(text) || hasAny(words, RATING_TOKENS)) for (const re of RATING_RES) found.take(re, masked);
  statusPass(found, masked, words);
  if (words.has("target") || words.has("targets")) found.take(TARGET_REF_RE, text, NAMED_TARGETS);
  if (hasAny(words, ["growth", "progress", "third"]) || (hasAny(words, ["level", "levels"]) && hasAny(words, ["one", "two", "1", "2"]))) found.take(GROWTH_RE, text);
  if (hasAny(words, DEFINED_TARGET_WORDS) || (words.has("that") && words.has("of")) || /\b[B-F]\b|\bA\s+or\s+(?:higher|better|above)|["“][A-F]["”]/.test(text))
    found.take(DEFINED_TARGET_RE, text);
  comparedPass(found, text, words);
}

/** A level named as the status to reach ("at a rate to give exemplary status"), or a letter grade as the floor. */
function statusPass(found: Found, masked: string, words: Words): void {
  if (words.has("become") || words.has("remain")) found.take(BECOME_LEVEL_RE, masked);
  if (words.has("status") || words.has("designation")) {
    found.take(RATING_STATUS_RE, masked);
    found.take(NAMED_STATUS_RE, masked);
  }
  if (words.has("least") && words.has("grade")) found.take(GRADE_FLOOR_RE, masked);
}

/** Targets stated against something else: multiples, no gap at all, a rank. */
function comparedPass(found: Found, text: string, words: Words): void {
  if (hasAny(words, ["twice", "times", "double", "doubles", "doubled", "triple", "tripled", "halve", "halved", "half"])) found.take(RELATIVE_RE, text);
  if (words.has("gap") || words.has("gaps")) found.take(NO_GAP_RE, text);
  if (words.has("top") || words.has("upper") || words.has("highest")) found.take(TOP_RANK_RE, text);
  if (hasAny(words, ["ranking", "rankings", "ranked", "rank"])) found.take(ORDINAL_RANK_RE, text);
}

/** `typed`: the text was given as a benchmark of a known kind (commitment.ts). */
export function readTargets(text: string, dates: Pick<DateReading, "mentions" | "names">, words: Words = wordsOf(text), typed = false): TargetReading {
  if (commitsToNothing(text, words, dates, typed)) return { hasTarget: false, targets: [], quantitative: false };
  const digit = HAS_DIGIT.test(text);
  const masked = mask(text, nonTargetSpans(text, dates, words, digit));
  const found = new Found();
  quantityPass(found, text, masked, words, digit);
  wordedPass(found, text, masked, words);
  const targets = [...found.targets, ...coverageTargets(text, words, typed)];
  return { hasTarget: targets.length > 0, targets, quantitative: found.quantitative };
}
