/**
 * The short "New plan" form's state and its translation into plan JSON. The form only asks for
 * what a plan needs to start (district, date, school year, objectives with their initiatives);
 * everything else starts empty and is filled in on the sheets. Validation is parsePlan's job.
 */
import type { Initiative, Plan } from "../domain/plan";
import { parsePlan } from "../domain/validate";

export interface InitiativeDraft {
  key: number;
  description: string;
  lead: string;
}

export interface ObjectiveDraft {
  key: number;
  title: string;
  lead: string;
  initiatives: InitiativeDraft[];
}

export interface PlanDraft {
  district: string;
  /** YYYY-MM-DD as a date input gives it. */
  date: string;
  /** The start year as typed, e.g. "2026". */
  schoolYear: string;
  objectives: ObjectiveDraft[];
}

let nextKey = 1;
/** A stable React key for a row that can be added and removed. */
export function draftKey(): number {
  return nextKey++;
}

export function emptyInitiative(): InitiativeDraft {
  return { key: draftKey(), description: "", lead: "" };
}

export function emptyObjective(): ObjectiveDraft {
  return { key: draftKey(), title: "", lead: "", initiatives: [emptyInitiative()] };
}

/** A school year starts in the autumn: from July on, plans are for the year that is about to start. */
export function defaultSchoolYear(today: Date): number {
  return today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
}

export function isoDate(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

export function emptyPlanDraft(today: Date): PlanDraft {
  return { district: "", date: isoDate(today), schoolYear: String(defaultSchoolYear(today)), objectives: [emptyObjective()] };
}

/** A new initiative with only its description and lead; the rest is filled in on its sheet. */
export function newInitiative(description: string, lead: string): Initiative {
  return { description, lead, shortTermOutcomes: [], earlyEvidence: [], resources: "", activities: [], ratings: {} };
}

/**
 * The plan the form describes, validated by parsePlan (throws its PlanError, whose path
 * formFieldLabel turns into the field's label). The roster, which feeds the sheets' lead
 * dropdowns, is every lead named in the form, once each.
 */
export function planFromDraft(draft: PlanDraft): Plan {
  const plan = parsePlan(draftJson(draft));
  // Built from the validated leads, so a bad lead is reported at its own field, not in the roster.
  const leads = plan.objectives.flatMap((o) => [o.lead, ...o.initiatives.map((i) => i.lead)]);
  return { ...plan, roster: [...new Set(leads.map((l) => l.trim()).filter((l) => l !== ""))] };
}

/**
 * Plan JSON for parsePlan. A blank required field is left out, so parsePlan reports it as missing
 * by name; text is passed exactly as typed (an "=" stays text: the adapters write it as text).
 */
export function draftJson(draft: PlanDraft): Record<string, unknown> {
  const year = draft.schoolYear.trim();
  return {
    district: blankToMissing(draft.district),
    date: blankToMissing(draft.date),
    schoolYear: year === "" ? undefined : /^\d+$/.test(year) ? Number(year) : year,
    keyIssues: "",
    theoryOfAction: "",
    roster: [],
    finalOutcomes: [],
    objectives: draft.objectives.map((o) => ({
      title: o.title,
      lead: o.lead,
      initiatives: o.initiatives.map((i) => newInitiative(i.description, i.lead)),
    })),
  };
}

function blankToMissing(value: string): string | undefined {
  return value.trim() === "" ? undefined : value;
}

const FIELD_LABELS: Record<string, string> = { district: "District", date: "Plan date", schoolYear: "School year start year" };

/**
 * The form field a plan JSON path points at, as the form labels it:
 * "objectives[0].initiatives[1].lead" → "Objective 1, initiative 2: lead". Undefined when the
 * path is not one of the form's fields.
 */
export function formFieldLabel(path: string): string | undefined {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  const m = /^objectives\[(\d+)\](?:\.initiatives\[(\d+)\])?\.(title|lead|description)$/.exec(path);
  if (!m) return undefined;
  const objective = `Objective ${Number(m[1]) + 1}`;
  return m[2] === undefined ? `${objective}: ${m[3]}` : `${objective}, initiative ${Number(m[2]) + 1}: ${m[3]}`;
}
