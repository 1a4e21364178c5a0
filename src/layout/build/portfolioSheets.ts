/**
 * The portfolio workbook's sheets (docs/portfolio.md): Districts, Ratings and Findings, one table
 * each with the columns of src/domain/portfolio/tables.ts, and "Levels", which holds the chart of
 * levels by district (added to the saved file by src/workbook/xlsx/charts/). Each sheet is the
 * portfolio's own through its defined name (ownSheets.ts): rebuilt in place on the next run, never
 * deleted, and a tab of the same name that the name does not point at is never taken. Values are a
 * snapshot: the only formulas are the file links, stored with their results.
 */
import { isoToSerial, QPR_WINDOWS, usDate } from "../../domain/calendar";
import type { DistrictRecord, PortfolioOptions } from "../../domain/portfolio/rows";
import { DISTRICTS_TABLE, FINDINGS_TABLE, RATINGS_TABLE, type Table } from "../../domain/portfolio/tables";
import { blockRange, cellAddress, columnLetter, parseRange } from "../../util/a1";
import type { WorkbookSnapshot } from "../../workbook/port";
import { lookalikeMessage, ownSheet } from "../ownSheets";
import type { Cell, NameSpec, SheetSpec, StyledRange, WriteBatch } from "../../workbook/spec";
import { DATE_FORMAT, HEADER, NOTE, TITLE } from "../styles";

/** 0-based row of each table's header; the rows above hold the title and what the table is. */
export const PORTFOLIO_HEADER_ROW = 4;
export const CHART_SHEET = "Levels";

/** Each sheet's defined name: the table, header row included (the chart sheet: its title cell). */
export const PORTFOLIO_NAMES = {
  districts: "AIP.Portfolio.Districts",
  ratings: "AIP.Portfolio.Ratings",
  findings: "AIP.Portfolio.Findings",
  chart: "AIP.Portfolio.Chart",
} as const;

const CLEAR_MARGIN = 200;

export interface PortfolioSheetInputs extends PortfolioOptions {
  records: DistrictRecord[];
  folders: string[];
  /** Where the Districts sheet's File link points for a file (relative to the portfolio workbook); undefined: no link. */
  link?: (file: string) => string | undefined;
}

interface OwnTab {
  key: keyof typeof PORTFOLIO_NAMES;
  usual: string;
}

const TABS: OwnTab[] = [
  { key: "districts", usual: DISTRICTS_TABLE.sheet },
  { key: "ratings", usual: RATINGS_TABLE.sheet },
  { key: "findings", usual: FINDINGS_TABLE.sheet },
  { key: "chart", usual: CHART_SHEET },
];

/** Why the portfolio cannot be written here (a tab of one of its names that is a person's own), or undefined. */
export function portfolioSheetsRefusal(snap: WorkbookSnapshot): string | undefined {
  for (const tab of TABS) {
    const own = ownSheet(snap, [PORTFOLIO_NAMES[tab.key]], tab.usual);
    if (own.kind === "lookalike") {
      return lookalikeMessage(own.sheet, {
        outcome: "The portfolio was not written",
        what: `${tab.usual} sheet`,
        names: [PORTFOLIO_NAMES[tab.key]],
        again: "run aip portfolio again",
        repairable: false,
      });
    }
  }
  return undefined;
}

/** Where each tab is now (its name's sheet) and how far its last table went, or undefined for a new one. */
function existing(snap: WorkbookSnapshot, tab: OwnTab): { sheet: string; lastRow: number } | undefined {
  const own = ownSheet(snap, [PORTFOLIO_NAMES[tab.key]], tab.usual);
  if (own.kind !== "found") return undefined;
  const range = snap.names[PORTFOLIO_NAMES[tab.key]].range;
  return { sheet: own.sheet, lastRow: range ? parseRange(range).end.row + 1 : 0 };
}

/** `=HYPERLINK("north/plan.xlsx","plan.xlsx")`, its result stored; plain text when Excel's 255-character string limit is passed. */
export function fileLink(target: string | undefined, shown: string): Cell {
  if (!target || target.length > 255 || shown.length > 255) return shown;
  const quote = (s: string) => s.replace(/"/g, '""');
  return { formula: `=HYPERLINK("${quote(target)}","${quote(shown)}")`, result: shown };
}

function tableCells<R>(table: Table<R>, rows: readonly R[], link?: (row: R) => Cell | undefined): Cell[][] {
  return rows.map((row) =>
    table.columns.map((c) => {
      const value = c.get(row);
      if (c.csv === "file" && link) return link(row) ?? (value as string);
      if (value === undefined) return null;
      if (c.kind === "date" && typeof value === "string") return isoToSerial(value);
      if (c.kind === "boolean") return value ? "Yes" : "No";
      return value;
    }),
  );
}

interface TableSheet<R> {
  tab: OwnTab;
  table: Table<R>;
  title: string;
  note: string;
  rows: readonly R[];
  link?: (row: R) => Cell | undefined;
  /** Columns kept frozen at the left (the district's name). */
  frozenColumns: number;
  /** Thin borders on every cell of the table. */
  bordered?: boolean;
}

function heading(inputs: PortfolioSheetInputs): string {
  const n = inputs.records.length;
  const window = QPR_WINDOWS[inputs.period];
  return `QPR period ${inputs.period} (${window.label}: ${window.covers}) · as of ${usDate(inputs.today)} · ${n} district workbook${n === 1 ? "" : "s"} from ${inputs.folders.join(", ")}`;
}

function tableSheet<R>(snap: WorkbookSnapshot, inputs: PortfolioSheetInputs, s: TableSheet<R>, position: number): { sheet: SheetSpec; name: NameSpec } {
  const before = existing(snap, s.tab);
  const name = before?.sheet ?? s.tab.usual;
  const columns = s.table.columns;
  const header = PORTFOLIO_HEADER_ROW;
  const first = header + 1;
  const rows = Math.max(1, s.rows.length);
  const body = s.rows.length > 0 ? tableCells(s.table, s.rows, s.link) : [columns.map((_, k) => (k === 0 ? "None" : null))];
  const last = columnLetter(columns.length - 1);
  const styles: StyledRange[] = [
    { range: "A1", style: TITLE },
    // Long notes run across the empty cells to their right rather than wrap in column A.
    { range: "A3", style: { ...NOTE, wrap: false } },
    { range: blockRange(cellAddress(header, 0), 1, columns.length), style: HEADER },
  ];
  // Borders only on the one-row-a-district table: styling every cell of tens of thousands of
  // Ratings and Findings rows costs seconds to save and adds nothing a filter needs.
  if (s.bordered) styles.push({ range: blockRange(cellAddress(first, 0), rows, columns.length), style: { vAlign: "top", border: true } });
  columns.forEach((c, k) => {
    const range = blockRange(cellAddress(first, k), rows, 1);
    if (c.kind === "date") styles.push({ range, style: { numberFormat: DATE_FORMAT, hAlign: "left" } });
    if (c.csv === "file" && s.link) styles.push({ range, style: { fontColor: "#0563C1" } });
  });
  const sheet: SheetSpec = {
    name,
    create: before === undefined,
    position: before ? undefined : position,
    clear: before ? [`A1:${last}${Math.max(first + rows, before.lastRow) + CLEAR_MARGIN}`] : undefined,
    blocks: [
      { at: "A1", cells: [[s.title]] },
      { at: "A2", cells: [[heading(inputs)]] },
      { at: "A3", cells: [[s.note]] },
      { at: cellAddress(header, 0), cells: [columns.map((c) => c.header)] },
      { at: cellAddress(first, 0), cells: body },
    ],
    styles,
    columns: columns.map((c, index) => ({ index, width: c.width })),
    rows: [{ index: header, height: 60 }],
    freeze: { rows: first, columns: s.frozenColumns },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      titleRows: `${first}:${first}`,
      header: { left: "AIP portfolio", center: s.title, right: `as of ${usDate(inputs.today)}` },
      footer: { left: "&[Tab]", right: "Page &[Page] of &[Pages]" },
    },
  };
  return { sheet, name: { name: PORTFOLIO_NAMES[s.tab.key], sheet: name, range: blockRange(cellAddress(header, 0), 1 + rows, columns.length) } };
}

function chartSheet(snap: WorkbookSnapshot, inputs: PortfolioSheetInputs, position: number): { sheet: SheetSpec; name: NameSpec } {
  const tab = TABS[3];
  const before = existing(snap, tab);
  const name = before?.sheet ?? tab.usual;
  const sheet: SheetSpec = {
    name,
    create: before === undefined,
    position: before ? undefined : position,
    clear: before ? ["A1:Z3"] : undefined,
    blocks: [
      { at: "A1", cells: [["Levels by district"]] },
      { at: "A2", cells: [[heading(inputs)]] },
      {
        at: "A3",
        cells: [
          [
            "Initiatives at each process stage (left) and performance rating (right) in the period, per district workbook: the counts on the Districts sheet. Rebuilt by aip portfolio.",
          ],
        ],
      },
    ],
    styles: [
      { range: "A1", style: TITLE },
      { range: "A3", style: { italic: true, fontColor: "#595959" } },
    ],
    print: {
      orientation: "landscape",
      fitToWidth: true,
      header: { left: "AIP portfolio", center: "Levels by district", right: `as of ${usDate(inputs.today)}` },
      footer: { right: "Page &[Page] of &[Pages]" },
    },
  };
  return { sheet, name: { name: PORTFOLIO_NAMES.chart, sheet: name, range: "A1" } };
}

/** Everything the portfolio writes, in one batch: the four sheets (created or rebuilt) and their names. */
export function portfolioBatch(snap: WorkbookSnapshot, inputs: PortfolioSheetInputs): WriteBatch {
  const records = inputs.records;
  const districts = records.map((r) => r.district);
  const link = inputs.link;
  const parts = [
    tableSheet(
      snap,
      inputs,
      {
        tab: TABS[0],
        table: DISTRICTS_TABLE,
        title: "Districts",
        note: "One row per district workbook: counts of initiatives by level for the QPR period, activities overdue and due, the checker's findings, minutes and self-assessments. Click a File to open the district's workbook. Rebuilt by aip portfolio; add your own sheets beside it.",
        rows: districts,
        link: link ? (row) => fileLink(link(row.file), row.file.split(/[\\/]/).pop() ?? row.file) : undefined,
        frozenColumns: 1,
        bordered: true,
      },
      0,
    ),
    chartSheet(snap, inputs, 1),
    tableSheet(
      snap,
      inputs,
      {
        tab: TABS[1],
        table: RATINGS_TABLE,
        title: "Ratings",
        note: "Long form: one row per initiative and QPR period, rated or not. Ranks are 1 (lowest) to 4; 0 means the text typed is not a scale level.",
        rows: records.flatMap((r) => r.ratings),
        frozenColumns: 1,
      },
      2,
    ),
    tableSheet(
      snap,
      inputs,
      {
        tab: TABS[2],
        table: FINDINGS_TABLE,
        title: "Findings",
        note: "Every finding of Check plan in every district workbook: fix them in the district's workbook (aip check FILE lists them there too).",
        rows: records.flatMap((r) => r.findings),
        frozenColumns: 1,
      },
      3,
    ),
  ];
  return { sheets: parts.map((p) => p.sheet), names: parts.map((p) => p.name) };
}

/** Where the Districts table's rows are, for the chart's references: the sheet, first and last data rows (1-based). */
export function districtsDataRows(records: number): { first: number; last: number } {
  const first = PORTFOLIO_HEADER_ROW + 2;
  return { first, last: first + Math.max(1, records) - 1 };
}
