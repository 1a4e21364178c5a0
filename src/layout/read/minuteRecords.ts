/**
 * The minutes sheets a workbook already holds, read through their defined names
 * (AIP.Minutes.D20261014[_2].*), so renamed tabs and inserted rows do not matter.
 */
import type { IsoDate } from "../../domain/plan";
import { isDiscussedMark, type MeetingRecord } from "../../domain/minutes/coverage";
import type { WorkbookSnapshot } from "../../workbook/port";
import { minutesNames, parseMinutesName } from "../names";
import { asText, isBlank, isLive, readDate } from "./readCells";

/** "Minutes 2026-10-14", "Minutes 2026-10-14 (2)" (DECISIONS.md 11). */
export function minutesTabName(date: IsoDate, seq = 1): string {
  return `Minutes ${date}${seq > 1 ? ` (${seq})` : ""}`;
}

export interface MinutesRecord extends MeetingRecord {
  /** "Date of next Highlight Discussion" as an ISO date, or the text typed there. */
  nextDate?: string;
  /** What section 6 says (next steps, evidence for the next meeting). */
  nextSteps: string;
}

/** Every minutes sheet still in the workbook (one of its names points at an existing tab), oldest first. */
export function minutesRecords(snap: WorkbookSnapshot): MinutesRecord[] {
  const keys = new Map<string, { date: IsoDate; seq: number; sheet?: string }>();
  for (const [name, read] of Object.entries(snap.names)) {
    const p = parseMinutesName(name);
    if (!p) continue;
    const k = `${p.date}#${p.seq}`;
    const entry = keys.get(k) ?? { date: p.date, seq: p.seq };
    if (!entry.sheet && isLive(snap, read)) entry.sheet = read.sheet;
    keys.set(k, entry);
  }
  const records: MinutesRecord[] = [];
  for (const { date, seq, sheet } of keys.values()) {
    if (!sheet) continue; // every name broken: the sheet was deleted
    const n = minutesNames(date, seq);
    const live = (name: string) => (isLive(snap, snap.names[name]) ? snap.names[name] : undefined);
    const discussed = (live(n.discussed)?.values ?? []).filter((row) => row.length >= 2 && !isBlank(row[0]) && isDiscussedMark(asText(row[1]))).map((row) => asText(row[0]).trim());
    const nextCell = live(n.nextDate)?.values[0]?.[0];
    const nextDate = nextCell === undefined ? undefined : readDate(nextCell, n.nextDate, []);
    const nextSteps = asText(live(n.section(6))?.values[0]?.[0] ?? "").trim();
    records.push({ date, seq, sheet, discussed, nextDate, nextSteps });
  }
  return records.sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
}

/** True when minutes for (date, seq) exist: a live name of that key, or a tab with that name. */
export function minutesExist(snap: WorkbookSnapshot, records: MinutesRecord[], date: IsoDate, seq: number): string | undefined {
  const record = records.find((r) => r.date === date && r.seq === seq);
  if (record) return record.sheet;
  const tab = minutesTabName(date, seq).toLowerCase();
  return snap.sheets.find((s) => s.toLowerCase() === tab);
}
