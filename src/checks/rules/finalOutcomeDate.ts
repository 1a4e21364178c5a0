/**
 * final-outcome-date: each final outcome has a date (SPEC.md §2.3 box 4). Final outcomes are
 * annual, so a missing date is read as the end of the school year, and said in a note (DECISIONS.md 14).
 */
import { schoolYearWindow, usDate } from "../../domain/calendar";
import { cellDate, cellText, findingAt, shorten } from "../planCells";
import type { Finding, PlanRule } from "../types";

export const finalOutcomeDate: PlanRule = {
  kind: "plan",
  id: "final-outcome-date",
  severity: "note",
  description: "Each final outcome has a date (none: the end of the school year is assumed).",
  guidance: 'SPEC.md §2.3 box 4 ("Include dates for each outcome"); DECISIONS.md 14',
  check(subject) {
    const out: Finding[] = [];
    const sy = subject.plan.schoolYear;
    const end = sy ? usDate(schoolYearWindow(sy).end) : "the end of the school year";
    for (const f of subject.finalOutcomes) {
      const name = shorten(cellText(f.text)) || "(no text)";
      const d = cellDate(f.date);
      if (d.kind === "blank") {
        out.push(
          findingAt(this, f.date, `The final outcome "${name}" has no date; ${end} (the end of the school year) is assumed.`, {
            suggestion: sy ? `Type the date it will be measured, e.g. ${usDate(`${sy + 1}-06-30`)}.` : "Type the date it will be measured.",
          }),
        );
      } else if (d.kind === "junk") {
        out.push(
          findingAt(this, f.date, `The date of the final outcome "${name}" holds "${d.shown}", which is not a date; ${end} is assumed.`, {
            severity: "warning",
            suggestion: sy ? `Type a date such as ${usDate(`${sy + 1}-06-30`)}.` : "Type a date such as 6/30/2027.",
          }),
        );
      }
    }
    return out;
  },
};
