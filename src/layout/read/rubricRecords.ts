/**
 * The rubric self-assessments a workbook holds, read through their defined names
 * (AIP.Rubric.D20261001[_2].*), so renamed tabs and inserted rows do not matter.
 */
import type { IsoDate } from "../../domain/plan";
import { RUBRIC_CRITERIA, type CriterionKey } from "../../domain/rubric";
import type { WorkbookSnapshot } from "../../workbook/port";
import { assessmentNames, parseAssessmentName } from "../names";
import { asText, isLive } from "./readCells";

/** "Rubric 2026-10-01", "Rubric 2026-10-01 (2)". */
export function rubricTabName(date: IsoDate, seq = 1): string {
  return `Rubric ${date}${seq > 1 ? ` (${seq})` : ""}`;
}

export interface AssessmentRecord {
  date: IsoDate;
  seq: number;
  sheet: string;
  /** The rating cell of each criterion as typed ("" when none was chosen). */
  ratings: Record<CriterionKey, string>;
}

/** Every self-assessment still in the workbook (one of its names points at an existing tab), oldest first. */
export function assessmentRecords(snap: WorkbookSnapshot): AssessmentRecord[] {
  const keys = new Map<string, { date: IsoDate; seq: number; sheet?: string }>();
  for (const [name, read] of Object.entries(snap.names)) {
    const p = parseAssessmentName(name);
    if (!p) continue;
    const k = `${p.date}#${p.seq}`;
    const entry = keys.get(k) ?? { date: p.date, seq: p.seq };
    if (!entry.sheet && isLive(snap, read)) entry.sheet = read.sheet;
    keys.set(k, entry);
  }
  const records: AssessmentRecord[] = [];
  for (const { date, seq, sheet } of keys.values()) {
    if (!sheet) continue; // every name broken: the sheet was deleted
    const n = assessmentNames(date, seq);
    const ratings = Object.fromEntries(
      RUBRIC_CRITERIA.map((c) => {
        const read = snap.names[n.rating(c.key)];
        return [c.key, isLive(snap, read) ? asText(read.values[0]?.[0] ?? "").trim() : ""];
      }),
    ) as Record<CriterionKey, string>;
    records.push({ date, seq, sheet, ratings });
  }
  return records.sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
}

/** The sheet of assessment (date, seq) when it exists: a live name of that key, or a tab with that name. */
export function assessmentExists(snap: WorkbookSnapshot, records: AssessmentRecord[], date: IsoDate, seq: number): string | undefined {
  const record = records.find((r) => r.date === date && r.seq === seq);
  if (record) return record.sheet;
  const tab = rubricTabName(date, seq).toLowerCase();
  return snap.sheets.find((s) => s.toLowerCase() === tab);
}
