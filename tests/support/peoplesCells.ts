/**
 * "Never lose what a person typed": the cells of a dump that belong to people, i.e. every cell of
 * the given sheets outside the areas the add-in owns and may rebuild. Compare them before and
 * after running commands (tests/integration/preservation.test.ts, tests/robustness).
 */
import { QPR_PERIODS, QUARTERS } from "../../src/domain/plan";
import { CHECK_REPORT_NAME } from "../../src/layout/build/checkReportSheet";
import { qprNames, quarterListName, SUMMARY_NAMES } from "../../src/layout/names";
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
 * tabs and the Check Report whole (the sheets their names point at, not tabs merely so called); on the Summary, each QPR view and each Summative Report, the columns of their area
 * (every row: the rebuild clears below the old area), or the whole sheet when only their other
 * names point at it. A tab merely called "Summary" that none of the add-in's names point at is a
 * person's. Sheet names compare without case.
 */
export function ownedByCommands(...snaps: WorkbookSnapshot[]): Owned {
  const whole = new Set<string>(); // quarter tabs and the report: the sheets their names point at
  const areaCol = new Map<string, number>(); // sheet → last column of an area name on it
  const named = new Set<string>(); // sheets some Summary or QPR name points at
  const groups: { isArea: (name: string) => boolean; all: string[]; prefix?: string }[] = [{ isArea: (n) => n === SUMMARY_NAMES.area, all: Object.values(SUMMARY_NAMES) }];
  for (const p of QPR_PERIODS) groups.push({ isArea: (n) => n === qprNames(p).area, all: [], prefix: `AIP.QPR.${p}.` });
  // Each school year's Summative Report: AIP.Summative.Y2026.Area and its other names.
  groups.push({ isArea: (n) => /^AIP\.Summative\.Y\d+\.Area$/.test(n), all: [], prefix: "AIP.Summative." });
  for (const snap of snaps) {
    for (let i = 0; i < QUARTERS.length; i++) {
      const n = snap.names[quarterListName(i)];
      if (n?.sheet) whole.add(n.sheet.toLowerCase());
    }
    const report = snap.names[CHECK_REPORT_NAME];
    if (report?.sheet) whole.add(report.sheet.toLowerCase());
    for (const [name, read] of Object.entries(snap.names)) {
      const group = groups.find((g) => g.all.includes(name) || (g.prefix !== undefined && name.startsWith(g.prefix)));
      if (!group || !read.sheet) continue;
      const key = read.sheet.toLowerCase();
      named.add(key);
      if (group.isArea(name)) areaCol.set(key, Math.max(areaCol.get(key) ?? -1, parseRange(read.range).end.col));
    }
  }
  return (sheet, _row, col) => {
    const key = sheet.toLowerCase();
    if (whole.has(key)) return true;
    if (!named.has(key)) return false;
    return col <= (areaCol.get(key) ?? Number.MAX_SAFE_INTEGER);
  };
}
