/**
 * The "Stages toward exit" sheet (docs/guidance/SPEC.md §10): every exit criterion's heading with, for
 * each area of practice, how the Plan Manager's and Monitor's roles shift through the three phases
 * (Appendix M) and what exit looks like (Appendix N); the three reflection questions (Section 9).
 * Right of them, one reflection column per self-assessment: its date, the phase chosen per area
 * (a dropdown) and the answers. The sheet is made once; later self-assessments add a column in place,
 * found through the row anchors' names, and never write a cell outside it.
 * Columns: A area, B–D the phases, E exit, F onwards the reflections.
 */
import { isoToSerial } from "../../domain/calendar";
import { EXIT_CRITERIA, EXIT_PHASES, exitAreas, PHASES_INTRO, PHASES_PER_AREA, REFLECTION_QUESTIONS } from "../../domain/exitStages";
import type { IsoDate } from "../../domain/plan";
import { blockRange, cellAddress, parseRange } from "../../util/a1";
import type { WorkbookSnapshot } from "../../workbook/port";
import { EXIT_NAMES, parseReflectionName } from "../names";
import { isLive } from "../read/readCells";
import { SheetParts, span } from "../sheetParts";
import { sheetPrint } from "../printing";
import type { SheetGrid } from "../sheetGrid";
import type { Block, ListValidation, NameSpec, SheetSpec, StyledRange } from "../../workbook/spec";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";

export const EXIT_SHEET = "Stages toward exit";
export const PHASE_CHOICES = `"${EXIT_PHASES.join(",")}"`;
export const EXIT_HEADERS = ["Area of practice", ...EXIT_PHASES, "Criteria for exit (Appendix N)"] as const;
/** The first reflection column (F). */
export const FIRST_REFLECTION_COL = 5;

/** With one reflection column, 158 characters: one page wide on landscape Letter at about 87% (printing.ts). */
const WIDTHS = [18, 30, 30, 30, 30];
const REFLECTION_WIDTH = 20;
/** The phases' bars, light to dark, as the guidance's graphic draws them. */
const PHASE_FILLS = ["#DEEBF7", "#9DC3E6", "#2E75B6"] as const;
const TEXT_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const LAST_TEXT_COL = WIDTHS.length - 1;

/** A reflection column to write: its number k (1, 2, …), title and date. */
export interface Reflection {
  k: number;
  title: string;
  date: IsoDate;
}

/** The rows (0-based) a reflection column fills, found from the anchors. */
interface ReflectionRows {
  title: number;
  date: number;
  /** Row of each area of practice, by key. */
  areas: Record<string, number>;
  /** Row of each reflection question, 1–3. */
  answers: Record<number, number>;
}

function reflectionCells(sheet: string, col: number, rows: ReflectionRows, ref: Reflection) {
  const names = EXIT_NAMES.reflection(ref.k);
  const at = (row: number) => cellAddress(row, col);
  const blocks: Block[] = [
    { at: at(rows.title), cells: [[ref.title]] },
    { at: at(rows.date), cells: [[isoToSerial(ref.date)]] },
  ];
  const styles: StyledRange[] = [
    { range: at(rows.title), style: HEADER },
    { range: at(rows.date), style: { ...INPUT, numberFormat: DATE_FORMAT, hAlign: "left" } },
  ];
  const validations: ListValidation[] = [];
  const nameSpecs: NameSpec[] = [
    { name: names.title, sheet, range: at(rows.title) },
    { name: names.date, sheet, range: at(rows.date) },
  ];
  for (const [key, row] of Object.entries(rows.areas)) {
    styles.push({ range: at(row), style: { ...INPUT, bold: true } });
    validations.push({
      range: at(row),
      source: PHASE_CHOICES,
      allowOther: false,
      prompt: { title: "Phase", message: "Choose the phase the district is in for this area of practice: Early, Transitional, or Practices Embedded." },
    });
    nameSpecs.push({ name: names.phase(key), sheet, range: at(row) });
  }
  for (const [n, row] of Object.entries(rows.answers)) {
    styles.push({ range: at(row), style: INPUT });
    nameSpecs.push({ name: names.answer(Number(n)), sheet, range: at(row) });
  }
  return { blocks, styles, validations, names: nameSpecs };
}

/** The whole sheet, with its first reflection column. */
/**
 * The graphic the guidance's text refers to ("The graphic below"), drawn in cells: the three phases
 * as overlapping bars, left to right over the phase columns, and the way toward exit under them.
 * Returns the next row.
 */
function phasesGraphic(parts: SheetParts, top: number): number {
  const { blocks, styles, merges, rows } = parts;
  let r = top + 1;
  EXIT_PHASES.forEach((phase, k) => {
    const bar = span(r, 1 + k, 2 + k);
    blocks.push({ at: cellAddress(r, 1 + k), cells: [[phase]] });
    merges.push(bar);
    styles.push({ range: bar, style: { bold: true, fill: PHASE_FILLS[k], fontColor: k === 2 ? "#FFFFFF" : "#000000", hAlign: "center", vAlign: "center", border: true } });
    rows.push({ index: r, height: 22 });
    r++;
  });
  blocks.push({ at: cellAddress(r, 1), cells: [["The Plan Manager's role shifts to the district's own leaders, area by area, toward exit  ►"]] });
  merges.push(span(r, 1, LAST_TEXT_COL));
  styles.push({ range: span(r, 1, LAST_TEXT_COL), style: { italic: true, hAlign: "center", fontColor: "#1F4E79" } });
  blocks.push({ at: cellAddress(top + 1, 0), cells: [["Phases overlap"]] });
  styles.push({ range: cellAddress(top + 1, 0), style: { bold: true, vAlign: "center" } });
  return r + 2;
}

export function exitStagesSheetSpec(args: { sheet: string; position?: number; reflection: Reflection; district?: string }): { sheet: SheetSpec; names: NameSpec[] } {
  const sheet = args.sheet;
  const parts = new SheetParts(args.sheet, { lastCol: LAST_TEXT_COL, chars: TEXT_WIDTH });
  const { blocks, styles, merges, rows, names } = parts;
  const at = (row: number, col: number) => cellAddress(row, col);
  let r = 0;
  /** One text merged across the text columns, on the next row. */
  const wide = (text: string, style = NOTE) => parts.wide(r++, text, style);

  wide(EXIT_SHEET, TITLE);
  wide(PHASES_INTRO, { wrap: true, vAlign: "top" });
  r = phasesGraphic(parts, r);
  wide(PHASES_PER_AREA, { wrap: true, vAlign: "top" });
  wide(
    "Each cell says who does what in that phase: how the Plan Manager's and Monitor's roles shift as the district takes the work on (Appendix M). Once or twice a year, in the reflection column on the right, choose the phase the district is in for each area and answer the three questions. Each self-assessment adds a column; earlier columns are kept as they are.",
  );
  r++;

  const layout: ReflectionRows = { title: r, date: r + 1, areas: {}, answers: {} };
  blocks.push({ at: at(r, 0), cells: [[...EXIT_HEADERS]] });
  styles.push({ range: blockRange(at(r, 0), 1, EXIT_HEADERS.length), style: HEADER });
  rows.push({ index: r, height: 30 }); // room for a reflection title on two lines
  names.push({ name: EXIT_NAMES.titleRow, sheet, range: at(r, 0) });
  r++;
  blocks.push({ at: at(r, 0), cells: [["Date of reflection"]] });
  styles.push({ range: at(r, 0), style: LABEL });
  names.push({ name: EXIT_NAMES.dateRow, sheet, range: at(r, 0) });
  r++;

  for (const c of EXIT_CRITERIA) {
    blocks.push({ at: at(r, 0), cells: [[c.heading]] });
    merges.push(span(r, 0, LAST_TEXT_COL));
    styles.push({ range: span(r, 0, LAST_TEXT_COL), style: SECTION });
    r++;
    if (c.note) {
      const exit = c.exit ? [c.exit.lead, ...c.exit.items.map((i) => `•  ${i}`)].join("\n") : null;
      blocks.push({ at: at(r, 0), cells: [["", c.note, null, null, exit]] });
      merges.push(span(r, 1, 3));
      styles.push({ range: blockRange(at(r, 0), 1, 5), style: OWNED });
      rows.push({ index: r, height: rowHeightFor(exit ?? "", WIDTHS[4]) });
      r++;
    }
    for (const a of c.areas) {
      const texts = a.phases.map((p) => p.join("\n\n"));
      blocks.push({ at: at(r, 0), cells: [[a.heading, ...texts, a.exit]] });
      styles.push({ range: at(r, 0), style: LABEL }, { range: blockRange(at(r, 1), 1, 4), style: { wrap: true, vAlign: "top", border: true } });
      // Long prose fits about 15% more characters a line than rowHeightFor assumes for short labels.
      rows.push({ index: r, height: Math.max(...[...texts, a.exit].map((t) => rowHeightFor(t, WIDTHS[1] * 1.15))) });
      names.push({ name: EXIT_NAMES.area(a.key), sheet, range: at(r, 0) });
      layout.areas[a.key] = r;
      r++;
    }
  }
  r++;
  wide("Reflection questions (Section 9): answer them in the reflection column", SECTION);
  REFLECTION_QUESTIONS.forEach((q, k) => {
    blocks.push({ at: at(r, 0), cells: [[`${k + 1}. ${q}`]] });
    merges.push(span(r, 0, LAST_TEXT_COL));
    styles.push({ range: span(r, 0, LAST_TEXT_COL), style: { wrap: true, vAlign: "top", border: true } });
    rows.push({ index: r, height: Math.max(90, rowHeightFor(q, TEXT_WIDTH)) });
    names.push({ name: EXIT_NAMES.question(k + 1), sheet, range: at(r, 0) });
    layout.answers[k + 1] = r;
    r++;
  });

  const first = reflectionCells(sheet, FIRST_REFLECTION_COL, layout, args.reflection);
  return {
    sheet: {
      name: sheet,
      create: true,
      position: args.position,
      tabColor: "#7030A0",
      blocks: [...blocks, ...first.blocks],
      styles: [...styles, ...first.styles],
      merges,
      rows,
      validations: first.validations,
      columns: [...WIDTHS.map((width, index) => ({ index, width })), { index: FIRST_REFLECTION_COL, width: REFLECTION_WIDTH }],
      print: sheetPrint({ orientation: "landscape", district: args.district, title: EXIT_SHEET, titleRows: `${layout.title + 1}:${layout.title + 1}` }),
    },
    names: [...names, ...first.names],
  };
}

/** The sheet the Stages toward exit live on (through its anchors), if any. */
export function exitSheetOf(snap: WorkbookSnapshot): string | undefined {
  const read = snap.names[EXIT_NAMES.titleRow];
  return isLive(snap, read) ? read.sheet : undefined;
}

/** The reflection columns there are: k → 0-based column of its date cell. */
export function reflectionColumns(snap: WorkbookSnapshot): Map<number, number> {
  const out = new Map<number, number>();
  for (const [name, read] of Object.entries(snap.names)) {
    const p = parseReflectionName(name);
    if (!p || p.field !== "Date" || !isLive(snap, read)) continue;
    out.set(p.k, parseRange(read.range).start.col);
  }
  return out;
}

/**
 * A new reflection column right of the last one (past any column a person has filled, when `grid`
 * shows the sheet), on the existing sheet: only its own cells are written. Throws a message naming the anchor when one is missing (nothing is written then).
 */
export function addReflectionSpec(
  snap: WorkbookSnapshot,
  sheet: string,
  args: { title: string; date: IsoDate },
  grid?: SheetGrid,
): { sheet: SheetSpec; names: NameSpec[]; k: number } {
  const columns = reflectionColumns(snap);
  const k = Math.max(0, ...columns.keys()) + 1;
  let col = columns.size > 0 ? Math.max(...columns.values()) + 1 : FIRST_REFLECTION_COL;
  // A note or table a person keeps right of the last reflection stays: the new column goes to the
  // first empty column after it.
  while (grid && !grid.columnEmpty(col)) col++;
  const rowOf = (name: string): number => {
    const read = snap.names[name];
    if (!isLive(snap, read) || read.sheet !== sheet) {
      throw new Error(
        `the defined name ${name} is missing or broken, so the row of a new reflection column on "${sheet}" is not known; point it at its cell in Formulas > Name Manager`,
      );
    }
    return parseRange(read.range).start.row;
  };
  const rows: ReflectionRows = {
    title: rowOf(EXIT_NAMES.titleRow),
    date: rowOf(EXIT_NAMES.dateRow),
    areas: Object.fromEntries(exitAreas().map((a) => [a.key, rowOf(EXIT_NAMES.area(a.key))])),
    answers: Object.fromEntries(REFLECTION_QUESTIONS.map((_, i) => [i + 1, rowOf(EXIT_NAMES.question(i + 1))])),
  };
  const cells = reflectionCells(sheet, col, rows, { k, ...args });
  return {
    sheet: { name: sheet, create: false, blocks: cells.blocks, styles: cells.styles, validations: cells.validations, columns: [{ index: col, width: REFLECTION_WIDTH }] },
    names: cells.names,
    k,
  };
}
