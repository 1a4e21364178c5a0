/**
 * The "Check Report" sheet: the checker's findings in the workbook, rebuilt on every check. A
 * title, the date checked, the counts by severity, and one row per finding with a link to its
 * cell. The whole sheet is the add-in's: it is cleared and rewritten in place (never deleted and
 * recreated, so a person looking at it keeps their window). Findings' text is written as text.
 */
import type { CheckResult } from "../../domain/findings";
import { SEVERITIES, type Finding, type Severity } from "../../domain/findings";
import { isoToSerial, usDate } from "../../domain/calendar";
import type { IsoDate } from "../../domain/plan";
import { blockRange, cellAddress, parseRange } from "../../util/a1";
import type { WorkbookSnapshot } from "../../workbook/port";
import { ownSheet } from "../ownSheets";
import { cellLink } from "../formulas";
import type { Cell, SheetSpec, StyledRange, WriteBatch } from "../../workbook/spec";
import { DATE_FORMAT, HEADER, NOTE, TITLE } from "../styles";
import { sheetPrint } from "../printing";
import { districtOf } from "../read/knownValue";

export const CHECK_REPORT_SHEET = "Check Report";
/** The report's Severity column, header included: tells the next run how far the last report went. */
export const CHECK_REPORT_NAME = "AIP.CheckReport.Findings";

export const REPORT_HEADERS = ["Severity", "Rule", "Initiative", "Sheet", "Cell", "Message", "Suggestion"] as const;
/** 0-based row of the table's header. */
export const REPORT_HEADER_ROW = 7;

const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", note: "Note" };
const SEVERITY_FILL: Record<Severity, string> = { error: "#F8CBAD", warning: "#FFE699", note: "#DDEBF7" };
/** Rows cleared past the larger of the old and new tables; never fewer than the floor. */
const CLEAR_MARGIN = 200;
const CLEAR_FLOOR = 1000;
const LAST_COL = "H";

function isAddress(cell: string): boolean {
  try {
    parseRange(cell);
    return true;
  } catch {
    return false;
  }
}

function findingRow(f: Finding): Cell[] {
  const linkable = f.sheet !== "" && f.cell !== "" && isAddress(f.cell);
  return [
    SEVERITY_LABEL[f.severity],
    f.rule,
    f.initiative ? `${f.initiative.o}.${f.initiative.i}` : "Plan",
    f.sheet,
    linkable ? cellLink(f.sheet, f.cell) : f.cell,
    f.message,
    f.suggestion ?? "",
  ];
}

/** Last row (1-based) of the previous report, from its name; undefined when unknown. */
export function previousReportEnd(snap: WorkbookSnapshot): number | undefined {
  const read = snap.names[CHECK_REPORT_NAME];
  if (!read?.range) return undefined;
  return parseRange(read.range).end.row + 1;
}

/** The batch that writes the report: creates the sheet when absent, else rewrites it in place. */
export function checkReportBatch(snap: WorkbookSnapshot, result: CheckResult, today: IsoDate): WriteBatch {
  // The report is the tab its name points at (a renamed one too); a look-alike is the caller's to refuse.
  const own = ownSheet(snap, [CHECK_REPORT_NAME], CHECK_REPORT_SHEET);
  const found = own.kind === "found";
  const name = found ? own.sheet : CHECK_REPORT_SHEET;
  const sheet = checkReportSpec(result, today, name, found ? { previousLastRow: previousReportEnd(snap) ?? 0 } : undefined, districtOf(snap));
  const rows = Math.max(1, result.findings.length);
  return {
    sheets: [sheet],
    names: [{ name: CHECK_REPORT_NAME, sheet: name, range: blockRange(cellAddress(REPORT_HEADER_ROW, 0), 1 + rows, 1) }],
  };
}

/** The sheet spec; `update` given: the sheet exists and is cleared first. */
export function checkReportSpec(result: CheckResult, today: IsoDate, name = CHECK_REPORT_SHEET, update?: { previousLastRow: number }, district?: string): SheetSpec {
  const { findings, counts } = result;
  const header = REPORT_HEADER_ROW;
  const first = header + 1;
  const blocks = [
    { at: "A1", cells: [["Plan check report"]] as Cell[][] },
    { at: "A2", cells: [["Checked on", isoToSerial(today)]] as Cell[][] },
    { at: "A3", cells: SEVERITIES.map((s) => [`${SEVERITY_LABEL[s]}s`, counts[s]]) as Cell[][] },
    {
      at: "A6",
      cells: [["Rebuilt by Check plan each time it runs: fix findings on the sheets they name (click a Cell link to go there), then check again."]] as Cell[][],
    },
    { at: cellAddress(header, 0), cells: [[...REPORT_HEADERS]] as Cell[][] },
    {
      at: cellAddress(first, 0),
      cells: findings.length > 0 ? findings.map(findingRow) : ([["None", "", "", "", "", "No findings: the plan passes every check.", ""]] as Cell[][]),
    },
  ];
  const rows = Math.max(1, findings.length);
  const NOTE_ROW = `A6:${cellAddress(5, REPORT_HEADERS.length - 1)}`;
  const styles: StyledRange[] = [
    { range: "A1", style: TITLE },
    { range: "A2:A5", style: { bold: true } },
    { range: "B2", style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
    { range: "B3:B5", style: { hAlign: "left" } },
    // Merged across the table so the note wraps over its width, not inside column A.
    { range: NOTE_ROW, style: NOTE },
    { range: blockRange(cellAddress(header, 0), 1, REPORT_HEADERS.length), style: HEADER },
    { range: blockRange(cellAddress(first, 0), rows, REPORT_HEADERS.length), style: { wrap: true, vAlign: "top", border: true } },
    { range: blockRange(cellAddress(first, 4), rows, 1), style: { fontColor: "#0563C1" } },
  ];
  SEVERITIES.forEach((s, k) => styles.push({ range: `A${3 + k}`, style: { fill: SEVERITY_FILL[s], bold: true } }));
  // One fill per run of equal severities (findings come grouped), not one per row.
  let start = 0;
  for (let k = 1; k <= findings.length; k++) {
    if (k === findings.length || findings[k].severity !== findings[start].severity) {
      styles.push({ range: blockRange(cellAddress(first + start, 0), k - start, 1), style: { fill: SEVERITY_FILL[findings[start].severity], bold: true } });
      start = k;
    }
  }
  const lastRow = first + rows;
  return {
    name,
    create: update === undefined,
    clear: update ? [`A1:${LAST_COL}${Math.max(CLEAR_FLOOR, lastRow, update.previousLastRow) + CLEAR_MARGIN}`] : undefined,
    blocks,
    styles,
    merges: [NOTE_ROW],
    rows: [{ index: 5, height: 30 }],
    columns: [
      { index: 0, width: 11 },
      { index: 1, width: 20 },
      { index: 2, width: 10 },
      { index: 3, width: 16 },
      { index: 4, width: 8 },
      { index: 5, width: 60 },
      { index: 6, width: 45 },
    ],
    freeze: { rows: header + 1, columns: 0 },
    print: sheetPrint({ orientation: "landscape", district, title: `Plan check report, ${usDate(today)}`, titleRows: `${header + 1}:${header + 1}` }),
  };
}
