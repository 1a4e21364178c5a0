/**
 * Turns anything a command threw into text for the pane. WorkbookError and PlanError already say
 * where and how to fix it, so they are shown as they are; anything else is unexpected.
 */
import { PlanError } from "../domain/validate";
import { WorkbookError } from "../workbook/port";

export function isExpectedError(error: unknown): error is Error {
  return error instanceof WorkbookError || error instanceof PlanError;
}

export function errorMessage(error: unknown): string {
  if (isExpectedError(error)) return error.message;
  const detail = describe(error);
  return `Something went wrong: ${detail}. Try again; if it happens again, close the pane and open it again from the AIP tab.`;
}

function describe(error: unknown): string {
  // Office.js errors are sometimes plain objects with a message and a code.
  const raw =
    typeof error === "object" && error !== null && "message" in error ? String((error as { message: unknown }).message) : typeof error === "string" ? error : "";
  const text = raw.trim().replace(/[.\s]+$/, "");
  return text || "no details were given";
}
