/**
 * The workbook the pane works on: Excel itself, through the Office.js adapter. The adapter is
 * loaded on the first call (right after the pane's first paint, when index.tsx asks for the tabs),
 * so the first load holds only what the first page shows.
 */
import type { WriteBatch } from "../workbook/spec";
import type { SnapshotOptions, WorkbookPort, WorkbookSnapshot } from "../workbook/port";

export function openWorkbook(): WorkbookPort {
  let adapter: Promise<WorkbookPort> | undefined;
  const load = () =>
    (adapter ??= import(/* webpackChunkName: "office-adapter" */ "../workbook/office/OfficeWorkbook").then(
      // Read the Excel global at call time: Office.onReady has run by then (and tests install theirs).
      ({ OfficeWorkbook }) => new OfficeWorkbook((batch) => Excel.run(batch)),
    ));
  return {
    listSheets: async () => (await load()).listSheets(),
    snapshot: async (options?: SnapshotOptions): Promise<WorkbookSnapshot> => (await load()).snapshot(options),
    apply: async (batch: WriteBatch) => (await load()).apply(batch),
    select: async (sheet: string, range: string) => (await load()).select(sheet, range),
  };
}
