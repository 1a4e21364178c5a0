/**
 * The Plan sheet: the template header and Section 1 (SPEC.md §2).
 *
 * People own: AIP.District, AIP.Date, AIP.SchoolYear, AIP.KeyIssues, AIP.TheoryOfAction and the
 * final outcomes (AIP.FinalOutcomes: text and date columns). The add-in owns the labels, the live
 * word count (AIP.WordCount) and the objectives-and-initiatives list (AIP.ObjectiveList), which
 * is LAST on the sheet so it can grow without moving anything people typed, and is rebuilt from
 * the strategy sheets' names whenever an initiative is added.
 */
import { isIsoDate, isoToSerial } from "../../domain/calendar";
import { countWords } from "../../domain/words";
import type { InitiativeRef, Plan } from "../../domain/plan";
import { blockRange, cellAddress, parseRange } from "../../util/a1";
import { initiativeNames, PLAN_NAMES } from "../names";
import type { Block, Cell, NameSpec, RowSpec, SheetSpec, Style, StyledRange } from "../../workbook/spec";
import { sheetPrint } from "../printing";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";
import { PLAN_TEMPLATE, SECTION1_PROMPTS } from "../labels";
import { nameLink } from "../formulas";
import { SheetParts, span } from "../sheetParts";
import { PLAN_SHEET } from "../sheetNames";

/** Columns: A numbers/labels, B text, C lead or date, D link, E words: 126 characters print on portrait Letter at about 81% (printing.ts). */
const WIDTHS = [16, 60, 24, 14, 12];
const FULL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const LAST_COL = WIDTHS.length - 1;
/** The word count's verdicts. */
const OVER_LIMIT = "Over the 1,000-word limit";
const WITHIN_LIMIT = "Within the limit";
/** Blank final-outcome rows offered for typing. */
const SPARE_OUTCOME_ROWS = 3;
/** Rows cleared below the objective list when it is rebuilt (the area below it is the add-in's). */
const LIST_CLEAR_MARGIN = 100;

/** An initiative on the objective list, and the tab of its strategy sheet. */
export interface ListedInitiative {
  ref: InitiativeRef;
  sheet: string;
  /** What the strategy sheet's cells hold, stored as the list's formula results (unknown: none stored). */
  texts?: ListedTexts;
}

/** The texts the list shows for one initiative (and its objective, on the objective's row). */
export interface ListedTexts {
  objective: string;
  objectiveLead: string;
  description: string;
  lead: string;
}

/** Text with tabs and line breaks turned into spaces, as the word count needs. */
function spaced(x: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${x},CHAR(9)," "),CHAR(10)," "),CHAR(13)," ")`;
}

/** Words in a cell (or, inside SUMPRODUCT, in each cell of a range): runs of spaces count once. */
export function wordsFormula(x: string): string {
  const t = `TRIM(${spaced(x)})`;
  return `LEN(${t})-LEN(SUBSTITUTE(${t}," ",""))+(LEN(${t})>0)`;
}

/** The Section 1 total: key issues, theory of action, final outcomes and the list's word column. */
export function wordCountFormula(finalOutcomeTexts: string, listWords: string): string {
  return `=${wordsFormula(PLAN_NAMES.keyIssues)}+${wordsFormula(PLAN_NAMES.theoryOfAction)}+SUMPRODUCT(${wordsFormula(finalOutcomeTexts)})+SUM(${listWords})`;
}

/** A formula showing a name's text ("" when empty, never 0), with that text as its result when known. */
function textOf(name: string, text: string | undefined): Cell {
  return text === undefined ? { formula: `=""&${name}` } : { formula: `=""&${name}`, result: text };
}

/** The word-count formulas' results: the domain's count (src/domain/words.ts counts as the formula does). */
function listWords(text: string | undefined): number | undefined {
  return text === undefined ? undefined : countWords(text);
}

/** The Section 1 total and the verdict beside it, with their results when the total is known. */
function wordCountCells(finalOutcomeTexts: string, listWordsRange: string, countCell: string, total: number | undefined): Cell[] {
  const verdict = `=IF(${countCell}>1000,"${OVER_LIMIT}","${WITHIN_LIMIT}")`;
  if (total === undefined) return [{ formula: wordCountFormula(finalOutcomeTexts, listWordsRange) }, { formula: verdict }];
  return [
    { formula: wordCountFormula(finalOutcomeTexts, listWordsRange), result: total },
    { formula: verdict, result: total > 1000 ? OVER_LIMIT : WITHIN_LIMIT },
  ];
}

/** The word count's total: the texts it counts directly (key issues, theory of action, final outcomes) and the list's words. */
export function section1Total(texts: readonly string[], initiatives: readonly ListedInitiative[]): number | undefined {
  const list = listedWords(initiatives);
  return list === undefined ? undefined : texts.reduce((sum, t) => sum + countWords(t), list);
}

/** Words the list's rows count (objective titles and initiative descriptions), when every text is known. */
export function listedWords(initiatives: readonly ListedInitiative[]): number | undefined {
  if (initiatives.some((ini) => ini.texts === undefined)) return undefined;
  const seen = new Set<number>();
  let sum = 0;
  for (const ini of initiatives) {
    if (!seen.has(ini.ref.o)) sum += countWords(ini.texts!.objective);
    seen.add(ini.ref.o);
    sum += countWords(ini.texts!.description);
  }
  return sum;
}

/**
 * The objectives-and-initiatives list with its header on 0-based row `top`: one row per objective
 * (its title and lead, from its first initiative's sheet) followed by its initiatives, every text a
 * live formula, with a link and a word count per row.
 */
export function objectiveListContent(
  top: number,
  initiatives: readonly ListedInitiative[],
): {
  blocks: Block[];
  styles: StyledRange[];
  rows: RowSpec[];
  name: NameSpec;
  wordsRange: string;
} {
  const sorted = [...initiatives].sort((a, b) => a.ref.o - b.ref.o || a.ref.i - b.ref.i);
  const rows: Cell[][] = [];
  const objectiveRows: number[] = [];
  const heights: RowSpec[] = [];
  // The texts are formulas, which Excel does not fit when the file opens: each row is as high as the text it shows now.
  const fit = (text: string | undefined, lead: string | undefined) => {
    if (text !== undefined) heights.push({ index: top + 1 + rows.length, height: Math.max(rowHeightFor(text, WIDTHS[1]), rowHeightFor(lead ?? "", WIDTHS[2])) });
  };
  const words = (k: number, text: string | undefined): Cell => {
    const result = listWords(text);
    const formula = `=${wordsFormula(cellAddress(top + 1 + k, 1))}`;
    return result === undefined ? { formula } : { formula, result };
  };
  sorted.forEach((ini, idx) => {
    const n = initiativeNames(ini.ref);
    if (idx === 0 || sorted[idx - 1].ref.o !== ini.ref.o) {
      objectiveRows.push(rows.length);
      const t = ini.texts;
      fit(t?.objective, t?.objectiveLead);
      rows.push([
        `Objective ${ini.ref.o}`,
        textOf(n.objective, t?.objective),
        textOf(n.objectiveLead, t?.objectiveLead),
        nameLink(n.objective, "Go to sheet"),
        words(rows.length, t?.objective),
      ]);
    }
    const t = ini.texts;
    fit(t?.description, t?.lead);
    rows.push([
      `${ini.ref.o}.${ini.ref.i}`,
      textOf(n.description, t?.description),
      textOf(n.lead, t?.lead),
      nameLink(n.description, `Open ${ini.ref.o}.${ini.ref.i}`),
      words(rows.length, t?.description),
    ]);
  });
  if (rows.length === 0) rows.push(["", "No initiatives yet: use Add initiative.", "", "", 0]);

  const header = ["No.", "Objective / initiative (from the strategy sheets)", "Lead", "Sheet", "Words"];
  const styles: StyledRange[] = [
    { range: blockRange(cellAddress(top, 0), 1, header.length), style: HEADER },
    { range: blockRange(cellAddress(top + 1, 0), rows.length, header.length), style: OWNED },
  ];
  for (const k of objectiveRows) styles.push({ range: blockRange(cellAddress(top + 1 + k, 0), 1, header.length), style: { ...OWNED, bold: true } });
  return {
    blocks: [{ at: cellAddress(top, 0), cells: [header, ...rows] }],
    styles,
    rows: heights,
    name: { name: PLAN_NAMES.objectiveList, sheet: PLAN_SHEET, range: blockRange(cellAddress(top, 0), rows.length + 1, header.length) },
    wordsRange: blockRange(cellAddress(top + 1, LAST_COL), rows.length, 1),
  };
}

/**
 * Rewrites the objective list of an existing Plan sheet in place (add initiative), and the word
 * count that sums it. `listTop` is the 0-based header row, `previousRows` the old list's height.
 */
export function objectiveListUpdate(args: {
  sheet: string;
  listTop: number;
  previousRows: number;
  initiatives: readonly ListedInitiative[];
  wordCountCell?: string;
  finalOutcomeTexts?: string;
  /** The Section 1 total the word count shows (unknown: no result stored). */
  wordTotal?: number;
}): { sheet: SheetSpec; names: NameSpec[] } {
  const content = objectiveListContent(args.listTop, args.initiatives);
  const height = Math.max(args.previousRows, parseRange(content.name.range).end.row - args.listTop + 1);
  const blocks = [...content.blocks];
  if (args.wordCountCell && args.finalOutcomeTexts) {
    blocks.push({ at: args.wordCountCell, cells: [wordCountCells(args.finalOutcomeTexts, content.wordsRange, args.wordCountCell, args.wordTotal).slice(0, 1)] });
  }
  return {
    sheet: {
      name: args.sheet,
      create: false,
      clear: [blockRange(cellAddress(args.listTop, 0), height + LIST_CLEAR_MARGIN, WIDTHS.length)],
      blocks,
      styles: content.styles,
      rows: content.rows,
    },
    names: [{ ...content.name, sheet: args.sheet }],
  };
}

function dateValue(iso: string | undefined): Cell {
  if (!iso) return null;
  return isIsoDate(iso) ? isoToSerial(iso) : iso;
}

/** The Plan sheet as it is written, top to bottom: its parts and the next row (0-based). */
interface PlanRows {
  parts: SheetParts;
  r: number;
}

/** A text merged across A:E on the next row, its height left to Excel. */
function across(w: PlanRows, text: string, style: Style): void {
  const range = span(w.r, 0, LAST_COL);
  w.parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[text]] });
  w.parts.styles.push({ range, style });
  w.parts.merges.push(range);
  w.r++;
}

/** The title and the note saying who owns what. */
function titleSection(w: PlanRows): void {
  const { blocks, styles, merges } = w.parts;
  blocks.push({ at: "A1", cells: [[PLAN_TEMPLATE.title]] });
  styles.push({ range: "A1", style: TITLE });
  blocks.push({ at: "A2", cells: [["Section 1 is yours to write. The objectives list at the bottom is rebuilt by the add-in from the strategy sheets."]] });
  styles.push({ range: "A2", style: NOTE });
  merges.push(span(1, 0, LAST_COL));
  w.r = 3;
}

/** Header fields (template header: District, Date) and the school year's start year. */
function headerSection(w: PlanRows, plan: Plan): void {
  const { blocks, styles, name } = w.parts;
  blocks.push({
    at: "A4",
    cells: [
      ["District:", plan.district, null],
      ["Date:", dateValue(plan.date), null],
      ["School year (start year):", plan.schoolYear, { formula: `="SY "&B6&"-"&RIGHT(B6+1,2)`, result: `SY ${plan.schoolYear}-${String(plan.schoolYear + 1).slice(-2)}` }],
    ],
  });
  styles.push(
    { range: "A4:A6", style: LABEL },
    { range: "B4:B6", style: { ...INPUT, hAlign: "left" } },
    { range: "B5", style: { numberFormat: DATE_FORMAT } },
    { range: "C6", style: OWNED },
  );
  name(PLAN_NAMES.district, "B4");
  name(PLAN_NAMES.date, "B5");
  name(PLAN_NAMES.schoolYear, "B6");
  w.r = 7;
}

/** Section 1's heading and the word-count line under it; returns that line's row. */
function section1Heading(w: PlanRows): number {
  const { blocks, styles } = w.parts;
  across(w, PLAN_TEMPLATE.section1, SECTION);
  const wordCountRow = w.r;
  blocks.push({ at: cellAddress(w.r, 0), cells: [[PLAN_TEMPLATE.section1Limit, null, "Section 1 word count:"]] });
  styles.push({ range: cellAddress(w.r, 0), style: NOTE }, { range: cellAddress(w.r, 2), style: { bold: true, hAlign: "right" } });
  w.r += 2;
  return wordCountRow;
}

/** A prompt and the named box people write in, `minLines` high at least. */
function textBox(w: PlanRows, prompt: string, text: string, nameOf: string, minLines: number): void {
  w.parts.wide(w.r++, prompt, NOTE);
  w.parts.wide(w.r, text, INPUT, minLines);
  w.parts.name(nameOf, cellAddress(w.r, 0));
  w.r += 2;
}

/** Final outcomes (box 4): number, text, date; one a row, with blank rows to type more. Returns the text column's range. */
function finalOutcomesSection(w: PlanRows, plan: Plan): string {
  const { blocks, styles, rows, name } = w.parts;
  w.parts.wide(w.r++, SECTION1_PROMPTS.finalOutcomes, NOTE);
  blocks.push({ at: cellAddress(w.r, 0), cells: [["No.", "Final outcome", "Date"]] });
  styles.push({ range: blockRange(cellAddress(w.r, 0), 1, 3), style: HEADER });
  const r = ++w.r;
  const outcomes: Cell[][] = [
    ...plan.finalOutcomes.map((f, k): Cell[] => [k + 1, f.text, dateValue(f.date)]),
    ...Array.from({ length: SPARE_OUTCOME_ROWS }, (_, k): Cell[] => [plan.finalOutcomes.length + k + 1, null, null]),
  ];
  blocks.push({ at: cellAddress(r, 0), cells: outcomes });
  styles.push(
    { range: blockRange(cellAddress(r, 0), outcomes.length, 1), style: { ...OWNED, hAlign: "center" } },
    { range: blockRange(cellAddress(r, 1), outcomes.length, 2), style: INPUT },
    { range: blockRange(cellAddress(r, 2), outcomes.length, 1), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
  );
  plan.finalOutcomes.forEach((f, k) => rows.push({ index: r + k, height: rowHeightFor(f.text, WIDTHS[1]) }));
  name(PLAN_NAMES.finalOutcomes, blockRange(cellAddress(r, 1), outcomes.length, 2));
  w.r += outcomes.length + 1;
  return blockRange(cellAddress(r, 1), outcomes.length, 1);
}

/** Objectives and initiatives (box 3), last so it can grow. Returns its word column's range. */
function objectiveListSection(w: PlanRows, initiatives: readonly ListedInitiative[]): string {
  across(w, SECTION1_PROMPTS.objectivesAndInitiatives, NOTE);
  const list = objectiveListContent(w.r, initiatives);
  w.parts.blocks.push(...list.blocks);
  w.parts.styles.push(...list.styles);
  w.parts.rows.push(...list.rows);
  w.parts.names.push(list.name);
  return list.wordsRange;
}

/** The live word count beside Section 1's heading, and whether it is within the limit: written last, once the ranges it sums are known. */
function wordCountSection(w: PlanRows, row: number, finalTexts: string, listWords: string, total: number | undefined): void {
  const countCell = cellAddress(row, 3);
  w.parts.blocks.push({ at: countCell, cells: [wordCountCells(finalTexts, listWords, countCell, total)] });
  w.parts.styles.push({ range: `${countCell}:${cellAddress(row, 4)}`, style: { ...OWNED, bold: true } });
  w.parts.name(PLAN_NAMES.wordCount, countCell);
  // The verdict is a formula's text, which Excel does not fit when the file opens: room for the longer one.
  const verdicts = [OVER_LIMIT, WITHIN_LIMIT];
  w.parts.rows.push({ index: row, height: Math.max(rowHeightFor("(Maximum 1,000 words)", WIDTHS[0]), ...verdicts.map((v) => rowHeightFor(v, WIDTHS[4]))) });
}

export function planSheetSpec(plan: Plan, initiatives: readonly ListedInitiative[], position?: number): { sheet: SheetSpec; names: NameSpec[] } {
  const parts = new SheetParts(PLAN_SHEET, { lastCol: LAST_COL, chars: FULL_WIDTH });
  const w: PlanRows = { parts, r: 0 };
  // The sheet top to bottom.
  titleSection(w);
  headerSection(w, plan);
  const wordCountRow = section1Heading(w);
  textBox(w, SECTION1_PROMPTS.keyIssues, plan.keyIssues, PLAN_NAMES.keyIssues, 8);
  textBox(w, SECTION1_PROMPTS.theoryOfAction, plan.theoryOfAction, PLAN_NAMES.theoryOfAction, 4);
  const finalTexts = finalOutcomesSection(w, plan);
  const listWords = objectiveListSection(w, initiatives);
  const total = section1Total([plan.keyIssues, plan.theoryOfAction, ...plan.finalOutcomes.map((f) => f.text)], initiatives);
  wordCountSection(w, wordCountRow, finalTexts, listWords, total);

  const { blocks, styles, merges, rows, names } = parts;
  return {
    sheet: {
      name: PLAN_SHEET,
      create: true,
      position,
      tabColor: "#548235",
      blocks,
      styles,
      merges,
      rows,
      columns: WIDTHS.map((width, index) => ({ index, width })),
      freeze: { rows: 2, columns: 0 },
      print: sheetPrint({ orientation: "portrait", district: plan.district, title: "Accelerated Improvement Plan: Section 1" }),
      activate: true,
    },
    names,
  };
}
