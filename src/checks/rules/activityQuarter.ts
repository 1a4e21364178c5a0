/**
 * activity-quarter: an activity's start date falls in the quarter of its row (DECISIONS.md 3). The
 * quarters are the template's: Sept-Dec, Jan-March, April-June, July-Aug of the plan's school year;
 * the template's second Sept-Dec block is the next school year's. A row with no valid Quarter
 * label is reported too, since the quarter tabs cannot list it.
 */
import { inWindow, quarterOf, quarterWindow, usDate } from "../../domain/calendar";
import { QUARTERS, type IsoDate, type Quarter } from "../../domain/plan";
import { suggest } from "../../domain/suggest";
import { cellDate, cellText, findingAt, shorten } from "../planCells";
import type { Finding, PlanRule } from "../types";

function inQuarter(iso: IsoDate, quarter: Quarter, schoolYear: number): boolean {
  if (!schoolYear) return quarterOf(iso) === quarter; // no school year: judge by month alone
  if (inWindow(iso, quarterWindow(quarter, schoolYear))) return true;
  return quarter === "Sept-Dec" && inWindow(iso, quarterWindow(quarter, schoolYear + 1));
}

export const activityQuarter: PlanRule = {
  kind: "plan",
  id: "activity-quarter",
  severity: "warning",
  description: "An activity's start date (J) falls inside the Quarter of its row.",
  guidance: "SPEC.md §3.3; DECISIONS.md 3",
  check(subject) {
    const out: Finding[] = [];
    const sy = subject.plan.schoolYear;
    for (const li of subject.initiatives) {
      for (const a of li.activities) {
        const name = shorten(cellText(a.text)) || "(no text)";
        const label = cellText(a.quarter).trim();
        const start = cellDate(a.start);
        const quarter = QUARTERS.find((q) => q === label);
        if (!quarter) {
          const guess = suggest(label, QUARTERS, { partial: true, typos: true }) ?? (start.kind === "date" ? quarterOf(start.iso) : undefined);
          out.push(
            findingAt(
              this,
              a.quarter,
              label === ""
                ? `The activity "${name}" has no Quarter, so no quarter tab lists it.`
                : `The Quarter "${shorten(label)}" of "${name}" is not one of ${QUARTERS.join(", ")}, so no quarter tab lists it.`,
              {
                suggestion: guess ? `Choose ${guess} from the dropdown.` : `Choose one of ${QUARTERS.join(", ")} from the dropdown.`,
              },
            ),
          );
          continue;
        }
        if (start.kind !== "date" || inQuarter(start.iso, quarter, sy)) continue;
        const actual = quarterOf(start.iso);
        const window = sy ? quarterWindow(quarter, sy) : undefined;
        const span = window ? ` (${usDate(window.start)}–${usDate(window.end)})` : "";
        out.push(
          findingAt(this, a.start, `"${name}" starts on ${usDate(start.iso)}, outside its row's quarter ${quarter}${span}.`, {
            suggestion: `Move the activity to a ${actual} row, or correct the start date.`,
          }),
        );
      }
    }
    return out;
  },
};
