/**
 * The Rate panel's use-cases: read every initiative's ratings for one QPR period, and save one
 * initiative's ratings into its rating cells on its strategy sheet (found through the defined
 * names' current addresses, so inserted rows and renamed tabs are fine). Each is one snapshot;
 * a save adds one apply that writes only those cells.
 */
import { isIsoDate, isoToSerial, serialToIso } from "../domain/calendar";
import { type InitiativeRef, type IsoDate, type QprPeriod } from "../domain/plan";
import { levelByName, PERFORMANCE_SCALE, PROCESS_SCALE } from "../domain/scales";
import { initiativeNames } from "../layout/names";
import { asText, isLive } from "../layout/read/readCells";
import { assertHasPlan, initiativeRefs } from "../layout/read/readPlan";
import type { Block, Cell, SheetSpec } from "../workbook/spec";
import { cellAddress, parseRange, quoteSheet } from "../util/a1";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

/** What a person chooses and types for one initiative and one period. */
export interface RatingInput {
  process: string;
  processEvidence: string;
  performance: string;
  performanceEvidence: string;
  ratedBy: string;
  /** ISO date, or "" for none. */
  ratedOn: IsoDate | "";
}

export interface InitiativeRating extends RatingInput {
  ref: InitiativeRef;
  description: string;
  lead: string;
  objective: string;
  /** Both ratings are levels of their scales. */
  rated: boolean;
  /** False when the initiative's rating cells for the period cannot be found (the sheet was deleted or the names broken). */
  writable: boolean;
}

function text(snap: WorkbookSnapshot, name: string): string {
  const read = snap.names[name];
  return isLive(snap, read) ? asText(read.values[0][0]) : "";
}

function dateText(snap: WorkbookSnapshot, name: string): string {
  const read = snap.names[name];
  if (!isLive(snap, read)) return "";
  const v = read.values[0][0];
  return typeof v === "number" && v >= 1 ? serialToIso(v) : asText(v);
}

/** Both ratings hold a level of their scale (a misspelt hand-typed value does not count). */
export function isRated(r: Pick<RatingInput, "process" | "performance">): boolean {
  return levelByName(PROCESS_SCALE, r.process) !== undefined && levelByName(PERFORMANCE_SCALE, r.performance) !== undefined;
}

/** Every initiative (by objective, then number) with what its rating cells for `period` hold now. One snapshot. */
export async function readRatings(port: WorkbookPort, period: QprPeriod): Promise<InitiativeRating[]> {
  return ratingsIn(await port.snapshot(), period);
}

/** The same, from a snapshot already read (the Ratings page reads one and shows any period from it). */
export function ratingsIn(snap: WorkbookSnapshot, period: QprPeriod): InitiativeRating[] {
  assertHasPlan(snap);
  const out: InitiativeRating[] = [];
  for (const ref of initiativeRefs(snap)) {
    const n = initiativeNames(ref);
    const cells = [n.rating("Process", period), n.rating("ProcessEvidence", period), n.rating("Performance", period), n.rating("PerformanceEvidence", period)];
    const writable = cells.every((name) => isLive(snap, snap.names[name]));
    const anything = [n.description, ...cells].some((name) => isLive(snap, snap.names[name]));
    if (!anything) continue; // its strategy sheet is gone
    const entry: InitiativeRating = {
      ref,
      description: text(snap, n.description),
      lead: text(snap, n.lead),
      objective: text(snap, n.objective),
      // Kept exactly as typed: the Summary counts only exact scale names, so the panel flags the rest.
      process: text(snap, cells[0]),
      processEvidence: text(snap, cells[1]),
      performance: text(snap, cells[2]),
      performanceEvidence: text(snap, cells[3]),
      ratedBy: text(snap, n.ratedBy(period)),
      ratedOn: dateText(snap, n.ratedOn(period)),
      rated: false,
      writable,
    };
    entry.rated = isRated(entry);
    out.push(entry);
  }
  return out;
}

/**
 * Writes one initiative's ratings for one period: the two ratings (exact scale names, or empty),
 * both evidence cells, who rated and when. One snapshot (for the cells' current addresses) and
 * one apply touching only those cells. Text stays text.
 */
export async function saveRating(port: WorkbookPort, ref: InitiativeRef, period: QprPeriod, input: RatingInput): Promise<{ sheet: string; cells: string[] }> {
  const label = `initiative ${ref.o}.${ref.i}`;
  for (const [value, scale] of [
    [input.process, PROCESS_SCALE],
    [input.performance, PERFORMANCE_SCALE],
  ] as const) {
    if (value !== "" && !levelByName(scale, value)) {
      throw new WorkbookError(`"${value}" is not a level of the ${scale.title} scale; choose one of: ${scale.levels.map((l) => l.name).join("; ")}.`);
    }
  }
  if (input.ratedOn !== "" && !isIsoDate(input.ratedOn)) {
    throw new WorkbookError(`Date rated: "${input.ratedOn}" is not a date; use the date picker (YYYY-MM-DD).`);
  }
  const snap = await port.snapshot();
  const n = initiativeNames(ref);
  const wanted: [string, Cell, boolean][] = [
    [n.rating("Process", period), input.process || null, true],
    [n.rating("ProcessEvidence", period), input.processEvidence || null, true],
    [n.rating("Performance", period), input.performance || null, true],
    [n.rating("PerformanceEvidence", period), input.performanceEvidence || null, true],
    // Workbooks made before these cells existed have no names for them: saved without.
    [n.ratedBy(period), input.ratedBy.trim() || null, false],
    [n.ratedOn(period), input.ratedOn ? isoToSerial(input.ratedOn) : null, false],
  ];
  const blocks = new Map<string, Block[]>();
  const cells: string[] = [];
  for (const [name, value, required] of wanted) {
    const read = snap.names[name];
    if (!isLive(snap, read)) {
      if (!required && !read) continue;
      throw new WorkbookError(
        `Cannot save the ratings of ${label} for ${period}: the defined name ${name} ${read ? "points at a deleted sheet or #REF!" : "is missing"}. ` +
          "Restore the strategy sheet's rating table (or fix the name in Formulas > Name Manager), then save again.",
      );
    }
    const top = parseRange(read.range).start;
    const address = cellAddress(top.row, top.col);
    const list = blocks.get(read.sheet) ?? [];
    list.push({ at: address, cells: [[value]] });
    blocks.set(read.sheet, list);
    cells.push(`${quoteSheet(read.sheet)}!${address}`);
  }
  const sheets: SheetSpec[] = [...blocks].map(([name, b]) => ({ name, create: false, blocks: b }));
  await port.apply({ sheets, names: [] });
  return { sheet: sheets[0]?.name ?? "", cells };
}
