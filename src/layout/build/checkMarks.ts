/**
 * Check's marks on the sheets (docs/checker.md, "Marks on the sheets"): each cell a finding points
 * at gets a conditional format the add-in owns, coloured by the finding's severity. The format is
 * an expression rule whose formula names Check (=ISTEXT("AIP Check: error") is always true), so
 * the adapters can tell ours from a person's own and remove only ours; it changes no value, no
 * format and no rule of the person's, and it goes when Check runs again and the finding is gone.
 * A mark goes only on a cell of the add-in's layout: inside a range one of the plan's defined names
 * points at, on the plan's own sheets (the Plan sheet, the strategy sheets, each where its anchor
 * names are). Never on a person's tab, even one a single plan name was pointed at.
 */
import { SEVERITIES, type Finding, type Severity } from "../../domain/findings";
import { parseInitiativeName, PLAN_NAMES } from "../names";
import { isLive } from "../read/readCells";
import { initiativeRefs, initiativeSheet } from "../read/readPlan";
import { parseCell, parseRange, type RangeRef } from "../../util/a1";
import type { WorkbookSnapshot } from "../../workbook/port";
import type { ConditionalFormat, OwnedFormats } from "../../workbook/spec";

/** The start every mark's formula shares: what makes a conditional format Check's. */
export const MARK_OWNER = '=ISTEXT("AIP Check';

/** Excel's own "Light Red Fill", "Yellow Fill" and a light blue: the colours people know from Excel's presets. */
export const MARK_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", note: "#DDEBF7" };

export function markFormula(severity: Severity): string {
  return `${MARK_OWNER}: ${severity}")`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** The Plan sheet (where its district, final outcomes or key issues are) and each initiative's strategy sheet. */
function planSheets(snap: WorkbookSnapshot): Set<string> {
  const anchors = [PLAN_NAMES.district, PLAN_NAMES.finalOutcomes, PLAN_NAMES.keyIssues].map((n) => snap.names[n]);
  const plan = anchors.find((read) => isLive(snap, read))?.sheet;
  const sheets = new Set(initiativeRefs(snap).map((ref) => initiativeSheet(snap, ref)));
  if (plan) sheets.add(plan);
  sheets.delete(undefined);
  return sheets as Set<string>;
}

/** The ranges the plan's names point at on the plan's sheets: the only cells a mark may go on. */
function layoutAreas(snap: WorkbookSnapshot): Map<string, RangeRef[]> {
  const plan = new Set<string>(Object.values(PLAN_NAMES));
  const home = planSheets(snap);
  const areas = new Map<string, RangeRef[]>();
  for (const read of Object.values(snap.names)) {
    if (!plan.has(read.name) && !parseInitiativeName(read.name)) continue;
    if (!isLive(snap, read) || !home.has(read.sheet)) continue;
    try {
      areas.set(read.sheet, [...(areas.get(read.sheet) ?? []), parseRange(read.range)]);
    } catch {
      // A range the port could not spell as one rectangle holds no mark.
    }
  }
  return areas;
}

function inside(cell: string, areas: readonly RangeRef[]): boolean {
  let c;
  try {
    c = parseCell(cell);
  } catch {
    return false;
  }
  return areas.some((a) => c.row >= a.start.row && c.row <= a.end.row && c.col >= a.start.col && c.col <= a.end.col);
}

/** Reading order: row, then column. */
function byPosition(a: string, b: string): number {
  const x = parseCell(a);
  const y = parseCell(b);
  return x.row - y.row || x.col - y.col;
}

/**
 * The marks for one check: for every sheet of the workbook, the formats Check owns there (none on
 * a sheet without findings, which clears the last check's). A cell with several findings is
 * marked once, by the most severe.
 */
export function checkMarks(snap: WorkbookSnapshot, findings: readonly Finding[]): OwnedFormats[] {
  const areas = layoutAreas(snap);
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    const on = areas.get(f.sheet);
    if (!f.cell || !on || !inside(f.cell, on)) continue;
    const cells = worst.get(f.sheet) ?? new Map<string, Severity>();
    const was = cells.get(f.cell);
    if (!was || RANK[f.severity] < RANK[was]) cells.set(f.cell, f.severity);
    worst.set(f.sheet, cells);
  }
  return snap.sheets.map((sheet) => {
    const cells = worst.get(sheet) ?? new Map<string, Severity>();
    const formats: ConditionalFormat[] = [...cells.keys()].sort(byPosition).map((cell) => {
      const severity = cells.get(cell)!;
      return { range: cell, formula: markFormula(severity), style: { fill: MARK_FILL[severity] } };
    });
    return { sheet, owner: MARK_OWNER, formats };
  });
}

/** How many cells carry a mark of each severity. */
export function markCounts(owned: readonly OwnedFormats[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const o of owned) for (const f of o.formats) for (const s of SEVERITIES) if (f.formula === markFormula(s)) counts[s]++;
  return counts;
}
