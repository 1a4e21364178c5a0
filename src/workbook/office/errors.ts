/** Office.js errors ({ code, message }) turned into messages a person can act on. */
import { WorkbookError } from "../port";

/** The Office error code ("ItemNotFound", "InvalidArgument", …), if `e` is one. */
export function officeCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A WorkbookError for an Office failure that the checks could not explain. */
export function officeFailure(action: string, e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = officeCode(e);
  const message = e instanceof Error || (e && typeof (e as { message?: unknown }).message === "string") ? (e as { message: string }).message : String(e);
  const hint =
    code === "ItemNotFound"
      ? "A sheet or name it needs was renamed or deleted meanwhile; undo that or try again."
      : code === "ItemAlreadyExists"
        ? "A sheet or name with that name was added meanwhile; rename it and try again."
        : "Try again; if it keeps failing, save the workbook, reopen it and retry.";
  return new WorkbookError(`Excel could not ${action}${code ? ` (${code})` : ""}: ${message} ${hint}`);
}
