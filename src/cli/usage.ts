/** The text of `aip --help` and `aip <command> --help`. */

export const COMMAND_HELP = {
  new: `Usage: aip new PLAN.json [-o OUT.xlsx] [--force]

Builds a complete AIP workbook from a plan written as JSON: the Plan sheet (Section 1),
one strategy sheet per initiative, the four quarter tabs and the Lists sheet.

  PLAN.json          the plan (see examples/sample-plan.json and docs/command-line.md, "Plan JSON")
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

  document: `Usage: aip document BOOK.xlsx [-o PLAN.docx] [--force]

Writes the plan as the state's Word document, for submission: the Appendix C layout with the
header (District, Date), Section 1's four prompts with the district's answers, then one Initiative
Strategy Sheet per initiative (fields A-K, the activities by quarter). The workbook is only read;
anything odd in it is listed on stderr with the sheet and cell, and the rest is written.

  BOOK.xlsx          an AIP workbook
  -o, --output FILE  the Word document to write (default: BOOK.docx next to BOOK.xlsx)
  --force            replace FILE if it already exists

Example: aip document plan.xlsx -o "Riverton AIP 2026-27.docx"`,

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

  repair: `Usage: aip repair BOOK.xlsx [-o OUT.xlsx] [--force]

Points the plan's defined names that are missing (cleared in Name Manager) or broken (#REF!)
back at their cells, found from each sheet's labels (rows inserted above and renamed tabs are
fine). Only names are written: no cell value changes. Lists each name re-anchored, and each that
could not be (with why and what to do) on stderr.

  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --force            replace FILE if it already exists

Exit: 0 all repaired or nothing to repair; 1 some names could not be repaired; 2 unreadable input.

Example: aip repair plan.xlsx`,

  check: `Usage: aip check BOOK.xlsx [--json] [--today YYYY-MM-DD] [--mark [-o OUT.xlsx] [--force]]

Checks the plan's benchmarks (date, measurable target, evidence source) and its own rules
(counts, one lead, activity dates) and lists every finding with its sheet and cell.
The workbook is not changed, unless --mark.

  BOOK.xlsx            an AIP workbook
  --json               print a JSON array of {rule, severity, sheet, cell, message, suggestion?}
  --today YYYY-MM-DD   the date "overdue" is judged against (default: today)
  --mark               also mark the flagged cells on the plan's sheets (red: error, yellow:
                       warning, blue: note) and clear the marks of the last check, then save
                       the workbook (in place, or to -o OUT.xlsx); only Check's own marks change
  -o, --output FILE    with --mark: save to FILE instead of in place
  --force              with -o: overwrite FILE if it exists

Exit: 0 no errors (warnings and notes may be listed); 1 at least one error; 2 unreadable input.

Example: aip check plan.xlsx --today 2027-01-15`,

  benchmarks: `Usage: aip benchmarks TEXTS.json [--json] [--school-year YYYY]

Checks benchmark texts before they go into a plan. TEXTS.json is a JSON array of
{ "text": …, "type": "activity" | "early_evidence" | "short_term_outcome" | "final_outcome" }
(type optional; "goal" and "other", as the labelled sets name a goal and a line that is not a
benchmark, are read too; an unknown type is warned about and left out). Prints, in the same order, whether each has a date, a measurable target and an
evidence source, and what to fix.

  --json                print a JSON array of {hasDate, hasTarget, hasEvidence, findings}
  --school-year YYYY    the plan's start year: places "By November" in the school year and
                        warns about dates outside it (e.g. 2026 for 2026-27)

Exit: 0 (a report, whatever it finds); 2 bad input (the message names the item).

Example: aip benchmarks drafts.json --school-year 2026`,

  rollup: `Usage: aip rollup BOOK.xlsx [-o OUT.xlsx] [--force]

Builds (or rebuilds) the Summary sheet: every initiative's process and performance ratings by
period, counts per level for each objective and the plan, and change since the last period. Its
formulas stay live: a rating typed later updates the Summary with no add-in running. A rating
that is not exactly a scale name shows as "not a scale level" and is not counted; what could not
be read is listed on the Summary and on stderr. Only the Summary sheet is written.

  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --force            replace FILE if it already exists

Example: aip rollup plan.xlsx`,

  qpr: `Usage: aip qpr BOOK.xlsx --period Jan|Mar|Jun|Sep [-o OUT.xlsx] [--force]
       aip qpr BOOK.xlsx --period Jan|Mar|Jun|Sep --docx QPR.docx [--status S] [--force]

Builds the "QPR <period>" sheet the Plan Monitor works from: the months it covers, its
publication month, every initiative's two ratings with evidence, space for the narrative, and the
review round (status, the date of each step, the district's factual corrections per initiative).
What is already typed there is kept.

With --docx, writes the QPR as a Word document in the state's format instead (the workbook is
only read, not changed): the narratives typed on the QPR view, every initiative's Process and
Performance ratings with their scale names and evidence, the evidence listed in the period's
minutes, the rating scales (Appendix G), and the review round recorded on the view.

  --period P         the QPR period: Jan, Mar, Jun or Sep
  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --docx FILE        write the Word document (.docx) and leave the workbook as it is
  --status S         with --docx: draft, in-review or published, in place of the status chosen
                     on the QPR view (default: the view's status, or published when the view has
                     none); a draft or a report in review says DRAFT FOR FACTUAL REVIEW on every
                     page. The district's corrections typed on the view are always shown
  --force            replace FILE (or the .docx) if it already exists

Examples: aip qpr plan.xlsx --period Mar
          aip qpr plan.xlsx --period Mar --docx "QPR March.docx"
          aip qpr plan.xlsx --period Mar --docx "QPR March.docx" --status draft`,

  summative: `Usage: aip summative BOOK.xlsx [--year 2026-27] [-o OUT.xlsx] [--docx OUT.docx] [--force]

Builds (or rebuilds) the "Summative YYYY-YY" sheet, the Plan Monitor's Annual Summative Report:
every initiative's process and performance ratings of the year's four QPR periods side by side
with the change over the year and the evidence of each period, activities at the year's end, the
final outcomes with a cell for the year's result and met / partly met / not met, the Highlight
Discussions of each quarter and whether every initiative was discussed, and the latest
self-assessment. The narratives, review round, factual corrections and results typed there are
kept. With --docx, the report is also written as a Word document in the same layout.

  --year YYYY-YY     the school year (default: the plan's); another year is refused
  --docx FILE        also write the report as a Word document
  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --force            replace FILE (and the Word document) if it already exists

Example: aip summative plan.xlsx --year 2026-27 --docx summative-2026-27.docx`,

  minutes: `Usage: aip minutes BOOK.xlsx --date YYYY-MM-DD [-o OUT.xlsx] [--docx OUT.docx] [--suffix] [--force]

Adds a "Minutes YYYY-MM-DD" sheet for a Highlight Discussion: the Appendix F template, pre-filled
with this month's theme, activities and benchmarks due, the evidence inventory, the deadlines and
the initiatives that must be discussed. An existing minutes sheet is never overwritten: when
minutes for the date exist, --docx alone exports them as they are now (what people typed).

  --date YYYY-MM-DD  the meeting date
  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --docx FILE        also write the minutes as a Word document (Appendix F layout)
  --suffix           minutes for that date exist: add a second sheet, "Minutes YYYY-MM-DD (2)"
  --force            replace FILE (and the .docx) if it already exists

Example: aip minutes plan.xlsx --date 2026-10-14 --docx minutes-2026-10.docx`,

  assess: `Usage: aip assess BOOK.xlsx [-o OUT.xlsx] [--force] [--date YYYY-MM-DD]

Adds a dated "Rubric YYYY-MM-DD" sheet for the plan's self-assessment: the AIP Rubric's five
criteria by its four levels with the official descriptors, a rating dropdown and an evidence cell
each, the sub-elements the rubric counts, and the Guiding Questions with room for notes. Beside the
ratings: what Check finds in the plan, counted from its findings (benchmarks with a date, a target,
an evidence source, and all the checker asks; objectives and initiatives against 3-5 and 5). The ratings are left for people to choose.
Also makes the "Stages toward exit" sheet, or adds a reflection column to it. Earlier assessments
are never changed; the same date twice gives "Rubric YYYY-MM-DD (2)".

  --date YYYY-MM-DD  the assessment date (default: today)
  -o, --output FILE  save to FILE (default: change BOOK.xlsx in place)
  --force            replace FILE if it already exists

Example: aip assess plan.xlsx --date 2026-10-01`,

  portfolio: `Usage: aip portfolio FOLDER... -o PORTFOLIO.xlsx [--period Jan|Mar|Jun|Sep] [--today YYYY-MM-DD] [--csv DIR]

Reads every .xlsx under the folders (and their sub-folders, e.g. a synced SharePoint or OneDrive
library) and builds a portfolio workbook for Plan Monitors and the state office: a Districts sheet
(one row per district workbook, linked to its file), a Levels chart, a Ratings sheet (long form)
and a Findings sheet (every Check plan finding). Workbooks with no AIP are skipped with a line
naming each; ones that cannot be read are listed and the rest go on. District workbooks are only
read. Run again with the same -o: the portfolio's sheets are rebuilt in place, sheets you added are
left alone. See docs/portfolio.md.

  FOLDER...            one or more folders (or .xlsx files) holding district workbooks
  -o, --output FILE    the portfolio workbook to create or rebuild
  --period P           the QPR period to count: Jan, Mar, Jun or Sep (default: the latest whose months
                       have ended, e.g. Mar from March to May)
  --today YYYY-MM-DD   the date overdue and due are judged against (default: today)
  --csv DIR            also write districts.csv, ratings.csv and findings.csv there (UTF-8, for
                       Power BI and Power Query)

Exit: 0 done; 1 the portfolio was written but some workbooks could not be read; 2 bad input.

Example: aip portfolio "~/State Monitoring/Districts" -o portfolio.xlsx --period Mar --csv portfolio-csv`,
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
  document BOOK.xlsx -o PLAN.docx           the plan as the state's Word document
  add-initiative BOOK.xlsx --objective N --from INITIATIVE.json
                                            add an initiative with its strategy sheet
  refresh BOOK.xlsx                         rebuild the quarter tabs
  repair BOOK.xlsx                          re-anchor missing or broken defined names
  check BOOK.xlsx [--json] [--mark]         check benchmarks and the plan's rules
  benchmarks TEXTS.json [--json]            check benchmark texts before they go in
  rollup BOOK.xlsx                          build the Summary sheet of QPR ratings
  qpr BOOK.xlsx --period Mar                build the QPR view for one period
                                            (--docx QPR.docx: the QPR as a Word document)
  summative BOOK.xlsx [--year 2026-27]      build the Annual Summative Report of a year
  minutes BOOK.xlsx --date YYYY-MM-DD       add Highlight Discussion minutes
  assess BOOK.xlsx                          add a rubric self-assessment sheet
  portfolio FOLDER... -o PORTFOLIO.xlsx     one workbook (and CSV) across district workbooks
  help [COMMAND]                            show this help, or a command's

Options:
  -h, --help      show help (also after a command: aip new --help)
  -V, --version   show aip's version

Exit codes: 0 done; 1 check found errors; 2 bad input or a refusal (the message says where
and what to fix: a file that is not an .xlsx, a plan that is not UTF-8, a workbook that changed
since it was opened, a read-only file, a part aip cannot keep); 70 an internal error in aip
(please report it); 74 the output could not be written (a full disk, a closed pipe).`;

/** The hint printed after a usage error. */
export function helpHint(command: string): string {
  return command ? `Run "aip ${command} --help" for usage.` : `Run "aip --help" for usage.`;
}
