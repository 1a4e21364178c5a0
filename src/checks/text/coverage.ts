/**
 * Coverage that can be checked one by one (SPEC.md §4.7 "target"): "each school", "every K-2
 * teacher", "all students that are receiving EC services", "test all of their students". Read as a
 * target only where the people or places counted can each be checked for something done, received or
 * made; not where the words name an aspiration ("All students will meet standards", "Each student
 * will engage in learning"), who a direction is for ("increase achievement for each student"), where
 * something is looked for ("observed in all classrooms"), the group a share is taken of, or how
 * things are ("Each school has a building leadership team").
 */
import { hasAny, type Words } from "./words";

const POPULATION =
  "(?:(?:school\\s+)?(?:improvement\\s+)?plans|teachers?|educators?|staff|faculty|schools?|principals?|assistant principals?|administrators?|classrooms?|class(?:es)?(?!\\s+(?:periods?|sessions?|meetings?|days?))|coach(?:es)?|buildings?|departments?|teams?|PLCs?|students?|pupils|learners?|children|families|parents?|interventionists?|paraprofessionals?|paras|counselors?|specialists?|leaders?|members?|sites?|campus(?:es)?|directors?|supervisors?|clinicians?|nurses?|tutors?|advisor(?:y|ies)|homerooms?|cohorts?|scholars?|seniors?|juniors?|sophomores?|freshm[ae]n|graduates?|kindergartners?|employees|mentors|mentees|lessons|units|modules|courses|districts?|count(?:y|ies)|LEAs?)";
/** People named right after a place or a group ("every Lakeview School student", "all district staff"): they are who is counted. */
const PEOPLE_AFTER = "(?:students?|staff|teachers?|leaders?|stakeholders|employees|personnel|administrators?|families|members|principals?)";
/** Words between the quantifier and who is counted. */
const GAP =
  "(?:(?!(?:in|at|of|on|to|for|with|by|will|are|is|was|were|who|that|which|why|how|where|when|from|reasons?|year|month|week|day|quarter|cycle|time)\\b)[\\w-]+,?\\s+){0,4}?";
/** A time word between the quantifier and who is counted: "each" counts occasions ("Each spring, students …"), checked on the match. */
const OCCASION_GAP =
  /^\S+\s+(?:spring|fall|autumn|winter|summer|semester|term|trimester|session|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|weekend)\b/i;
const COVERAGE_RE = new RegExp(
  `\\b(each|every|all(?:\\s+of)?(?:\\s+the|\\s+our|\\s+their|\\s+its)?|100\\s*%\\s+of(?:\\s+the)?)\\s+${GAP}(${POPULATION})\\b(?!\\s+${PEOPLE_AFTER}\\b)`,
  "gi",
);
const DEFINED_GROUP_AFTER = /^\s+(?:that|who|receiving|identified|enrolled|served|eligible|with\s+(?:IEPs?|disabilities)|in\s+(?:grades?|Tier)\b)/i;
const MODIFIED_NOUN_AFTER =
  /^(?:'s|’s|-level|-wide|\s+(?:Public\s+)?Schools['’]|\s+(?:sub-?groups?|groups?|body|population|data|outcomes?|achievement|needs|voice|learning|success|performance|years?|days?|boards?|improvement|level|wide|succeeds)\b)/i;
/** "meets weekly with all directors" names members, not a quantity to reach ("meet with each student" is one meeting per student). */
const WITH_BEFORE = /\b(?:with|among|alongside|from|representing|across)\s*$/i;
/** Students as the ones counted: one by one they can be checked only for something done or received. */
const STUDENTS = /^(?:students?|pupils|learners?|children|scholars?)$/;
/**
 * What each student will have, receive or do that can be checked one by one ("every student will have
 * a graduation plan", "each student meets with a counselor"), as against an outcome with no measure
 * ("each student demonstrates proficiency", "every student graduates prepared").
 */
const DELIVERABLE_AFTER =
  /^\s*(?:[\w'’,-]+\s+){0,8}?(?:will\s+|shall\s+|must\s+)?(?:(?:have|has|receive|receives)\s+(?!access\b|(?:the|this|that|an?|every|equal|more)\s+opportunit|opportunit|had\s+(?:the\s+)?opportunit|equitable\b|support\b|high-quality\b|quality\b|an?\s+(?:[\w-]+,?\s+){0,5}?(?:education|instruction|experiences?|learning)\b)|complete|completes|create|creates|develop(?:s)?\s+(?:and\s+[a-z]+\s+)?(?:an?|their|his|her)\s+(?:[\w-]+\s+){0,4}?(?:plans?|portfolios?|goals?)\b|submit|submits|set|sets|write|writes|attend|attends|participate|participates|take|takes|meets?\s+with|be\s+involved\s+in|be\s+(?:assigned|screened|enrolled|given|provided|placed|scheduled|contacted|invited|paired|matched|assessed|tested|(?:progress\s+)?monitored|observed|surveyed|interviewed)\b)/i;
/** Each one checked, in the present passive: "All kindergartners are assessed for readiness". */
const CHECKED_AFTER = /^\s*(?:are|is)\s+(?:assessed|screened|tested|surveyed|enrolled|assigned)\b/i;
/** Before the subject of a sentence: nothing, a heading ("Goal 1:"), an opening phrase ("By June 2026,"), or "that". */
const SUBJECT_BEFORE =
  /^\s*(?:[^:]{0,40}:\s*){0,2}(?:(?:by|in|during|within|starting|beginning|before|after|at|over|through|for)\b[^,]{0,60},\s*)?(?:(?:[^,;]*\b(?:is|are)\s+)?that\s+)?$/i;
/** Students reached one by one by an action: "test all of their students", "screen all students". */
const OBJECT_OF_CHECK_BEFORE =
  /\b(?:test|tests|screen|screens|assess|assesses|monitor|monitors|survey|surveys|contact|contacts|interview|interviews|enroll|enrolls|place|places|(?:will|to|must|shall)\s+be\s+(?:administered|given)\s+to|(?:screeners?|assessments?|tests?|surveys?|screenings?)\s+to)\s+$/i;
/** A vague outcome after those counted: "All schools will facilitate a positive culture", "Every school will significantly increase participation". */
const VAGUE_AFTER =
  /^\s*(?:(?:and|or|&)\s+[\w-]+\s+|[\w-]+\s+(?=will\b|shall\b|must\b)|(?:,\s*(?:and\s+|or\s+)?[\w-]+){1,3}\s+(?=will\b|shall\b|must\b))?(?:will\s+|shall\s+|must\s+)?(?:[a-z]+ly\s+)?(?:facilitate|increase|improve|strive|engage|demonstrate|achieve|grow|thrive|become|foster|promote|support|enhance|strengthen|continue|work|embrace|value|feel|succeed|cultivate)(?:s|es|d|ed|ing)?\b|^\s*(?:(?:and|or)\s+[\w-]+\s+)?(?:will\s+)?be\s+(?:highly|more|safe|a\s+place|high-quality|excellent|successful|welcoming|inclusive|equitable|a\s+good|good|responsible|effective|efficient|involved|a\s+(?:safe|welcoming|healthy|positive|nurturing|caring|great|supportive))\b|^\s*(?:will\s+)?(?:collaborate|coordinate|experience|model)s?\b|^\s*(?:will\s+)?(?:offers?|provides?|attend)\s+(?:a\s+)?(?:safe|healthy|welcoming|supportive|positive|nurturing)\b/i;
/** Inside the share being counted: "Increase the percentage of all students who graduate". */
const SHARE_OF_BEFORE = /\b(?:percentage|percent|number|proportion|share|rate|count)\s+of\s+(?:the\s+)?$/i;
/** An action meant to help, not a count: "Support all classrooms to be highly engaging". */
const HELP_BEFORE =
  /\b(?:support|supports|improve|improves|strengthen|strengthens|enhance|enhances|promote|promotes|prepare|prepares|serve|serves|empower|empowers|engage|engages|inspire|inspires|challenge|challenges|educate|educates|nurture|nurtures|lead\s+to|leads\s+to|propel|propels|enable|enables|help|helps|allow|allows|equip|equips|encourage|encourages)\s+$|\b(?:support|assistance|help|guidance)\s+(?:to|for)\s+$/i;
/** A heading that names an improvement, not an amount: "Objective: Improved safety protocols at all schools". */
const IMPROVED_HEADING = /^\s*(?:[^:]{0,40}:\s*)?(?:Improved|Increased|Enhanced|Strengthened|Better|Stronger|Greater|Expanded|Safer|Improving|Enhancing|Strengthening)\b/;
const IMPROVED_PRETEST = /\b(?:Improved|Increased|Enhanced|Strengthened|Better|Stronger|Greater|Expanded|Safer|Improving|Enhancing|Strengthening)\b/;
/** Where a direction with no amount is aimed: "improve school climate in each building", "will increase yearly at each high school". */
const DIRECTION_IN_BEFORE = /\b(?:increas|improv|rais|enhanc|strengthen|accelerat|promot|advanc|boost|grow)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:in|at|across|throughout)\s*$/i;
/** A quality of each one, not a count: "the specific progress of each student", "the needs of every learner". */
const QUALITY_OF_BEFORE =
  /\b(?:progress|needs|growth|achievement|learning|performance|success|potential|strengths|development|well-?being|voice|outcomes|abilities|directors|principals|leaders|heads|members)\s+of\s*$/i;
/** A vision or a mission statement: "VISION All students will complete school prepared …", "Our mission: every student …". */
const VISION_RE = /^\s*(?:(?:our|the|district|school)\s+)?(?:vision|mission)\b/i;
/** What those counted are expected to be, with no measure: "to be engaged in a process", "will be at or above their grade level". */
const OUTCOME_AFTER =
  /^\s*(?:[\w'’,-]+\s+){0,10}?(?:will|shall|to)\s+(?:be|become)\s+(?:[a-z]+ly\s+)?(?:at\s+or\s+above|proficient|on\s+or\s+above|on\s+grade|at\s+grade|reading\s+(?:on|at)|engaged|ready|prepared|successful|literate)\b|^\s*(?:are|is)\s+(?:[\w/-]+\s+){0,3}?(?:ready|prepared|successful|literate)\b|^\s*(?:reading|performing|working)\s+(?:at|on|above)\b(?:\s+or\s+above)?\s+grade\s+level\b|^\s*(?:[\w-]+\s+){0,4}?(?:will\s+)?attend\s+schools?\s+that\b/i;

/** Going to schools of a kind is a hope for the schools, not a count of students: "All learners will attend schools that are safe". */
const ATTEND_SCHOOLS_THAT_AFTER = /^\s*(?:[\w-]+\s+){0,4}?(?:will\s+)?attend\s+schools?\s+that\b|^[^.;]{0,80}?\ba\s+variety\s+of\b/i;
/** Good people everywhere is a hope: "an effective teacher in every classroom", "strong leaders in every building". */
const GOOD_PEOPLE_IN_BEFORE =
  /\b(?:effective|high[- ]quality|strong|great|excellent|caring|highly\s+(?:qualified|effective)|qualified)\s+(?:teachers?|educators?|leaders?|staff|principals?)\s+in\s*$/i;
/**
 * Students reaching a level on a named measure can be checked one by one: "all students in kindergarten
 * will meet … the PALS benchmark", "All third grade students will exhibit proficiency on the Benchmark Exam".
 */
const MEASURED_LEVEL_AFTER =
  /^[^.;]{0,60}?\b(?:will|shall|must)\s+(?:[a-z]+\s+){0,3}?(?:meet|exceed|score|reach|achieve|exhibit|demonstrate|attain|be\s+(?:[\w-]+\s+){0,2}?(?:ready|proficient))\b[^.;]{0,80}?(?:\bas\s+(?:demonstrated|measured|evidenced)\s+(?:through|by)\s+(?!multiple|various|a\s+variety)|\b[A-Z]{3,}\b|\b[A-Z][a-z]+\s+(?:Exam|Test|Assessment|Screener|Inventory|Diagnostic)\b|\bstate\s+(?:and\s+\w+\s+)?(?:assessments?|tests?)\b|\bas\s+measured\s+by\s+(?!multiple|various|a\s+variety))/;

/** Access is not a thing to check one by one: "ensure every student has access to high-quality instruction". */
const ACCESS_AFTER = /^\s*(?:will\s+)?(?:has|have|gets?|receives?|be\s+given)\s+(?:equitable\s+|equal\s+|full\s+)?access\b/i;
/** Where something is looked for, not who is reached: "strategies observed in all classrooms". */
const OBSERVED_IN_BEFORE = /\b(?:observed|seen|evident|visible|noted|instruction|teaching|learning|thinking|culture|climate)\s+(?:in|across|at)\s*$/i;
/** "increase achievement for each student", "increase the achievement of every student": who a direction is for, with no amount to check one by one. */
const DIRECTION_FOR_BEFORE =
  /\b(?:increase|improve|raise|enhance|strengthen|accelerate|promote|support|advance|boost|track|monitor|satisfy|meet|address|serve)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:for|of)\s*$/i;

/** Coverage phrases that count as targets, as written. `typed`: the line was given as a benchmark of a known kind. */
export function coverageTargets(text: string, words: Words, typed: boolean): string[] {
  const targets: string[] = [];
  for (const m of hasAny(words, ["each", "every", "all", "100"]) ? text.matchAll(COVERAGE_RE) : []) {
    if (counts(text, m, typed)) targets.push(m[0]);
  }
  return targets;
}

/** Students can be counted one by one for a deliverable, as the ones an action reaches, or as a defined group. */
function studentsCounted(text: string, m: RegExpMatchArray, at: number, after: string, rest: string): boolean {
  const quantifier = m[1].toLowerCase();
  // "a personalized learning plan for each student", "Personalize instruction for each student": who it is for, not a count
  if (/^(?:each|every)/.test(quantifier) && /\bfor\s*$/i.test(text.slice(Math.max(0, at - 5), at))) return false;
  if (DEFINED_GROUP_AFTER.test(after) || DELIVERABLE_AFTER.test(rest) || CHECKED_AFTER.test(rest)) return true;
  // "all students …" without a group or a deliverable; "each student …" as the subject of an outcome
  if (OBJECT_OF_CHECK_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return true;
  // "Ensuring every student receives a rigorous education": what is ensured must be a deliverable too
  if (/\bensur(?:e|es|ing)\s+(?:that\s+)?$/i.test(text.slice(Math.max(0, at - 16), at))) return false;
  return !quantifier.startsWith("all") && !SUBJECT_BEFORE.test(text.slice(0, at)) && !/\bthat\s+$/i.test(text.slice(Math.max(0, at - 6), at));
}

/** Schools, staff and teams are counted unless, as the subject, they only aim at something vague or are described as they are. */
function othersCounted(text: string, at: number, rest: string, typed: boolean): boolean {
  if (!SUBJECT_BEFORE.test(text.slice(0, at))) return true;
  if (VAGUE_AFTER.test(rest) && !DELIVERABLE_AFTER.test(rest)) return false;
  if (CHECKED_AFTER.test(rest)) return true;
  // "Each school has a building leadership team that …": how things are, on a line not given as a benchmark
  return typed || !/^\s*(?:has|have|is|are)\b/i.test(rest);
}

/** The words around the quantifier say it is not a count: a modifier, a membership, a hope, a direction, a quality, a place looked in. */
function notACount(text: string, m: RegExpMatchArray, at: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const rest = text.slice(end, end + 100);
  const before = text.slice(Math.max(0, at - 30), at);
  const farBefore = text.slice(Math.max(0, at - 60), at);
  // "each student subgroup", "every student's needs": the word qualifies another noun.
  if (OCCASION_GAP.test(m[0]) || MODIFIED_NOUN_AFTER.test(after)) return true;
  if (/^all/i.test(m[1]) && WITH_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  // a vision or a mission says what the district hopes for, not what it will count
  if (VISION_RE.test(text) || DIRECTION_FOR_BEFORE.test(farBefore) || (IMPROVED_PRETEST.test(text) && IMPROVED_HEADING.test(text))) return true;
  if (OBSERVED_IN_BEFORE.test(before) || SHARE_OF_BEFORE.test(before) || HELP_BEFORE.test(before) || ACCESS_AFTER.test(rest)) return true;
  return DIRECTION_IN_BEFORE.test(farBefore) || QUALITY_OF_BEFORE.test(before) || GOOD_PEOPLE_IN_BEFORE.test(before) || ATTEND_SCHOOLS_THAT_AFTER.test(rest);
}

function counts(text: string, m: RegExpMatchArray, typed: boolean): boolean {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  const after = text.slice(end, end + 40);
  const rest = text.slice(end, end + 100);
  if (notACount(text, m, at, end)) return false;
  if (STUDENTS.test(m[2].toLowerCase()) && MEASURED_LEVEL_AFTER.test(text.slice(end, end + 160))) return true;
  if (OUTCOME_AFTER.test(rest) && !DELIVERABLE_AFTER.test(rest)) return false;
  return STUDENTS.test(m[2].toLowerCase()) ? studentsCounted(text, m, at, after, rest) : othersCounted(text, at, rest, typed);
}
