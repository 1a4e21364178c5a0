/**
 * "Build QPR view": builds or updates the "QPR <period>" sheet (layout/qprSheet.ts). One snapshot
 * and one apply whatever the plan's size; writes only that sheet (and its names); the sheet is
 * updated in place, never deleted. The narratives people typed there are read from the snapshot
 * and written back, so rebuilding loses nothing.
 */
import { inWindow, qprWindow } from "../domain/calendar";
import { QPR_PERIODS, type InitiativeRef, type QprPeriod } from "../domain/plan";
import { initiativeNames, parseCorrectionsName, parseMinutesName, PLAN_NAMES, qprNames } from "../layout/names";
import { reviewTyped } from "../layout/read/reviewRound";
import { typedAt, typedCell } from "../layout/read/typedCell";
import { lookalikeMessage, ownSheet } from "../layout/ownSheets";
import { qprSheetName } from "../layout/sheetNames";
import { qprAnchors } from "../layout/repair/followUpAnchors";
import { withLayoutNames } from "../layout/repair/layoutNames";
import { qprGroup } from "../layout/repair/nameGaps";
import { knownValue } from "../layout/read/knownValue";
import { qprSheetSpec, type MinutesEvidence, type QprObjective, type QprSheetInput } from "../layout/build/qprSheet";
import { asText, isBlank, isLive, type Problem } from "../layout/read/readCells";
import { assertHasPlan, initiativeRefs, readPlan } from "../layout/read/readPlan";
import type { Cell } from "../workbook/spec";
import { parseRange } from "../util/a1";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

export interface QprViewInput {
  period: QprPeriod;
}

export interface QprViewResult {
  /** The tab written. */
  sheet: string;
  /** Initiatives listed. */
  initiatives: number;
  /** Initiatives left out because their strategy sheet is gone. */
  problems: Problem[];
}

/** Every name an initiative's row reads, for the period. */
function rowNames(ref: InitiativeRef, period: QprPeriod): string[] {
  const n = initiativeNames(ref);
  return [
    n.objective,
    n.description,
    n.lead,
    n.rating("Process", period),
    n.rating("ProcessEvidence", period),
    n.rating("Performance", period),
    n.rating("PerformanceEvidence", period),
    n.ratedBy(period),
    n.ratedOn(period),
  ];
}

/** The evidence rows of the minutes held in the period's months, by meeting date (the QPR view and the QPR document list them). */
export function minutesEvidence(snap: WorkbookSnapshot, period: QprPeriod, schoolYear: number): MinutesEvidence[] {
  if (!schoolYear) return [];
  const window = qprWindow(period, schoolYear);
  const out: MinutesEvidence[] = [];
  for (const [name, read] of Object.entries(snap.names)) {
    const m = parseMinutesName(name);
    if (!m || m.field !== "Evidence" || !inWindow(m.date, window) || !isLive(snap, read)) continue;
    for (const row of read.values) {
      const [initiative, evidence, who, where] = [0, 1, 2, 3].map((c) => (row[c] === undefined ? "" : asText(row[c])));
      // The minutes sheet pre-fills each initiative's number: a row without evidence, who or where lists nothing.
      if ([evidence, who, where].every((v) => isBlank(v))) continue;
      out.push({ date: m.date, initiative, evidence, who, where });
    }
  }
  // Sorted by meeting date; rows of one meeting keep their order (stable sort).
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What people typed on the view, to be written back: the narratives, the review round, the corrections by "o.i". */
function peoplesCells(snap: WorkbookSnapshot, period: QprPeriod): Pick<QprSheetInput, "narrative" | "review" | "corrections"> {
  const q = qprNames(period);
  const objectives = new Map<number, Cell>();
  const corrections = new Map<string, Cell>();
  const pattern = new RegExp(`^AIP\\.QPR\\.${period}\\.O(\\d+)\\.Narrative$`);
  for (const [name, read] of Object.entries(snap.names)) {
    if (!isLive(snap, read)) continue;
    const m = pattern.exec(name);
    if (m) objectives.set(Number(m[1]), typedCell(read));
    const ref = parseCorrectionsName(q.prefix, name);
    if (ref) corrections.set(`${ref.o}.${ref.i}`, typedCell(read));
  }
  const live = (name: string) => isLive(snap, snap.names[name]);
  return {
    narrative: { overall: typedAt(snap, q.overall), objectives },
    review: reviewTyped((name) => typedAt(snap, name), q.review, live),
    corrections,
  };
}

export async function qprView(port: WorkbookPort, input: QprViewInput): Promise<QprViewResult> {
  const period = input.period;
  if (!QPR_PERIODS.includes(period)) {
    throw new WorkbookError(`"${String(period)}" is not a QPR period: choose one of ${QPR_PERIODS.join(", ")} (named by publication month).`);
  }
  // The view's own tab comes too, to find a person's cell whose name was lost (layoutNames.ts).
  let snap = await port.snapshot({ sheetValues: [qprSheetName(period)] });
  assertHasPlan(snap);
  const { plan } = readPlan(snap);
  const problems: Problem[] = [];

  const objectives: QprObjective[] = [];
  for (const ref of initiativeRefs(snap)) {
    const names = rowNames(ref, period);
    const readable = new Set(names.filter((name) => isLive(snap, snap.names[name])));
    if (readable.size === 0) {
      problems.push({
        where: `AIP.O${ref.o}.I${ref.i}.*`,
        message: `Initiative ${ref.o}.${ref.i} was left out of the QPR view: its strategy sheet is gone (none of its names point at a cell).`,
      });
      continue;
    }
    let objective = objectives.find((o) => o.o === ref.o);
    if (!objective) objectives.push((objective = { o: ref.o, initiatives: [] }));
    objective.initiatives.push({ ref, readable });
  }

  const q = qprNames(period);
  const viewNames = [q.area, ...Object.keys(snap.names).filter((n) => n.startsWith(`AIP.QPR.${period}.`) && n !== q.area)];
  const own = ownSheet(snap, viewNames, qprSheetName(period));
  if (own.kind === "lookalike") {
    throw new WorkbookError(
      lookalikeMessage(own.sheet, { outcome: "The QPR view was not built", what: "QPR view", names: viewNames, again: "build the view again", repairable: true }),
    );
  }
  const found = own.kind === "found";
  const sheet = found ? own.sheet : qprSheetName(period);
  if (found) {
    const shown = { review: true, corrections: objectives.flatMap((o) => o.initiatives.map((i) => i.ref)) };
    const expected = qprGroup(
      snap,
      period,
      objectives.map((o) => o.o),
      shown,
    ).names;
    snap = await withLayoutNames(port, snap, sheet, expected, (grid) => qprAnchors(grid, period));
  }
  const area = snap.names[q.area];
  const previousLastRow = area?.sheet === sheet && area.range ? parseRange(area.range).end.row + 1 : undefined;

  if (found && area?.sheet === sheet && area.range && parseRange(area.range).end.col < CORRECTIONS_COLUMN) {
    await refuseOverPeopleCells(port, sheet);
  }

  const built = qprSheetSpec({
    period,
    sheet,
    mode: found ? "update" : "create",
    previousLastRow,
    schoolYear: plan.schoolYear,
    hasDistrict: isLive(snap, snap.names[PLAN_NAMES.district]),
    objectives,
    ...peoplesCells(snap, period),
    evidence: minutesEvidence(snap, period, plan.schoolYear),
    valueOf: (name) => knownValue(snap, name),
  });
  await port.apply({ sheets: [built.sheet], names: built.names });
  const initiatives = objectives.reduce((n, o) => n + o.initiatives.length, 0);
  return { sheet, initiatives, problems };
}

/** Column I (0-based 8): views built before the review round ended at column H, so what is in I there is a person's. */
const CORRECTIONS_COLUMN = 8;

/**
 * A view built before the review round owns columns A:H only: the rebuilt view adds the corrections
 * column I. Anything a person typed in column I of that sheet would be written over, so it is read
 * (one more read, once in the view's life) and, when there is any, nothing is written.
 */
async function refuseOverPeopleCells(port: WorkbookPort, sheet: string): Promise<void> {
  const used = (await port.snapshot({ sheetValues: [sheet] })).sheetValues?.[sheet];
  if (!used?.range) return;
  const { start } = parseRange(used.range);
  const taken: string[] = [];
  used.values.forEach((row, r) => {
    const c = CORRECTIONS_COLUMN - start.col;
    if (c >= 0 && c < row.length && !isBlank(row[c])) taken.push(`I${start.row + r + 1}`);
  });
  if (taken.length === 0) return;
  const where = taken.length > 3 ? `${taken.slice(0, 3).join(", ")} and ${taken.length - 3} more` : taken.join(", ");
  throw new WorkbookError(
    `The QPR view was not rebuilt: the rebuilt view puts "Factual corrections from the district" in column I of "${sheet}", and ${where} there hold text of your own. Move it to another column or sheet, then build the view again.`,
  );
}
