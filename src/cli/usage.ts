/** The text of `aip --help` and `aip <command> --help`. */

export const COMMAND_HELP = {
  new: `Usage: aip new PLAN.json [-o OUT.xlsx] [--force]

Builds a complete AIP workbook from a plan written as JSON: the Plan sheet (Section 1),
one strategy sheet per initiative, the four quarter tabs and the Lists sheet.

  PLAN.json          the plan (see examples/sample-plan.json and the README's "Plan JSON")
  -o, --output FILE  where to save the workbook (default: PLAN.xlsx next to PLAN.json)
  --force            replace FILE if it already exists

Example: aip new examples/sample-plan.json -o out/sample-aip.xlsx`,

  export: `Usage: aip export BOOK.xlsx [-o PLAN.json] [--force]

Reads the plan back out of an AIP workbook and prints it as JSON (2-space indent).
Anything odd in the workbook is listed on stderr with the sheet and cell; the rest is exported.

  BOOK.xlsx          an AIP workbook made by "aip new" or the Excel add-in
  -o, --output FILE  save the JSON to FILE instead of printing it
  --force            replace FILE if it already exists

Example: aip export out/sample-aip.xlsx > plan.json`,

  "add-initiative": `Usage: aip add-initiative BOOK.xlsx --objective N --from INITIATIVE.json [options]

Adds an initiative to objective N: a new strategy sheet, numbered after the objective's last
initiative; the quarter tabs and the Plan sheet are updated. Nothing already typed is changed.

  --objective N            the objective's number (1, 2, …); one more than the last starts a new objective
  --from FILE              the initiative as JSON: { "description": …, "lead": …, "activities": [ … ] }
  --objective-title TEXT   the title (A) of a new objective
  --objective-lead NAME    the overall lead (B) of a new objective
  -o, --output FILE        save to FILE (default: change BOOK.xlsx in place)
  --force                  replace FILE if it already exists

Example: aip add-initiative plan.xlsx --objective 2 --from tutoring.json`,

  refresh: `Usage: aip refresh BOOK.xlsx [-o OUT.xlsx] [--force]

Rebuilds the four quarter tabs (Sept-Dec, Jan-March, April-June, July-Aug) from the
activities on the strategy sheets. Nothing typed on the strategy sheets is changed.

  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --force            replace FILE if it already exists

Example: aip refresh plan.xlsx`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export function isCommandName(s: string): s is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMAND_HELP, s);
}

export const MAIN_HELP = `Usage: aip <command> [options]

Builds and reads Accelerated Improvement Plan (AIP) workbooks for Excel.

Commands:
  new PLAN.json -o OUT.xlsx                 build a new AIP workbook from a plan (JSON)
  export BOOK.xlsx                          print a workbook's plan as JSON
  add-initiative BOOK.xlsx --objective N --from INITIATIVE.json
                                            add an initiative with its strategy sheet
  refresh BOOK.xlsx                         rebuild the quarter tabs
  help [COMMAND]                            show this help, or a command's

Options:
  -h, --help      show help (also after a command: aip new --help)
  -V, --version   show aip's version

Exit codes: 0 done; 2 bad input (the message says where and what to fix);
1 is reserved for "check found errors"; 70 an internal error in aip (please report it).`;

/** The hint printed after a usage error. */
export function helpHint(command: string): string {
  return command ? `Run "aip ${command} --help" for usage.` : `Run "aip --help" for usage.`;
}
