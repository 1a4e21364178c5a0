/**
 * Which tab is one of the sheets the add-in rebuilds (the Summary, a QPR view, the Check Report, a
 * quarter tab): the tab its defined names point at, so a renamed one is still found. A tab merely
 * called by the usual name that none of those names points at may be a person's own: it is a
 * look-alike, never taken, never written over.
 */
import type { WorkbookSnapshot } from "../workbook/port";

export type OwnSheet = { kind: "found"; sheet: string } | { kind: "absent" } | { kind: "lookalike"; sheet: string };

/** Index of a tab by Excel's case-insensitive name matching, or -1. */
export function indexOfSheet(tabs: readonly string[], name: string): number {
  return tabs.findIndex((t) => t.toLowerCase() === name.toLowerCase());
}

/** The add-in's sheet among the tabs: where the first of `names` that points at a tab points. */
export function ownSheet(snap: WorkbookSnapshot, names: readonly string[], usual: string): OwnSheet {
  for (const name of names) {
    const target = snap.names[name]?.sheet;
    const at = target ? indexOfSheet(snap.sheets, target) : -1;
    if (at >= 0) return { kind: "found", sheet: snap.sheets[at] };
  }
  const clash = indexOfSheet(snap.sheets, usual);
  return clash >= 0 ? { kind: "lookalike", sheet: snap.sheets[clash] } : { kind: "absent" };
}

export interface LookalikeWording {
  /** What did not happen, e.g. "Roll up did not write anything". */
  outcome: string;
  /** The add-in's sheet in words, e.g. "Summary", "QPR view". */
  what: string;
  /** The sheet's names, the first one shown. */
  names: readonly string[];
  /** e.g. "roll up again". */
  again: string;
  /** Repair names can re-anchor these names from the sheet's labels. */
  repairable: boolean;
}

/** The refusal for a look-alike tab: which sheet, why it is left alone, and the ways out. */
export function lookalikeMessage(tab: string, w: LookalikeWording): string {
  const why = w.names.length === 1 ? `the name ${w.names[0]} does not point at it` : `none of its names, such as ${w.names[0]}, point at it`;
  const repair = w.repairable ? `; if it is the add-in's ${w.what} and only its names were deleted, run Repair names (Check page, or aip repair) instead` : "";
  return `${w.outcome}: the sheet "${tab}" is not the add-in's ${w.what} (${why}), so it may be a sheet of your own. Rename that sheet (or delete it if it is an old ${w.what}), then ${w.again}${repair}.`;
}
