/**
 * Where the follow-up sheets' names belong (Summary, QPR view, minutes), found from their labels,
 * like anchors.ts does for the plan's own sheets. Used by Repair names.
 */
import { QPR_WINDOWS } from "../../domain/calendar";
import { QPR_PERIODS, type InitiativeRef, type QprPeriod } from "../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../domain/scales";
import { blockRange, cellAddress } from "../../util/a1";
import type { Anchors } from "./anchors";
import { AGENDA_HEADERS, COVERAGE_HEADERS, EVIDENCE_HEADERS, MINUTES_HEADER_LABELS, MINUTES_SECTIONS, MINUTES_TITLE } from "../minutesLabels";
import { minutesNames, qprNames, SUMMARY_NAMES, type reviewNames } from "../names";
import { CORRECTIONS_HEADER } from "../reportLabels";
import { REVIEW_STATUSES, REVIEW_STEP_LABELS } from "../../domain/review";
import type { At, SheetGrid } from "../sheetGrid";

export const notFound = (label: string) => `the label "${label}" was not found on the sheet`;

export function collector(grid: SheetGrid) {
  const a: Anchors = { sheet: grid.sheet, found: new Map(), missing: new Map() };
  const put = (name: string, range: string | undefined, why: string) => (range ? a.found.set(name, range) : a.missing.set(name, why));
  return { a, put };
}

// ---- Summary -----------------------------------------------------------------------------------

export const SUMMARY_TITLE = "Summary of QPR ratings";
/** The Summary's last column (summarySheet.ts LAST_COL: W, its last hidden helper), the right edge of its area. */
const SUMMARY_LAST_COL = 22;

export function isSummarySheet(grid: SheetGrid): boolean {
  return grid.label(SUMMARY_TITLE) !== undefined;
}

export function summaryAnchors(grid: SheetGrid): Anchors {
  const { a, put } = collector(grid);
  // The first counts table is the whole plan's: its header is the scale's title, then Jan … Sep.
  const counts = (name: string, header: string) => {
    const h = grid.find((t, at) => t === header && grid.text(at.row, at.col + 1) === QPR_PERIODS[0]);
    put(name, h && blockRange(cellAddress(h.row + 1, h.col + 1), 4, 4), notFound(header));
  };
  counts(SUMMARY_NAMES.processCounts, `${PROCESS_SCALE.title} (process)`);
  counts(SUMMARY_NAMES.performanceCounts, `${PERFORMANCE_SCALE.title} (performance)`);
  put(SUMMARY_NAMES.area, isSummarySheet(grid) ? `A1:${cellAddress(grid.lastRow, SUMMARY_LAST_COL)}` : undefined, notFound(SUMMARY_TITLE));
  return a;
}

// ---- QPR view ----------------------------------------------------------------------------------

const qprTitle = (p: QprPeriod) => `Quarterly Progress Report (QPR): ${QPR_WINDOWS[p].label}`;
const OVERALL_NOTE = "Based on monthly Highlight Discussions, collected evidence and interviews with stakeholders.";
/** Columns of the QPR view (qprSheet.ts): its area is A:I, or A:H on a view built before the review round (no corrections column). */
const QPR_COLUMNS = 9;
const CORRECTIONS_COL = 8;

export function qprPeriodOf(grid: SheetGrid): QprPeriod | undefined {
  return QPR_PERIODS.find((p) => grid.label(qprTitle(p)) !== undefined);
}

/** The objective narratives on the sheet: o → the narrative cell. */
function narratives(grid: SheetGrid): Map<number, At> {
  const out = new Map<number, At>();
  grid
    .findAll((t) => /^(Narrative of progress on objective \d+|Objective \d+ \(no longer in the plan\))$/.test(t))
    .forEach((at) => {
      const o = Number(/\d+/.exec(grid.text(at.row, at.col))![0]);
      if (!out.has(o)) out.set(o, { row: at.row, col: at.col + 1 });
    });
  return out;
}

/** Objectives whose narrative cell the QPR view of `grid` shows. */
export function qprObjectives(grid: SheetGrid): number[] {
  return [...narratives(grid).keys()];
}

/**
 * Each initiative's corrections cell on a report (QPR view: column I; Summative Report: column H):
 * that column of its first row ("1.2 …" in A under the header "Initiative" … CORRECTIONS_HEADER),
 * or beside "Initiative 1.2 (no longer in the plan)".
 */
export function correctionCells(grid: SheetGrid, column: number): Map<string, At> {
  const out = new Map<string, At>();
  const header = grid.find((t, at) => at.col === 0 && t === "Initiative" && grid.text(at.row, column) === CORRECTIONS_HEADER);
  if (!header) return out;
  for (const at of grid.findAll((t, c) => c.col === 0 && /^\d+\.\d+ /.test(t), header.row + 1)) {
    const number = /^\d+\.\d+/.exec(grid.text(at.row, 0))![0];
    if (!out.has(number)) out.set(number, { row: at.row, col: column });
  }
  for (const at of grid.findAll((t) => /^Initiative \d+\.\d+ \(no longer in the plan\)$/.test(t), header.row + 1)) {
    const number = /\d+\.\d+/.exec(grid.text(at.row, at.col))![0];
    if (!out.has(number)) out.set(number, { row: at.row, col: at.col + 1 });
  }
  return out;
}

/** "1.2" → {o: 1, i: 2}. */
export const refOf = (number: string): InitiativeRef => {
  const [o, i] = number.split(".").map(Number);
  return { o, i };
};

/** The review round's status and step dates: the cell right of each label. */
export function reviewAnchors(grid: SheetGrid, names: ReturnType<typeof reviewNames>, put: (name: string, range: string | undefined, why: string) => void): void {
  const beside = (name: string, label: string) => {
    const at = grid.label(label);
    if (at) put(name, cellAddress(at.row, at.col + 1), "");
  };
  beside(names.status, "Review status:");
  for (const step of REVIEW_STATUSES) beside(names.stepDate(step), `${REVIEW_STEP_LABELS[step]}:`);
}

/** The review round and the corrections cells the QPR view of `grid` shows. */
export function qprShown(grid: SheetGrid): { review: boolean; corrections: InitiativeRef[] } {
  const corrections = [...correctionCells(grid, CORRECTIONS_COL).keys()].map(refOf);
  return { review: grid.label("Review status:") !== undefined, corrections };
}

export function qprAnchors(grid: SheetGrid, p: QprPeriod): Anchors {
  const { a, put } = collector(grid);
  const q = qprNames(p);
  const note = grid.label(OVERALL_NOTE);
  put(q.overall, note && cellAddress(note.row + 1, note.col), notFound(OVERALL_NOTE));
  for (const [o, at] of narratives(grid)) put(q.objective(o), cellAddress(at.row, at.col), "");
  for (const [number, at] of correctionCells(grid, CORRECTIONS_COL)) put(q.review.corrections(refOf(number)), cellAddress(at.row, at.col), "");
  reviewAnchors(grid, q.review, put);
  const columns = grid.label(CORRECTIONS_HEADER) ? QPR_COLUMNS : QPR_COLUMNS - 1;
  put(q.area, grid.label(qprTitle(p)) ? blockRange("A1", grid.lastRow + 1, columns) : undefined, notFound(qprTitle(p)));
  return a;
}

// ---- Minutes -----------------------------------------------------------------------------------

export function isMinutesSheet(grid: SheetGrid): boolean {
  return grid.label(MINUTES_TITLE) !== undefined && grid.label(MINUTES_HEADER_LABELS[1]) !== undefined;
}

/** "Minutes 2026-10-14 (2)" → its names' key parts, from the tab name the add-in gave it. */
export function minutesKeyOfTab(sheet: string): { date: string; seq: number } | undefined {
  const m = /^Minutes (\d{4}-\d{2}-\d{2})(?: \((\d+)\))?$/.exec(sheet.trim());
  return m ? { date: m[1], seq: m[2] ? Number(m[2]) : 1 } : undefined;
}

export function minutesAnchors(grid: SheetGrid, date: string, seq: number): Anchors {
  const { a, put } = collector(grid);
  const n = minutesNames(date, seq);
  const header = (name: string, label: string) => {
    const at = grid.label(label);
    put(name, at && cellAddress(at.row, at.col + 2), notFound(label));
  };
  const [district, when, participants, submitted, next] = MINUTES_HEADER_LABELS;
  header(n.district, district);
  header(n.date, when);
  header(n.participants, participants);
  header(n.submittedBy, submitted);
  header(n.nextDate, next);

  /** A 4-column table under its header row, down to the last filled row before `stop`. */
  const table = (name: string, headers: readonly string[], stop: string | undefined, width = 4) => {
    const h = grid.find((t, at) => t === headers[0] && grid.text(at.row, at.col + 1) === headers[1]);
    if (!h) return put(name, undefined, notFound(headers[1]));
    const end = stop ? grid.label(stop, false, h.row + 1) : undefined;
    let last = h.row;
    if (end) last = grid.lastFilledRow(h.row + 1, end.row - 1, h.col, width);
    else while (last < grid.lastRow && grid.filled(last + 1, h.col)) last++;
    put(name, blockRange(cellAddress(h.row + 1, h.col), Math.max(1, last - h.row), width), "");
  };
  table(n.agenda, AGENDA_HEADERS, "Accomplishments and progress discussed:");
  table(n.evidence, EVIDENCE_HEADERS, MINUTES_SECTIONS[2].text);
  table(n.discussed, COVERAGE_HEADERS, undefined, 2);

  // The answer box under each numbered section (1's under "Accomplishments and progress discussed:").
  const answer = (k: number, label: string) => {
    const at = grid.label(label);
    put(n.section(k), at && cellAddress(at.row + 1, at.col), notFound(label.length > 60 ? `${label.slice(0, 60)}…` : label));
  };
  answer(1, "Accomplishments and progress discussed:");
  for (const s of MINUTES_SECTIONS.slice(2)) answer(Number(s.key), s.text);
  return a;
}
