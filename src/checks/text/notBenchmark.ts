/**
 * A line that is not a benchmark (the labelled sets' `other` lines: a result, a status, a method, a
 * requirement) commits to a target only when it states one outright: a level in words, a percentage
 * something aims at, requires or promises ("a target of 75%", "must exceed 90%", "will increase by
 * 20%", "45% by 2028", "no longer in the lowest 10%"), coverage that something requires or promises ("each school must submit …",
 * "each newcomer will receive …"), or a count with a bound, a rate or a destination ("a minimum of 3",
 * "2-3 days a week", "from 6 to 10"). Its other numbers and groups describe: an enrolment, a result
 * ("63% proficient in 2024", "an increase of 0.75%"), how many goals a plan has, a count already
 * reached, who a rule applies to. On the gathered lines the rules had not been written against, only
 * about one in three target readings of such lines was right, and one in four of their percentages.
 */
const PERCENT = /%|\bpercent/i;
const COVERAGE = /\b(?:all|each|every)\b/i;
const DIGIT = /\d/;
const REQUIRED_RE = /\b(?:must|shall|will|required|requires|require)\b/i;
/** What makes a percentage an aim rather than a result: a target word, a band to leave or reach ("out of the lowest 10%"), a change by a size, a deadline. */
const AIMED_RE =
  /\b(?:lowest|bottom|top|highest)\s+\d[\d.]*\s*(?:%|percent\b)|\b(?:targets?|goals?|aims?|objectives?|expect(?:s|ed)?|need(?:s|ed)?\s+to|to\s+(?:reach|achieve|attain|meet|exceed|maintain)|by\s+(?:half|\d[\d.]*)|by\s+(?:(?:the\s+)?(?:end|spring|fall|winter|summer|june|may)\s+(?:of\s+)?(?:the\s+)?)?(?:sy\s*|fy\s*)?(?:19|20)\d\d)\b/i;
const BOUNDED_RE =
  /\b(?:at\s+least|a\s+minimum\s+of|minimum|no\s+(?:more|less|fewer)\s+than|or\s+(?:more|higher|above|better|fewer|less|lower|below)|up\s+to)\b|[≤≥<>]|\b\d+(?:\s*[-–]\s*\d+)?\s+(?:days?|times|hours?|sessions?|minutes?)\s+(?:daily|weekly|monthly|(?:a|per|each)\s+(?:week|month|day|year|quarter))\b|\bfrom\s+\d[\d,.]*\s+to\s+\d|\b(?:increas|decreas|reduc|rais|grow|improv|ris|fall|drop|lower)\w*\b[^.;]{0,60}?\bto\s+\d/i;

/** The target readings a line that is not a benchmark states outright (see above), in order. */
export function statedTargets(text: string, targets: readonly string[]): string[] {
  const required = REQUIRED_RE.test(text);
  const bounded = BOUNDED_RE.test(text);
  return targets.filter((t) => {
    if (PERCENT.test(t)) return required || bounded || AIMED_RE.test(text);
    if (!COVERAGE.test(t) && !DIGIT.test(t)) return true;
    return COVERAGE.test(t) ? required : bounded;
  });
}
