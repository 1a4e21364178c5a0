/**
 * The QPR view of one period ("QPR Mar"): what the Plan Monitor works from and prints (SPEC.md
 * §6.1–6.4). The months it covers and its publication month; every initiative grouped by
 * objective with its two ratings, evidence and who rated it as LIVE formulas through the rating
 * names (a rating typed on a strategy sheet shows at once, with no add-in); a narrative cell for
 * overall progress and one per objective (people's cells: the command carries them over on every
 * rebuild); and the evidence listed in that period's Highlight Discussion minutes, as it stood
 * when the view was built. Everything else on the sheet is the add-in's and is rebuilt.
 */
import { isoToSerial, QPR_WINDOWS } from "../../domain/calendar";
import type { InitiativeRef, IsoDate, QprPeriod } from "../../domain/plan";
import { blockRange, cellAddress } from "../../util/a1";
import { initiativeNames, PLAN_NAMES, qprNames, type RatingKind } from "../names";
import { reviewSection, type ReviewTyped } from "./reviewSection";
import type { Cell, NameSpec, SheetSpec, Style } from "../../workbook/spec";
import type { CellValue } from "../../workbook/port";
import { asText } from "../read/readCells";
import { shows } from "../formulas";
import { CORRECTIONS_HEADER, qprMonths } from "../reportLabels";

export { CORRECTIONS_HEADER, qprMonths };
import { SheetParts, span } from "../sheetParts";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";
import { sheetPrint } from "../printing";

export const QPR_HEADERS = [
  "Initiative",
  "Lead",
  "Process rating",
  "Process evidence",
  "Performance rating",
  "Performance evidence",
  "Rated by",
  "Date rated",
  CORRECTIONS_HEADER,
] as const;
export const QPR_EVIDENCE_HEADERS = ["Meeting date", "Initiative", "Evidence", null, "Who provides it", null, "Where it is kept", null, null] as const;
/** 171 characters: one page wide on landscape Letter at about 81% (printing.ts). */
const WIDTHS = [24, 14, 18, 26, 18, 26, 12, 11, 22];
/** The corrections column (I), beside the Monitor's evidence and who rated. */
const CORRECTIONS_COL = 8;
const COLUMNS = WIDTHS.length;
const LAST_COL = COLUMNS - 1;
/** Rows cleared on update: past the larger of the old and new areas, never fewer than the floor. */
const CLEAR_FLOOR = 500;
const CLEAR_MARGIN = 200;
/** What a rating cell shows while the initiative has no rating for the period. */
export const NOT_RATED = "(not rated yet)";

/** One initiative of the view; `readable` holds the names that resolve to a cell (others are shown as missing). */
export interface QprInitiative {
  ref: InitiativeRef;
  readable: ReadonlySet<string>;
}

export interface QprObjective {
  o: number;
  initiatives: QprInitiative[];
}

/** One row of a minutes sheet's evidence inventory: Initiative, Evidence, Who provides it, Where it is kept. */
export interface MinutesEvidence {
  date: IsoDate;
  initiative: string;
  evidence: string;
  who: string;
  where: string;
}

export interface QprSheetInput {
  period: QprPeriod;
  sheet: string;
  mode: "create" | "update";
  /** 1-based last row of the previous view's area, when known (update). */
  previousLastRow?: number;
  /** Start year of the school year (0 when unknown: no years shown). */
  schoolYear: number;
  hasDistrict: boolean;
  objectives: QprObjective[];
  /** What people typed: the overall narrative and each objective's (by o), written back as they were. */
  narrative: { overall: Cell; objectives: ReadonlyMap<number, Cell> };
  /** The review round as people left it: status and step dates. */
  review: ReviewTyped;
  /** The district's factual corrections typed per initiative, by "o.i": written back beside the initiative (or kept below when it is gone). */
  corrections: ReadonlyMap<string, Cell>;
  evidence: MinutesEvidence[];
  /** What a one-cell name holds in the snapshot the command read (src/layout/read/knownValue.ts), stored as the formulas' results. */
  valueOf: (name: string) => CellValue | undefined;
}

/** The QPR view as it is written, top to bottom: its parts, its names and the next row (0-based). */
interface QprRows {
  parts: SheetParts;
  q: ReturnType<typeof qprNames>;
  r: number;
}

/** One row: its cells from column A, styled across A:H and merged (or only A styled, unmerged). */
function line(w: QprRows, cells: Cell[], style: Style, mergeAll = true): void {
  const across = span(w.r, 0, LAST_COL);
  w.parts.blocks.push({ at: cellAddress(w.r, 0), cells: [cells] });
  w.parts.styles.push({ range: mergeAll ? across : cellAddress(w.r, 0), style });
  if (mergeAll) w.parts.merges.push(across);
  w.r++;
}

/** A label in A and the add-in's value merged across B:D. */
function field(w: QprRows, label: string, value: Cell): void {
  const { blocks, styles, merges } = w.parts;
  blocks.push({ at: cellAddress(w.r, 0), cells: [[label, value]] });
  styles.push({ range: cellAddress(w.r, 0), style: LABEL }, { range: span(w.r, 1, 3), style: OWNED });
  merges.push(span(w.r, 1, 3));
  w.r++;
}

/** A label in A and a person's narrative merged across B:H, `height` points high, named. */
function narrativeRow(w: QprRows, label: string, text: Cell, nameOf: string, height: number): void {
  const { blocks, styles, merges, rows, name } = w.parts;
  blocks.push({ at: cellAddress(w.r, 0), cells: [[label, text]] });
  styles.push({ range: cellAddress(w.r, 0), style: LABEL }, { range: span(w.r, 1, LAST_COL), style: INPUT });
  merges.push(span(w.r, 1, LAST_COL));
  rows.push({ index: w.r, height });
  name(nameOf, cellAddress(w.r, 1));
  w.r++;
}

/** The title, the district, the months the view covers and the note on what is kept. */
function headerSection(w: QprRows, input: QprSheetInput, months: { publication: string; covers: string }): void {
  line(w, [`Quarterly Progress Report (QPR): ${QPR_WINDOWS[input.period].label}`], TITLE, false);
  if (input.hasDistrict) field(w, "District:", shows(`=""&${PLAN_NAMES.district}`, input.valueOf(PLAN_NAMES.district), asText));
  field(w, "Publication month:", months.publication);
  field(w, "Covers the months:", months.covers);
  line(
    w,
    [
      "Rebuilt by the add-in (Ratings > Build QPR view, or aip qpr). Ratings and evidence come live from the strategy sheets: change them there. " +
        "Type the narratives, the review status and the corrections in the white boxes: they are kept when the view is rebuilt.",
    ],
    NOTE,
  );
  w.parts.rows.push({ index: w.r - 1, height: 30 });
  w.r++;
  line(w, ["Review round"], SECTION);
  w.r = reviewSection(w.parts, w.r, w.q.review, input.review, LAST_COL) + 1;
}

/** 1. Overall narrative (SPEC.md §6.1, first item): a person's box across the sheet. */
function overallSection(w: QprRows, input: QprSheetInput): void {
  const { blocks, styles, merges, rows, name } = w.parts;
  line(w, ["Narrative summary of overall progress"], SECTION);
  line(w, ["Based on monthly Highlight Discussions, collected evidence and interviews with stakeholders."], NOTE);
  blocks.push({ at: cellAddress(w.r, 0), cells: [[input.narrative.overall]] });
  styles.push({ range: span(w.r, 0, LAST_COL), style: INPUT });
  merges.push(span(w.r, 0, LAST_COL));
  rows.push({ index: w.r, height: 150 });
  name(w.q.overall, cellAddress(w.r, 0));
  w.r += 2;
}

/** One objective: its title, its initiatives' live rows, and its narrative. */
function objectiveBlock(w: QprRows, input: QprSheetInput, objective: QprObjective): void {
  const { blocks, styles, rows } = w.parts;
  const first = objective.initiatives[0];
  const title =
    first && first.readable.has(initiativeNames(first.ref).objective)
      ? shows(
          `="Objective ${objective.o}: "&${initiativeNames(first.ref).objective}`,
          input.valueOf(initiativeNames(first.ref).objective),
          (v) => `Objective ${objective.o}: ${asText(v)}`,
        )
      : `Objective ${objective.o}`;
  line(w, [title], { ...LABEL, fill: "#DDEBF7" });
  if (objective.initiatives.length > 0) {
    const r = w.r;
    const body = objective.initiatives.map((ini) => [...initiativeRow(ini, input.period, input.valueOf), input.corrections.get(`${ini.ref.o}.${ini.ref.i}`) ?? null]);
    blocks.push({ at: cellAddress(r, 0), cells: body });
    styles.push(
      { range: blockRange(cellAddress(r, 0), body.length, CORRECTIONS_COL), style: OWNED },
      { range: blockRange(cellAddress(r, CORRECTIONS_COL - 1), body.length, 1), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
      { range: blockRange(cellAddress(r, CORRECTIONS_COL), body.length, 1), style: INPUT },
    );
    // Formula texts: Excel does not fit them when the file opens, so each row is as high as what it shows now.
    body.forEach((cells, k) => rows.push({ index: r + k, height: Math.max(60, ...cells.map((c, col) => rowHeightFor(shownText(c), WIDTHS[col]))) }));
    objective.initiatives.forEach((ini, k) => w.parts.name(w.q.review.corrections(ini.ref), cellAddress(r + k, CORRECTIONS_COL)));
    w.r += body.length;
  }
  narrativeRow(w, `Narrative of progress on objective ${objective.o}`, input.narrative.objectives.get(objective.o) ?? null, w.q.objective(objective.o), 90);
}

/** 2. Ratings with evidence, by objective, each objective with its narrative. Returns the header's row. */
function ratingsSection(w: QprRows, input: QprSheetInput): number {
  line(w, ["Progress on each strategic objective and initiative: ratings with supporting evidence"], SECTION);
  const header = w.r;
  w.parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[...QPR_HEADERS]] });
  w.parts.styles.push({ range: span(w.r, 0, LAST_COL), style: HEADER });
  w.r++;
  for (const objective of input.objectives) objectiveBlock(w, input, objective);
  if (input.objectives.length === 0) line(w, ["This plan has no initiatives yet: add them, then rebuild this view."], NOTE);
  w.r++;
  return header;
}

/** Narratives typed for objectives that are no longer in the plan: kept, never dropped. */
function orphanSection(w: QprRows, input: QprSheetInput): void {
  const current = new Set(input.objectives.map((o) => o.o));
  const orphans = [...input.narrative.objectives].filter(([o]) => !current.has(o)).sort((a, b) => a[0] - b[0]);
  if (orphans.length > 0) {
    line(w, ["Narratives kept from objectives no longer in the plan"], SECTION);
    for (const [o, text] of orphans) narrativeRow(w, `Objective ${o} (no longer in the plan)`, text, w.q.objective(o), 60);
    w.r++;
  }
  const listed = new Set(input.objectives.flatMap((o) => o.initiatives.map((i) => `${i.ref.o}.${i.ref.i}`)));
  const kept = [...input.corrections].filter(([number, cell]) => !listed.has(number) && cell !== null);
  if (kept.length === 0) return;
  line(w, ["Factual corrections kept from initiatives no longer in the plan"], SECTION);
  for (const [number, cell] of kept) {
    const [o, i] = number.split(".").map(Number);
    narrativeRow(w, `Initiative ${number} (no longer in the plan)`, cell, w.q.review.corrections({ o, i }), 60);
  }
  w.r++;
}

/** 3. Evidence from this period's minutes, as it stood when the view was built. */
function evidenceSection(w: QprRows, input: QprSheetInput, covers: string): void {
  const { blocks, styles, merges } = w.parts;
  line(w, [`Evidence listed in the Highlight Discussion minutes of ${covers}`], SECTION);
  if (input.evidence.length === 0) {
    line(w, [`No Highlight Discussion minutes dated ${covers} list evidence in this workbook yet.`], NOTE);
    return;
  }
  line(w, ["As listed on the minutes sheets when this view was built: rebuild the view after adding minutes."], NOTE);
  blocks.push({ at: cellAddress(w.r, 0), cells: [[...QPR_EVIDENCE_HEADERS]] });
  styles.push({ range: span(w.r, 0, LAST_COL), style: HEADER });
  merges.push(...evidenceMerges(w.r));
  const r = ++w.r;
  const body: Cell[][] = input.evidence.map((e) => [isoToSerial(e.date), e.initiative, e.evidence, null, e.who, null, e.where, null, null]);
  blocks.push({ at: cellAddress(r, 0), cells: body });
  styles.push(
    { range: blockRange(cellAddress(r, 0), body.length, COLUMNS), style: OWNED },
    { range: blockRange(cellAddress(r, 0), body.length, 1), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
  );
  body.forEach((_, k) => merges.push(...evidenceMerges(r + k)));
  w.r += body.length;
}

export function qprSheetSpec(input: QprSheetInput): { sheet: SheetSpec; names: NameSpec[] } {
  const { period, sheet } = input;
  const parts = new SheetParts(sheet, { lastCol: LAST_COL, chars: WIDTHS.reduce((a, b) => a + b, 0) });
  const w: QprRows = { parts, q: qprNames(period), r: 0 };
  const months = qprMonths(period, input.schoolYear);
  // The sheet top to bottom.
  headerSection(w, input, months);
  overallSection(w, input);
  const header = ratingsSection(w, input);
  orphanSection(w, input);
  evidenceSection(w, input, months.covers);

  parts.name(w.q.area, blockRange("A1", w.r, COLUMNS));
  const clearTo = Math.max(CLEAR_FLOOR, w.r, input.previousLastRow ?? 0) + CLEAR_MARGIN;
  const { blocks, styles, merges, rows, names } = parts;
  return {
    sheet: {
      name: sheet,
      create: input.mode === "create",
      tabColor: "#548235",
      clear: input.mode === "update" ? [`A1:${cellAddress(clearTo - 1, LAST_COL)}`] : undefined,
      blocks,
      styles,
      merges,
      rows,
      validations: parts.validations,
      dateValidations: parts.dateValidations,
      columns: WIDTHS.map((width, index) => ({ index, width })),
      print: sheetPrint({
        orientation: "landscape",
        district: input.hasDistrict ? asText(input.valueOf(PLAN_NAMES.district) ?? "") : undefined,
        title: `Quarterly Progress Report: ${QPR_WINDOWS[period].label}`,
        titleRows: `${header + 1}:${header + 1}`,
      }),
    },
    names,
  };
}

/** The text a cell shows: its own, or its formula's stored result. */
function shownText(cell: Cell): string {
  if (cell !== null && typeof cell === "object") return cell.result === undefined ? "" : String(cell.result);
  return cell === null ? "" : String(cell);
}

/** Evidence and who each span two columns (C:D, E:F), where it is kept the rest (G:I). */
function evidenceMerges(row: number): string[] {
  return [2, 4, 6].map((c) => `${cellAddress(row, c)}:${cellAddress(row, c === 6 ? LAST_COL : c + 1)}`);
}

const MISSING = (name: string) => `(missing: ${name})`;

/** A row of live formulas through the initiative's names; a name that does not resolve is shown as missing, never a #REF!. */
function initiativeRow(ini: QprInitiative, period: QprPeriod, valueOf: QprSheetInput["valueOf"]): Cell[] {
  const n = initiativeNames(ini.ref);
  const ok = (name: string) => ini.readable.has(name);
  const text = (name: string): Cell => (ok(name) ? shows(`=""&${name}`, valueOf(name), asText) : MISSING(name));
  const rating = (kind: RatingKind): Cell => {
    const name = n.rating(kind, period);
    return ok(name) ? shows(`=IF(${name}="","${NOT_RATED}",${name})`, valueOf(name), (v) => (v === "" ? NOT_RATED : v)) : MISSING(name);
  };
  const number = `${ini.ref.o}.${ini.ref.i}`;
  return [
    ok(n.description) ? shows(`="${number} "&${n.description}`, valueOf(n.description), (v) => `${number} ${asText(v)}`) : `${number} ${MISSING(n.description)}`,
    text(n.lead),
    rating("Process"),
    text(n.rating("ProcessEvidence", period)),
    rating("Performance"),
    text(n.rating("PerformanceEvidence", period)),
    // Workbooks made before these names existed simply show nothing here.
    ok(n.ratedBy(period)) ? shows(`=""&${n.ratedBy(period)}`, valueOf(n.ratedBy(period)), asText) : null,
    ok(n.ratedOn(period)) ? shows(`=IF(${n.ratedOn(period)}="","",${n.ratedOn(period)})`, valueOf(n.ratedOn(period)), (v) => v) : null,
  ];
}
