/**
 * Where each defined name belongs, found FROM THE SHEET LAYOUT: the template's labels located on
 * the sheet as it is now (rows inserted above, columns moved, tab renamed), and table bodies
 * running to their current last row. Used by Repair names; it never looks at values people typed
 * except to see where a table ends.
 */
import { QPR_PERIODS, QUARTERS, type InitiativeRef, type Quarter } from "../../domain/plan";
import { ACTIVITY_STATUSES } from "../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../domain/scales";
import { blockRange, cellAddress } from "../../util/a1";
import { ACTIVITY_LABELS, SECTION1_PROMPTS } from "../labels";
import { initiativeNames, LIST_NAMES, PLAN_NAMES, quarterListName } from "../names";
import type { At, SheetGrid } from "../sheetGrid";

/** Names found on one sheet (name → A1 range) and, for the ones not found, why. */
export interface Anchors {
  sheet: string;
  found: Map<string, string>;
  missing: Map<string, string>;
}

function anchors(grid: SheetGrid): Anchors & { put(name: string, at: At | undefined, why: string, range?: (at: At) => string | undefined): void } {
  const found = new Map<string, string>();
  const missing = new Map<string, string>();
  return {
    sheet: grid.sheet,
    found,
    missing,
    put(name, at, why, range = (a) => cellAddress(a.row, a.col)) {
      const r = at ? range(at) : undefined;
      if (r) found.set(name, r);
      else missing.set(name, why);
    },
  };
}

const right = (at: At, by = 1): At => ({ row: at.row, col: at.col + by });
const below = (at: At, by = 1): At => ({ row: at.row + by, col: at.col });
const cols = (top: At, rows: number, width: number) => blockRange(cellAddress(top.row, top.col), rows, width);
const notFound = (label: string) => `the label "${label}" was not found on the sheet`;

// ---- Plan sheet --------------------------------------------------------------------------------

/** Text only the Plan sheet holds. */
export function isPlanSheet(grid: SheetGrid): boolean {
  return grid.label(SECTION1_PROMPTS.keyIssues) !== undefined;
}

export function planAnchors(grid: SheetGrid): Anchors {
  const a = anchors(grid);
  const beside = (name: string, label: string) => a.put(name, grid.label(label), notFound(label), (at) => cellAddress(at.row, at.col + 1));
  beside(PLAN_NAMES.district, "District:");
  beside(PLAN_NAMES.date, "Date:");
  beside(PLAN_NAMES.schoolYear, "School year (start year):");
  beside(PLAN_NAMES.wordCount, "Section 1 word count:");
  a.put(PLAN_NAMES.keyIssues, grid.label(SECTION1_PROMPTS.keyIssues), notFound("In this section, summarize the key issues…"), (at) => cellAddress(at.row + 1, at.col));
  a.put(PLAN_NAMES.theoryOfAction, grid.label(SECTION1_PROMPTS.theoryOfAction), notFound(SECTION1_PROMPTS.theoryOfAction), (at) => cellAddress(at.row + 1, at.col));

  // Final outcomes: No. | Final outcome | Date, down to the last filled row before the objectives prompt.
  const outcomes = grid.find((t, at) => t === "No." && grid.text(at.row, at.col + 1) === "Final outcome");
  const listPrompt = grid.label(SECTION1_PROMPTS.objectivesAndInitiatives);
  a.put(PLAN_NAMES.finalOutcomes, outcomes, notFound("Final outcome"), (h) => {
    const end = listPrompt && listPrompt.row > h.row ? listPrompt.row - 1 : grid.lastRow;
    const last = grid.lastFilledRow(h.row + 1, end, h.col, 3);
    return last > h.row ? cols(below(right(h)), last - h.row, 2) : undefined;
  });

  // The objective list: its header and every row under it (the add-in's: text in each row's No.).
  const list = grid.find((t, at) => t === "No." && grid.text(at.row, at.col + 1) === "Objective / initiative (from the strategy sheets)");
  a.put(PLAN_NAMES.objectiveList, list, notFound("Objective / initiative (from the strategy sheets)"), (h) => {
    let last = h.row;
    while (last < grid.lastRow && grid.rowFilled(last + 1, h.col, 5)) last++;
    return cols(h, last - h.row + 1, 5);
  });
  return a;
}

// ---- Lists sheet -------------------------------------------------------------------------------

const ROSTER_HEADER = "Roster (people who may lead)";
/** Blank roster rows the Lists sheet offers below the names (listsSheet.ts). */
const ROSTER_SPARE_ROWS = 20;

export function isListsSheet(grid: SheetGrid): boolean {
  return grid.label(ROSTER_HEADER) !== undefined || grid.label("Lists used by the dropdowns") !== undefined;
}

export function listsAnchors(grid: SheetGrid): Anchors {
  const a = anchors(grid);
  const fixed = (name: string, header: string, rows: number) => a.put(name, grid.label(header), notFound(header), (h) => cols(below(h), rows, 1));
  fixed(LIST_NAMES.process, `${PROCESS_SCALE.title} (low to high)`, PROCESS_SCALE.levels.length);
  fixed(LIST_NAMES.performance, `${PERFORMANCE_SCALE.title} (low to high)`, PERFORMANCE_SCALE.levels.length);
  fixed(LIST_NAMES.quarters, "Quarters", QUARTERS.length);
  fixed(LIST_NAMES.statuses, "Statuses", ACTIVITY_STATUSES.length);
  // The roster: its names, then the blank rows offered for more, as built.
  a.put(LIST_NAMES.roster, grid.label(ROSTER_HEADER), notFound(ROSTER_HEADER), (h) => {
    const last = grid.lastFilledRow(h.row + 1, grid.lastRow, h.col, 1);
    return cols(below(h), Math.max(last, h.row) - h.row + ROSTER_SPARE_ROWS, 1);
  });
  return a;
}

// ---- Quarter tabs ------------------------------------------------------------------------------

export const quarterTitle = (q: Quarter) => `${q} activities, all initiatives`;

/** The quarter whose listing this sheet is (its title), if any. */
export function quarterOf(grid: SheetGrid): Quarter | undefined {
  return QUARTERS.find((q) => grid.label(quarterTitle(q)) !== undefined);
}

export function quarterAnchors(grid: SheetGrid, q: Quarter): Anchors {
  const a = anchors(grid);
  const header = grid.find((t, at) => t === "Initiative" && grid.text(at.row, at.col + 1) === ACTIVITY_LABELS[0]);
  a.put(quarterListName(QUARTERS.indexOf(q)), header, notFound("Initiative"), (h) => {
    let last = h.row;
    // One row per listed activity; the "No … activities yet." line is not a row of the listing.
    while (last < grid.lastRow && grid.filled(last + 1, h.col) && !grid.text(last + 1, h.col).startsWith(`No ${q} activities`)) last++;
    return cols(h, last - h.row + 1, 6);
  });
  return a;
}

// ---- Strategy sheets ---------------------------------------------------------------------------

/** The template's field labels (strategySheet.ts), matched by their start so small edits survive. */
const FIELD = {
  objective: "A. District Strategic Objective",
  objectiveLead: "B. Overall Lead for this Objective",
  description: "C. Initiative Number and Description",
  lead: "D. Lead for this Initiative",
  shortTermOutcomes: "E. Short-term outcomes",
  earlyEvidence: "F. What are the key indicators",
  resources: "G. Key resources",
} as const;
const RATINGS_TITLE = "Quarterly Progress Report (QPR) ratings";

export function isStrategySheet(grid: SheetGrid): boolean {
  return grid.label(FIELD.description, true) !== undefined;
}

/** The initiative number the sheet shows beside C ("1.2"), if it reads as one. */
export function strategyNumber(grid: SheetGrid): InitiativeRef | undefined {
  const c = grid.label(FIELD.description, true);
  if (!c) return undefined;
  const m = /^(\d+)\.(\d+)$/.exec(grid.text(c.row, c.col + 1));
  return m ? { o: Number(m[1]), i: Number(m[2]) } : undefined;
}

/** The strategy sheet's rating table has Rated by and Date rated (workbooks made before them do not). */
export function hasRatedBy(grid: SheetGrid): boolean {
  const h = grid.find((t, at) => t === "QPR period" && grid.text(at.row, at.col + 1) === "Process rating");
  return h !== undefined && grid.text(h.row, h.col + 6) === "Rated by";
}

export function strategyAnchors(grid: SheetGrid, ref: InitiativeRef): Anchors {
  const a = anchors(grid);
  const n = initiativeNames(ref);
  const at = (label: string) => grid.label(label, true);
  const field = (name: string, label: string, offset = 1) => a.put(name, at(label), notFound(`${label}…`), (l) => cellAddress(l.row, l.col + offset));
  field(n.objective, FIELD.objective);
  field(n.objectiveLead, FIELD.objectiveLead);
  field(n.description, FIELD.description, 2);
  field(n.lead, FIELD.lead);
  field(n.resources, FIELD.resources);

  // E and F: the rows under the label, down to the next label (trailing blank rows left out).
  const list = (name: string, label: string, next: string) =>
    a.put(name, at(label), notFound(`${label}…`), (l) => {
      const stop = at(next);
      const end = stop && stop.row > l.row ? stop.row - 1 : grid.lastRow;
      const last = grid.lastFilledRow(l.row + 1, end, l.col, 6);
      return last > l.row ? cols({ row: l.row + 1, col: l.col + 1 }, last - l.row, 1) : undefined;
    });
  list(n.shortTermOutcomes, FIELD.shortTermOutcomes, FIELD.earlyEvidence);
  list(n.earlyEvidence, FIELD.earlyEvidence, FIELD.resources);

  // Activities: Quarter, H, I, J, K, Status, down to the last filled row before the rating table.
  const header = grid.find((t, p) => t === "Quarter" && grid.text(p.row, p.col + 1) === ACTIVITY_LABELS[0]);
  a.put(n.activities, header, notFound("Quarter"), (h) => {
    const title = grid.label(RATINGS_TITLE, false, h.row + 1);
    const last = grid.lastFilledRow(h.row + 1, title ? title.row - 1 : grid.lastRow, h.col, 6);
    return last > h.row ? cols(below(h), last - h.row, 6) : undefined;
  });

  // The rating table: one row per QPR period, found by its label ("Jan (…)").
  const rh = grid.find((t, p) => t === "QPR period" && grid.text(p.row, p.col + 1) === "Process rating");
  const rows = QPR_PERIODS.map((p) => (rh ? grid.find((t, c) => c.col === rh.col && t.startsWith(`${p} (`), rh.row + 1) : undefined));
  const rated = rh !== undefined && grid.text(rh.row, rh.col + 6) === "Rated by";
  QPR_PERIODS.forEach((p, k) => {
    const row = rows[k];
    const why = rh ? notFound(`${p} (…)`) : notFound("QPR period");
    a.put(n.rating("Process", p), row, why, (r) => cellAddress(r.row, r.col + 1));
    a.put(n.rating("ProcessEvidence", p), row, why, (r) => cellAddress(r.row, r.col + 2));
    a.put(n.rating("Performance", p), row, why, (r) => cellAddress(r.row, r.col + 3));
    a.put(n.rating("PerformanceEvidence", p), row, why, (r) => cellAddress(r.row, r.col + 4));
    const ratedWhy = rated ? why : notFound("Rated by");
    a.put(n.ratedBy(p), rated ? row : undefined, ratedWhy, (r) => cellAddress(r.row, r.col + 6));
    a.put(n.ratedOn(p), rated ? row : undefined, ratedWhy, (r) => cellAddress(r.row, r.col + 7));
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  a.put(n.ratings, first && last && last.row >= first.row ? first : undefined, rh ? notFound("Jan (…) … Sep (…)") : notFound("QPR period"), (f) =>
    cols(f, last!.row - f.row + 1, 5),
  );
  return a;
}
