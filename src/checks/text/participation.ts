/**
 * Benchmarks that count attendance or participation instead of application (SPEC.md §4.4
 * criterion 3: "measuring attendance at a professional development session might motivate people
 * to attend; however measuring the application of professional development helps educators
 * reflect on and modify their practice"). Student attendance as an outcome is a different thing
 * (SPEC.md §4.2 lists it among final-outcome measures) and is not matched.
 */
import { hasPrefix, wordsOf, type Words } from "./words";

const EVENT =
  "(?:training|trainings|PD|professional\\s+(?:development|learning)|sessions?|workshops?|institutes?|courses?|meetings?|PLCs?|coaching|seminars?|conferences?|webinars?|modules?|book\\s+stud(?:y|ies)|orientation)";

const PARTICIPATION_RES: RegExp[] = [
  new RegExp(
    `\\b(?:attend|attends|attended|attending|participate|participates|participated|participating|take\\s+part|takes\\s+part|took\\s+part|enroll(?:ed)?|register(?:ed)?|sign\\s+up)\\b(?:\\s+(?:in|at|for))?\\s+(?:(?:the|a|an|all|each|every|our|their|district|[\\w-]+)\\s+){0,4}?${EVENT}\\b`,
    "i",
  ),
  new RegExp(`\\b(?:attendance|participation)\\s+(?:at|in|of)\\s+(?:(?:the|a|an|all|each|every|[\\w-]+)\\s+){0,4}?${EVENT}\\b`, "i"),
  new RegExp(`\\b(?:complete|completes|completed|receive|receives|received)\\s+(?:(?:the|a|an|all|[\\w-]+)\\s+){0,4}?${EVENT}\\b`, "i"),
  /\b(?:be|are|is|were|will\s+be|have\s+been)\s+trained\b/i,
  /\bsign-?in\s+sheets?\b/i,
];

/** Words that show the benchmark looks at use in practice, not presence. */
const APPLICATION_RE =
  /\b(?:use|uses|using|used|implement|implements|implementing|implemented|implementation|apply|applies|applying|applied|application|demonstrate|demonstrates|demonstrating|integrate|integrates|integrating|incorporate|incorporates|incorporating|observed|evident|in\s+(?:their\s+)?(?:classrooms?|practice|instruction|lessons?)|lesson\s+plans?\s+(?:show|include|reflect)|develop\s+and\s+use)\b/i;

const TRIGGERS = ["attend", "particip", "take", "takes", "took", "enroll", "regist", "sign", "complet", "receiv", "trained"];

/** True when the text measures attendance or participation and nothing about applying it. */
export function measuresParticipation(text: string, words: Words = wordsOf(text)): boolean {
  if (!hasPrefix(words, TRIGGERS)) return false;
  return PARTICIPATION_RES.some((re) => re.test(text)) && !APPLICATION_RE.test(text);
}
