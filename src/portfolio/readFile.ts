/**
 * One district workbook, from its file to its portfolio rows, or why it has none: it holds no AIP
 * (skipped) or it cannot be read (reported). Never throws: one bad file must not stop a run over a
 * hundred. Runs in a worker thread (worker.ts) or, where workers are unavailable, in the caller's.
 */
import { readDistrict } from "../commands/portfolio";
import type { DistrictRecord, PortfolioOptions } from "../domain/portfolio/rows";
import { NoPlanError } from "../layout/read/readPlan";
import { WorkbookError } from "../workbook/port";
import { openXlsxFile } from "../workbook/xlsx/files";
import type { FoundFile } from "./scan";

export type FileOutcome =
  { kind: "district"; file: string; record: DistrictRecord } | { kind: "skipped"; file: string; reason: string } | { kind: "unreadable"; file: string; reason: string };

/** openXlsxFile's messages start with the path it was given; the report names the file as shown. */
function withoutPath(message: string, filePath: string): string {
  return message.startsWith(`${filePath}: `) ? message.slice(filePath.length + 2) : message;
}

export async function readDistrictFile(file: FoundFile, options: PortfolioOptions): Promise<FileOutcome> {
  try {
    const wb = await openXlsxFile(file.path);
    const record = await readDistrict(wb, file.shown, options);
    return { kind: "district", file: file.shown, record };
  } catch (e) {
    if (e instanceof NoPlanError) return { kind: "skipped", file: file.shown, reason: "no AIP plan in it (no AIP.District name and no initiative names)" };
    if (e instanceof WorkbookError) return { kind: "unreadable", file: file.shown, reason: withoutPath(e.message, file.path) };
    const why = e instanceof Error ? e.message : String(e);
    return { kind: "unreadable", file: file.shown, reason: `aip could not read it (internal error: ${why}); please report it with the file if you may share it.` };
  }
}
