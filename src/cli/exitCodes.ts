/**
 * The CLI's exit codes (documented in `aip --help`).
 * 1 is kept for a later "check" command: "the plan has errors" is a result, not a failure of aip.
 * Unexpected failures use 70 (EX_SOFTWARE from sysexits.h), so a script never mistakes a bug
 * in aip for bad input (2) or for check findings (1). A failed write is 74 (EX_IOERR).
 */
export const EXIT = {
  ok: 0,
  checkFoundErrors: 1,
  badInput: 2,
  internalError: 70,
  /** EX_IOERR: the output could not be written (disk full, closed pipe). */
  outputFailed: 74,
} as const;
