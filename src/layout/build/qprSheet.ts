/**
 * The QPR view of one period ("QPR Mar"): what the Plan Monitor works from and prints (SPEC.md
 * §6.1–6.4). The months it covers and its publication month; every initiative grouped by
 * objective with its two ratings, evidence and who rated it as LIVE formulas through the rating
 * names (a rating typed on a strategy sheet shows at once, with no add-in); a narrative cell for
 * overall progress and one per objective (people's cells: the command carries them over on every
 * rebuild); and the evidence listed in that period's Highlight Discussion minutes, as it stood
 * when the view was built. Everything else on the sheet is the add-in's and is rebuilt.
 */
import { isoToSerial, MONTH_NAMES, QPR_WINDOWS, yearOfMonth } from "../../domain/calendar";
import type { InitiativeRef, IsoDate, QprPeriod } from "../../domain/plan";
import { blockRange, cellAddress } from "../../util/a1";
import { initiativeNames, PLAN_NAMES, qprNames, type RatingKind } from "../names";
import type { Block, Cell, NameSpec, RowSpec, SheetSpec, StyledRange } from "../../workbook/spec";
import type { CellValue } from "../../workbook/port";
import { asText } from "../read/readCells";
import { DATE_FORMAT, HEADER, INPUT, LABEL, NOTE, OWNED, SECTION, TITLE } from "../styles";

export const QPR_HEADERS = ["Initiative", "Lead", "Process rating", "Process evidence", "Performance rating", "Performance evidence", "Rated by", "Date rated"] as const;
export const QPR_EVIDENCE_HEADERS = ["Meeting date", "Initiative", "Evidence", null, "Who provides it", null, "Where it is kept", null] as const;
const WIDTHS = [34, 20, 26, 40, 26, 40, 18, 12];
const COLUMNS = WIDTHS.length;
const LAST_COL = COLUMNS - 1;
/** Rows cleared on update: past the larger of the old and new areas, never fewer than the floor. */
const CLEAR_FLOOR = 500;
const CLEAR_MARGIN = 200;
/** What a rating cell shows while the initiative has no rating for the period. */
export const NOT_RATED = "(not rated yet)";

/** "January 2027" and "September – November 2026" (no years when the school year is unknown). */
export function qprMonths(period: QprPeriod, startYear: number): { publication: string; covers: string } {
  const w = QPR_WINDOWS[period];
  if (!startYear) return { publication: w.label, covers: w.covers };
  const publicationMonth = (MONTH_NAMES as readonly string[]).indexOf(w.label) + 1;
  const y1 = yearOfMonth(w.from, startYear);
  const y2 = yearOfMonth(w.to, startYear);
  const covers = y1 === y2 ? `${MONTH_NAMES[w.from - 1]} – ${MONTH_NAMES[w.to - 1]} ${y2}` : `${MONTH_NAMES[w.from - 1]} ${y1} – ${MONTH_NAMES[w.to - 1]} ${y2}`;
  return { publication: `${w.label} ${yearOfMonth(publicationMonth, startYear)}`, covers };
}

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
  evidence: MinutesEvidence[];
  /** What a one-cell name holds in the snapshot the command read (src/layout/read/knownValue.ts), stored as the formulas' results. */
  valueOf: (name: string) => CellValue | undefined;
}

export function qprSheetSpec(input: QprSheetInput): { sheet: SheetSpec; names: NameSpec[] } {
  const { period, sheet } = input;
  const q = qprNames(period);
  const blocks: Block[] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const rows: RowSpec[] = [];
  const names: NameSpec[] = [];
  const wide = (row: number) => `${cellAddress(row, 0)}:${cellAddress(row, LAST_COL)}`;
  const months = qprMonths(period, input.schoolYear);
  let r = 0;

  const line = (cells: Cell[], style: StyledRange["style"], mergeAll = true) => {
    blocks.push({ at: cellAddress(r, 0), cells: [cells] });
    styles.push({ range: mergeAll ? wide(r) : cellAddress(r, 0), style });
    if (mergeAll) merges.push(wide(r));
    r++;
  };

  line([`Quarterly Progress Report (QPR): ${QPR_WINDOWS[period].label}`], TITLE, false);
  if (input.hasDistrict) {
    blocks.push({ at: cellAddress(r, 0), cells: [["District:", shows(`=""&${PLAN_NAMES.district}`, input.valueOf(PLAN_NAMES.district), asText)]] });
    styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: `${cellAddress(r, 1)}:${cellAddress(r, 3)}`, style: OWNED });
    merges.push(`${cellAddress(r, 1)}:${cellAddress(r, 3)}`);
    r++;
  }
  for (const [label, value] of [
    ["Publication month:", months.publication],
    ["Covers the months:", months.covers],
  ]) {
    blocks.push({ at: cellAddress(r, 0), cells: [[label, value]] });
    styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: `${cellAddress(r, 1)}:${cellAddress(r, 3)}`, style: OWNED });
    merges.push(`${cellAddress(r, 1)}:${cellAddress(r, 3)}`);
    r++;
  }
  line(
    [
      "Rebuilt by the add-in (Ratings > Build QPR view, or aip qpr). Ratings and evidence come live from the strategy sheets: change them there. " +
        "Type the narratives in the white boxes: they are kept when the view is rebuilt.",
    ],
    NOTE,
  );
  rows.push({ index: r - 1, height: 30 });
  r++;

  // 1. Overall narrative (SPEC.md §6.1, first item).
  line(["Narrative summary of overall progress"], SECTION);
  line(["Based on monthly Highlight Discussions, collected evidence and interviews with stakeholders."], NOTE);
  blocks.push({ at: cellAddress(r, 0), cells: [[input.narrative.overall]] });
  styles.push({ range: wide(r), style: INPUT });
  merges.push(wide(r));
  rows.push({ index: r, height: 150 });
  names.push({ name: q.overall, sheet, range: cellAddress(r, 0) });
  r += 2;

  // 2. Ratings with evidence, by objective, each objective with its narrative.
  line(["Progress on each strategic objective and initiative: ratings with supporting evidence"], SECTION);
  const header = r;
  blocks.push({ at: cellAddress(r, 0), cells: [[...QPR_HEADERS]] });
  styles.push({ range: wide(r), style: HEADER });
  r++;
  for (const objective of input.objectives) {
    const first = objective.initiatives[0];
    const title =
      first && first.readable.has(initiativeNames(first.ref).objective)
        ? shows(
            `="Objective ${objective.o}: "&${initiativeNames(first.ref).objective}`,
            input.valueOf(initiativeNames(first.ref).objective),
            (v) => `Objective ${objective.o}: ${asText(v)}`,
          )
        : `Objective ${objective.o}`;
    line([title], { ...LABEL, fill: "#DDEBF7" });
    if (objective.initiatives.length > 0) {
      const body = objective.initiatives.map((ini) => initiativeRow(ini, period, input.valueOf));
      blocks.push({ at: cellAddress(r, 0), cells: body });
      styles.push(
        { range: blockRange(cellAddress(r, 0), body.length, COLUMNS), style: OWNED },
        { range: blockRange(cellAddress(r, LAST_COL), body.length, 1), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
      );
      body.forEach((_, k) => rows.push({ index: r + k, height: 60 }));
      r += body.length;
    }
    blocks.push({ at: cellAddress(r, 0), cells: [[`Narrative of progress on objective ${objective.o}`, input.narrative.objectives.get(objective.o) ?? null]] });
    styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: `${cellAddress(r, 1)}:${cellAddress(r, LAST_COL)}`, style: INPUT });
    merges.push(`${cellAddress(r, 1)}:${cellAddress(r, LAST_COL)}`);
    rows.push({ index: r, height: 90 });
    names.push({ name: q.objective(objective.o), sheet, range: cellAddress(r, 1) });
    r++;
  }
  if (input.objectives.length === 0) line(["This plan has no initiatives yet: add them, then rebuild this view."], NOTE);
  r++;

  // Narratives typed for objectives that are no longer in the plan: kept, never dropped.
  const current = new Set(input.objectives.map((o) => o.o));
  const orphans = [...input.narrative.objectives].filter(([o]) => !current.has(o)).sort((a, b) => a[0] - b[0]);
  if (orphans.length > 0) {
    line(["Narratives kept from objectives no longer in the plan"], SECTION);
    for (const [o, text] of orphans) {
      blocks.push({ at: cellAddress(r, 0), cells: [[`Objective ${o} (no longer in the plan)`, text]] });
      styles.push({ range: cellAddress(r, 0), style: LABEL }, { range: `${cellAddress(r, 1)}:${cellAddress(r, LAST_COL)}`, style: INPUT });
      merges.push(`${cellAddress(r, 1)}:${cellAddress(r, LAST_COL)}`);
      rows.push({ index: r, height: 60 });
      names.push({ name: q.objective(o), sheet, range: cellAddress(r, 1) });
      r++;
    }
    r++;
  }

  // 3. Evidence from this period's minutes.
  line([`Evidence listed in the Highlight Discussion minutes of ${months.covers}`], SECTION);
  if (input.evidence.length === 0) {
    line([`No Highlight Discussion minutes dated ${months.covers} list evidence in this workbook yet.`], NOTE);
  } else {
    line(["As listed on the minutes sheets when this view was built: rebuild the view after adding minutes."], NOTE);
    blocks.push({ at: cellAddress(r, 0), cells: [[...QPR_EVIDENCE_HEADERS]] });
    styles.push({ range: wide(r), style: HEADER });
    evidenceMerges(r).forEach((m) => merges.push(m));
    r++;
    const body: Cell[][] = input.evidence.map((e) => [isoToSerial(e.date), e.initiative, e.evidence, null, e.who, null, e.where, null]);
    blocks.push({ at: cellAddress(r, 0), cells: body });
    styles.push(
      { range: blockRange(cellAddress(r, 0), body.length, COLUMNS), style: OWNED },
      { range: blockRange(cellAddress(r, 0), body.length, 1), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
    );
    body.forEach((_, k) => evidenceMerges(r + k).forEach((m) => merges.push(m)));
    r += body.length;
  }

  names.push({ name: q.area, sheet, range: blockRange("A1", r, COLUMNS) });
  const clearTo = Math.max(CLEAR_FLOOR, r, input.previousLastRow ?? 0) + CLEAR_MARGIN;
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
      columns: WIDTHS.map((width, index) => ({ index, width })),
      print: { orientation: "landscape", fitToWidth: true, titleRows: `${header + 1}:${header + 1}` },
    },
    names,
  };
}

/** Evidence, who and where each span two columns (C:D, E:F, G:H). */
function evidenceMerges(row: number): string[] {
  return [2, 4, 6].map((c) => `${cellAddress(row, c)}:${cellAddress(row, c + 1)}`);
}

/** A formula showing a name's value, with the result it computes from that value when the value is known. */
function shows(formula: string, value: CellValue | undefined, result: (v: CellValue) => CellValue): Cell {
  return value === undefined ? { formula } : { formula, result: result(value) };
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
