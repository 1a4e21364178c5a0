/**
 * "Build Summative report": builds or updates the "Summative YYYY-YY" sheet of a school year
 * (layout/build/summativeSheet.ts) and returns what it shows, for the Word document. One snapshot
 * and one apply whatever the plan's size; writes only that sheet and its names; the sheet is
 * updated in place, never deleted, and a tab of a person's own with its name is never written over.
 * What people typed there (narratives, review round, corrections, outcomes' results) is read from
 * the snapshot and written back.
 */
import { localToday, schoolYearLabel } from "../domain/calendar";
import type { IsoDate, Plan } from "../domain/plan";
import { shortSchoolYear } from "../domain/summative";
import { summativeSheetSpec } from "../layout/build/summativeSheet";
import { PLAN_NAMES, summativeNames } from "../layout/names";
import { lookalikeMessage, ownSheet } from "../layout/ownSheets";
import { assertHasPlan, initiativeRefs, readPlan, type Problem } from "../layout/read/readPlan";
import { summativeModel, type SummativeModel } from "../layout/read/summativeModel";
import { isSummativeTab, summativeSheetName } from "../layout/sheetNames";
import { withLayoutNames } from "../layout/repair/layoutNames";
import { summativeAnchors, summativeGroup } from "../layout/repair/summativeAnchors";
import { parseRange } from "../util/a1";
import { WorkbookError, type NamedRangeRead, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

export interface SummativeInput {
  /** Start year of the school year reported (2026 for 2026-27); default: the plan's. */
  year?: number;
  /** The day activities overdue and quarters not begun are counted for (default: today here). */
  today?: IsoDate;
}

export interface SummativeResult {
  /** The tab written. */
  sheet: string;
  /** Initiatives listed. */
  initiatives: number;
  /** What the report shows, for the Word document. */
  model: SummativeModel;
  /** Initiatives left out because their strategy sheet is gone. */
  problems: Problem[];
}

/** The workbook's plan is for another school year than the one asked for: its ratings are that year's. */
export class OtherYearError extends WorkbookError {
  constructor(
    readonly asked: number,
    readonly planYear: number,
  ) {
    super(
      `The Summative Report of ${schoolYearLabel(asked)} cannot be built from this workbook: its plan is for ${schoolYearLabel(planYear)} (Plan sheet, School year), and its ratings are that year's. Build the report of ${shortSchoolYear(planYear)}, or open the workbook of ${shortSchoolYear(asked)}.`,
    );
    this.name = "OtherYearError";
  }
}

/** The refusal when the plan has no school year, saying where it is typed, or that its cell is gone. */
function noSchoolYear(cell: NamedRangeRead | undefined): string {
  const where =
    cell?.sheet && cell.range
      ? `the School year cell ("${cell.sheet}"!${cell.range.replace(/\$/g, "")})`
      : `the School year cell (${PLAN_NAMES.schoolYear}), which this workbook no longer has: if the Plan sheet was deleted or renamed, run Repair names or make the plan again`;
  return `The Summative Report needs the plan's school year, and none could be read: type it in ${where}, e.g. 2026-27, then build the report again.`;
}

/** The names a rebuild carries people's cells through: every outcome and initiative of the plan's. */
function expectedNames(snap: WorkbookSnapshot, plan: Plan, year: number): string[] {
  return summativeGroup(snap, year, { outcomes: plan.finalOutcomes.length, corrections: initiativeRefs(snap) }).names;
}

export async function summative(port: WorkbookPort, input: SummativeInput = {}): Promise<SummativeResult> {
  // Report tabs come too, to find a person's cell whose name was lost (layoutNames.ts).
  const snap = await port.snapshot({ sheetValues: isSummativeTab });
  assertHasPlan(snap);
  const { plan } = readPlan(snap);
  if (!plan.schoolYear) throw new WorkbookError(noSchoolYear(snap.names[PLAN_NAMES.schoolYear]));
  const year = input.year ?? plan.schoolYear;
  if (year !== plan.schoolYear) throw new OtherYearError(year, plan.schoolYear);

  const s = summativeNames(year);
  const names = [s.area, ...Object.keys(snap.names).filter((n) => n.startsWith(`${s.prefix}.`) && n !== s.area)];
  const own = ownSheet(snap, names, summativeSheetName(year));
  if (own.kind === "lookalike") {
    throw new WorkbookError(
      lookalikeMessage(own.sheet, { outcome: "The Summative Report was not built", what: "Summative Report", names, again: "build the report again", repairable: false }),
    );
  }
  const found = own.kind === "found";
  const sheet = found ? own.sheet : summativeSheetName(year);
  // A person's cell whose name was deleted is found from the sheet's labels, so the rebuild keeps it.
  const kept = found ? await withLayoutNames(port, snap, sheet, expectedNames(snap, plan, year), (grid) => summativeAnchors(grid, year)) : snap;
  const area = kept.names[s.area];
  const previousLastRow = area?.sheet === sheet && area.range ? parseRange(area.range).end.row + 1 : undefined;

  const model = summativeModel(kept, plan, year, input.today ?? localToday());
  const built = summativeSheetSpec({ model, sheet, mode: found ? "update" : "create", previousLastRow });
  await port.apply({ sheets: [built.sheet], names: built.names });
  const initiatives = model.objectives.reduce((n, o) => n + o.initiatives.length, 0);
  return { sheet, initiatives, model, problems: model.problems };
}
