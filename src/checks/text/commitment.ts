/**
 * Whether a line commits to anything (SPEC.md §4.7 "target"): a template prompt ("Describe how Tier
 * 1 will …"), a report of what happened ("As of June 2010, 79% … performed …", "Sixteen schools met
 * the goal", "the school achieved a score of 54.1") and a statement of where things stand now ("Our
 * current graduation rate is 84%", "Only 32% of English learners are proficient") state numbers
 * that are results or inputs, not targets to reach. Anything that looks forward ("will", "by June",
 * "Increase …", "Goal: …") is a commitment whatever else it says.
 */
import type { DateReading } from "./dates";
import { hasAny, triggers, type Words } from "./words";

/** A template's instruction ("Describe how …", "Enter the percentage …") or a question ("What percentage of students …?"). */
const PROMPT_RE =
  /^\s*(?:(?:Describe|Explain|List|Identify|Discuss|Summarize|Outline|Enter|Insert|Indicate|Specify)\s+(?:how|what|why|which|the|any|your)\b|Provide\s+(?:how|what|why|which|your|a\s+(?:description|summary|rationale)|evidence)\b|(?:(?:What|How|Which|Why|Who|Does|Do|Did|Is|Are|Has|Have|To\s+what\s+extent|If\s+(?:not|so))\b[^?]*\?\s*)+$)/;
/** An example or a possibility ("For example, 80% of …", "Targets could include …"), unless the line also commits ("will", "shall", "must"). */
const HYPOTHETICAL_RE = /\b(?:for\s+example|for\s+instance|e\.g\.|could|might)\b/i;
const COMMITS_RE = /\b(?:will|shall|must)\b/i;
const HYPOTHETICAL_WORDS = triggers(["example", "instance", "g", "could", "might"]);
const REPORT_VERB_RE =
  /\b(?:was|were|performed|scored|met|had|established|represented|achieved|as\s+of(?=\s)|currently|presently|(?:our|the|its|their)\s+current|rationale|problem\s+statement|needs?\s+statement|root\s+causes?)\b|\bbaseline\s*(?:[:=]|(?:is|was)\b)|\b(?:actual|results?|current)\b[^:=.;]{0,30}[:=]|\b(?:is|are|was|were)\s+(?:down|up)\b(?!\s+to\b)|\b(?:defined\s+as|refers\s+to|means|(?:is|are)\s+calculated|equals|equates\s+to|(?:is|are)\s+equivalent\s+to)\b/i;
/** A change reported in the past ("Seventh-grade ELA made significant improvement", "proficiency increased from 41% to 47%", "has declined"); a first word is an imperative or a heading ("Increased attendance to 95%"), and after a determiner or "shows" the word is an adjective ("data shows increased performance"). */
const CHANGED_RE =
  /(?<=[\w%)]\s+)(?<!\b(?:show|shows|showing|demonstrate|demonstrates|indicate|indicates|reflect|reflects|see|sees|an|a|the|with|of|in|for|to|and|or|by|more|less)\s+)(?:(?:has|have)\s+(?:been\s+)?)?(?:increased|decreased|declined|improved|rose|grew|dropped|fell|made|gained|showed)\b/i;
const FORWARD_RE =
  /_{3,}|\bso\s+that\b|\b(?:will|shall|should|must|would|can|aims?|goal\s+(?:is|of\s+(?!<|≤))|expects?|by\s+(?:the\s+end|June|May|spring|20\d\d)|to\s+(?:increase|decrease|reduce|improve|reach|achieve|raise|maintain|grow|move|close|be|have))\b|\b(?:targets?|goals?|objectives?)\s*[:=]|^\s*(?:[A-Z][\w-]*:\s*)?(?:Increase|Decrease|Reduce|Improve|Raise|Maintain|Reach|Achieve|Ensure|Close|Cut|Grow)\b/i;

const REPORT_WORDS = triggers([
  "was",
  "were",
  "performed",
  "scored",
  "met",
  "had",
  "established",
  "represented",
  "achieved",
  "current",
  "currently",
  "presently",
  "rationale",
  "statement",
  "cause",
  "causes",
  "baseline",
  "increased",
  "decreased",
  "declined",
  "improved",
  "rose",
  "grew",
  "dropped",
  "fell",
  "made",
  "gained",
  "showed",
  "actual",
  "result",
  "results",
  "defined",
  "refers",
  "means",
  "calculated",
  "down",
  "up",
  "equals",
  "equates",
  "equivalent",
]);

/**
 * Where things stand, in the present tense: "the graduation rate is 84%", "Only 32% of English
 * learners are proficient", and (for a line not given as a benchmark) "48% of students are in the
 * danger category". A share that is a threshold or full coverage ("at least 75% … are", "100% of
 * teachers are receiving …") reads as a commitment, as early evidence is often written so.
 */
const RATE_IS_RE =
  /\b(?:rate|percentage|percent|proportion|share|number|average|score|proficiency)\s+(?:is|stands\s+at|sits\s+at|remains\s+at|is\s+currently)\s+(?:at\s+)?(?:approximately\s+|about\s+|roughly\s+|only\s+|just\s+)?\d/i;
/** Whatever the measure is called, "stands at" and "sits at" say where it is now: "chronic absenteeism in grades K-3 stands at about 43.7%". */
const STANDS_AT_RE = /\b(?:stands|sits|hovers)\s+at\s+(?:approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+|only\s+|just\s+)?\d/i;
/**
 * A count reported as done, on a line not given as a benchmark: "The district removed 561 no-show
 * students from rosters", "At the January board meeting, the district shared 17 adjustments" (a
 * subject, then a past-tense verb right before the count), or a tally in brackets ("(8 KPIs adjusted)").
 */
const DID_COUNT_RE =
  /(?:^\s*|[,;:]\s+)(?:The|the|Our|our|This|this|We|we)\b(?:\s+[\w-]+){0,3}?\s+(?!need|based|related|limited|expected|projected|required|targeted)[a-z]{2,}ed\s+(?:approximately\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|roughly\s+)?\d|\(\s*\d+\s+[\w-]+(?:\s+[\w-]+)?\s+[a-z]{3,}ed\s*\)/;
const ONLY_SHARE_RE = /(?:^|[.;:]\s*)Only\s+\d+(?:\.\d+)?\s*(?:%|percent)/;
const SHARE_IS_RE =
  /^\s*(?:[A-Za-z]+\s+){0,2}?\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:[\w“”"'’.,-]+\s+){1,12}?(?:is|are)\s+(?!at\s+least\b|expected\b|on\s+track\b|projected\b|going\b|to\b)/i;
const THRESHOLD_RE = /\b(?:at\s+least|or\s+(?:more|higher|above|better|fewer|less|lower)|minimum|no\s+(?:more|fewer|less)\s+than|all|each|every)\b|\b100\s*(?:%|percent\b)/i;
/** What a school or district is: "Pioneer Ridge has 526 students enrolled", "The district serves 12,000 students". */
const SIZE_RE =
  /\b(?:serves|enrolls|employs|has|have|includes|consists\s+of)\s+(?:approximately\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|roughly\s+)?\d[\d,]*\s+(?:students|teachers|staff|employees|schools|campuses|families|educators|classrooms|members|learners)\b/i;
const STATUS_WORDS = triggers(["is", "are", "only", "serves", "enrolls", "employs", "has", "have", "includes", "consists", "stands", "sits", "hovers"]);

function statesStatus(text: string, dates: Pick<DateReading, "mentions">, typed: boolean): boolean {
  if (THRESHOLD_RE.test(text)) return false;
  if (dates.mentions.some((m) => !m.baseline)) return false;
  return RATE_IS_RE.test(text) || STANDS_AT_RE.test(text) || ONLY_SHARE_RE.test(text) || SIZE_RE.test(text) || (!typed && SHARE_IS_RE.test(text));
}

/**
 * True when the line's numbers are not targets: a prompt, a report, or a statement of status.
 * `typed`: the line was given as a benchmark of a known kind (a workbook column), so a share in the
 * present tense is read as what success looks like rather than as where things stand.
 */
export function commitsToNothing(text: string, words: Words, dates: Pick<DateReading, "mentions">, typed: boolean): boolean {
  if (PROMPT_RE.test(text)) return true;
  const hypothetical = hasAny(words, HYPOTHETICAL_WORDS) && HYPOTHETICAL_RE.test(text);
  const may = hasAny(words, REPORT_WORDS) || (words.has("as") && words.has("of") && /\bas\s+of\b/i.test(text));
  const status = hasAny(words, STATUS_WORDS);
  // a count reported as done is looked for only on a line not given as a benchmark, dated or not
  const did = !typed && DID_COUNT_RE.test(text);
  // Most benchmarks have none of these words: the forward-looking test is not run for them.
  if (!hypothetical && !may && !status && !did) return false;
  if (hypothetical && !COMMITS_RE.test(text)) return true;
  if (FORWARD_RE.test(text)) return false;
  return did || (may && (REPORT_VERB_RE.test(text) || CHANGED_RE.test(text))) || (status && statesStatus(text, dates, typed));
}
