/**
 * Whether a benchmark says how it will be measured (SPEC.md §4.7 "evidence"): an evidence clause
 * ("as evidenced by", "measured through", "documented in"), "based on … data" qualifying a stated
 * target, or a named instrument or artifact (MCAS, i-Ready, walkthrough data, sign-in sheets…).
 * Traps (SPEC.md §4.7): an elided clause ("as evidenced by…") states nothing; "based on" that
 * describes an action's input ("feedback based on observations") is not evidence; a metric alone
 * (SGP, CPI, attendance rate) names what is measured, not where the evidence comes from.
 */
import {
  ASSESSMENT_KINDS,
  ACRONYM_RE,
  CAMEL_PRODUCT_RE,
  isInstrumentAcronym,
  NAME_STARTERS,
  RESULT_AFTER_RE,
  TEST_PLACE_BEFORE_RE,
  MULTI_WORD_INSTRUMENT_RE,
  isNamedInstrument,
  NAMED_INSTRUMENT_WORDS,
  NAMED_TEST_RE,
  NAMED_TEST_WORDS,
  NAMED_REPORT_PRETEST,
  WORD_AS_WRITTEN_RE,
} from "./instruments";
import { GATED_RES } from "./evidenceShapes";
import { groupIndex, hasAny, triggers, wordsOf, type Words } from "./words";

const CLAUSE_RE =
  /\b(?:as\s+)?(?:evidenced|measured|documented|demonstrated|determined|indicated|shown|reflected|verified|assessed|tracked|monitored|recorded|captured|confirmed|judged|gauged|quantified|reported|logged|counted|entered)\s+(?:[a-z]+ly\s+)?(?:by|through|in|on|using|via|with|from)\b|\bevaluated\s+(?:through|using|via|with)\b|\bas\s+(?:checked|reviewed|rated|scored|observed|seen)\s+(?:by|through|in|on|using|with|during)\b|\b(?:evident|seen|observed|noted|visible|found|present|identified|observable)\s+(?:in|on|during|through)\s+(?:the\s+|their\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:lesson\s+plans?|sessions|observations?|walk-?throughs?|learning\s+walks?|visits?|classrooms?|student\s+work|minutes|agendas?|notes|logs?|reviews?|data|records?|portfolios?|samples?)\b|\bas\s+measured\b|\bmeasure\s+(?:our|their|its|the|student)?\s*progress\s+(?:by|through|using)\b|\baccording\s+to\b|\b(?:accredited|certified|designated)\s+by\s+(?:the\s+)?(?=[A-Z])|\b(?:evidence|data\s+sources?|measures?)\s*(?:will\s+)?(?:include[sd]?|:|=|will\s+be)/gi;

const INPUT_ACTION_RE =
  /\b(?:implement|implements|strategies|(?<!\b(?:Improvement|Strategic|Action|School|District)\s)(?:plan|plans)|planned|planning|design|designs|designed|develop|develops|developed|select|selects|selected|adjust|adjusts|group|groups|grouped|regroup|regroups|provide|provides|provided|make|makes|identify|identifies|determine|determines|inform|informs|create|creates|choose|chooses|tailor|target|targets|differentiate|differentiates|differentiation|instruction|decisions)\b/i;
const OBJECT_RE =
  /\b(?:(?:develop|design|build|draft|buy|adopt|select|deploy|(?<!\b(?:the|a|an|this|our|that)\s)pilot)(?:s|ed|ing)?|(?:creat|writ|purchas|procur|refin|revis)(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?for|(?:development|creation|adoption|selection|procurement)(?:\s+and\s+implementation)?\s+of)\b(?:(?!\b(?:as|using|via|through|measured|evidenced|on|per)\b)[^.;]){0,60}|\b(?:training|trainings|professional\s+development|PD|professional\s+learning)\s+(?:[\w-]+\s+){0,3}?(?:on|in|related\s+to|about|around)\b[^.;]{0,80}|\btrainings?\s+(?:[\w-]+\s+){0,2}?for\b[^.;]{0,80}|\b(?:[\w-]+\s+){0,2}?guided\s+by\s+(?:[\w-]+\s+){0,3}?(?:assessments?|data|results)\b|\balign\w*\s+[^.;]{0,60}?\bwith\b[^.;]{0,80}|\b(?:analy[sz]e|use|uses|using|utilize|utilizing|incorporat(?:e|es|ing)|monitor|monitors|monitoring|track|tracks|tracking|looks?\s+at|examines?)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:data|measures|results|scores|assessments|screeners|reports|tests)\b(?:\b(?:e\.g|i\.e)\.|[^.;]){0,100}?\b(?:to|and)\s+(?:plan|inform|group|regroup|drive|guide|design|differentiate|adjust|target|create|write|build|identify|intervene|make\s+(?:instructional\s+)?(?:adjustments|decisions))\b(?:[^.;(]{0,60}\([^)]*\))?/gi;
/** Data named, then said to steer in the passive: "Progress monitoring data (FAIR …) will be utilized to determine the focus". */
const USED_TO_STEER_RE = /\b(?:will\s+be|are|is)\s+(?:utilized|used)\s+to\s+(?:determine|guide|inform|plan|drive|identify|select|group|target|adjust)\b/gi;
/** Who an action serves, picked by a test: "classes for students not meeting standard on i-Ready", "utilizing baseline data from the ACT". */
const SELECTED_BY_RE =
  /\b(?:for|to|serve|serving|support|supporting)\s+(?:the\s+)?(?:students?|those|learners|children)\s+(?:who\s+(?:are\s+|were\s+)?)?(?:not\s+)?(?:meeting|scoring|performing|flagged|identified|below|failing)\b[^.;]{0,60}|\b(?:using|utilizing|use|utilize|from|with)\s+(?:the\s+)?baseline\s+data\b[^.;]{0,40}/gi;
const TRIGGER_RE =
  /^\s*If\s+[^,.;]{0,160},|\b(?:students?|those|learners)\s+who\s+(?:receive|receives|score|scores|are\s+scoring|earn|earns|show|shows)\b[^.;]{0,100}?(?=\s+(?:will|shall)\s+(?:receive|be\s+(?:placed|referred|given|provided|offered|progress\s+monitored)|get|attend)\b)/gi;
const REVIEWED_TO_PLAN_RE =
  /\breview(?:s|ing)?\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:data|results|scores|assessments|reports)\b[^.;]{0,100}?\b(?:to|and)\s+(?:plan|inform|group|regroup|drive|guide|adjust|target|identify|make\s+(?:instructional\s+)?decisions)\b/gi;
const REVIEW_WORDS = triggers(["review", "reviews", "reviewing"]);
const PLAN_PURPOSE_WORDS = triggers(["plan", "inform", "group", "regroup", "drive", "guide", "adjust", "target", "identify", "decisions"]);
const FOUND_THE_NEED_RE = /\b(?:data|results|scores)\s+from\s+[^.;]{0,140}?\bhelped\s+(?:us\s+)?(?:to\s+)?(?:determine|identify|decide|see)\b/gi;
const SELECTED_BY_WORDS = triggers(["meeting", "scoring", "performing", "flagged", "identified", "below", "failing", "baseline"]);
const KEPT_ARTIFACT_RE = /portfolio|artifact|work\s+samples?|sign-?in|agenda|minutes|\blogs?\b/i;
const OBJECT_WORDS = triggers([
  "guided",
  "utilizing",
  "incorporate",
  "incorporates",
  "incorporating",
  "align",
  "aligns",
  "aligned",
  "uses",
  "looks",
  "look",
  "examine",
  "examines",
  "monitor",
  "monitors",
  "monitoring",
  "track",
  "tracks",
  "tracking",
  "develop",
  "develops",
  "developed",
  "developing",
  "design",
  "designs",
  "designed",
  "designing",
  "create",
  "creates",
  "created",
  "creating",
  "write",
  "writes",
  "build",
  "builds",
  "draft",
  "purchase",
  "purchased",
  "buy",
  "procure",
  "adopt",
  "adopted",
  "select",
  "selected",
  "pilot",
  "piloted",
  "deploy",
  "refine",
  "refining",
  "revise",
  "revising",
  "prepare",
  "preparing",
  "creation",
  "adoption",
  "selection",
  "procurement",
  "training",
  "trainings",
  "development",
  "pd",
  "learning",
  "analyze",
  "analyse",
  "use",
  "using",
  "utilize",
]);
/** What follows "Based on …," at the head of a line when the data steer an action: "Based on assessment, implement …". */
const STEERS_AFTER_RE =
  /^.{1,140}?,\s*(?:(?:teachers|staff|we|schools?|principals|the\s+[\w-]+)\s+will\s+)?(?:update|revise|modify|align|implement|identify|develop|plan|provide|design|select|adjust|determine|create|use|review|set|write|choose|target|group|focus|prioritize|revise|schedule|assign)\b/i;
const BASED_ON_RE = /\bbased\s+(?:up)?on\s+([^.;]{0,100})/gi;
const DATA_NOUN_RE =
  /\b(?:data|reporting|credits?|grades|GPA|transcripts?|enrollment|referrals?|results?|scores?|walk-?throughs?|learning\s+walks?|observations?|assessments?|reports?|surveys?|rubrics?|ratings?|audits?|logs?|screeners?|screenings?|tests?|exams?|samples?|portfolios?|records?)\b/i;

/** Instruments and artifacts that are evidence on their own. Acronyms are matched case-sensitively. */
const INSTRUMENT_CS_RE =
  /\b(?:MCAS|PARCC|SBAC|NWEA|MAP(?:\s+Growth)?|DIBELS|DRA2?|STAR|BAS|WIDA|ACCESS|PSAT|SAT|NAEP|CFAs?|IEP\s+progress\s+reports?)\b|\bi-?Ready\b|\biReady\b|\bAcadience\b|\b[Aa]ims[Ww]eb\b|\bStar\s+(?:Reading|Math|Early\s+Literacy)\b|\bF&P\b|\bFountas\b|\bPanorama\b|\bAP\s+exams?\b|\b(?:Aspen|PowerSchool|Infinite\s+Campus|X2|SchoolBrains|SWIS|Edulastic|Illuminate)\b/g;
/**
 * Instruments and artifacts by their kind, each pattern run only when a word it needs is in the text
 * (one pass over the words opens the groups): "the interim assessments", "walkthrough data", "sign-in sheets".
 */
const INSTRUMENT_CI_PARTS: readonly (readonly [RegExp, ReadonlySet<string>])[] = [
  [
    new RegExp(
      "\\b(?:interim|benchmark|common|formative|summative|unit|diagnostic|district(?:-wide)?|state|screening|end-of-unit|end-of-year|quarterly|mid-year|standardized|universal\\s+screening|pre-?\\s*and\\s+post-?|pre-?|post-?)\\s+(?:[\\w-]+\\s+)?(?:assessments?|tests?|exams?|screeners?|prompts?|performance\\s+tasks?|writing\\s+samples?)\\b",
      "gi",
    ),
    triggers([...ASSESSMENT_KINDS, "prompt", "prompts", "task", "tasks", "sample", "samples"]),
  ],
  [
    new RegExp(
      "\\b(?:assessment|benchmark|walk-?through|learning\\s+walk|observation|survey|attendance|discipline|behavior|screening|diagnostic|test|performance|SIS|progress[- ]monitoring|MCAS|rubric|coaching)\\s+(?:data|results|scores|reports?|ratings|logs?|records)\\b",
      "gi",
    ),
    triggers(["data", "results", "scores", "report", "reports", "ratings", "log", "logs", "records"]),
  ],
  [
    new RegExp(
      "\\b(?:walk-?through|learning\\s+walk|observation|classroom\\s+visit)s?\\s+(?:tools?|forms?|checklists?|rubrics?|protocols?|notes|logs?)\\b|\\bobservational\\s+(?:tools?|protocols?|rubrics?|checklists?)\\b|\\b(?:monitoring|anecdotal|conference|conferring)\\s+notes\\b",
      "gi",
    ),
    triggers(["tool", "tools", "form", "forms", "checklist", "checklists", "rubric", "rubrics", "protocol", "protocols", "notes", "log", "logs"]),
  ],
  [new RegExp("\\brubric\\s+(?:scores|ratings|results|data)\\b|\\b(?:on|using|by|against|with)\\s+(?:the|a)\\s+(?:[\\w'’-]+\\s+){0,3}rubric\\b", "gi"), triggers(["rubric"])],
  // a survey or a diagnostic named as a thing ("the mid-year survey", "on the spring diagnostic"), not the verb "survey staff"
  [
    new RegExp(
      "\\b(?:the|a|an|our|its|their|annual|[\\w-]+)\\s+surveys?\\b(?!\\s+(?:all|the|staff|teachers|students|families|parents|completion|participation|response)\\b)|\\bsurvey\\s+(?:results|data|responses)\\b",
      "gi",
    ),
    triggers(["survey", "surveys"]),
  ],
  [new RegExp("\\b(?:the|a|its|their)\\s+(?:[\\w-]+\\s+)?diagnostics?\\b(?!\\s+(?:evaluation|process|procedures?|meetings?)\\b)", "gi"), triggers(["diagnostic", "diagnostics"])],
  [
    new RegExp(
      "\\bsign-?in\\s+sheets?\\b|\\bsignature\\s+sheets?\\b|\\battendance\\s+(?:logs?|records|sheets?|rosters?)\\b|\\bagendas\\b|\\b(?:meeting|PLC|team|board|staff|committee)\\s+agenda\\b|\\bagenda\\s+(?:and|&)\\s+minutes\\b|\\b(?:meeting|discussion|PLC|team|committee|data[- ]team|planning[- ]time|department)\\s+minutes\\b|\\bexamples\\s+of\\s+minutes\\b",
      "gi",
    ),
    triggers(["sheet", "sheets", "agenda", "agendas", "minutes"]),
  ],
  [
    new RegExp(
      "\\b(?:coaching|PLC|intervention|data|reading|observation|implementation|progress|attendance)\\s+(?:logs?|trackers?)\\b|\\bportfolios?\\b|\\breport\\s+cards?\\b|\\bexit\\s+tickets?\\b|\\brunning\\s+records?\\b",
      "gi",
    ),
    triggers(["log", "logs", "tracker", "trackers", "portfolio", "portfolios", "card", "cards", "ticket", "tickets", "record", "records"]),
  ],
  [
    new RegExp("\\b(?:student\\s+)?work\\s+samples?\\b|\\bwriting\\s+samples?\\b|\\bdata\\s+(?:dashboards?|walls?|reports?)\\b", "gi"),
    triggers(["sample", "samples", "dashboard", "dashboards", "wall", "walls", "report", "reports"]),
  ],
  [new RegExp("\\b(?:progress|principal|quarterly|monthly|written|classroom|teacher-generated|data|status|implementation)\\s+reports\\b", "gi"), triggers(["reports"])],
  // "per the grade distribution report", "on the state accountability report"
  [
    new RegExp("\\b(?:per|on|in)\\s+(?:the|a|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:reports?|report\\s+cards?|dashboards?|logs?|checklists?|forms?(?!\\s+of))\\b", "gi"),
    triggers(["report", "reports", "card", "cards", "dashboard", "dashboards", "log", "logs", "checklist", "checklists", "form", "forms"]),
  ],
  // the measure as the subject: "walkthrough data show", "observations will show", "minutes will demonstrate"
  [
    new RegExp(
      "\\b(?:observations|walk-?throughs|learning\\s+walks|visits|audits|reviews|surveys|reports|data|results|scores|minutes|notes|logs|samples)\\s+(?:will\\s+)?(?:show|shows|indicate|indicates|reveal|reveals|document|documents|confirm|confirms|demonstrate|demonstrates)\\b",
      "gi",
    ),
    triggers(["show", "shows", "indicate", "indicates", "reveal", "reveals", "document", "documents", "confirm", "confirms", "demonstrate", "demonstrates"]),
  ],
  [new RegExp("\\b(?:educator\\s+)?evaluation\\s+(?:ratings|data|results)\\b", "gi"), triggers(["ratings", "data", "results"])],
  // an artifact named in a closing parenthesis: "(PD follow-up form)", "(SIS attendance reports)"
  [
    new RegExp("\\([^()]{0,60}\\b(?:forms?|logs?|reports?|tools?|checklists?|surveys?|rubrics?|minutes|notes|records|trackers?|databases?)\\)", "gi"),
    triggers([
      "form",
      "forms",
      "log",
      "logs",
      "report",
      "reports",
      "tool",
      "tools",
      "checklist",
      "checklists",
      "survey",
      "surveys",
      "rubric",
      "rubrics",
      "minutes",
      "notes",
      "records",
      "tracker",
      "trackers",
      "database",
      "databases",
    ]),
  ],
];
const INSTRUMENT_CI_GATES = groupIndex(INSTRUMENT_CI_PARTS.map(([, words]) => words));

const GATES_OPENED = groupIndex(GATED_RES.map(([, when]) => when));

const CLAUSE_WORDS = triggers([
  "evident",
  "evaluated",
  "seen",
  "observed",
  "noted",
  "visible",
  "found",
  "present",
  "identified",
  "observable",
  "evidenced",
  "measured",
  "documented",
  "demonstrated",
  "determined",
  "indicated",
  "shown",
  "reflected",
  "verified",
  "assessed",
  "tracked",
  "monitored",
  "recorded",
  "captured",
  "confirmed",
  "judged",
  "gauged",
  "quantified",
  "reported",
  "logged",
  "counted",
  "entered",
  "checked",
  "reviewed",
  "rated",
  "scored",
  "observed",
  "seen",
  "according",
  "accredited",
  "certified",
  "designated",
  "evidence",
  "sources",
  "source",
  "measures",
  "measure",
]);
const INSTRUMENT_WORDS = triggers([
  "mcas",
  "parcc",
  "sbac",
  "nwea",
  "map",
  "dibels",
  "dra",
  "dra2",
  "star",
  "bas",
  "wida",
  "access",
  "psat",
  "sat",
  "naep",
  "cfa",
  "cfas",
  "iep",
  "ready",
  "iready",
  "acadience",
  "aimsweb",
  "f",
  "fountas",
  "lexia",
  "achieve3000",
  "achieve",
  "panorama",
  "ap",
  "aspen",
  "powerschool",
  "infinite",
  "x2",
  "schoolbrains",
  "swis",
  "edulastic",
  "illuminate",
]);

const NOT_A_SOURCE_CLAUSE_RE =
  /^\s*(?:(?:the\s+)?(?:tables?|figures?|charts?|appendi(?:x|ces)|sections?|above|below)\b|(?:a\s+variety\s+of|multiple|various|several|many|other)\s+(?:[\w-]+\s+){0,3}?(?:means|measures|sources|ways|methods|data\s+points|indicators)\s*$|(?:a|an)\s+(?:\.?\d|[\w-]+\s+(?:increase|decrease|reduction|improvement|gain)\b|(?:increase|decrease|reduction|improvement|gain)\b)|(?:achieving|reaching|attaining|reducing|increasing|raising|improving|closing)\b|(?:their|its|the)\s+(?:annual\s+measurable\s+objectives|AMOs?|targets|goals)\b|(?:[\w-]+\s+){0,3}?(?:guidelines|criteria|polic(?:y|ies)|law|rules|regulations|statutes?)\s*$|(?:[\w-]+\s+){0,5}?targets?\b|(?:the\s+)?(?:[\w-]+\s+)?(?:growth|increase|gains?|improvement|decline|decrease)\s+in\b|(?:each\s+|the\s+)?(?:schools?|(?:student\s+)?subgroups?|grade\s+levels?|campus(?:es)?)\s+(?:and|or)\s+by\b)/i;
/** A metric, not where it comes from ("as measured by percentage proficient/distinguished"), unless an instrument is named in the clause. */
const METRIC_CLAUSE_RE = /^\s*(?:the\s+)?(?:percentage|percent|proportion|number|rate)\s+(?:of\s+students\s+)?(?:proficient|distinguished|meeting|scoring|at\s+or\s+above)\b/i;
const INSTRUMENT_IN_CLAUSE_RE = /\b(?:tests?|testing|assessments?|exams?|screeners?|surveys?|inventor(?:y|ies)|[A-Z]{2,}[\w-]*)\b/;
/** "According to Jon Reyes, the district's director …", "according to the superintendent": who said it, not where the evidence is. */
const SPEAKER_RE =
  /^\s*(?:(?:Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+\s*,|^\s*(?:the\s+|our\s+)?(?:district's\s+|school's\s+)?(?:superintendent|principal|director|spokes(?:person|man|woman)|officials?|administrators?|board\s+(?:president|chair|members?))\b/;
const FOLLOWED_PLAN_RE =
  /^\s*(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:schedule|plan|calendar|timeline|polic(?:y|ies)|guidelines?|procedures?|pacing\s+guide)s?\b|^\s*(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:[A-Z]{1,5}P|Act|Law|Code)\b/i;

/** An ellipsis or nothing after the clause: the source was left out ("as evidenced by…"). Linear on any input. */
function elidedAfter(after: string): boolean {
  const rest = after.trim();
  return rest === "" || rest.startsWith("…") || rest.startsWith("..") || /^[.;:,]+$/.test(rest);
}

export interface EvidenceReading {
  hasEvidence: boolean;
  /** What counted, e.g. ["measured through lesson plans…", "MCAS"]. */
  evidence: string[];
  /** An evidence clause with its source left out ("as evidenced by…"). */
  elided: boolean;
}

/**
 * Where an instrument is only an input: "plan instruction based on data (MSP, DIBELS)" with no
 * target to check. `quantitative` says the text states a number, percentage or level.
 */
/** Where each match of `re` starts and ends. */
function spansOf(text: string, re: RegExp, open: boolean): [number, number][] {
  return open ? [...text.matchAll(re)].map((m): [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]) : [];
}

function inputSpans(text: string, quantitative: boolean, words: Words): [number, number][] {
  if (quantitative) return [];
  const spans: [number, number][] = [
    // the instrument as what is made, bought or taught ("design common assessments", "PD related to … Acadience"),
    // or data analysed to plan ("analyze data for Acadience and PAST to plan small groups")
    ...spansOf(text, OBJECT_RE, hasAny(words, OBJECT_WORDS)),
    ...spansOf(text, SELECTED_BY_RE, hasAny(words, SELECTED_BY_WORDS)),
    // a test that decides what happens next: "If a student is scoring 'well below' in reading assessments, the teacher will …",
    // "Students who receive a '1' or a '2' on the assessment will receive further diagnostic testing"
    ...spansOf(text, TRIGGER_RE, words.has("if") || words.has("who")),
    // data reviewed to plan: "Teachers review Lexia data monthly to inform instruction"
    ...spansOf(text, REVIEWED_TO_PLAN_RE, hasAny(words, REVIEW_WORDS) && hasAny(words, PLAN_PURPOSE_WORDS)),
    // data that found the need: "Data from the PAST Diagnostic … helped us determine that …"
    ...spansOf(text, FOUND_THE_NEED_RE, words.has("helped")),
  ];
  // the whole sentence before the passive "will be used to determine …" is what steers
  for (const [at, end] of spansOf(text, USED_TO_STEER_RE, words.has("used") || words.has("utilized"))) {
    spans.push([Math.max(text.lastIndexOf(".", at), text.lastIndexOf(";", at)) + 1, end]);
  }
  if (!words.has("based")) return spans;
  for (const m of text.matchAll(BASED_ON_RE)) {
    const at = m.index ?? 0;
    // "plan … based on", "group students based on": the data steer an action; "discourse improves, based on …" is a result's source.
    // "Based on assessment, implement practices …": at the head of the line the data steer what follows
    if (INPUT_ACTION_RE.test(text.slice(Math.max(0, at - 160), at)) || (/^\s*$/.test(text.slice(0, at)) && STEERS_AFTER_RE.test(m[1]))) spans.push([at, at + m[0].length]);
  }
  return spans;
}

/**
 * What follows an evidence clause names a source, unless it is the document itself, nothing named,
 * the target, a metric, or a plan followed or a person quoted ("as indicated in Tables A and B", "as
 * measured by multiple means", "as measured by a 15% increase", "according to the … Schedule",
 * "according to Maria Lopez, …").
 */
function namesASource(clauseWords: string, clause: string): boolean {
  if (NOT_A_SOURCE_CLAUSE_RE.test(clause) || (METRIC_CLAUSE_RE.test(clause) && !INSTRUMENT_IN_CLAUSE_RE.test(clause))) return false;
  return !(/according/i.test(clauseWords) && (FOLLOWED_PLAN_RE.test(clause) || SPEAKER_RE.test(clause)));
}

/** `quantitative`: the text states a number, percentage or level, so "based on … data" says where it comes from. */
export function readEvidence(text: string, quantitative: boolean, words: Words = wordsOf(text)): EvidenceReading {
  const evidence: string[] = [];
  let elided = false;
  for (const m of hasAny(words, CLAUSE_WORDS) ? text.matchAll(CLAUSE_RE) : []) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const clause = /^[^.;…]*/.exec(after)?.[0] ?? "";
    if (elidedAfter(after) || !/[A-Za-z]{3,}/.test(clause)) {
      elided = true;
      continue;
    }
    if (namesASource(m[0], clause)) evidence.push(`${m[0]}${clause}`.trim());
  }
  for (const m of words.has("based") ? text.matchAll(BASED_ON_RE) : []) {
    if (quantitative && DATA_NOUN_RE.test(m[1])) evidence.push(m[0].trim());
  }
  const inputs = inputSpans(text, quantitative, words);
  const named = (m: RegExpMatchArray, shown = m[0]) => {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // Inside an input, or a preposition's reading that ends in one ("on refining its common assessments").
    // What people make or keep as they work (portfolios, logs, minutes) is evidence whatever the verb before it.
    if (KEPT_ARTIFACT_RE.test(shown) || !inputs.some(([a, b]) => (at >= a && at < b) || (end > a && end <= b && a - at <= 12))) evidence.push(shown);
  };
  if (hasAny(words, INSTRUMENT_WORDS)) for (const m of text.matchAll(INSTRUMENT_CS_RE)) named(m);
  const kinds = INSTRUMENT_CI_GATES(words);
  INSTRUMENT_CI_PARTS.forEach(([re], g) => {
    if (kinds[g]) for (const m of text.matchAll(re)) named(m);
  });
  const open = GATES_OPENED(words);
  GATED_RES.forEach(([re], g) => {
    if (open[g]) for (const m of text.matchAll(re)) named(m);
  });
  readNamedInstruments(text, words, named);
  // Words already shown inside a longer reading ("MCAS" in "as measured by MCAS") are not listed twice.
  const shown = evidence.filter((e, k) => !evidence.some((o, j) => j !== k && o.length > e.length && o.includes(e)) && evidence.indexOf(e) === k);
  return { hasEvidence: shown.length > 0, evidence: shown, elided };
}

/** Acronyms in parentheses after a statement: "(MSV)", "(SIS, PowerSchool)": the source, unless they spell the words before them ("Student Growth Percentile (SGP)"). */
const SOURCE_IN_PARENS_RE = /\(\s*([A-Z][A-Za-z0-9&]{1,11}(?:\s*(?:,|\/|&|and)\s*[A-Z][A-Za-z0-9&]{1,11})*)\s*\)/g;
const NAME_LINKS = new Set(["of", "and", "the", "for", "in", "on", "to", "&"]);

function namesSource(inside: string, before: string): boolean {
  const acronyms = inside.split(/\s*(?:,|\/|&|\band\b)\s*/).filter(Boolean);
  if (!acronyms.every((a) => /^[A-Z]{2,}[A-Za-z0-9&]*$/.test(a) && isInstrumentAcronym(a.replace(/s$/, "")) && (a.length > 2 || isNamedInstrument(a)))) return false;
  const all = before.split(/[\s,–—/()-]+/).filter(Boolean);
  const letters = acronyms[0].replace(/[^A-Z]/g, "");
  const spells = (words: string[]) =>
    words
      .slice(-letters.length)
      .map((w) => w[0].toUpperCase())
      .join("") === letters;
  if (!spells(all.filter((w) => !NAME_LINKS.has(w.toLowerCase()))) && !spells(all) && !spellsSkipping(all, letters)) return !NAMED_BODY_BEFORE_RE.test(before);
  // spelled out, it is a source when the name is a test's ("the Preschool Early Literacy Indicators (PELI)")
  return SPELLED_TEST_RE.test(before);
}

/** "Extended Day Learning Time (ELT)": the acronym's letters start the last words in order, with a word or two skipped; the last word is kept. */
function spellsSkipping(words: string[], letters: string): boolean {
  if (letters.length < 2) return false;
  const initials = words.slice(-(letters.length + 2)).map((w) => w[0].toUpperCase());
  if (initials[initials.length - 1] !== letters[letters.length - 1]) return false;
  let k = letters.length - 1;
  for (let i = initials.length - 1; i >= 0 && k >= 0; i--) if (initials[i] === letters[k]) k--;
  return k < 0;
}

/** "the School Improvement Plan (CSIP)", "the Title I Program (TIP)": an acronym after a plan's, a programme's or an office's name. */
const NAMED_BODY_BEFORE_RE =
  /\b(?:Plans?|Programs?|Initiatives?|Frameworks?|Process|Model|System|Council|Team|Committee|Office|Department|Act|Law|Policy|Bill|Status|Support|Improvement)\s*$/;
/** The last word of a spelled-out name that makes it a test, not a metric or a programme. */
const SPELLED_TEST_RE = /\b(?<!Needs\s)(?:Indicators?|Assessments?|Tests?|Exams?|Inventory|Screener|Screening|Battery|Scales?|Survey)\s*$/;
/** "Regents" names a test except in the Board of Regents and the Regents diploma. */
function namesTheBoardOrADiploma(text: string, at: number, word: string): boolean {
  if (word !== "Regents") return false;
  return /\bBoard\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 20), at)) || /^\s+(?:[Dd]iplomas?|Framework)\b/.test(text.slice(at + word.length, at + word.length + 12));
}

/** An acronym that names a time, a place or a programme, not a test: "in the WIN block", "in the PBIS framework", "in AVID classes". */
const SETTING_AFTER_RE =
  /^\s+(?:[A-Z][\w-]*\s+){0,3}(?:blocks?|plans?|process|Framework|time|periods?|rooms?|teams?|programs?|programmes?|class(?:es)?|labs?|centers?|clubs?|meetings?|committees?|models?|frameworks?|coach(?:es)?|coordinators?|teachers?|classrooms?|sessions?|lessons?|curriculum|strategies|routines?|matrix|expectations|staff|personnel|officials|representatives|consultants|specialists|training|trainings|courses?|cohorts?|modules?)\b/i;

/** An acronym where a test goes, or with what it yields; the acronym is found first, its context read around it. */
function readAcronyms(text: string, named: (m: RegExpMatchArray, shown?: string) => void): void {
  for (const m of text.matchAll(ACRONYM_RE)) {
    if (!isInstrumentAcronym(m[1])) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (NOT_THE_TEST_AFTER_RE.test(text.slice(end, end + 24))) continue;
    const after = RESULT_AFTER_RE.exec(text.slice(end, end + 40));
    if (after) named(m, m[0] + after[0]);
    else if (TEST_PLACE_BEFORE_RE.test(text.slice(Math.max(0, at - 60), at)) && !SETTING_AFTER_RE.test(text.slice(end, end + 24))) named(m);
  }
}

const NOT_THE_TEST_AFTER_RE =
  /^(?:\s+(?:proficiency\s+)?targets?\b|\)?-(?:ready|eligible|qualified)\b|(?:\/[A-Z]+)?\s+(?:prep|preparation|practice|courses?|classes|designation|status|identification|schools)\b)/;

/** "the BCSD assessment plan", "the district's testing calendar": the name qualifies a plan or a programme, which is not a measure. */
const PLAN_AFTER_RE = /^\s+(?:plans?|systems?|calendars?|schedules?|polic(?:y|ies)|frameworks?|coordinators?|teams?|literacy|development|design)\b/i;

/** Tests and systems by name, or by where the name stands ("passing the Reading SOL", "on the NYS ELA exam"). */
function readNamedInstruments(text: string, words: Words, named: (m: RegExpMatchArray, shown?: string) => void): void {
  // the end-of-course and end-of-grade tests go by what they are ("Algebra 1 End of Course")
  if (hasAny(words, NAMED_INSTRUMENT_WORDS) || (words.has("end") && (words.has("course") || words.has("grade")))) readKnownNames(text, named);
  if (/[A-Z]{2}/.test(text)) readAcronyms(text, named);
  if (text.includes("(")) for (const m of text.matchAll(SOURCE_IN_PARENS_RE)) if (namesSource(m[1], text.slice(Math.max(0, (m.index ?? 0) - 80), m.index))) named(m);
  if (/[a-z]\d?[A-Z]/.test(text)) for (const m of text.matchAll(CAMEL_PRODUCT_RE)) named(m);
  if (hasAny(words, NAMED_TEST_WORDS) || NAMED_REPORT_PRETEST.test(text)) readTestNames(text, named);
}

/** The tests and systems of instruments.ts by their names. */
function readKnownNames(text: string, named: (m: RegExpMatchArray, shown?: string) => void): void {
  for (const m of text.matchAll(WORD_AS_WRITTEN_RE)) {
    if (!isNamedInstrument(m[0]) || namesTheBoardOrADiploma(text, m.index ?? 0, m[0])) continue;
    // "TSI-ready": readiness by the test defines who is counted; "SAT prep", "TSI designation": the name qualifies something else
    if (NOT_THE_TEST_AFTER_RE.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24))) continue;
    // "Targeted Support and Improvement (TSI)": an acronym spelling out a support status is not the test of that name
    const before = text.slice(Math.max(0, (m.index ?? 0) - 81), (m.index ?? 0) - 1);
    if (text[(m.index ?? 0) - 1] === "(" && /\b(?:Support|Improvement)\s*$/.test(before) && !namesSource(m[0], before)) continue;
    if (!programWithoutItsData(text, m)) named(m);
  }
  for (const m of text.matchAll(MULTI_WORD_INSTRUMENT_RE)) if (!programWithoutItsData(text, m)) named(m);
}

/** Instructional programmes: what students use, evidence only through what they record ("Lexia usage reports", not "using Lexia"). */
const PROGRAMMES_RE = /^(?:Lexia|Zearn|IXL|DreamBox|Dreambox|Edgenuity|Achieve\s?3000)$/;
const PROGRAMME_DATA_AFTER_RE = /^\s+(?:[\w-]+\s+){0,3}?(?:scores?|results|data|reports?|dashboards?|levels?)\b/i;
function programWithoutItsData(text: string, m: RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  return PROGRAMMES_RE.test(m[0]) && !PROGRAMME_DATA_AFTER_RE.test(text.slice(end, end + 48));
}

/** A capitalised name ending in a test's noun: "the NYS ELA exam", "Spotlight Report". */
function readTestNames(text: string, named: (m: RegExpMatchArray, shown?: string) => void): void {
  for (const m of text.matchAll(NAMED_TEST_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (PLAN_AFTER_RE.test(text.slice(end, end + 24)) || /\bNeeds\s+Assessments?$/i.test(m[0])) continue;
    const parts = m[0].split(/\s+/);
    while (parts.length > 1 && NAME_STARTERS.test(parts[0])) parts.shift();
    if (parts.length > 1) named(m, parts.join(" "));
  }
}
