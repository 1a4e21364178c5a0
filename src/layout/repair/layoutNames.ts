/**
 * Before a report sheet (QPR view, Summative Report) is rebuilt over its area: a person's cell is
 * carried over through its name, so a name deleted in Name Manager or pointed at #REF! would let
 * the rebuild clear what was typed there. The report's cells are found from its labels, as Repair
 * names finds them, and every one whose name is not usable is given to the snapshot with its
 * contents: the rebuild writes them back and names them again. The sheet's used range comes with
 * the command's one snapshot when the tab has its usual name; a renamed tab is read once more, and
 * only when a name the rebuild expects is not usable.
 */
import type { WorkbookPort, WorkbookSnapshot } from "../../workbook/port";
import { isLive } from "../read/readCells";
import { SheetGrid } from "../sheetGrid";
import type { Anchors } from "./anchors";

export async function withLayoutNames(
  port: WorkbookPort,
  snap: WorkbookSnapshot,
  sheet: string,
  expected: readonly string[],
  anchorsOf: (grid: SheetGrid) => Anchors,
): Promise<WorkbookSnapshot> {
  let read = snap.sheetValues?.[sheet];
  if (!read) {
    if (expected.every((name) => isLive(snap, snap.names[name]))) return snap;
    read = (await port.snapshot({ sheetValues: [sheet] })).sheetValues?.[sheet];
  }
  if (!read?.range) return snap;
  const grid = new SheetGrid(read);
  const names = { ...snap.names };
  for (const [name, range] of anchorsOf(grid).found) {
    if (!isLive(snap, names[name])) names[name] = { name, sheet, range, ...grid.block(range) };
  }
  return { ...snap, names };
}
