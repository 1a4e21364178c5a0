import { PlanError } from "../domain/validate";
import { WorkbookError } from "../workbook/port";
import type { CommandName } from "./usage";

/**
 * Errors the person can fix from the command line. Both end the command with exit code 2;
 * a UsageError also points at the command's --help.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at ("" for aip itself). */
    readonly command: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A command was asked for its --help: main prints it and exits 0. */
export class HelpRequest {
  constructor(readonly command: CommandName) {}
}

/**
 * Runs `work` and puts the file's name in front of a PlanError or WorkbookError message, so
 * "objectives[0].lead: expected text, got number" becomes "plan.json: objectives[0].lead: …".
 */
export async function aboutFile<T>(shown: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof PlanError || e instanceof WorkbookError) throw new InputError(`${shown}: ${e.message}`);
    throw e;
  }
}
