/**
 * The Summary sheet (docs/guidance/DECISIONS.md 8): every initiative's QPR ratings by period, grouped by
 * objective, and per objective and for the plan the count of initiatives at each level and the
 * lowest level. LIVE: every figure is a formula over the rating cells' defined names, so a rating
 * typed on a strategy sheet shows here at once, in Excel and LibreOffice, with no add-in running.
 * Only functions both compute: IF, IFERROR, TRIM, EXACT, MATCH, INDEX, COUNTIF(S), SUM, ISNUMBER,
 * TODAY, LEFT, AND, OR.
 *
 * Which initiatives are listed is decided at roll-up; the whole area under AIP.Summary.Area
 * (columns A:W; a rebuild clears to AE, where older Summaries reached) is the add-in's and is rebuilt each time.
 *
 * A rating counts only when it is a scale name exactly (EXACT after MATCH: MATCH ignores case and
 * honours wildcards); anything else shows as "not a scale level" and is counted apart.
 */
import { QPR_PERIODS } from "../../domain/plan";
import { countLevels, PHASE_HINTS, SCALE_KEYS, SCALE_OF, type LevelCounts, type ScaleKey } from "../../domain/rollup";
import type { IsoDate } from "../../domain/plan";
import { knownValue } from "../read/knownValue";
import { groupCounts, sourceResults, type SourceResults } from "./summaryResults";
import { cellAddress, columnLetter, blockRange } from "../../util/a1";
import type { CellValue, WorkbookSnapshot } from "../../workbook/port";
import { initiativeNames, PLAN_NAMES, SUMMARY_NAMES } from "../names";
import { asText, NameReader, type Problem } from "../read/readCells";
import type { Block, Cell, ConditionalFormat, NameSpec, RowSpec, SheetSpec, Style, StyledRange } from "../../workbook/spec";
import { SheetParts } from "../sheetParts";
import { HEADER, NOTE, OWNED, rowHeightFor, SECTION, TITLE } from "../styles";
import { SUMMARY_SHEET } from "../sheetNames";
import { CHANGE_LABELS } from "../reportLabels";
import { NOT_A_LEVEL, readSources, SCALE_WORD, type SummarySource } from "../read/summarySources";
import type { BarChartSpec } from "../../workbook/chartSpec";
import { CHART_ROWS, objectiveCharts, planCharts, type ObjectiveCounts } from "./summaryCharts";

export { NOT_A_LEVEL };
export const SUMMARY_LABEL = "Summary (not an ESE rating)";
/** The "lowest level" of a group where nobody has a valid rating in that period. */
export const NO_VALID_RATING = "no valid rating";
export { CHANGE_LABELS };

/** Level colours, low → high (rank 1 … 4), and for a value that is not a level. */
export const LEVEL_FILLS = ["#F8CBAD", "#FFE699", "#C6E0B4", "#8FD19E"] as const;
const NOT_A_LEVEL_STYLE = { fill: "#E4DFEC", fontColor: "#7030A0", bold: true };

/**
 * The initiatives table: two rows per initiative, its process ratings then its performance ratings
 * (SCALE_ROW), so each period is one column and the table prints one page wide at a legible size.
 * Number, description, lead, activities and the exit phase hint are merged over both rows.
 */
export const SCALE_ROW: Record<ScaleKey, number> = { process: 0, performance: 1 };
/** Columns of the initiatives table (0-based). */
export const COL = {
  number: 0,
  description: 1,
  lead: 2,
  /** "Process" or "Performance": which scale the row rates. */
  scale: 3,
  latest: 4,
  change: 5,
  /** Period k's rating (Jan, Mar, Jun, Sep) on the scale's row. */
  period: (k: number) => 6 + k,
  overdue: 10,
  complete: 11,
  /** The exit phase the latest process rating hints at (DECISIONS.md 4). */
  phase: 12,
  /**
   * Helper ranks (hidden; "" blank, 0 not a level, 1…4): process Jan…Sep at 13…16 on the process
   * row, performance at 17…20 on the performance row, so each counts column holds one scale.
   */
  rank: (k: number, key: ScaleKey) => 13 + k + (key === "process" ? 0 : 4),
  /** The row's latest and previous ranks (hidden). */
  latestRank: 21,
  previousRank: 22,
} as const;
/** Columns merged over an initiative's two rows. */
const MERGED = [COL.number, COL.description, COL.lead, COL.overdue, COL.complete, COL.phase];
/** The last column people see and print; the helper ranks after it are hidden. */
const LAST_VISIBLE = COL.phase;
const LAST_COL = 22; // W
/** A rebuild clears to AE: Summaries written before the two-row layout reach it. */
const CLEARED_LAST_COL = 30;
/** Visible columns as narrow as their text allows (level names wrap), so the printed page stays legible (≥ 8 pt); then the hidden helpers. */
const WIDTHS = [5, 23, 14, 11, 15, 8, 14, 14, 14, 14, 9, 9, 15, ...Array(10).fill(9)];
/** Height of a cell showing any level name in a period column (the longest wraps to several lines). */
const RATING_HEIGHT = rowHeightFor(
  [...SCALE_OF.process.levels, ...SCALE_OF.performance.levels].map((l) => l.name).reduce((a, b) => (b.length > a.length ? b : a)),
  WIDTHS[COL.period(0)],
);

/** Counts tables: label column and first period column of each scale. */
const TABLE = { process: { label: 1, first: 2 }, performance: { label: 7, first: 8 } } as Record<ScaleKey, { label: number; first: number }>;
/** Rows of one counts table below its header: 4 levels, not a level, not rated, lowest. */
const TABLE_ROWS = 8;

/** Rows cleared on update at least (the old area's name may be gone), and beyond. */
const CLEAR_FLOOR = 1000;
const CLEAR_MARGIN = 200;

const abs = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
const at = cellAddress;

export interface SummaryBuild {
  sheet: SheetSpec;
  names: NameSpec[];
  /** Initiatives listed. */
  initiatives: number;
  /** What could not be read (also listed on the sheet), and ratings that are not a scale level. */
  problems: Problem[];
}

/** Row ranges of the initiatives table, for the counts' COUNTIF. */
interface Group {
  /** Column A of the group's header row in the by-objective section. */
  label: string;
  /** Title formula or text for the group's header. */
  heading: Cell;
  first: number;
  last: number;
  count: number;
  /** The domain's counts for the group, stored as the counts' results (unknown: none stored). */
  counts?: LevelCounts;
}

export interface SummaryOptions {
  /** The Summary's current sheet name when it exists (any case), else undefined: it is created. */
  existing?: string;
  /** 0-based tab position for a new Summary. */
  position?: number;
  /** Last row (1-based) of the previous owned area, when known, so nothing stale is left. */
  previousLastRow?: number;
  /** The day the overdue counts' TODAY() is taken as: with it, every formula stores the result the domain computes. */
  today?: IsoDate;
}

/** The Summary as it is written, top to bottom: its parts, its conditional formats, and how to find a level's label. */
interface SummaryRows {
  parts: SheetParts;
  formats: ConditionalFormat[];
  /** The whole-plan table's label cell for a level: what every colour rule and count matches. */
  levelCell: (key: ScaleKey, rank: number) => string;
  /** The level labels' ranges the initiatives' rank formulas look up. */
  levels: Record<ScaleKey, string>;
  /** The day overdue activities are counted for: with it, every formula stores the result the domain computes. */
  today?: IsoDate;
  /** Each initiative's results from the domain (none without a day). */
  results: Map<SummarySource, SourceResults | undefined>;
  /** The workbook as read, for the printed header's district. */
  snap: WorkbookSnapshot;
  /** The Summary's charts (summaryCharts.ts). */
  charts: BarChartSpec[];
}

/** A group's counts from the domain, when the roll-up has a day to count overdue activities for. */
function countsOf(w: SummaryRows, list: readonly SummarySource[]): LevelCounts | undefined {
  return w.today ? groupCounts(list.map((x) => w.results.get(x))) : undefined;
}

const put = (w: SummaryRows, row: number, col: number, cells: Cell[][]) => w.parts.blocks.push({ at: at(row, col), cells });
const style = (w: SummaryRows, range: string, s: Style) => w.parts.styles.push({ range, style: s });
const fullRow = (row: number) => `${at(row, 0)}:${at(row, LAST_VISIBLE)}`;

/** A section title across the table's width (merged, so it reads on one line). */
function section(w: SummaryRows, row: number, title: string): void {
  put(w, row, 0, [[title]]);
  style(w, fullRow(row), SECTION);
  w.parts.merges.push(fullRow(row));
}

/** An objective's heading row: its number in A, its title merged across B:R. */
function objectiveRow(w: SummaryRows, row: number, label: string, heading: Cell): void {
  put(w, row, 0, [[label, heading]]);
  style(w, fullRow(row), { bold: true, fill: "#F2F2F2" });
  w.parts.merges.push(`${at(row, 1)}:${at(row, LAST_VISIBLE)}`);
}

/** The title and the two notes on what the Summary is and how it stays live. */
function titleSection(w: SummaryRows): void {
  put(w, 0, 0, [["Summary of QPR ratings"]]);
  style(w, "A1", TITLE);
  put(w, 1, 0, [[`${SUMMARY_LABEL}: the counts and lowest levels roll up the initiatives' ratings for discussion. The ratings themselves are on each strategy sheet.`]]);
  put(w, 2, 0, [
    [
      `Live: every figure is a formula over the rating cells, so a rating typed on a strategy sheet shows here at once. Run Roll up again after adding or removing initiatives. A rating that is not exactly a scale name shows as "${NOT_A_LEVEL}" and is not counted.`,
    ],
  ]);
  for (const row of [1, 2]) {
    style(w, at(row, 0), NOTE);
    w.parts.merges.push(fullRow(row));
    w.parts.rows.push({ index: row, height: 30 });
  }
}

/** The initiatives table's header row: visible columns, then the grey helper ranks. */
function initiativesHeader(w: SummaryRows, header: number): void {
  const headers: string[] = Array(LAST_COL + 1).fill("");
  headers[COL.number] = "#";
  headers[COL.description] = "Initiative";
  headers[COL.lead] = "Lead";
  headers[COL.scale] = "Rating";
  headers[COL.latest] = "Latest rating";
  headers[COL.change] = "Change";
  headers[COL.latestRank] = "Latest rank";
  headers[COL.previousRank] = "Previous rank";
  QPR_PERIODS.forEach((p, k) => {
    headers[COL.period(k)] = p;
    for (const key of SCALE_KEYS) headers[COL.rank(k, key)] = `${p} ${SCALE_WORD[key]} rank`;
  });
  headers[COL.overdue] = "Activities overdue";
  headers[COL.complete] = "Activities complete";
  headers[COL.phase] = "Exit phase hint (latest process; not a rating)";
  put(w, header, 0, [headers]);
  style(w, blockRange(at(header, 0), 1, LAST_VISIBLE + 1), HEADER);
  style(w, blockRange(at(header, COL.rank(0, "process")), 1, LAST_COL - COL.rank(0, "process") + 1), { ...HEADER, italic: true, fontColor: "#595959" });
  w.parts.rows.push({ index: header, height: 32 });
}

/** Each objective's heading and its initiatives' live rows, from `row`; returns the groups and the next row. */
function initiativeGroups(w: SummaryRows, snap: WorkbookSnapshot, reader: NameReader, sources: SummarySource[], start: number): { groups: Group[]; row: number } {
  let row = start;
  const groups: Group[] = [];
  const byObjective = new Map<number, SummarySource[]>();
  for (const s of sources) byObjective.set(s.ref.o, [...(byObjective.get(s.ref.o) ?? []), s]);
  // Wrapped text needs its height set: Excel keeps a row's stored height when it opens the file.
  const text = (name: string | undefined) => String(snap.names[name ?? ""]?.values[0]?.[0] ?? "");
  for (const [o, list] of byObjective) {
    const objectiveName = initiativeNames(list[0].ref).objective;
    const titled = reader.get(objectiveName, false) ? objectiveName : undefined;
    const heading = objectiveHeading(snap, o, titled, w.today !== undefined);
    objectiveRow(w, row, String(o), heading);
    row++;
    const first = row;
    for (const s of list) {
      put(w, row, 0, initiativeRows(s, row, w.levels, w.results.get(s)));
      const merged = Math.max(rowHeightFor(text(s.description), WIDTHS[COL.description]), rowHeightFor(text(s.lead), WIDTHS[COL.lead]));
      for (const k of [0, 1]) w.parts.rows.push({ index: row + k, height: Math.max(RATING_HEIGHT, Math.ceil(merged / 2)) });
      for (const col of MERGED) w.parts.merges.push(`${at(row, col)}:${at(row + 1, col)}`);
      row += 2;
    }
    groups.push({ label: String(o), heading, first, last: row - 1, count: list.length, counts: countsOf(w, list) });
  }
  return { groups, row };
}

/** The initiatives table's body styles and colour rules (levels and changes). */
function initiativesFormats(w: SummaryRows, firstInitiative: number, lastInitiative: number): void {
  const body = `${at(firstInitiative, 0)}:${at(lastInitiative, LAST_COL)}`;
  style(w, body, { wrap: true, vAlign: "top", border: true });
  style(w, `${at(firstInitiative, COL.rank(0, "process"))}:${at(lastInitiative, LAST_COL)}`, { fontColor: "#808080" });
  const ratings = `${at(firstInitiative, COL.latest)}:${at(lastInitiative, COL.period(3))}`;
  w.formats.push(...levelFormats(ratings, at(firstInitiative, COL.latest), w.levelCell));
  const changes = `${at(firstInitiative, COL.change)}:${at(lastInitiative, COL.change)}`;
  const c0 = at(firstInitiative, COL.change);
  w.formats.push(
    { range: changes, formula: `=LEFT(${c0},1)="↑"`, style: { fontColor: "#006100", bold: true } },
    { range: changes, formula: `=LEFT(${c0},1)="↓"`, style: { fontColor: "#9C0006", bold: true } },
  );
}

/**
 * By objective: each objective's heading and counts tables, then the small table the by-objective
 * charts plot (levels by objective and period); returns the next row.
 */
function byObjectiveSection(w: SummaryRows, groups: Group[], start: number): number {
  let row = start;
  section(w, row, `By objective: initiatives at each level, by QPR period (${SUMMARY_LABEL})`);
  row++;
  const tables: ObjectiveCounts[] = [];
  for (const g of groups) {
    objectiveRow(w, row, g.label, g.heading);
    row++;
    countsTable(row, g, sinkOf(w));
    tables.push({ label: g.label, top: row, counts: g.counts });
    row += TABLE_ROWS + 1;
  }
  put(w, row, 0, [["", "The by-objective charts' figures: each objective's counts above, one row per QPR period."]]);
  style(w, at(row, 1), NOTE);
  row++;
  const data = objectiveCharts(w.parts.sheet, row, CHART_BANDS.objectives, TABLE.process.label, TABLE, tables);
  put(w, row, TABLE.process.label, data.cells);
  w.parts.styles.push(...data.styles);
  for (const header of data.headers) w.parts.rows.push({ index: header, height: 45 });
  w.charts.push(...data.charts);
  return row + data.rows + 1;
}

/** What could not be read, one problem a row (none: no section); returns the next row. */
function problemsSection(w: SummaryRows, problems: Problem[], start: number): number {
  if (problems.length === 0) return start;
  let row = start;
  section(w, row, "What the roll-up could not read (fix these, then run Roll up again)");
  row++;
  for (const p of problems) {
    put(w, row, 1, [[p.where, p.message]]);
    style(w, at(row, 1), { wrap: true, vAlign: "top" });
    style(w, `${at(row, 2)}:${at(row, LAST_VISIBLE)}`, { wrap: true, vAlign: "top" });
    w.parts.merges.push(`${at(row, 2)}:${at(row, LAST_VISIBLE)}`);
    w.parts.rows.push({ index: row, height: rowHeightFor(p.message, 200) });
    row++;
  }
  return row + 1;
}

/** Legend: both scales with their definitions, coloured as the Summary colours them; returns its last row. */
function legendSection(w: SummaryRows, start: number): number {
  const { merges, rows } = w.parts;
  let row = start;
  section(w, row, "The QPR rating scales (Appendix G), low to high, with the colours used above");
  row++;
  for (const key of SCALE_KEYS) {
    const scale = SCALE_OF[key];
    put(w, row, 0, [["Rank", scale.title, scale.describes]]);
    style(w, blockRange(at(row, 0), 1, 3), HEADER);
    merges.push(`${at(row, 2)}:${at(row, LAST_VISIBLE)}`);
    row++;
    for (const level of scale.levels) {
      put(w, row, 0, [[level.rank, level.name, level.definition]]);
      style(w, at(row, 0), { ...OWNED, hAlign: "center" });
      style(w, at(row, 1), { bold: true, wrap: true, vAlign: "top", border: true, fill: LEVEL_FILLS[level.rank - 1] });
      style(w, at(row, 2), { wrap: true, vAlign: "top" });
      merges.push(`${at(row, 2)}:${at(row, LAST_VISIBLE)}`);
      rows.push({ index: row, height: rowHeightFor(level.definition, 200) });
      row++;
    }
  }
  put(w, row, 0, [
    ["", NOT_A_LEVEL, "Anything else typed in a rating cell (a misspelling, other capitals, an extra space): choose the level from the dropdown on the strategy sheet."],
  ]);
  style(w, at(row, 1), { ...NOT_A_LEVEL_STYLE, wrap: true, vAlign: "top", border: true });
  merges.push(`${at(row, 2)}:${at(row, LAST_VISIBLE)}`);
  return row;
}

/** Where a counts table writes: the Summary's parts and colour rules. */
function sinkOf(w: SummaryRows): TableSink {
  return { blocks: w.parts.blocks, styles: w.parts.styles, rows: w.parts.rows, formats: w.formats, levelCell: w.levelCell };
}

/** Row of the whole-plan counts' title; its table follows, and its level labels are what every formula matches against. */
/**
 * The charts come first, under their own heading: whole plan, then by objective, two bands of
 * fixed height, so they always print together on the Summary's first page whatever the plan's size.
 */
const CHARTS_TITLE = 4;
const CHART_BANDS = { plan: CHARTS_TITLE + 1, objectives: CHARTS_TITLE + 1 + CHART_ROWS };
const PLAN_TITLE = CHART_BANDS.objectives + CHART_ROWS + 1;
const PLAN_TABLE = PLAN_TITLE + 1;

/** An empty Summary with the whole plan's level labels to match against and each initiative's results from the domain. */
function summaryRows(snap: WorkbookSnapshot, sources: SummarySource[], sheet: string, today: IsoDate | undefined): SummaryRows {
  return {
    parts: new SheetParts(sheet, { lastCol: LAST_COL, chars: WIDTHS.reduce((a, b) => a + b, 0) }),
    formats: [],
    snap,
    charts: [],
    levelCell: (key, rank) => abs(PLAN_TABLE + rank, TABLE[key].label),
    levels: {
      process: `${abs(PLAN_TABLE + 1, TABLE.process.label)}:${abs(PLAN_TABLE + 4, TABLE.process.label)}`,
      performance: `${abs(PLAN_TABLE + 1, TABLE.performance.label)}:${abs(PLAN_TABLE + 4, TABLE.performance.label)}`,
    },
    today,
    results: new Map(sources.map((s) => [s, today ? sourceResults(snap, s, today) : undefined])),
  };
}

/** Where the initiatives table landed: its header row, its first and last initiative rows, its groups and the next free row. */
interface InitiativesTable {
  header: number;
  first: number;
  last: number;
  groups: Group[];
  next: number;
}

/** The initiatives table under its title: header, each objective's rows (or a note when there are none) and their colour rules. */
function initiativesSection(w: SummaryRows, snap: WorkbookSnapshot, reader: NameReader, sources: SummarySource[], title: number): InitiativesTable {
  section(w, title, "Initiatives, by objective: latest rating, change since the previous rating, and each period's ratings");
  const header = title + 1;
  initiativesHeader(w, header);
  const first = header + 1;
  const { groups, row } = initiativeGroups(w, snap, reader, sources, first);
  const last = row - 1;
  if (sources.length > 0) {
    initiativesFormats(w, first, last);
    return { header, first, last, groups, next: row };
  }
  put(w, row, 0, [["", "No initiatives in this workbook yet: add one, then run Roll up again."]]);
  style(w, at(row, 1), NOTE);
  return { header, first, last, groups, next: row + 1 };
}

/** The whole plan's counts tables, written once the initiatives' rows are known, their names, and the charts under them. */
function wholePlanCounts(w: SummaryRows, all: Group): void {
  countsTable(PLAN_TABLE, all, sinkOf(w));
  w.charts.push(...planCharts(w.parts.sheet, PLAN_TABLE, CHART_BANDS.plan, TABLE, all.counts));
  for (const key of SCALE_KEYS) {
    w.parts.name(key === "process" ? SUMMARY_NAMES.processCounts : SUMMARY_NAMES.performanceCounts, blockRange(at(PLAN_TABLE + 1, TABLE[key].first), 4, 4));
  }
}

/** The district's name as the Plan sheet holds it, for the printed header ("" when it cannot be read). */
function district(snap: WorkbookSnapshot): string {
  const value = snap.names[PLAN_NAMES.district]?.values[0]?.[0];
  return typeof value === "string" ? value.trim() : "";
}

/** The sheet spec from the collected parts: created, or cleared below its last row when it exists. */
function summarySpec(w: SummaryRows, options: SummaryOptions, lastRow: number): SheetSpec {
  const exists = options.existing !== undefined;
  const clearTo = Math.max(CLEAR_FLOOR, lastRow + 1, options.previousLastRow ?? 0) + CLEAR_MARGIN;
  const { blocks, styles, merges, rows } = w.parts;
  return {
    name: w.parts.sheet,
    create: !exists,
    position: exists ? undefined : options.position,
    tabColor: "#548235",
    clear: exists ? [`A1:${columnLetter(CLEARED_LAST_COL)}${clearTo}`] : undefined,
    blocks,
    styles,
    merges,
    rows,
    conditionalFormats: w.formats,
    columns: WIDTHS.map((width, index) => (index > LAST_VISIBLE ? { index, width, hidden: true } : { index, width })),
    // No repeated title rows: the Summary holds several tables, and a repeated header would print over the others.
    // The charts fill page 1; the whole-plan counts start page 2, so their table is never split across the two.
    print: {
      orientation: "landscape",
      fitToWidth: true,
      breaksBefore: [PLAN_TITLE],
      header: { left: district(w.snap), center: "Summary of QPR ratings (not an ESE rating)" },
      footer: { left: "&[Tab]", right: "Page &[Page] of &[Pages]" },
    },
    charts: w.charts,
    activate: true,
  };
}

export function summarySheetSpec(snap: WorkbookSnapshot, options: SummaryOptions = {}): SummaryBuild {
  const reader = new NameReader(snap);
  const sources = readSources(snap, reader);
  const w = summaryRows(snap, sources, options.existing ?? SUMMARY_SHEET, options.today);
  // The sheet top to bottom.
  titleSection(w);
  section(w, CHARTS_TITLE, `Initiatives at each level by QPR period, whole plan and by objective: charts of the counts below (${SUMMARY_LABEL})`);
  section(w, PLAN_TITLE, `Whole plan: initiatives at each level, by QPR period (${SUMMARY_LABEL})`);
  const list = initiativesSection(w, snap, reader, sources, PLAN_TABLE + TABLE_ROWS + 2);
  wholePlanCounts(w, { label: "", heading: "", first: list.first, last: list.last, count: sources.length, counts: countsOf(w, sources) });
  let row = byObjectiveSection(w, list.groups, list.next + 1);
  row = problemsSection(w, reader.problems, row);
  const lastRow = legendSection(w, row); // 0-based

  w.parts.name(SUMMARY_NAMES.area, `A1:${at(lastRow, LAST_COL)}`);
  return { sheet: summarySpec(w, options, lastRow), names: w.parts.names, initiatives: sources.length, problems: reader.problems };
}

/** "Objective 2: <its title>" through the title's name (with its result when stored results are wanted), or plain text when the name cannot be read. */
function objectiveHeading(snap: WorkbookSnapshot, o: number, titled: string | undefined, withResults: boolean): Cell {
  if (!titled) return `Objective ${o}`;
  const title = withResults ? knownValue(snap, titled) : undefined;
  return withResult(`="Objective ${o}: "&${titled}`, title === undefined ? undefined : `Objective ${o}: ${asText(title)}`);
}

/** `=IF(ref="","",ref)`: an empty source shows empty, not 0. */
function live(name: string | undefined, what: string, value: CellValue | undefined): Cell {
  if (!name) return `(cannot read the ${what})`;
  return value === undefined ? { formula: `=IF(${name}="","",${name})` } : { formula: `=IF(${name}="","",${name})`, result: value };
}

/** A formula with its result when known. */
function withResult(formula: string, result: CellValue | undefined): Cell {
  return result === undefined ? { formula } : { formula, result };
}

/** An initiative's two rows: process ratings, then performance ratings; the merged cells in the first. */
function initiativeRows(s: SummarySource, row: number, levels: Record<ScaleKey, string>, res: SourceResults | undefined): Cell[][] {
  const rows = SCALE_KEYS.map((key) => scaleRow(s, row + SCALE_ROW[key], key, levels[key], res));
  const cells = rows[SCALE_ROW.process];
  cells[COL.number] = `${s.ref.o}.${s.ref.i}`;
  cells[COL.description] = live(s.description, "description", res?.description);
  cells[COL.lead] = live(s.lead, "lead", res?.lead);
  if (s.activities) {
    cells[COL.overdue] = withResult(`=COUNTIFS(INDEX(${s.activities},0,5),"<"&TODAY(),INDEX(${s.activities},0,6),"<>Complete")`, res?.rollup.overdue);
    cells[COL.complete] = withResult(`=COUNTIFS(INDEX(${s.activities},0,6),"Complete")`, res?.rollup.complete);
  } else {
    cells[COL.overdue] = "n/a";
    cells[COL.complete] = "n/a";
  }
  // DECISIONS.md 4: process ranks 1–2 → Early Implementation, 3 → Transitional, 4 → Practices Embedded.
  const L = at(row + SCALE_ROW.process, COL.latestRank);
  cells[COL.phase] = withResult(
    `=IF(AND(ISNUMBER(${L}),${L}>0),IF(${L}<=2,"${PHASE_HINTS[1]}",IF(${L}=3,"${PHASE_HINTS[3]}","${PHASE_HINTS[4]}")),"")`,
    res && (res.rollup.phaseHint ?? ""),
  );
  return rows;
}

/** One scale's row: its periods' ratings (with their hidden ranks), the latest one and the change. */
function scaleRow(s: SummarySource, row: number, key: ScaleKey, lv: string, res: SourceResults | undefined): Cell[] {
  const cells: Cell[] = Array(LAST_COL + 1).fill(null);
  const ref = (col: number) => at(row, col);
  cells[COL.scale] = key === "process" ? "Process" : "Performance";
  QPR_PERIODS.forEach((p, k) => {
    const name = s.ratings[key][p];
    const rank = ref(COL.rank(k, key));
    if (!name) {
      cells[COL.rank(k, key)] = "n/a";
      cells[COL.period(k)] = "(cannot read)";
      return;
    }
    const match = `MATCH(${name},${lv},0)`;
    const rankOf = res?.rollup.ranks[key][p];
    cells[COL.rank(k, key)] = withResult(`=IFERROR(IF(TRIM(${name})="","",IF(EXACT(${name},INDEX(${lv},${match})),${match},0)),0)`, res && (rankOf ?? ""));
    cells[COL.period(k)] = withResult(
      `=IFERROR(IF(${rank}="","",IF(${rank}=0,"${NOT_A_LEVEL}: "&${name},${name})),"(cannot read)")`,
      res && shownRating(rankOf, res.texts[key][p]),
    );
  });
  latestCells(cells, ref, key, res);
  return cells;
}

/** Latest: the last period with anything in it; previous: the last one before that; and the change between them. */
function latestCells(cells: Cell[], ref: (col: number) => string, key: ScaleKey, res: SourceResults | undefined): void {
  const shown = QPR_PERIODS.map((_, k) => ref(COL.period(k)));
  const ranks = QPR_PERIODS.map((_, k) => ref(COL.rank(k, key)));
  const rated = res ? QPR_PERIODS.filter((p) => res.rollup.ranks[key][p] !== undefined) : [];
  const [previous, latest] = [rated[rated.length - 2], rated[rated.length - 1]];
  cells[COL.latest] = withResult(`=${lastFilled(shown)}`, res && (latest ? shownRating(res.rollup.ranks[key][latest], res.texts[key][latest]) : ""));
  cells[COL.latestRank] = withResult(`=${lastFilled(ranks)}`, res && (latest ? res.rollup.ranks[key][latest] : ""));
  cells[COL.previousRank] = withResult(`=${beforeLast(ranks)}`, res && (previous ? res.rollup.ranks[key][previous] : ""));
  const L = ref(COL.latestRank);
  const P = ref(COL.previousRank);
  const change = res?.rollup.change[key];
  cells[COL.change] = withResult(
    `=IF(AND(ISNUMBER(${L}),ISNUMBER(${P})),IF(OR(${L}=0,${P}=0),"",IF(${L}>${P},"${CHANGE_LABELS.up}",IF(${L}<${P},"${CHANGE_LABELS.down}","${CHANGE_LABELS.same}"))),"")`,
    res && (change ? CHANGE_LABELS[change] : ""),
  );
}

/** What a period's rating cell shows: nothing, the rating, or the rating marked as not a level. */
function shownRating(rank: number | undefined, text: string | undefined): CellValue {
  if (rank === undefined) return "";
  return rank === 0 ? `${NOT_A_LEVEL}: ${text ?? ""}` : (text ?? "");
}

/** IF(d<>"",d,IF(c<>"",c,IF(b<>"",b,a))) over cells in period order. */
function lastFilled(cells: string[]): string {
  if (cells.length === 1) return cells[0];
  const last = cells[cells.length - 1];
  return `IF(${last}<>"",${last},${lastFilled(cells.slice(0, -1))})`;
}

/** The last filled cell before the last filled one ("" when there is none). */
function beforeLast(cells: string[]): string {
  if (cells.length <= 1) return '""';
  const last = cells[cells.length - 1];
  return `IF(${last}<>"",${lastFilled(cells.slice(0, -1))},${beforeLast(cells.slice(0, -1))})`;
}

/** Colour rules for cells showing a level name (of either scale), and for "not a scale level". */
function levelFormats(range: string, topLeft: string, levelCell: (key: ScaleKey, rank: number) => string): ConditionalFormat[] {
  const rules: ConditionalFormat[] = [1, 2, 3, 4].map((rank) => ({
    range,
    formula: `=OR(EXACT(${topLeft},${levelCell("process", rank)}),EXACT(${topLeft},${levelCell("performance", rank)}))`,
    style: { fill: LEVEL_FILLS[rank - 1] },
  }));
  rules.push({ range, formula: `=LEFT(${topLeft},${NOT_A_LEVEL.length})="${NOT_A_LEVEL}"`, style: NOT_A_LEVEL_STYLE });
  return rules;
}

interface TableSink {
  blocks: Block[];
  styles: StyledRange[];
  rows: RowSpec[];
  formats: ConditionalFormat[];
  levelCell: (key: ScaleKey, rank: number) => string;
}

/**
 * One group's two counts tables side by side (process in B:F, performance in H:L), 8 rows under
 * a header: the 4 levels low → high, not a scale level, not rated, lowest level.
 */
function countsTable(top: number, g: Group, sink: TableSink): void {
  const has = g.count > 0;
  for (const key of SCALE_KEYS) {
    const { label, first } = TABLE[key];
    const scale = SCALE_OF[key];
    const cells: Cell[][] = [[`${scale.title} (${SCALE_WORD[key]})`, ...QPR_PERIODS]];
    const counts = g.counts;
    const countOf = (k: number, criterion: number): Cell => {
      if (!has) return 0;
      const col = COL.rank(k, key);
      const result = counts && (criterion === 0 ? counts.notALevel[key][k] : counts.counts[key][criterion - 1][k]);
      return withResult(`=COUNTIF(${abs(g.first, col)}:${abs(g.last, col)},${criterion})`, result);
    };
    scale.levels.forEach((level) => cells.push([level.name, ...QPR_PERIODS.map((_, k) => countOf(k, level.rank))]));
    cells.push([`${NOT_A_LEVEL} (fix on the strategy sheet)`, ...QPR_PERIODS.map((_, k) => countOf(k, 0))]);
    const known = counts ?? (has ? undefined : countLevels([]));
    cells.push([
      "Not rated",
      ...QPR_PERIODS.map((_, k): Cell => {
        const c = first + k;
        return withResult(`=${g.count}-SUM(${at(top + 1, c)}:${at(top + 4, c)})-${at(top + 5, c)}`, known?.notRated[key][k]);
      }),
    ]);
    cells.push([
      "Lowest level (weakest link)",
      ...QPR_PERIODS.map((_, k): Cell => {
        const c = first + k;
        const chain = [1, 2, 3, 4].reduceRight((rest, rank) => `IF(${at(top + rank, c)}>0,${at(top + rank, label)},${rest})`, `"${NO_VALID_RATING}"`);
        const lowest = known?.lowest[key][k];
        return withResult(`=${chain}`, known && (lowest === undefined ? NO_VALID_RATING : scale.levels[lowest - 1].name));
      }),
    ]);
    sink.blocks.push({ at: at(top, label), cells });
    sink.styles.push(
      { range: blockRange(at(top, label), 1, 5), style: HEADER },
      { range: blockRange(at(top + 1, label), TABLE_ROWS - 1, 5), style: { border: true, wrap: true, vAlign: "top" } },
      { range: blockRange(at(top + 1, first), TABLE_ROWS - 1, 4), style: { hAlign: "center" } },
      { range: blockRange(at(top + TABLE_ROWS - 1, label), 1, 5), style: { bold: true, border: true, wrap: true, vAlign: "top" } },
      { range: at(top + 5, label), style: { fontColor: NOT_A_LEVEL_STYLE.fontColor } },
    );
    scale.levels.forEach((level) => sink.styles.push({ range: at(top + level.rank, label), style: { fill: LEVEL_FILLS[level.rank - 1] } }));
  }
  // Level names wrap in the performance table's label column and in the lowest-level row.
  for (let k = 0; k < TABLE_ROWS; k++) {
    const labelOf = (key: ScaleKey) =>
      k === 0 ? `${SCALE_OF[key].title} (${SCALE_WORD[key]})` : k <= 4 ? SCALE_OF[key].levels[k - 1].name : k === 5 ? `${NOT_A_LEVEL} (fix on the strategy sheet)` : "";
    const labels = SCALE_KEYS.map(labelOf);
    const height = Math.max(...labels.map((l, j) => rowHeightFor(l, WIDTHS[TABLE[SCALE_KEYS[j]].label])), k === TABLE_ROWS - 1 ? RATING_HEIGHT : 0);
    sink.rows.push({ index: top + k, height });
  }
  const lowest = `${at(top + TABLE_ROWS - 1, TABLE.process.first)}:${at(top + TABLE_ROWS - 1, TABLE.performance.first + 3)}`;
  sink.formats.push(...levelFormats(lowest, at(top + TABLE_ROWS - 1, TABLE.process.first), sink.levelCell).slice(0, 4));
}
