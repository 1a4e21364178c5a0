/**
 * A minutes sheet read back through its defined names: what people typed during and after the
 * meeting, for the Word export. Dates come back as shown on the sheet (m/d/yyyy).
 */
import { isIsoDate, usDate } from "../../domain/calendar";
import { isDiscussedMark } from "../../domain/minutes/coverage";
import { minutesDeadlines, type Deadline } from "../../domain/minutes/deadlines";
import type { IsoDate } from "../../domain/plan";
import { WorkbookError, type CellValue, type WorkbookSnapshot } from "../../workbook/port";
import { minutesNames } from "../names";
import { asText, NameReader, readDate, type Problem } from "./readCells";
import { minutesRecords, minutesTabName } from "./minuteRecords";

export interface EvidenceRow {
  initiative: string;
  evidence: string;
  who: string;
  where: string;
}

export interface MinutesModel {
  sheet: string;
  /** The meeting date as on the sheet (the key's date if the cell was emptied). */
  date: IsoDate;
  seq: number;
  district: string;
  participants: string;
  submittedBy: string;
  /** As shown: "11/18/2026", or the text typed. */
  nextDate: string;
  deadlines: Deadline[];
  /** Section 1's table from the plan, rows of Initiative, Activity or benchmark, Why this month, Who. */
  agenda: string[][];
  /** The answers under sections 1–6, keyed "1" … "6". */
  sections: Record<string, string>;
  evidence: EvidenceRow[];
  /** The coverage column: which initiatives were discussed. */
  discussed: { initiative: string; discussed: boolean }[];
  problems: Problem[];
}

const shown = (v: CellValue, where: string, problems: Problem[]): string => {
  const d = readDate(v, where, problems);
  return d === undefined ? "" : isIsoDate(d) ? usDate(d) : d;
};

/** Reads the minutes of (date, seq); a WorkbookError naming the sheet when there are none. */
export function readMinutes(snap: WorkbookSnapshot, date: IsoDate, seq = 1): MinutesModel {
  const record = minutesRecords(snap).find((m) => m.date === date && m.seq === seq);
  if (!record) {
    throw new WorkbookError(
      `There are no minutes for ${date}${seq > 1 ? ` (${seq})` : ""} in this workbook: no sheet "${minutesTabName(date, seq)}" with its names (AIP.Minutes.…). Create them first.`,
    );
  }
  const n = minutesNames(date, seq);
  const r = new NameReader(snap);
  const table = (name: string, width: number): string[][] => {
    const g = r.get(name);
    if (!g) return [];
    return g.read.values.map((row) => Array.from({ length: width }, (_, c) => asText(row[c] ?? "").trim())).filter((row) => row.some((v) => v !== ""));
  };
  const dateCell = r.single(n.date);
  const read = dateCell ? readDate(dateCell.value, dateCell.where, r.problems) : undefined;
  const meeting = read && isIsoDate(read) ? read : date;
  const next = r.single(n.nextDate);
  const sections: Record<string, string> = {};
  for (const k of [1, 2, 3, 4, 5, 6]) sections[String(k)] = r.text(n.section(k)).trim();
  return {
    sheet: record.sheet,
    date: meeting,
    seq,
    district: r.text(n.district).trim(),
    participants: r.text(n.participants).trim(),
    submittedBy: r.text(n.submittedBy).trim(),
    nextDate: next ? shown(next.value, next.where, r.problems) : "",
    deadlines: minutesDeadlines(meeting),
    agenda: table(n.agenda, 4),
    sections,
    evidence: table(n.evidence, 4).map(([initiative, evidence, who, where]) => ({ initiative, evidence, who, where })),
    discussed: table(n.discussed, 2).map(([initiative, mark]) => ({ initiative, discussed: isDiscussedMark(mark) })),
    problems: r.problems,
  };
}
