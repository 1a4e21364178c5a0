/**
 * "Never lose what a person typed": the cells of a dump that belong to people, i.e. every cell of
 * the given sheets outside the areas the add-in owns and may rebuild. Compare them before and
 * after running commands (tests/integration/preservation.test.ts, tests/robustness).
 */
import { QPR_PERIODS, QUARTERS } from "../../src/domain/plan";
import { CHECK_REPORT_NAME, CHECK_REPORT_SHEET } from "../../src/layout/checkReportSheet";
import { qprNames, quarterListName, SUMMARY_NAMES } from "../../src/layout/names";
import { qprSheetName } from "../../src/layout/qprSheet";
import { SUMMARY_SHEET } from "../../src/layout/summarySheet";
import { parseCell, parseRange } from "../../src/util/a1";
import type { WorkbookSnapshot } from "../../src/workbook/port";
import type { WorkbookDump } from "./dump";

/** Whether the add-in owns a cell (0-based row and column) of a sheet. */
export type Owned = (sheet: string, row: number, col: number, address: string) => boolean;

/** Every cell of `sheets` that `owned` leaves to people, keyed "'Sheet'!A1", as the dump holds it. */
export function peoplesCells(dump: WorkbookDump, sheets: string[], owned: Owned): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of dump.sheets) {
    if (!sheets.includes(s.name)) continue;
    for (const [addr, cell] of Object.entries(s.cells)) {
      const c = parseCell(addr);
      if (!owned(s.name, c.row, c.col, addr)) out[`'${s.name}'!${addr}`] = cell;
    }
  }
  return out;
}

/** The quarter tabs the add-in rebuilds wholesale, by their usual names. */
export const QUARTER_TABS: ReadonlySet<string> = new Set<string>(QUARTERS);

/**
 * What the commands may rebuild, from the workbook's names before and after they ran: the quarter
 * tabs and the Check Report whole; on the Summary and each QPR view, the columns of their area
 * (every row: the rebuild clears below the old area). Sheet names compare without case.
 */
export function ownedByCommands(...snaps: WorkbookSnapshot[]): Owned {
  const whole = new Set<string>([...QUARTERS, CHECK_REPORT_SHEET].map((s) => s.toLowerCase()));
  const columns = new Map<string, number>(); // sheet → last owned column
  const own = (sheet: string, lastCol: number) => {
    const key = sheet.toLowerCase();
    columns.set(key, Math.max(columns.get(key) ?? -1, lastCol));
  };
  for (const snap of snaps) {
    for (let i = 0; i < QUARTERS.length; i++) {
      const n = snap.names[quarterListName(i)];
      if (n?.sheet) whole.add(n.sheet.toLowerCase());
    }
    const report = snap.names[CHECK_REPORT_NAME];
    if (report?.sheet) whole.add(report.sheet.toLowerCase());
  }
  const areas = [{ name: SUMMARY_NAMES.area, sheet: SUMMARY_SHEET }, ...QPR_PERIODS.map((p) => ({ name: qprNames(p).area, sheet: qprSheetName(p) }))];
  for (const a of areas) {
    const found = snaps.map((snap) => snap.names[a.name]).filter((n) => n?.sheet);
    for (const n of found) own(n.sheet, parseRange(n.range).end.col);
    // No area name anywhere (a person deleted it and nothing rebuilt it): the usual sheet is the add-in's.
    if (!found.length && snaps.some((snap) => snap.sheets.some((s) => s.toLowerCase() === a.sheet.toLowerCase()))) own(a.sheet, Number.MAX_SAFE_INTEGER);
  }
  return (sheet, _row, col) => whole.has(sheet.toLowerCase()) || col <= (columns.get(sheet.toLowerCase()) ?? -1);
}
