/**
 * The four quarter tabs (`Sept-Dec`, `Jan-March`, `April-June`, `July-Aug`): every initiative's
 * activities for one quarter, as LIVE formulas back to the strategy sheets, so an edit on a
 * strategy sheet shows at once (also in LibreOffice, also without the add-in).
 *
 * Which rows appear is decided when the tab is (re)built, from the Quarter label each source row
 * holds; a freshly typed activity appears after "Refresh quarter tabs". The whole tab is owned by
 * the add-in: nothing a person types belongs here.
 */
import { QUARTERS, type Quarter } from "../../domain/plan";
import { absoluteRef, blockRange, cellAddress, parseRange } from "../../util/a1";
import { initiativeNames, quarterListName } from "../names";
import { asText } from "../read/readCells";
import { ACTIVITY_LABELS } from "../labels";
import type { Block, Cell, NameSpec, RowSpec, SheetSpec, StyledRange } from "../../workbook/spec";
import { DATE_FORMAT, HEADER, NOTE, rowHeightFor } from "../styles";
import { sheetPrint } from "../printing";
import type { ActivitySource } from "../activitySource";
import type { CellValue } from "../../workbook/port";

/** The template's column labels (SPEC.md §3.2), verbatim, plus the initiative and status. */
export const QUARTER_HEADERS = ["Initiative", ...ACTIVITY_LABELS, "Status"] as const;

/** Title, note, a blank row, then the header: the listing's header sits on this 0-based row. */
export const QUARTER_HEADER_ROW = 3;
/** Column widths (characters): initiative, H, I, J, K, status. */
const WIDTHS = [32, 60, 22, 14, 14, 14];
const NOTE_TEXT = "Rebuilt by the add-in: edit activities on the strategy sheets. New activities appear after AIP > Refresh quarters (on the ribbon).";

/** Rows cleared on update past the larger of the old and new listings (the whole tab is ours). */
const CLEAR_MARGIN = 200;
/** Never clear fewer rows than this on update: the old listing's name may have been lost or moved. */
const CLEAR_FLOOR = 1000;
/** Columns cleared on update: the listing's and a few beyond, since the whole tab is ours. */
const CLEAR_LAST_COL = "L";

/** One listed activity: which source row it comes from. */
export interface ListedRow {
  source: ActivitySource;
  /** 0-based row inside activitiesRange */
  k: number;
}

/** Rows of each quarter, initiatives in order (o, then i), activities in sheet order. */
export function quarterMembership(sources: ActivitySource[]): Record<Quarter, ListedRow[]> {
  const byQuarter = Object.fromEntries(QUARTERS.map((q) => [q, [] as ListedRow[]])) as Record<Quarter, ListedRow[]>;
  const ordered = [...sources].sort((a, b) => a.ref.o - b.ref.o || a.ref.i - b.ref.i);
  for (const source of ordered) {
    source.quarters.forEach((label, k) => {
      const q = QUARTERS.find((name) => name === label.trim());
      if (q) byQuarter[q].push({ source, k });
    });
  }
  return byQuarter;
}

/** `=IF(ref="","",ref)`: an empty source cell shows empty, not 0. `value` is the source cell's, when known. */
function liveRef(sheet: string, row: number, col: number, value?: CellValue | null): Cell {
  const ref = absoluteRef(sheet, cellAddress(row, col));
  const formula = `=IF(${ref}="","",${ref})`;
  if (value === undefined) return { formula };
  return { formula, result: value ?? "" };
}

function listingRow({ source, k }: ListedRow): Cell[] {
  const top = parseRange(source.activitiesRange).start;
  const row = top.row + k;
  const number = `${source.ref.o}.${source.ref.i}`;
  // Columns 1..5 of the activities table: H, I, J, K, Status (column 0 is the Quarter label).
  const values = source.rows?.[k];
  const title = `="${number} "&${initiativeNames(source.ref).description}`;
  return [
    source.description === undefined ? { formula: title } : { formula: title, result: `${number} ${asText(source.description)}` },
    ...[1, 2, 3, 4, 5].map((offset) => liveRef(source.sheet, row, top.col + offset, values ? (values[offset] ?? null) : undefined)),
  ];
}

/** Rows to clear on update: well past both the old listing (if known) and the new one. */
function clearRows(newLastRow: number, previousLastRow?: number): number {
  return Math.max(CLEAR_FLOOR, newLastRow, previousLastRow ?? 0) + CLEAR_MARGIN;
}

/**
 * A listing row's height: its cells' text comes from formulas, which Excel does not fit when the
 * file opens, so the height is set from the texts they show (the source cells' as the tab is built).
 */
function listingHeight({ source, k }: ListedRow): number | undefined {
  const values = source.rows?.[k];
  if (!values) return undefined;
  const title = `${source.ref.o}.${source.ref.i} ${asText(source.description ?? "")}`;
  const texts = [title, ...[1, 2, 3, 4, 5].map((offset) => asText(values[offset] ?? ""))];
  return Math.max(...texts.map((t, col) => rowHeightFor(t, WIDTHS[col])));
}

function quarterSheet(q: Quarter, rows: ListedRow[], mode: "create" | "update", previousLastRow?: number, district?: string): SheetSpec {
  // 0-based rows: the header, then one row per activity.
  const header = QUARTER_HEADER_ROW;
  const firstData = header + 1;
  const headerRange = blockRange(cellAddress(header, 0), 1, QUARTER_HEADERS.length);
  const lastCol = cellAddress(0, QUARTER_HEADERS.length - 1).replace(/\d+$/, "");
  const blocks: Block[] = [
    { at: "A1", cells: [[`${q} activities, all initiatives`]] },
    { at: "A2", cells: [[NOTE_TEXT]] },
    { at: cellAddress(header, 0), cells: [[...QUARTER_HEADERS]] },
  ];
  if (rows.length > 0) blocks.push({ at: cellAddress(firstData, 0), cells: rows.map(listingRow) });
  else blocks.push({ at: cellAddress(firstData, 0), cells: [[`No ${q} activities yet.`]] });

  const styles: StyledRange[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: `A2:${lastCol}2`, style: NOTE },
    { range: headerRange, style: HEADER },
  ];
  const total = WIDTHS.reduce((a, b) => a + b, 0);
  const heights: RowSpec[] = [
    { index: 1, height: rowHeightFor(NOTE_TEXT, total) },
    { index: header, height: Math.max(...QUARTER_HEADERS.map((h, col) => rowHeightFor(h, WIDTHS[col]))) },
  ];
  if (rows.length > 0) {
    styles.push(
      { range: blockRange(cellAddress(firstData, 0), rows.length, QUARTER_HEADERS.length), style: { wrap: true, vAlign: "top", border: true } },
      // J and K: real dates shown as dates.
      { range: blockRange(cellAddress(firstData, 3), rows.length, 2), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
    );
    rows.forEach((row, k) => {
      const height = listingHeight(row);
      if (height !== undefined) heights.push({ index: firstData + k, height });
    });
  } else {
    styles.push({ range: cellAddress(firstData, 0), style: NOTE });
  }

  return {
    name: q,
    create: mode === "create",
    clear: mode === "update" ? [`A1:${CLEAR_LAST_COL}${clearRows(firstData + rows.length, previousLastRow)}`] : undefined,
    blocks,
    styles,
    merges: [`A2:${lastCol}2`],
    columns: WIDTHS.map((width, index) => ({ index, width })),
    rows: heights,
    freeze: { rows: header + 1, columns: 0 },
    print: sheetPrint({ orientation: "landscape", district, title: `${q} activities, all initiatives`, titleRows: `${header + 1}:${header + 1}` }),
  };
}

/**
 * Sheet specs and names for the four quarter tabs. "create" adds the sheets (they must not exist);
 * "update" rewrites existing ones in place (never deleted and recreated: people may be viewing
 * them), clearing generously first. `previousLastRow` (1-based, per quarter) is the last row of
 * the old listing when known, so a listing that shrank leaves nothing stale behind.
 *
 * The name `quarterListName(q)` covers the listing: the header row plus one row per activity
 * (columns A:F), so it is never empty; readers skip its first row.
 */
export function quarterSheetSpecs(
  sources: ActivitySource[],
  mode: "create" | "update",
  previousLastRow?: Partial<Record<Quarter, number>>,
  /** The plan's district, for the printed header. */
  district?: string,
): { sheets: SheetSpec[]; names: NameSpec[] } {
  const membership = quarterMembership(sources);
  const sheets: SheetSpec[] = [];
  const names: NameSpec[] = [];
  QUARTERS.forEach((q, index) => {
    const rows = membership[q];
    sheets.push(quarterSheet(q, rows, mode, previousLastRow?.[q], district));
    names.push({
      name: quarterListName(index),
      sheet: q,
      range: blockRange(cellAddress(QUARTER_HEADER_ROW, 0), 1 + rows.length, QUARTER_HEADERS.length),
    });
  });
  return { sheets, names };
}
