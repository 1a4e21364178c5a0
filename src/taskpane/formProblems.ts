/**
 * What is wrong with the short "New plan" form, field by field and in the person's words, so each
 * message sits on its own field (Fluent Field validation) and the focus can go to the first one.
 * The checks here are the form's required fields; anything else parsePlan refuses (text too long
 * for a cell, an invisible character) is put on the field its path names.
 */
import { isIsoDate } from "../domain/calendar";
import { PlanError, SCHOOL_YEAR_RANGE } from "../domain/validate";
import { plainWords } from "./errorMessage";
import { formFieldLabel, type PlanDraft } from "./planDraft";

export interface FieldProblem {
  /** The plan JSON path of the field, as parsePlan names it: "district", "objectives[0].title". */
  path: string;
  message: string;
}

/** The id of the input for a field path: "objectives[0].title" → "field-objectives-0-title". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
}

/** Fluent Field validation for one field path: the message on the field, marked invalid. */
export function validation(problems: Readonly<Record<string, string>>, path: string): { validationState?: "error"; validationMessage?: string } {
  const message = problems[path];
  return message ? { validationState: "error", validationMessage: message } : {};
}

/** The form's required fields that are blank or not what they must be, top to bottom. */
export function formProblems(draft: PlanDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.district.trim() === "") problems.push({ path: "district", message: "Type the district's name, as it should appear on the plan." });
  if (!isIsoDate(draft.date)) problems.push({ path: "date", message: "Choose the date of the plan." });
  const year = draft.schoolYear.trim();
  const { min, max } = SCHOOL_YEAR_RANGE;
  if (year === "") problems.push({ path: "schoolYear", message: "Type the year the school year starts, e.g. 2026 for 2026-27." });
  else if (!/^\d{4}$/.test(year) || Number(year) < min || Number(year) > max)
    problems.push({ path: "schoolYear", message: `“${year}” is not a year: type the year the school year starts as four digits from ${min} to ${max}, e.g. 2026 for 2026-27.` });
  return problems;
}

/** A problem parsePlan found, on the form field it names; undefined when it names none. */
export function problemFromPlanError(error: PlanError): FieldProblem | undefined {
  if (!formFieldLabel(error.path)) return undefined;
  const problem = error.message.slice(error.path.length + 2);
  const plain = plainWords(problem);
  return { path: error.path, message: plain.charAt(0).toUpperCase() + plain.slice(1) };
}
