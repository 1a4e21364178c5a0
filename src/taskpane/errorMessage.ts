/**
 * Turns anything a command threw into words for the pane. WorkbookError and PlanError already say
 * where and how to fix it; the pane keeps their sentence in the person's terms (sheet, cell,
 * initiative) and moves the developer words (defined names, Office error codes, command lines,
 * Name Manager) into the details, shown only on request (docs/task-pane.md "Plain words").
 */
import { WorkbookError } from "../workbook/port";

/**
 * WorkbookError or PlanError. PlanError is known by its name: importing domain/validate here would
 * put the plan validator in the pane's first load.
 */
export function isExpectedError(error: unknown): error is Error {
  return error instanceof WorkbookError || (error instanceof Error && error.name === "PlanError");
}

export interface PlainError {
  /** What happened and what to do, in the person's words. */
  message: string;
  /** The full technical text, when it says more than the message. */
  details?: string;
  /** The workbook has no plan: the way on is the New plan page. */
  noPlan?: boolean;
}

export const NO_PLAN_MESSAGE = "This workbook has no plan yet. Make one on the New plan page, or open the workbook that holds your plan.";

/** The error as the pane shows it: a plain message, and the technical text behind "Details". */
export function plainError(error: unknown): PlainError {
  // By name, not instanceof: importing layout/read/readPlan would put it in the pane's first load.
  if (error instanceof WorkbookError && error.name === "NoPlanError") return { message: NO_PLAN_MESSAGE, details: error.message, noPlan: true };
  if (isExpectedError(error)) return withDetails(plainWords(error.message), error.message);
  const detail = describe(error);
  return {
    message: "Something went wrong. Try again; if it happens again, close the pane and open it again from the AIP tab.",
    details: detail,
  };
}

/** The plain message alone (for a page's read error). */
export function errorMessage(error: unknown): string {
  return plainError(error).message;
}

function withDetails(message: string, original: string): PlainError {
  return message === original ? { message } : { message, details: original };
}

/**
 * A sentence with the developer words taken out: defined names in brackets (AIP.O1.I1.…), the
 * Name Manager path, Office's error codes, the command line. What is left still says what
 * happened and what to do.
 */
export function plainWords(text: string): string {
  return text
    .replace(/ \((?:Check page, or aip repair|on the Check page, or aip repair)\)/g, " on the Check page")
    .replace(/ \((?:[^()]*\bAIP\.[^()]*|Formulas > Name Manager|[A-Z][a-z]+(?:[A-Z][a-z]+)+)\)/g, "")
    .replace(/,? ?(?:or )?`?aip [a-z-]+(?: [A-Z.]+xlsx)?`?/g, "")
    .replace(/\bdefined names?\b/g, (m) => (m.endsWith("s") ? "names" : "name"))
    .replace(/ the name AIP\.[\w.…]+ /g, " its name ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function describe(error: unknown): string {
  // Office.js errors are sometimes plain objects with a message and a code.
  const raw = typeof error === "object" && error !== null && "message" in error ? String((error as { message: unknown }).message) : typeof error === "string" ? error : "";
  const text = raw.trim().replace(/[.\s]+$/, "");
  return text || "no details were given";
}
