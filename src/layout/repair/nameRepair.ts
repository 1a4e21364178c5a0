/**
 * Repair names, the pure part: from a snapshot that includes every sheet's used range, which
 * missing or broken names can be pointed back at their cells (found from the sheet layout) and
 * which cannot, with why and what to do. Only names are ever written: never a value.
 */
import type { InitiativeRef } from "../../domain/plan";
import type { WorkbookSnapshot } from "../../workbook/port";
import {
  hasRatedBy,
  isListsSheet,
  isPlanSheet,
  isStrategySheet,
  listsAnchors,
  planAnchors,
  quarterAnchors,
  quarterOf,
  strategyAnchors,
  strategyNumber,
  type Anchors,
} from "./anchors";
import { minutesNames, parseInitiativeName, parseMinutesName } from "../names";
import { isMinutesSheet, isSummarySheet, minutesAnchors, minutesKeyOfTab, qprAnchors, qprObjectives, qprPeriodOf, qprShown, summaryAnchors } from "./followUpAnchors";
import { gapsOf, initiativeGroup, listsGroup, minutesGroup, nameGroups, planGroup, qprGroup, quarterGroup, summaryGroup, type NameGroup } from "./nameGaps";
import { isLive } from "../read/readCells";
import { summativeAnchors, summativeGroup, summativeShown, summativeYearOf } from "./summativeAnchors";
import { SheetGrid } from "../sheetGrid";
import type { NameSpec } from "../../workbook/spec";

export interface Reanchored {
  name: string;
  sheet: string;
  range: string;
}

export interface NotRepaired {
  name: string;
  /** The sheet it belongs on, "" when no sheet has its layout. */
  sheet: string;
  why: string;
  fix: string;
}

export interface RepairPlan {
  /** The names to write (nothing else is written). */
  names: NameSpec[];
  repaired: Reanchored[];
  notRepaired: NotRepaired[];
}

const SHEET_GONE_FIX =
  "Restore the sheet (Undo, or copy it back from a saved copy of the workbook), then run Repair names again; if it was deleted on purpose, delete the name in Formulas > Name Manager.";
const LABEL_FIX = "Type the template's label back where it was, then run Repair names again, or point the name at its cells in Formulas > Name Manager.";

const key = (ref: InitiativeRef) => `${ref.o}.${ref.i}`;

/** Which initiative a strategy sheet is: from the names still on it, else from the number beside C. */
interface Claim {
  grid: SheetGrid;
  ref: InitiativeRef;
  byNames: number;
}

function claimOf(snap: WorkbookSnapshot, grid: SheetGrid): Claim | undefined {
  const counts = new Map<string, { ref: InitiativeRef; n: number }>();
  for (const read of Object.values(snap.names)) {
    const p = parseInitiativeName(read.name);
    if (!p || !isLive(snap, read) || read.sheet !== grid.sheet) continue;
    const c = counts.get(key(p)) ?? { ref: { o: p.o, i: p.i }, n: 0 };
    c.n++;
    counts.set(key(p), c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (best) return { grid, ref: best.ref, byNames: best.n };
  const ref = strategyNumber(grid);
  return ref && { grid, ref, byNames: 0 };
}

/** The sheet that holds a group's layout: its names' tab if that sheet has the layout, else the one sheet that has it. */
function pick(group: NameGroup, grids: SheetGrid[], fits: (g: SheetGrid) => boolean): SheetGrid | SheetGrid[] | undefined {
  const own = grids.find((g) => g.sheet === group.sheet);
  if (own && fits(own)) return own;
  const candidates = grids.filter(fits);
  return candidates.length === 1 ? candidates[0] : candidates.length > 1 ? candidates : undefined;
}

/** Puts `group` in place of the one `same` finds, or adds it. */
function upsert(groups: NameGroup[], same: (g: NameGroup) => boolean, group: NameGroup): void {
  const index = groups.findIndex(same);
  if (index >= 0) groups[index] = group;
  else groups.push(group);
}

/** The name groups this workbook should have: those its names show, and the layouts found on its sheets. */
function expectedGroups(snap: WorkbookSnapshot, grids: SheetGrid[]): NameGroup[] {
  const groups = nameGroups(snap);
  const has = (kind: NameGroup["kind"], q?: string) => groups.some((g) => g.kind === kind && (q === undefined || g.quarter === q));

  // Layouts found on the sheets whose names are all gone still count.
  if (!has("plan") && grids.some(isPlanSheet)) groups.push(planGroup(snap));
  if (!has("lists") && grids.some(isListsSheet)) groups.push(listsGroup(snap));
  for (const g of grids) {
    const q = quarterOf(g);
    if (q && !has("quarter", q)) groups.push(quarterGroup(snap, q));
  }

  if (!has("summary") && grids.some(isSummarySheet)) groups.push(summaryGroup(snap));
  // A QPR view: the objective narratives its sheet shows are expected too.
  for (const g of grids) {
    const p = qprPeriodOf(g);
    if (p) upsert(groups, (x) => x.kind === "qpr" && x.period === p, qprGroup(snap, p, qprObjectives(g), qprShown(g)));
  }
  // A minutes sheet: known by the names still on it, else by the tab name the add-in gave it.
  for (const g of grids.filter(isMinutesSheet)) {
    const k = minutesKeyOf(snap, g);
    if (!k) continue;
    const withDiscussed = minutesAnchors(g, k.date, k.seq).found.has(minutesNames(k.date, k.seq).discussed);
    upsert(groups, (x) => x.kind === "minutes" && x.minutes!.date === k.date && x.minutes!.seq === k.seq, minutesGroup(snap, k.date, k.seq, withDiscussed));
  }
  // A Summative Report: the outcome rows and corrections cells its sheet shows are expected too.
  for (const g of grids) {
    const year = summativeYearOf(g);
    if (year !== undefined) upsert(groups, (x) => x.kind === "summative" && x.year === year, summativeGroup(snap, year, summativeShown(g)));
  }

  return groups;
}

export function planRepair(snap: WorkbookSnapshot): RepairPlan {
  const grids = snap.sheets.filter((s) => snap.sheetValues?.[s]).map((s) => new SheetGrid(snap.sheetValues![s]));
  const groups = expectedGroups(snap, grids);

  // Strategy sheets: who claims which initiative.
  const claims = new Map<string, Claim[]>();
  for (const g of grids.filter(isStrategySheet)) {
    const c = claimOf(snap, g);
    if (c) claims.set(key(c.ref), [...(claims.get(key(c.ref)) ?? []), c]);
  }
  for (const list of claims.values()) {
    const ref = list[0].ref;
    const rated = list.some((c) => hasRatedBy(c.grid));
    upsert(groups, (g) => g.kind === "initiative" && key(g.initiative!) === key(ref), initiativeGroup(snap, ref, rated));
  }

  const plan: RepairPlan = { names: [], repaired: [], notRepaired: [] };
  for (const group of groups) {
    const gaps = gapsOf(snap, group);
    if (gaps.length === 0) continue;
    const located = locate(group, grids, claims);
    for (const gap of gaps) {
      if (typeof located === "string") {
        plan.notRepaired.push({
          name: gap.name,
          sheet: group.sheet,
          why: located,
          fix: located.includes("both") ? "Keep the number beside C only on the initiative's own sheet, then run Repair names again." : SHEET_GONE_FIX,
        });
        continue;
      }
      const range = located.found.get(gap.name);
      if (range) {
        plan.names.push({ name: gap.name, sheet: located.sheet, range });
        plan.repaired.push({ name: gap.name, sheet: located.sheet, range });
      } else {
        const why = located.missing.get(gap.name) ?? "the sheet's layout has no place for it";
        plan.notRepaired.push({ name: gap.name, sheet: located.sheet, why: `On "${located.sheet}", ${why}.`, fix: LABEL_FIX });
      }
    }
  }
  return plan;
}

function minutesKeyOf(snap: WorkbookSnapshot, grid: SheetGrid): { date: string; seq: number } | undefined {
  for (const read of Object.values(snap.names)) {
    const m = parseMinutesName(read.name);
    if (m && isLive(snap, read) && read.sheet === grid.sheet) return { date: m.date, seq: m.seq };
  }
  return minutesKeyOfTab(grid.sheet);
}

/** The anchors of the sheet holding the group's layout, or why no sheet does. */
function locate(group: NameGroup, grids: SheetGrid[], claims: Map<string, Claim[]>): Anchors | string {
  const none = `No sheet in this workbook has the layout of ${group.label} (it was deleted, or its labels were removed).`;
  const found = (g: SheetGrid | SheetGrid[] | undefined, anchorsOf: (g: SheetGrid) => Anchors): Anchors | string => {
    if (!g) return none;
    if (Array.isArray(g))
      return `Several sheets have the layout of ${group.label} (${g.map((x) => `"${x.sheet}"`).join(", ")}), and the names do not say which is the one; it was left as it is.`;
    return anchorsOf(g);
  };
  switch (group.kind) {
    case "plan":
      return found(pick(group, grids, isPlanSheet), planAnchors);
    case "lists":
      return found(pick(group, grids, isListsSheet), listsAnchors);
    case "quarter":
      return found(
        pick(group, grids, (g) => quarterOf(g) === group.quarter),
        (g) => quarterAnchors(g, group.quarter!),
      );
    case "initiative": {
      const ref = group.initiative!;
      const list = [...(claims.get(key(ref)) ?? [])].sort((a, b) => b.byNames - a.byNames);
      if (list.length === 0) return none;
      if (list.length > 1 && list[0].byNames === list[1].byNames) {
        return `The sheets ${list.map((c) => `"${c.grid.sheet}"`).join(" and ")} both show initiative ${key(ref)}, and the names do not say which is its strategy sheet.`;
      }
      return strategyAnchors(list[0].grid, ref);
    }
    case "summary":
      return found(pick(group, grids, isSummarySheet), summaryAnchors);
    case "qpr":
      return found(
        pick(group, grids, (g) => qprPeriodOf(g) === group.period),
        (g) => qprAnchors(g, group.period!),
      );
    case "summative":
      return found(
        pick(group, grids, (g) => summativeYearOf(g) === group.year),
        (g) => summativeAnchors(g, group.year!),
      );
    case "minutes": {
      const { date, seq } = group.minutes!;
      const own = (g: SheetGrid) =>
        isMinutesSheet(g) && (g.sheet === group.sheet || (group.sheet === "" && minutesKeyOfTab(g.sheet)?.date === date && minutesKeyOfTab(g.sheet)?.seq === seq));
      return found(pick(group, grids, own), (g) => minutesAnchors(g, date, seq));
    }
  }
}
