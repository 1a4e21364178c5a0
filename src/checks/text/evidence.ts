/**
 * Whether a benchmark says how it will be measured (SPEC.md §4.7 "evidence"): an evidence clause
 * ("as evidenced by", "measured through", "documented in"), "based on … data" qualifying a stated
 * target, or a named instrument or artifact (MCAS, i-Ready, walkthrough data, sign-in sheets…).
 * Traps (SPEC.md §4.7): an elided clause ("as evidenced by…") states nothing; "based on" that
 * describes an action's input ("feedback based on observations") is not evidence; a metric alone
 * (SGP, CPI, attendance rate) names what is measured, not where the evidence comes from.
 */
import { hasAny, triggers, wordsOf, type Words } from "./words";


const CLAUSE_RE =
  /\b(?:as\s+)?(?:evidenced|measured|documented|demonstrated|determined|indicated|shown|reflected|verified|assessed|tracked|monitored|recorded|captured|confirmed|judged|gauged|quantified|reported|logged|counted|entered)\s+(?:by|through|in|on|using|via|with|from)\b|\bas\s+(?:checked|reviewed|rated|scored|observed|seen)\s+(?:by|through|in|on|using|with|during)\b|\bas\s+measured\b|\baccording\s+to\b|\b(?:evidence|data\s+sources?|measures?)\s*(?:will\s+)?(?:include[sd]?|:|=|will\s+be)/gi;

const BASED_ON_RE = /\bbased\s+(?:up)?on\s+([^.;]{0,100})/gi;
const DATA_NOUN_RE =
  /\b(?:data|results?|scores?|walk-?throughs?|learning\s+walks?|observations?|assessments?|reports?|surveys?|rubrics?|ratings?|audits?|logs?|screeners?|screenings?|tests?|exams?|samples?|portfolios?|records?)\b/i;

/** Instruments and artifacts that are evidence on their own. Acronyms are matched case-sensitively. */
const INSTRUMENT_CS_RE =
  /\b(?:MCAS|PARCC|SBAC|NWEA|MAP(?:\s+Growth)?|DIBELS|DRA2?|STAR|BAS|WIDA|ACCESS|PSAT|SAT|NAEP|CFAs?|IEP\s+progress\s+reports?)\b|\bi-?Ready\b|\biReady\b|\bAcadience\b|\b[Aa]ims[Ww]eb\b|\bStar\s+(?:Reading|Math|Early\s+Literacy)\b|\bF&P\b|\bFountas\b|\bLexia\b|\bAchieve\s?3000\b|\bPanorama\b|\bAP\s+exams?\b|\b(?:Aspen|PowerSchool|Infinite\s+Campus|X2|SchoolBrains|SWIS|Edulastic|Illuminate)\b/g;
const INSTRUMENT_CI_RE = new RegExp(
  [
    "\\b(?:interim|benchmark|common|formative|summative|unit|diagnostic|district(?:-wide)?|state|screening|end-of-unit|end-of-year|quarterly|mid-year|standardized|universal\\s+screening|pre-?\\s*and\\s+post-?|pre-?|post-?)\\s+(?:[\\w-]+\\s+)?(?:assessments?|tests?|exams?|screeners?|prompts?|performance\\s+tasks?|writing\\s+samples?)\\b",
    "\\b(?:assessment|benchmark|walk-?through|learning\\s+walk|observation|survey|attendance|discipline|behavior|screening|diagnostic|test|performance|SIS|progress[- ]monitoring|MCAS|rubric|coaching)\\s+(?:data|results|scores|reports?|ratings|logs?|records)\\b",
    "\\b(?:walk-?through|learning\\s+walk|observation|classroom\\s+visit)s?\\s+(?:tools?|forms?|checklists?|rubrics?|protocols?|notes|logs?)\\b",
    "\\brubric\\s+(?:scores|ratings|results|data)\\b|\\b(?:on|using|by|against|with)\\s+(?:the|a)\\s+(?:[\\w'’-]+\\s+){0,3}rubric\\b",
    // a survey or a diagnostic named as a thing ("the mid-year survey", "on the spring diagnostic"), not the verb "survey staff"
    "\\b(?:the|a|an|our|its|their|annual|[\\w-]+)\\s+surveys?\\b(?!\\s+(?:all|the|staff|teachers|students|families|parents)\\b)|\\bsurvey\\s+(?:results|data|responses)\\b",
    "\\b(?:the|a|its|their)\\s+(?:[\\w-]+\\s+)?diagnostics?\\b(?!\\s+(?:evaluation|process|procedures?|meetings?)\\b)",
    "\\bsign-?in\\s+sheets?\\b|\\battendance\\s+(?:logs?|records|sheets?|rosters?)\\b|\\bagendas?\\b|\\b(?:meeting|discussion|PLC|team|committee|data[- ]team|planning[- ]time|department)\\s+minutes\\b|\\bexamples\\s+of\\s+minutes\\b",
    "\\b(?:coaching|PLC|intervention|data|reading|observation|implementation|progress|attendance)\\s+(?:logs?|trackers?)\\b|\\bportfolios?\\b|\\breport\\s+cards?\\b|\\bexit\\s+tickets?\\b|\\brunning\\s+records?\\b",
    "\\b(?:student\\s+)?work\\s+samples?\\b|\\bwriting\\s+samples?\\b|\\bdata\\s+(?:dashboards?|walls?|reports?)\\b",
    "\\b(?:progress|principal|quarterly|monthly|written|classroom|teacher-generated|data|status|implementation)\\s+reports\\b",
    // "per the grade distribution report", "on the state accountability report"
    "\\b(?:per|on|in)\\s+(?:the|a|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:reports?|report\\s+cards?|dashboards?|logs?|checklists?|forms?(?!\\s+of))\\b",
    // the measure as the subject: "walkthrough data show", "observations will show", "minutes will demonstrate"
    "\\b(?:observations|walk-?throughs|learning\\s+walks|visits|audits|reviews|surveys|reports|data|results|scores|minutes|notes|logs|samples)\\s+(?:will\\s+)?(?:show|shows|indicate|indicates|reveal|reveals|document|documents|confirm|confirms|demonstrate|demonstrates)\\b",
    "\\b(?:educator\\s+)?evaluation\\s+(?:ratings|data|results)\\b",
    // an artifact named in a closing parenthesis: "(PD follow-up form)", "(SIS attendance reports)"
    "\\([^()]{0,60}\\b(?:forms?|logs?|reports?|tools?|checklists?|surveys?|rubrics?|minutes|notes|records|trackers?|databases?)\\)",
  ].join("|"),
  "gi",
);

const CLAUSE_WORDS = triggers(["evidenced", "measured", "documented", "demonstrated", "determined", "indicated", "shown", "reflected", "verified", "assessed", "tracked", "monitored", "recorded", "captured", "confirmed", "judged", "gauged", "quantified", "reported", "logged", "counted", "entered", "checked", "reviewed", "rated", "scored", "observed", "seen", "according", "evidence", "sources", "source", "measures", "measure"]);
const INSTRUMENT_WORDS = triggers(["mcas", "parcc", "sbac", "nwea", "map", "dibels", "dra", "dra2", "star", "bas", "wida", "access", "psat", "sat", "naep", "cfa", "cfas", "iep", "ready", "iready", "acadience", "aimsweb", "f", "fountas", "lexia", "achieve3000", "achieve", "panorama", "ap", "aspen", "powerschool", "infinite", "x2", "schoolbrains", "swis", "edulastic", "illuminate"]);
const ARTIFACT_WORDS = triggers(["assessment", "assessments", "test", "tests", "exam", "exams", "screener", "screeners", "prompt", "prompts", "task", "tasks", "sample", "samples", "data", "results", "scores", "report", "reports", "ratings", "log", "logs", "records", "tool", "tools", "form", "forms", "checklist", "checklists", "rubric", "rubrics", "protocols", "notes", "survey", "surveys", "sheet", "sheets", "agenda", "agendas", "minutes", "portfolio", "portfolios", "card", "cards", "ticket", "tickets", "dashboard", "dashboards", "walls", "diagnostic", "diagnostics", "tracker", "trackers", "database", "databases", "show", "shows", "indicate", "indicates", "reveal", "reveals", "document", "documents", "confirm", "confirms", "demonstrate", "demonstrates"]);

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
    evidence.push(`${m[0]}${clause}`.trim());
  }
  for (const m of words.has("based") ? text.matchAll(BASED_ON_RE) : []) {
    if (quantitative && DATA_NOUN_RE.test(m[1])) evidence.push(m[0].trim());
  }
  if (hasAny(words, INSTRUMENT_WORDS)) for (const m of text.matchAll(INSTRUMENT_CS_RE)) evidence.push(m[0]);
  if (hasAny(words, ARTIFACT_WORDS)) for (const m of text.matchAll(INSTRUMENT_CI_RE)) evidence.push(m[0]);
  return { hasEvidence: evidence.length > 0, evidence, elided };
}
