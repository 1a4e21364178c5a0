/**
 * Where a Summative Report's names belong ("Summative 2026-27", src/layout/build/summativeSheet.ts),
 * found from its labels: the Monitor's three narrative boxes, the review round, each initiative's
 * corrections cell, each final outcome's text, result and met cells, and the report's area. Used by
 * Repair names, and by a rebuild to find a person's cell whose name was deleted.
 */
import { schoolYearLabel } from "../../domain/calendar";
import type { InitiativeRef } from "../../domain/plan";
import { REVIEW_STATUSES } from "../../domain/review";
import type { WorkbookSnapshot } from "../../workbook/port";
import { blockRange, cellAddress } from "../../util/a1";
import { SUMMATIVE_TITLE } from "../reportLabels";
import { CORRECTIONS_COL, LAST_COL, LAST_TEXT } from "../summativeGrid";
import { parseCorrectionsName, parseOutcomeName, summativeNames } from "../names";
import { isLive } from "../read/readCells";
import { summativeSheetName } from "../sheetNames";
import type { SheetGrid } from "../sheetGrid";
import type { Anchors } from "./anchors";
import { collector, correctionCells, notFound, refOf, reviewAnchors } from "./followUpAnchors";
import type { NameGroup } from "./nameGaps";

const NARRATIVES = [
  ["successes", "Successes"],
  ["concerns", "Areas of concern"],
  ["recommendations", "Recommendations"],
] as const;
const OUTCOMES_HEADER = "Final outcome (the plan's target)";
/** Outcome rows: text in A, the date in D, the result in E, met in H. */
const BY_COL = 3;
const RESULT_COL = 4;

/** The school year a Summative Report sheet is of (2026 for "Annual Summative Report: SY 2026-27"). */
export function summativeYearOf(grid: SheetGrid): number | undefined {
  const title = grid.label(`${SUMMATIVE_TITLE}: SY `, true);
  const m = title && /SY (\d{4})-\d{2}$/.exec(grid.text(title.row, title.col));
  return m ? Number(m[1]) : undefined;
}

/** The rows of the final outcomes, k = 1, 2, … (those kept from outcomes no longer in the plan continue the count). */
function outcomeRows(grid: SheetGrid): number[] {
  const header = grid.find((t, at) => at.col === 0 && t === OUTCOMES_HEADER);
  const rows: number[] = [];
  if (!header) return rows;
  for (let r = header.row + 1; r <= grid.lastRow && grid.rowFilled(r, 0, LAST_TEXT + 1); r++) {
    if (grid.filled(r, BY_COL)) rows.push(r);
  }
  return rows;
}

/** What the sheet shows beyond its fixed boxes: how many outcome rows, and whose corrections cells. */
export interface SummativeShown {
  outcomes: number;
  corrections: readonly InitiativeRef[];
}

export function summativeShown(grid: SheetGrid): SummativeShown {
  return { outcomes: outcomeRows(grid).length, corrections: [...correctionCells(grid, CORRECTIONS_COL).keys()].map(refOf) };
}

export function summativeAnchors(grid: SheetGrid, startYear: number): Anchors {
  const { a, put } = collector(grid);
  const s = summativeNames(startYear);
  for (const [key, label] of NARRATIVES) {
    const at = grid.find((t, c) => c.col === 0 && t === label);
    put(s[key], at && cellAddress(at.row, 1), notFound(label));
  }
  reviewAnchors(grid, s.review, put);
  for (const [number, at] of correctionCells(grid, CORRECTIONS_COL)) put(s.review.corrections(refOf(number)), cellAddress(at.row, at.col), "");
  outcomeRows(grid).forEach((row, k) => {
    const names = s.outcome(k + 1);
    put(names.text, cellAddress(row, 0), "");
    put(names.result, cellAddress(row, RESULT_COL), "");
    put(names.met, cellAddress(row, LAST_TEXT), "");
  });
  put(s.area, summativeYearOf(grid) === startYear ? blockRange("A1", grid.lastRow + 1, LAST_COL + 1) : undefined, notFound(`${SUMMATIVE_TITLE}: SY …`));
  return a;
}

/** The years whose Summative Report has a name in the workbook. */
export function summativeYears(snap: WorkbookSnapshot): number[] {
  const years = new Set<number>();
  for (const name of Object.keys(snap.names)) {
    const m = /^AIP\.Summative\.Y(\d{4})\./.exec(name);
    if (m) years.add(Number(m[1]));
  }
  return [...years].sort();
}

/**
 * A Summative Report's names: its area, narratives and review round, and each outcome and
 * corrections cell it has (by its names, or as `shown` on the sheet).
 */
export function summativeGroup(snap: WorkbookSnapshot, startYear: number, shown: SummativeShown = { outcomes: 0, corrections: [] }): NameGroup {
  const s = summativeNames(startYear);
  let outcomes = shown.outcomes;
  const fixes = new Map(shown.corrections.map((r) => [`${r.o}.${r.i}`, r]));
  for (const name of Object.keys(snap.names)) {
    const outcome = parseOutcomeName(s.prefix, name);
    if (outcome) outcomes = Math.max(outcomes, outcome.k);
    const ref = parseCorrectionsName(s.prefix, name);
    if (ref) fixes.set(`${ref.o}.${ref.i}`, ref);
  }
  const refs = [...fixes.values()].sort((x, y) => x.o - y.o || x.i - y.i);
  const names = [
    s.area,
    s.successes,
    s.concerns,
    s.recommendations,
    s.review.status,
    ...REVIEW_STATUSES.map((step) => s.review.stepDate(step)),
    ...refs.map((r) => s.review.corrections(r)),
    ...Array.from({ length: outcomes }, (_, k) => Object.values(s.outcome(k + 1))).flat(),
  ];
  const live = names.map((n) => snap.names[n]).find((r) => isLive(snap, r));
  const usual = summativeSheetName(startYear);
  const sheet = live?.sheet ?? snap.sheets.find((t) => t.toLowerCase() === usual.toLowerCase()) ?? "";
  return { kind: "summative", label: `the Summative Report of ${schoolYearLabel(startYear)}`, names, sheet, year: startYear };
}
