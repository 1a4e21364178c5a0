/**
 * lead-one-person: B (overall lead for the objective) and D (lead for the initiative) name exactly
 * one person (SPEC.md §3.1, DECISIONS.md 6). A name not on the plan's roster is a note.
 */
import { cellText, findingAt, isBlankCell, shorten } from "../planCells";
import type { CellRead, LocatedPlan } from "../locatedPlan";
import type { Finding, PlanRule } from "../types";

/** Job titles that contain "and" or a comma but name one post ("Director of Teaching and Learning"). */
const ROLE_PHRASES = [
  /\bteaching\s+(and|&)\s+learning\b/gi,
  /\bcurriculum(,)?\s+instruction,?\s+(and|&)\s+assessment\b/gi,
  /\bcurriculum\s+(and|&)\s+(instruction|assessment)\b/gi,
  /\b(research|data|assessment)\s+(and|&)\s+(evaluation|accountability|assessment)\b/gi,
  /\bstudent\s+(and|&)\s+family\s+(services|engagement)\b/gi,
  /\bfamily\s+(and|&)\s+community\s+engagement\b/gi,
  /\bdiversity,?\s+equity,?\s+(and|&)\s+inclusion\b/gi,
  /\bequity\s+(and|&)\s+inclusion\b/gi,
  /\bfinance\s+(and|&)\s+operations\b/gi,
  /\bhuman\s+resources\s+(and|&)\s+\w+\b/gi,
];

/** Words of a title, post or place, never of a person's name ("Pat Lee, Principal, Ward School"). */
const NOT_A_NAME =
  /\b(principal|superintendent|director|coordinator|manager|officer|chief|dean|head|supervisor|coach|specialist|assistant|deputy|interim|acting|school|schools|district|office|elementary|middle|high|academy|department|services|curriculum|instruction|assessment|ela|math|literacy|grades?|k-\d+|ed\.?\s*d|ph\.?\s*d|m\.?\s*ed|jr|sr|ii|iii)\b/i;

/** A comma part that reads as a person's full name: two to four words of letters, no title words. */
function looksLikeName(part: string): boolean {
  const words = part.replace(/^(dr|mr|mrs|ms|mx)\.?\s+/i, "").split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w)) && !NOT_A_NAME.test(part);
}

/** Words that name a group, never one person. */
const GROUP = /\b(co-?\s?leads?|co-?\s?chairs?|team|committee|council|department|dept\.?|task\s+force|staff|principals|coaches|directors|teachers|administrators|leaders)\b/i;

/** Why a lead names more than one person, or undefined when it names one. */
export function severalPeople(text: string): string | undefined {
  let s = text.trim();
  const group = GROUP.exec(s);
  if (group) return `"${group[0]}" names a group`;
  for (const phrase of ROLE_PHRASES) s = s.replace(phrase, "role");
  const join = /\s+(and|or)\s+|\s*[&+/;]\s*|\s+with\s+/i.exec(s);
  if (join) return `"${join[0].trim()}" joins two names`;
  // "Lee, Pat" and "Pat Lee, Principal" are one person; "Pat Lee, Sam Ortiz" is two.
  const parts = s
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.filter(looksLikeName).length >= 2) return "a comma separates two names";
  return undefined;
}

const LABELS = {
  objectiveLead: { letter: "B", what: "Overall Lead for this Objective" },
  lead: { letter: "D", what: "Lead for this Initiative" },
} as const;

function checkLead(rule: PlanRule, subject: LocatedPlan, cell: CellRead | undefined, field: keyof typeof LABELS, o: number, i: number): Finding[] {
  if (!cell) return [];
  const label = LABELS[field];
  const where = field === "objectiveLead" ? `objective ${o}` : `initiative ${o}.${i}`;
  if (isBlankCell(cell)) {
    return [
      findingAt(rule, cell, `${label.letter}. ${label.what} is empty for ${where}: name the one person accountable.`, {
        severity: "warning",
        suggestion: "Type one person's name, e.g. Pat Lee.",
      }),
    ];
  }
  const text = cellText(cell).trim();
  const why = severalPeople(text);
  if (why) {
    return [
      findingAt(rule, cell, `${label.letter}. ${label.what} must be one person, but "${shorten(text)}" names more (${why}).`, {
        suggestion: "Keep the one person accountable here; name the others under Key resources (G) or as activity leads (I).",
      }),
    ];
  }
  const roster = subject.plan.roster.map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  if (roster.length > 0 && !roster.includes(text.toLowerCase())) {
    return [
      findingAt(rule, cell, `${label.letter}. ${label.what} "${shorten(text)}" is not on the plan's roster (Lists sheet).`, {
        severity: "note",
        suggestion: "Choose the name from the roster, or add this person to the roster.",
      }),
    ];
  }
  return [];
}

export const leadOnePerson: PlanRule = {
  kind: "plan",
  id: "lead-one-person",
  severity: "error",
  description: "The objective lead (B) and the initiative lead (D) each name exactly one person.",
  guidance: "SPEC.md §3.1 (B and D: one person); DECISIONS.md 6",
  check(subject) {
    return subject.initiatives.flatMap((li) => [
      ...checkLead(this, subject, li.objectiveLead, "objectiveLead", li.ref.o, li.ref.i),
      ...checkLead(this, subject, li.lead, "lead", li.ref.o, li.ref.i),
    ]);
  },
};
