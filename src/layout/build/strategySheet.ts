/**
 * One Initiative Strategy Sheet (SPEC.md §3): fields A–G with the template's labels verbatim,
 * the activities table (Quarter, H–K, Status) and the QPR rating table with a legend of both
 * scales, every user cell under a defined name of names.ts. Columns: A labels/Quarter, B–F values;
 * B = H, C = I, D = J, E = K, F = Status; the rating table adds G (rated by) and H (date rated).
 */
import { isIsoDate, isoToSerial, QPR_WINDOWS } from "../../domain/calendar";
import { QPR_PERIODS, QUARTERS, type Activity, type Initiative, type InitiativeRef, type Objective, type QprPeriod } from "../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE, SCALES, type Scale } from "../../domain/scales";
import { blockRange, cellAddress } from "../../util/a1";
import { initiativeNames, LIST_NAMES, PLAN_NAMES } from "../names";
import { ACTIVITY_LABELS, STRATEGY_FIELD_LABELS as F } from "../labels";
import type { ActivitySource } from "../activitySource";
import type { Cell, NameSpec, SheetSpec } from "../../workbook/spec";
import { SheetParts, span } from "../sheetParts";
import { sheetPrint } from "../printing";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";

export const STRATEGY_HEADERS = ["Quarter", ...ACTIVITY_LABELS, "Status"] as const;

export const RATING_HEADERS = ["QPR period", "Process rating", "Process evidence", "Performance rating", "Performance evidence", "Rated by", "Date rated"] as const;

/**
 * Column widths (characters): A labels/Quarter, B activity text, C lead, D start, E complete, F status; G, H: who rated and when.
 * 160 characters print one page wide on landscape Letter at about 86% (printing.ts).
 */
const WIDTHS = [26, 46, 20, 13, 13, 14, 16, 12];
/** The rating table spans A:H (performance evidence merged over E:F). */
const RATING_COLUMNS = 8;
/** Width of a legend definition merged across B:H. */
const LEGEND_WIDTH = WIDTHS.slice(1).reduce((a, b) => a + b, 0);

/** One scale's legend: "1. Name: definition", one level a line, low to high, names and definitions verbatim. */
export function legendText(scale: Scale): string {
  return scale.levels.map((l) => `${l.rank}. ${l.name}: ${l.definition}`).join("\n");
}

/**
 * The dropdown's input message (Excel allows 255 characters): the level names low to high and a
 * pointer to the legend, since the full definitions are longer than that.
 */
export function scalePrompt(scale: Scale): string {
  return `Choose one of the ${scale.title}, low to high: ${scale.levels.map((l) => l.name).join("; ")}. Full definitions: legend below.`;
}
/** Width of a value merged across B:F, for row-height estimates. */
const MERGED_WIDTH = WIDTHS.slice(1, 6).reduce((a, b) => a + b, 0);
/** Rows of a list (E, F) shown at least, and blank rows always offered for typing. */
const MIN_LIST_ROWS = 3;
/** Rows per quarter in the activities table at least (the template has five). */
const MIN_QUARTER_ROWS = 5;

/** A date cell: an Excel date when the plan has an ISO date, the text as typed otherwise. */
function dateCell(value: string | undefined): Cell {
  if (value === undefined || value === "") return null;
  return isIsoDate(value) ? isoToSerial(value) : value;
}

/** Activities grouped by quarter in template order, each quarter padded with blank rows. */
function activityRows(activities: Activity[]): { cells: Cell[][]; quarters: string[] } {
  const cells: Cell[][] = [];
  const quarters: string[] = [];
  for (const q of QUARTERS) {
    const mine = activities.filter((a) => a.quarter === q);
    for (const a of mine) {
      cells.push([q, a.text, a.lead, dateCell(a.start), dateCell(a.complete), a.status ?? null]);
      quarters.push(q);
    }
    const blanks = Math.max(1, MIN_QUARTER_ROWS - mine.length);
    for (let k = 0; k < blanks; k++) {
      cells.push([q, null, null, null, null, null]);
      quarters.push(""); // padding: listed on no quarter tab
    }
  }
  // Activities whose quarter is not one of the four (only possible from an exported workbook) are kept at the end.
  for (const a of activities.filter((x) => !QUARTERS.includes(x.quarter))) {
    cells.push([a.quarter, a.text, a.lead, dateCell(a.start), dateCell(a.complete), a.status ?? null]);
    quarters.push("");
  }
  return { cells, quarters };
}

function padded(items: string[]): string[] {
  const rows = [...items, ""];
  while (rows.length < MIN_LIST_ROWS) rows.push("");
  return rows;
}

export interface StrategySheetArgs {
  ref: InitiativeRef;
  objective: Objective;
  initiative: Initiative;
  sheet: string;
  roster: readonly string[];
  /** The Plan's district, stored as the result of the line that shows it. */
  district: string;
  position?: number;
}

/** A strategy sheet as it is written, top to bottom: its parts, the initiative's names and the next row (0-based). */
interface StrategyRows {
  parts: SheetParts;
  n: ReturnType<typeof initiativeNames>;
  r: number;
}

/** The template's title and note, and the district (live from the Plan sheet). */
function titleSection(w: StrategyRows, district: string): void {
  const { blocks, styles, merges } = w.parts;
  blocks.push({ at: "A1", cells: [["Section 2: Initiative Strategy Sheet"]] });
  styles.push({ range: "A1", style: TITLE });
  blocks.push({ at: "A2", cells: [["(There is one Strategy Sheet for each Initiative under an Objective; duplicate as necessary)"]] });
  styles.push({ range: "A2", style: NOTE });
  merges.push("A2:F2");
  blocks.push({ at: "A3", cells: [["District:", { formula: `=""&${PLAN_NAMES.district}`, result: district }]] });
  styles.push({ range: "A3", style: LABEL }, { range: "B3", style: OWNED });
  merges.push("B3:F3");
  w.r = 4;
}

/** A label in A and one value merged across B:F, named. */
function field(w: StrategyRows, label: string, value: string, nameOf: string, minLines = 1): void {
  const { blocks, styles, merges, rows, name } = w.parts;
  const r = w.r;
  blocks.push({ at: cellAddress(r, 0), cells: [[label, value]] });
  styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: span(r, 1, 5), style: INPUT });
  merges.push(span(r, 1, 5));
  rows.push({ index: r, height: Math.max(rowHeightFor(label, WIDTHS[0]), rowHeightFor(value, MERGED_WIDTH, minLines)) });
  name(nameOf, cellAddress(r, 1));
  w.r++;
}

/** C: the number is the add-in's (from the initiative's position), the description the person's. */
function initiativeField(w: StrategyRows, ref: InitiativeRef, description: string): void {
  const { blocks, styles, merges, rows, name } = w.parts;
  const r = w.r;
  const label = F.initiative;
  blocks.push({ at: cellAddress(r, 0), cells: [[label, `${ref.o}.${ref.i}`, description]] });
  styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: cellAddress(r, 1), style: { ...OWNED, hAlign: "left" } }, { range: span(r, 2, 5), style: INPUT });
  merges.push(span(r, 2, 5));
  rows.push({ index: r, height: Math.max(rowHeightFor(label, WIDTHS[0]), rowHeightFor(description, MERGED_WIDTH - WIDTHS[1])) });
  name(w.n.description, cellAddress(r, 2));
  w.r++;
}

/** A label row across A:F, then one item a row: number in A (the add-in's), text merged B:F. */
function list(w: StrategyRows, label: string, items: string[], nameOf: string): void {
  const { blocks, styles, merges, rows, name } = w.parts;
  blocks.push({ at: cellAddress(w.r, 0), cells: [[label]] });
  merges.push(span(w.r, 0, 5));
  rows.push({
    index: w.r,
    height: rowHeightFor(
      label,
      WIDTHS.slice(0, 6).reduce((a, b) => a + b, 0),
    ),
  });
  styles.push({ range: span(w.r, 0, 5), style: LABEL });
  const r = ++w.r;
  const values = padded(items);
  blocks.push({ at: cellAddress(r, 0), cells: values.map((v, k) => [k + 1, v]) });
  styles.push(
    { range: blockRange(cellAddress(r, 0), values.length, 1), style: { ...OWNED, hAlign: "center" } },
    { range: blockRange(cellAddress(r, 1), values.length, 5), style: INPUT },
  );
  values.forEach((v, k) => {
    merges.push(span(r + k, 1, 5));
    rows.push({ index: r + k, height: rowHeightFor(v, MERGED_WIDTH) });
  });
  name(nameOf, blockRange(cellAddress(r, 1), values.length, 1));
  w.r += values.length;
}

/** Fields A to G, with the template's labels, then the template's page-break note. */
function fieldsSection(w: StrategyRows, args: StrategySheetArgs): void {
  const { ref, objective, initiative } = args;
  const { n } = w;
  field(w, F.objective(ref.o), objective.title, n.objective);
  field(w, F.objectiveLead, objective.lead, n.objectiveLead);
  initiativeField(w, ref, initiative.description);
  field(w, F.lead, initiative.lead, n.lead);
  list(w, F.shortTermOutcomes, initiative.shortTermOutcomes, n.shortTermOutcomes);
  list(w, F.earlyEvidence, initiative.earlyEvidence, n.earlyEvidence);
  field(w, F.resources, initiative.resources, n.resources, 3);
  // The template's "(continued on next page)" is a Word page's: here the activities table follows on
  // the same page when it fits, and its header row repeats on every page it continues on. The two
  // rows stay blank so the table keeps its place.
  w.r += 2;
}

/** The activities table by quarter, with its dropdowns; returns its header row and what the quarter tabs read from it. */
function activitiesSection(w: StrategyRows, args: StrategySheetArgs): { headerRow: number; activities: ActivitySource } {
  const { blocks, styles, rows, validations, name } = w.parts;
  const headerRow = w.r;
  blocks.push({ at: cellAddress(headerRow, 0), cells: [[...STRATEGY_HEADERS]] });
  styles.push({ range: blockRange(cellAddress(headerRow, 0), 1, 6), style: HEADER });
  // The template's long headers wrap: the row is as high as the longest needs.
  rows.push({ index: headerRow, height: Math.max(...STRATEGY_HEADERS.map((h, col) => rowHeightFor(h, WIDTHS[col]))) });
  const r = ++w.r;
  const acts = activityRows(args.initiative.activities);
  const body = blockRange(cellAddress(r, 0), acts.cells.length, 6);
  blocks.push({ at: cellAddress(r, 0), cells: acts.cells });
  styles.push({ range: body, style: INPUT }, { range: blockRange(cellAddress(r, 3), acts.cells.length, 2), style: { ...INPUT, numberFormat: DATE_FORMAT, hAlign: "left" } });
  acts.cells.forEach((row, k) => {
    const text = typeof row[1] === "string" ? row[1] : "";
    rows.push({ index: r + k, height: rowHeightFor(text, WIDTHS[1]) });
  });
  validations.push(
    {
      range: blockRange(cellAddress(r, 0), acts.cells.length, 1),
      source: `=${LIST_NAMES.quarters}`,
      prompt: { title: "Quarter", message: "Choose the quarter this activity belongs to." },
    },
    { range: blockRange(cellAddress(r, 5), acts.cells.length, 1), source: `=${LIST_NAMES.statuses}`, prompt: { title: "Status", message: "Choose the activity's status." } },
  );
  if (args.roster.length > 0) {
    validations.push({
      range: blockRange(cellAddress(r, 2), acts.cells.length, 1),
      source: `=${LIST_NAMES.roster}`,
      allowOther: true,
      prompt: { title: "Who will lead?", message: "Choose a person from the roster, or type a team's name." },
    });
  }
  name(w.n.activities, body);
  w.r += acts.cells.length + 1;
  return {
    headerRow,
    activities: {
      ref: args.ref,
      sheet: args.sheet,
      activitiesRange: body,
      quarters: acts.quarters,
      rows: acts.cells.map((row) => row.map((v) => (v === null || typeof v === "object" ? "" : v))),
      description: args.initiative.description,
    },
  };
}

/** The rating table's heading, note and header row (performance evidence merged over E:F). */
function ratingsHeading(w: StrategyRows): void {
  const { blocks, styles, merges } = w.parts;
  blocks.push({ at: cellAddress(w.r, 0), cells: [["Quarterly Progress Report (QPR) ratings"]] });
  styles.push({ range: blockRange(cellAddress(w.r, 0), 1, RATING_COLUMNS), style: SECTION });
  merges.push(span(w.r, 0, RATING_COLUMNS - 1));
  w.r++;
  blocks.push({
    at: cellAddress(w.r, 0),
    cells: [["Ratings use the state's scales exactly: choose from the dropdown. Each level's full definition is in the legend below the table."]],
  });
  styles.push({ range: cellAddress(w.r, 0), style: NOTE });
  merges.push(span(w.r, 0, RATING_COLUMNS - 1));
  w.r++;
  blocks.push({ at: cellAddress(w.r, 0), cells: [[...RATING_HEADERS.slice(0, 5), null, ...RATING_HEADERS.slice(5)]] });
  styles.push({ range: blockRange(cellAddress(w.r, 0), 1, RATING_COLUMNS), style: HEADER });
  merges.push(span(w.r, 4, 5));
  w.r++;
}

/** One period's row of names: both ratings, their evidence, who rated and when. */
function ratingNames(w: StrategyRows, p: QprPeriod, row: number): void {
  const { n } = w;
  const { name } = w.parts;
  name(n.rating("Process", p), cellAddress(row, 1));
  name(n.rating("ProcessEvidence", p), cellAddress(row, 2));
  name(n.rating("Performance", p), cellAddress(row, 3));
  name(n.rating("PerformanceEvidence", p), cellAddress(row, 4));
  name(n.ratedBy(p), cellAddress(row, 6));
  name(n.ratedOn(p), cellAddress(row, 7));
}

/** QPR rating table: four periods × process rating, evidence, performance rating, evidence, who rated and when. */
function ratingsSection(w: StrategyRows, args: StrategySheetArgs): void {
  const { initiative } = args;
  const { blocks, styles, merges, rows, validations, name } = w.parts;
  ratingsHeading(w);
  const r = w.r;
  const ratingCells: Cell[][] = QPR_PERIODS.map((p) => {
    const e = initiative.ratings[p] ?? {};
    const win = QPR_WINDOWS[p];
    return [
      `${p} (${win.covers})`,
      e.process ?? null,
      e.processEvidence ?? null,
      e.performance ?? null,
      e.performanceEvidence ?? null,
      null,
      e.ratedBy ?? null,
      dateCell(e.ratedOn),
    ];
  });
  blocks.push({ at: cellAddress(r, 0), cells: ratingCells });
  styles.push(
    { range: blockRange(cellAddress(r, 0), 4, 1), style: LABEL },
    { range: blockRange(cellAddress(r, 1), 4, RATING_COLUMNS - 1), style: INPUT },
    { range: blockRange(cellAddress(r, 7), 4, 1), style: { ...INPUT, numberFormat: DATE_FORMAT, hAlign: "left" } },
  );
  QPR_PERIODS.forEach((p, k) => {
    const row = r + k;
    merges.push(span(row, 4, 5));
    const e = initiative.ratings[p] ?? {};
    rows.push({ index: row, height: Math.max(60, rowHeightFor(e.processEvidence ?? "", WIDTHS[2]), rowHeightFor(e.performanceEvidence ?? "", WIDTHS[4] + WIDTHS[5])) });
    ratingNames(w, p, row);
  });
  validations.push(
    { range: blockRange(cellAddress(r, 1), 4, 1), source: `=${LIST_NAMES.process}`, prompt: { title: "Process rating", message: scalePrompt(PROCESS_SCALE) } },
    { range: blockRange(cellAddress(r, 3), 4, 1), source: `=${LIST_NAMES.performance}`, prompt: { title: "Performance rating", message: scalePrompt(PERFORMANCE_SCALE) } },
  );
  if (args.roster.length > 0) {
    validations.push({
      range: blockRange(cellAddress(r, 6), 4, 1),
      source: `=${LIST_NAMES.roster}`,
      allowOther: true,
      prompt: { title: "Rated by", message: "Who chose this period's ratings (usually the Plan Monitor)." },
    });
  }
  name(w.n.ratings, blockRange(cellAddress(r, 0), 4, 5));
  w.r += 4 + 1;
}

/**
 * Legend: both scales with every level's full definition, verbatim, low to high. One merged cell
 * per scale keeps the Excel request small (a plan of 50 sheets stays one round trip).
 */
function legendSection(w: StrategyRows): void {
  const { blocks, styles, merges, rows } = w.parts;
  const r = w.r;
  const legend = SCALES.map((scale) => [`${scale.title} (low to high). ${scale.describes}`, legendText(scale)]);
  blocks.push({ at: cellAddress(r, 0), cells: legend });
  styles.push({ range: blockRange(cellAddress(r, 0), legend.length, 1), style: LABEL }, { range: blockRange(cellAddress(r, 1), legend.length, RATING_COLUMNS - 1), style: OWNED });
  legend.forEach(([title, text], k) => {
    merges.push(span(r + k, 1, RATING_COLUMNS - 1));
    rows.push({ index: r + k, height: Math.max(rowHeightFor(title, WIDTHS[0]), rowHeightFor(text, LEGEND_WIDTH)) });
  });
  w.r += legend.length;
}

export function strategySheetSpec(args: StrategySheetArgs): { sheet: SheetSpec; names: NameSpec[]; activities: ActivitySource } {
  const parts = new SheetParts(args.sheet, { lastCol: 5, chars: MERGED_WIDTH + WIDTHS[0] });
  const w: StrategyRows = { parts, n: initiativeNames(args.ref), r: 0 };
  // The sheet top to bottom, as the template lays it out.
  titleSection(w, args.district);
  fieldsSection(w, args);
  const { headerRow, activities } = activitiesSection(w, args);
  ratingsSection(w, args);
  legendSection(w);

  const { blocks, styles, merges, rows, validations, names } = parts;
  return {
    sheet: {
      name: args.sheet,
      create: true,
      position: args.position,
      tabColor: "#2F5597",
      blocks,
      styles,
      merges,
      validations,
      rows,
      columns: WIDTHS.map((width, index) => ({ index, width })),
      freeze: { rows: 3, columns: 0 },
      print: sheetPrint({
        orientation: "landscape",
        district: args.district,
        // Page 2 of a strategy sheet says which initiative it is.
        title: `Initiative ${args.ref.o}.${args.ref.i}: ${args.initiative.description}`,
        titleRows: `${headerRow + 1}:${headerRow + 1}`,
      }),
    },
    names,
    activities,
  };
}
