/**
 * workbook-names: a defined name the layout expects is missing or broken, or a name-level problem
 * readPlan met. Named cells are the anchors of everything the add-in reads and writes
 * (docs/architecture.md), so a broken one is an error with its fix (Repair names).
 */
import { parseInitiativeName } from "../../layout/names";
import type { Problem } from "../../layout/read/readCells";
import { gapState, nameGaps } from "../../layout/repair/nameGaps";
import type { LocatedPlan } from "../locatedPlan";
import type { Finding, WorkbookRule } from "../types";

export const workbookNames: WorkbookRule = {
  kind: "workbook",
  id: "workbook-names",
  severity: "error",
  description: "A defined name the add-in reads through is missing, broken or points at the wrong cells.",
  guidance: "docs/architecture.md (named cells are the anchors: every cell the add-in reads or writes has a defined name)",
};

/** readPlan's messages for a name or a whole sheet that is gone (errors); the rest are warnings. */
const GONE = /is missing|is broken|not in this workbook|is gone|none of its rating names|covers no cells/;

/**
 * One `workbook-names` error per name the layout expects that is missing or broken, naming the
 * sheet it belongs on and the fix (Repair names when that sheet is there). A strategy sheet that
 * is gone altogether is left to readPlan's one message about it. Returns the names covered.
 */
export function nameGapFindings(subject: LocatedPlan): { findings: Finding[]; covered: Set<string> } {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const gap of nameGaps(subject.snapshot)) {
    const { group } = gap;
    if (group.kind === "initiative" && group.sheet === "") continue;
    covered.add(gap.name);
    const f: Finding = group.sheet
      ? {
          rule: workbookNames.id,
          severity: "error",
          sheet: group.sheet,
          cell: "",
          message: `The defined name ${gap.name} ${gapState(gap)}; it belongs on the sheet "${group.sheet}" (${group.label}), and the add-in reads and updates those cells only through it.`,
          suggestion: `Run Repair names (Check page, or aip repair BOOK.xlsx): it points ${gap.name} back at its cells from the sheet's labels and changes no value. If the labels were removed, point the name at its cells in Formulas > Name Manager.`,
        }
      : {
          rule: workbookNames.id,
          severity: "error",
          sheet: "",
          cell: "",
          message: `The defined name ${gap.name} ${gapState(gap)}, and ${group.label} it belongs on is not in this workbook.`,
          suggestion:
            "Restore the sheet (Undo, or copy it back from a saved copy of the workbook), then run Repair names; if it was removed on purpose, delete the name in Formulas > Name Manager.",
        };
    if (group.initiative) f.initiative = { ...group.initiative };
    findings.push(f);
  }
  return { findings, covered };
}

/** A readPlan problem about a name or a whole sheet (not about one cell). */
export function nameProblemFinding(p: Problem): Finding {
  const f: Finding = { rule: workbookNames.id, severity: GONE.test(p.message) ? "error" : "warning", sheet: "", cell: "", message: p.message };
  const parsed = parseInitiativeName(p.where) ?? parseInitiativeName(`${p.where}.x`);
  if (parsed) f.initiative = { o: parsed.o, i: parsed.i };
  return f;
}
