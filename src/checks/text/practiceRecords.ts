/**
 * What an early-evidence indicator is seen in. The guidance asks early evidence to capture "changes
 * in actions, discourse, beliefs, expectations, and instructional practice" and to "state clearly how
 * the indicator will be measured" (SPEC.md §4.1): in such a line, a visit, a walkthrough or an audit
 * that looks at practice, or a record that people keep or post (a calendar, an inventory, by-laws,
 * monthly posts), is how the change will be known. In an activity the same words are the work itself,
 * so this reading is for lines given as early evidence only.
 */
import { hasAny, triggers, type Words } from "./words";

const RECORD_WORDS = triggers([
  "walkthrough",
  "walkthroughs",
  "walkabout",
  "walkabouts",
  "walk",
  "walks",
  "rounds",
  "fidelity",
  "visit",
  "visits",
  "audit",
  "audits",
  "calendar",
  "calendars",
  "schedule",
  "schedules",
  "inventory",
  "inventories",
  "posts",
  "posted",
  "scales",
  "laws",
  "bylaws",
  "documented",
  "documentation",
  "records",
  "evidence",
  "minutes",
  "agendas",
  "sign",
  "log",
  "logs",
  "lesson",
  "portfolio",
  "portfolios",
  "wall",
  "walls",
  "checklist",
  "checklists",
  "artifact",
  "artifacts",
]);

// "minutes" only as a meeting's record ("40 minutes" is a length); "evidence of" names what is collected.
const RECORD_RE =
  /\b(?:walk-?throughs?|walk-?abouts?|learning walks?|instructional rounds|fidelity checks?|(?:site |school |campus |classroom )?visits?|audits?|calendars?|schedules?|inventor(?:y|ies)|posts|posted\s+(?:on|in|to)|proficiency scales|by-?laws|documented|documentation|records|evidence of|meeting minutes|minutes of|agendas|sign-?in sheets?|logs?|lesson plans|portfolios?|data walls?|checklists?|artifacts?)\b/gi;

/** The visits, walkthroughs and kept records an early-evidence line names, as written. */
export function practiceRecords(text: string, words: Words): string[] {
  if (!hasAny(words, RECORD_WORDS)) return [];
  return [...text.matchAll(RECORD_RE)].map((m) => m[0]);
}
