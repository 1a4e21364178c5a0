/**
 * Whether a line commits to anything (SPEC.md §4.7 "target"): a template prompt ("Describe how Tier
 * 1 will …"), a report of what happened ("As of June 2010, 79% … performed …", "Sixteen schools met
 * the goal", "the school achieved a score of 54.1") and a statement of where things stand now ("Our
 * current graduation rate is 84%", "Only 32% of English learners are proficient") state numbers
 * that are results or inputs, not targets to reach. Anything that looks forward ("will", "by June",
 * "Increase …", "Goal: …") is a commitment whatever else it says.
 */
import type { DateMention, DateReading } from "./dates";
import { hasAny, triggers, type Words } from "./words";

/** A template's instruction ("Describe how …", "Enter the percentage …") or a question ("What percentage of students …?"). */
const PROMPT_RE =
  /^\s*(?:Please\s+(?:provide|describe|list|explain|fill|complete|enter|identify|summarize|indicate)\b|State\s+(?:one|two|three|the|your|\d)\b|(?:Describe|Explain|List|Identify|Discuss|Summarize|Outline|Enter|Insert|Indicate|Specify)\s+(?:how|what|why|which|the|any|your)\b|Provide\s+(?:how|what|why|which|your|a\s+(?:description|summary|rationale)|evidence)\b|(?:[A-Z][^:?]{0,40}:\s*)?(?:(?:What|How|Which|Why|Who|Does|Do|Did|Is|Are|Has|Have|To\s+what\s+extent|If\s+(?:not|so))\b[^?]*\?\s*)+$)/;
/** An example or a possibility ("For example, 80% of …", "Targets could include …"), unless the line also commits ("will", "shall", "must", "would decrease from 36.4 percent"). */
const HYPOTHETICAL_RE = /\b(?:for\s+example|for\s+instance|e\.g\.|could|might|would)\b|\bsuch\s+as\s+\d/i;
/** A definition that a number only helps state: "considers attendance below 95% to be low", "is chronically absent if he/she misses 10%". */
const DEFINES_RE =
  /\bconsider(?:s|ed)?\s+(?:[\w%-]+\s+){1,6}?to\s+be\b|\b(?:is|are)\s+considered\s+(?:to\s+be\s+)?[a-z]+\b|\b(?:is|are)\s+(?:considered\s+)?[a-z]+(?:\s+[a-z]+)?\s+if\s+(?:he|she|they|he\/she|s\/he|a\s+student|the\s+student)\b/i;
/** A share with its floor ("Ninety percent or more of …", "100% of …", "at least 80%"): what is wanted, even in the present tense. */
const SHARE_THRESHOLD_RE = /(?:\d\s*%|\bpercent)\s+or\s+(?:more|higher|above|better)\b|\bat\s+least\s+\d|^\s*100\s*(?:%|percent)/i;
const COMMITS_RE =
  /\b(?:will|shall|must|would\s+(?:increase|decrease|rise|grow|drop|fall|go|climb|improve|reduce|move)\s+(?:from|to|by)\s+\d+|goals?\s+of|would\s+like\s+to|(?:is|are|'re)\s+looking\s+to|looks\s+to|aims?\s+(?:for|to)|wants?\s+to|targets?\s+that|set\s+an?\s+(?:[\w-]+\s+){0,2}?goal)\b/i;
const HYPOTHETICAL_WORDS = triggers(["example", "instance", "g", "could", "might", "would", "such"]);
const REPORT_VERB_RE =
  /\b(?:was|were|performed|scored|(?<!\b(?:who|that)\s)met|had|(?<!\b(?:are|is|be)\s)established|(?<!-)represented|achieved|(?:surpass(?:ed|ing)|exceed(?:ed|ing)|beat(?:ing)?)\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?(?:goal|target)|as\s+of(?=\s)|currently|presently|(?:our|the|its|their)\s+current(?!\s+(?:(?:district|state)\s+)?definition\b)|rationale|problem\s+statement|needs?\s+statement|root\s+causes?)\b|\bbaseline(?:\s+data)?\s*(?:[:=]|(?:is|was)\b)|\b(?:ranged|averaged|totaled|totalled)\b|^\s*There\s+(?:are|were|is|was)\s+\d|\breached\s+an?\s+(?:all[- ]time\s+)?(?:high|low|record)\b|\b(?:actual|results?|current)\b[^:=.;]{0,30}[:=]|\b(?:is|are|was|were)\s+(?:down|up)\b(?!\s+to\b)|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:\d+|two|three|four|five|several|few)\s+years?\b|\bcorresponds?\s+to\b|\b(?:is|are)\s+a\s+(?:standard\s+|scale\s+|cut\s+|composite\s+)?score\s+of\b|\b(?:defined\s+as|refers\s+to|means|(?:is|are)\s+calculated|equals|equates\s+to|(?:is|are)\s+equivalent\s+to)\b/i;
/** A change reported in the past ("Seventh-grade ELA made significant improvement", "proficiency increased from 41% to 47%", "has declined"); a first word is an imperative or a heading ("Increased attendance to 95%"), and after a determiner or "shows" the word is an adjective ("data shows increased performance"). */
const CHANGED_RE =
  /(?<=[\w%),—–]\s+)(?<!\b(?:show|shows|showing|demonstrate|demonstrates|indicate|indicates|reflect|reflects|see|sees|an|a|the|with|of|in|for|to|and|or|by|more|less|is|are|be|been|being|will)\s+)(?:(?:has|have)\s+(?:been\s+)?)?(?:increased|decreased|declined|improved|rose|grew|dropped|fell|made|gained|showed)\b|\b(?:has|have|had)\s+been\s+(?:reduced|lowered|raised|cut|adjusted|revised|increased|decreased)\b/i;
const FORWARD_RE =
  /_{3,}|\bso\s+that\b|\b(?:increase|decrease)\s+to\s+\d|\b(?:will(?!\s+(?:need|require))|shall|should|must|would|can|aims?|(?<!\b(?:surpass\w*|exceed\w*|met|meeting|reached|beat|beating)\s+(?:the|its|their|our)\s+)goals?\s+(?:is|are|of\s+(?!<|≤))|expects?|by\s+(?:the\s+end|June|May|spring|20\d\d)|(?<!\b(?:considered|appears?|seems?|needs?)\s)to\s+(?:at\s+least\s+)?(?:increase|decrease|reduce|improve|reach|achieve|raise|maintain|grow|move|keep|go\s+from|close(?!\s+to\b)|be|have))\b|\b(?:targets?|goals?|objectives?)\s*(?:[:=]|(?:were|was|are|is|have\s+been)\s+set\s*:)|\b(?:those|the|these|our|its)\s+targets\s+(?:were|are)\s+\d|\btargets?\s+(?:is|are|that)\b|\bamong\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}goals\s+(?:was|were)\b|\bgoals\s+includes?\b|\btargets?\s+for\s+[^.;]{0,60}?\b(?:is|are)\s+\d|\bwould\s+like\s+to\b|\blook(?:s|ing)\s+to\s+(?:get|have|reach|increase|raise|achieve)\b|\bwants?\s+to\b|\b(?:set|established|adopted|selected)\s+(?:(?:an?|the|its|their|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?|priorities)|(?:targets|goals|priorities)\s+(?:for|of|to|through))\b|\b(?:increasing|reducing|raising|improving|decreasing|halving|doubling)\b[^.;]{0,80}?\bto\s+(?:half\b|\d)|^\s*(?:\d{1,2}(?:\.\d+)*\s*(?:\([A-Za-z]\))?[.)]?\s+|[A-Z][\w-]*(?:\s+[\w.#-]+){0,2}\s*:\s*)?(?:Increase|Decrease|Reduce|Improve|Raise|Maintain|Reach|Achieve|Ensure|Close|Cut|Grow)\b/i;

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
  "corresponds",
  "correspond",
  "score",
  "been",
  "ranged",
  "there",
  "reached",
  "averaged",
  "totaled",
  "totalled",
  "past",
  "last",
  "previous",
  "considers",
  "considered",
  "surpassed",
  "surpassing",
  "exceeded",
  "exceeding",
  "beat",
  "beating",
  "if",
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
const STANDS_AT_RE = /\b(?:stands?|sits?|hovers?)\s+at\s+(?:approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+|only\s+|just\s+)?\d/i;
/**
 * A count reported as done, on a line not given as a benchmark: "The district removed 561 no-show
 * students from rosters", "At the January board meeting, the district shared 17 adjustments" (a
 * subject, then a past-tense verb right before the count), or a tally in brackets ("(8 KPIs adjusted)").
 */
const DID_COUNT_RE =
  /(?:^\s*|[,;:]\s+)(?:The|the|Our|our|This|this|We|we)\b(?:\s+[\w-]+){0,3}?\s+(?!need|based|related|limited|expected|projected|required|targeted)[a-z]{2,}ed\s+(?:approximately\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|roughly\s+)?\d|\(\s*\d+\s+[\w-]+(?:\s+[\w-]+)?\s+[a-z]{3,}ed\s*\)/;
const ONLY_SHARE_RE = /(?:^|[.;:]\s*)Only\s+\d+(?:\.\d+)?\s*(?:%|percent)/;
/** "48% of students are in the danger category" (not what a share of people feel: "80% of parents feel CPS is moving …" is a goal). */
const SHARE_IS_RE =
  /^\s*(?:[A-Za-z]+\s+){0,2}?\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:(?!(?:feel|say|believe|agree|think|know)\s)[\w“”"'’.,-]+\s+){1,12}?(?:is|are)\s+(?!at\s+least\b|expected\b|on\s+track\b|projected\b|going\b|to\b)/i;
const THRESHOLD_RE =
  /\b(?:at\s+least|minimum|no\s+(?:more|fewer|less)\s+than|all|each|every)\b|\b100\s*(?:%|percent\b)|\d\s*(?:%|percent)?\s+or\s+(?:more|higher|above|better|fewer|less|lower)\b(?!\s+(?:stars?|rated|levels?))/i;
/** What a school or district is: "Pioneer Ridge has 526 students enrolled", "The district serves 12,000 students". */
const SIZE_RE =
  /\b(?:serves|enrolls|employs|has|have|includes|consists\s+of)\s+(?:approximately\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|roughly\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:students|teachers|staff|employees|schools|campuses|families|educators|classrooms|members|learners|strategies|goals|priorities|objectives|actions|initiatives|measures|metrics|pillars)\b/i;
const STATUS_WORDS = triggers(["is", "are", "only", "serves", "enrolls", "employs", "has", "have", "includes", "consists", "stands", "sits", "hovers", "stand", "sit", "hover"]);

/** A year that opens the line says which year a figure is from: "2011 Graduation rate is 71.5%", "In 2024, the rate is 88%". */
function namesTheYearOfAFigure(text: string, m: DateMention): boolean {
  return (m.kind === "year" || m.kind === "school-year") && /^\s*(?:(?:in|for)\s+)?$/i.test(text.slice(0, m.index));
}

function statesStatus(text: string, dates: Pick<DateReading, "mentions">, typed: boolean): boolean {
  if (THRESHOLD_RE.test(text)) return false;
  if (dates.mentions.some((m) => !m.baseline && !namesTheYearOfAFigure(text, m))) return false;
  return RATE_IS_RE.test(text) || STANDS_AT_RE.test(text) || ONLY_SHARE_RE.test(text) || SIZE_RE.test(text) || (!typed && SHARE_IS_RE.test(text));
}

/**
 * How a progress report tells what happened, on a line not given as a benchmark and with nothing
 * forward-looking in it: a subject then a verb in the past ("86.5% of students practiced regularly",
 * "All schools and programs held two to three events each month", "Thirty-one schools showed …"),
 * the perfect ("that number has climbed to 39%", "has continued and is now up to 3-4 options"), results
 * that show a figure ("Winter STAR assessments show 4% growth"), a look back ("since the Fall"), a
 * weighting ("accounts for 50% of the score"), a rank held now ("we are 6th in ELA") or a condition
 * ("If the Department notes …"). Participles that name a group ("students identified as …") are not verbs here.
 */
const TOLD_RE = new RegExp(
  [
    '(?:\\d\\s*%|\\b(?:students|schools|programs|teachers|staff|members|we|they|district|group|subgroup|cohort|team|committee|panel|campuses|classrooms|principals|participants|families|scholars|coaches|leaders|graduates)["”]?)\\s+(?:(?:and|or)\\s+[\\w-]+\\s+)?(?:[a-z]+ly\\s+)?' +
      "(?!(?:aimed|planned|intended|expected|hoped|projected|proposed|committed|identified|enrolled|served|based|aligned|targeted|classified|designated|labell?ed|placed|assigned|considered|expected|required|related|limited|qualified|tested|assessed|screened|selected|involved|affected|impacted|interested|retained|needed|referred|eligible|trained|certified|prepared|supported)\\b)" +
      "(?:[a-z]{3,}ed|held|grew|rose|fell|met|made|had|saw|took|gave|won|went|began|spent|kept|brought|got|ran)\\b",
    "\\b(?:has|have|had)\\s+(?:now\\s+|also\\s+|already\\s+|almost\\s+|nearly\\s+|not\\s+yet\\s+|[a-z]+ly\\s+)?(?:been\\s+)?(?:[a-z]{3,}ed|grown|risen|fallen|shown|seen|made|kept|held|gone|become|met|chosen|taken|given|done|won|begun)\\b",
    "\\b(?:assessments?|data|results|scores|surveys?|reports?|performance)(?:\\s+(?:from|in|for)\\s+[\\w-]+)?\\s+(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed)\\s+(?:an?\\s+|that\\s+)?(?:[\\w-]+\\s+){0,8}?(?:(?:less|more|fewer)\\s+than\\s+)?\\d|\\bdo(?:es)?\\s+not\\s+(?:meet|reach|show|achieve)\\b",
    "\\bsince\\s+(?:the\\s+)?(?:fall|spring|winter|summer|20\\d\\d|last|our|start|beginning)\\b",
    "(?<!\\b(?:who|that|which)\\s)\\bdid\\s+(?:not\\s+)?[a-z]{3,}|\\b(?:are|is)\\s+(?:currently\\s+)?(?:scoring|performing|reading|testing)\\b|\\bis\\s+(?:a|an)\\s+(?:school|district|student|campus|LEA)\\s+(?:that|which|who|with|where|performing|whose|in)\\b",
    // a line that opens with what was done: "Created a multi-year plan", "Shared new standards and modified …", "Moved from 61% to 100%"
    "^\\s*(?!(?:Increased|Decreased|Improved|Reduced|Raised|Lowered|Targeted|Focused|Aligned|Integrated|Coordinated|Differentiated|Personalized|Accelerated|Sustained|Continued|Expanded|Enhanced|Strengthened|Advanced|Blended|Balanced|Embedded|Shared\\s+(?:leadership|decision|vision|responsibility))\\b)[A-Z][a-z]{2,}ed\\s+(?:a|an|the|our|new|from|\\d|all|each|[a-z]+\\s+and\\s+[a-z]+ed)\\b",
    "\\baccounts?\\s+for\\b|\\b(?:is|are)\\s+now\\b|\\bwe\\s+are\\s+\\d+(?:st|nd|rd|th)\\b|^\\s*If\\b",
  ].join("|"),
  "i",
);
const TOLD_WORDS = triggers([
  "did",
  "does",
  "do",
  "indicated",
  "revealed",
  "scoring",
  "performing",
  "reading",
  "testing",
  "is",
  "has",
  "have",
  "had",
  "show",
  "shows",
  "showed",
  "indicate",
  "indicates",
  "reveal",
  "reveals",
  "since",
  "accounts",
  "account",
  "now",
  "if",
]);
/** A cheap test before TOLD_RE: a word in the past somewhere in the line. */
const PAST_AFTER_SUBJECT_PRETEST = /[a-z]ed\b|\b(?:held|grew|rose|fell|met|made|had|saw|took|gave|won|went|began|spent|kept|brought|got|ran)\b/;

/**
 * True when the line's numbers are not targets: a prompt, a report, or a statement of status.
 * `typed`: the line was given as a benchmark of a known kind (a workbook column), so a share in the
 * present tense is read as what success looks like rather than as where things stand.
 */
export function commitsToNothing(text: string, words: Words, dates: Pick<DateReading, "mentions">, typed: boolean): boolean {
  const opening = settledByItsOpening(text, typed);
  if (opening !== undefined) return opening;
  const cues = cuesOf(text, words, typed);
  // Most benchmarks have none of these words: the forward-looking test is not run for them.
  if (!cues.hypothetical && !cues.may && !cues.status && !cues.did && !cues.told) return false;
  if ((cues.hypothetical && !COMMITS_RE.test(text)) || (cues.may && DEFINES_RE.test(text))) return true;
  if (FORWARD_RE.test(text)) return false;
  return (
    cues.did ||
    (cues.told && TOLD_RE.test(text) && !SHARE_THRESHOLD_RE.test(text)) ||
    (cues.may && (REPORT_VERB_RE.test(withoutBaselineNote(text)) || CHANGED_RE.test(text))) ||
    (cues.status && statesStatus(text, dates, typed))
  );
}

/** A benchmark cell that opens with its share states the target: "A. 90% of annual goals met on the report". */
const OPENS_WITH_SHARE_RE = /^\s*(?:[A-Z][.)]\s*)?\d+(?:\.\d+)?\s*%/;

/** What the line's opening settles: a prompt commits to nothing; a typed cell that opens with its share commits. */
function settledByItsOpening(text: string, typed: boolean): boolean | undefined {
  if (PROMPT_RE.test(text)) return true;
  if (typed && OPENS_WITH_SHARE_RE.test(text)) return false;
  return undefined;
}

/** "92% four-year graduation rate (currently 86.9%)": the bracket gives the starting point of a target, not a report. */
function withoutBaselineNote(text: string): string {
  return text.includes("(") ? text.replace(/\(\s*(?:currently|baseline|actual|was)\b[^()]*\)/gi, "") : text;
}

/** The cheap cues that a line may report, define or describe rather than commit. */
function cuesOf(text: string, words: Words, typed: boolean) {
  return {
    hypothetical: hasAny(words, HYPOTHETICAL_WORDS) && HYPOTHETICAL_RE.test(text),
    may: hasAny(words, REPORT_WORDS) || (words.has("as") && words.has("of") && /\bas\s+of\b/i.test(text)),
    status: hasAny(words, STATUS_WORDS),
    // a count reported as done, or a report told in the past, is looked for only on a line not given as a benchmark
    did: !typed && DID_COUNT_RE.test(text),
    told: !typed && (hasAny(words, TOLD_WORDS) || PAST_AFTER_SUBJECT_PRETEST.test(text)),
  };
}
