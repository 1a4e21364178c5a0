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

/** Writing the output failed (disk full, closed pipe…): exit 74, with a sentence from writeProblem. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "your disk quota is used up",
  EFBIG: "the file is too large for the disk",
  EROFS: "the disk is read-only",
  EIO: "the disk reported an input/output error",
  EPIPE: "the program reading aip's output closed it before aip had finished (a closed pipe)",
  ECONNRESET: "the program reading aip's output closed it before aip had finished",
  EACCES: "you may not write there",
  EPERM: "you may not write there (if the file is open in Excel or Word, close it first)",
  EBUSY: "the file is in use (if it is open in Excel or Word, close it first)",
  ENOENT: "the folder does not exist",
  ENOTDIR: "part of the path is a file, not a folder",
};

/** A plain sentence for a failed write: "the disk is full". */
export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && WRITE_PROBLEMS[code]) return WRITE_PROBLEMS[code];
  return `the system said ${code ?? (e instanceof Error ? e.message : String(e))}`;
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
