/**
 * Coverage (SPEC.md §5.1, DECISIONS.md 13): every initiative is discussed at least once in every
 * three consecutive Highlight Discussions. Each minutes sheet records which initiatives were
 * discussed; a new one lists those the previous two did not cover: they must be discussed now.
 */
import type { IsoDate } from "../plan";

/** One earlier minutes sheet as read from the workbook. */
export interface MeetingRecord {
  date: IsoDate;
  /** 1 for "Minutes 2026-10-14", 2 for "Minutes 2026-10-14 (2)", … */
  seq: number;
  sheet: string;
  /** Initiative numbers ("1.2") marked as discussed. */
  discussed: string[];
}

export interface Coverage<M extends MeetingRecord = MeetingRecord> {
  /** The two minutes sheets before this meeting, newest first (fewer at the start of a plan). */
  previous: M[];
  /** True when there are two earlier minutes, so the three-meeting rule applies to this one. */
  windowFull: boolean;
  /** Initiatives neither of the previous two minutes covered: they must be discussed at this meeting. */
  mustDiscuss: string[];
  /** Initiatives no earlier minutes covered at all (information while the window is not full). */
  neverDiscussed: string[];
  /** Per initiative, the date of the latest earlier minutes that marked it discussed. */
  lastDiscussed: Record<string, IsoDate | undefined>;
}

/** A mark in the "Discussed" column: anything but blank, "No", "N", "FALSE", "0" or a dash. */
export function isDiscussedMark(text: string): boolean {
  const t = text.trim();
  return t !== "" && !/^(no|n|false|0|-|–|—)$/i.test(t);
}

function before(a: { date: IsoDate; seq: number }, b: { date: IsoDate; seq: number }): boolean {
  return a.date < b.date || (a.date === b.date && a.seq < b.seq);
}

export function coverage<M extends MeetingRecord>(initiatives: string[], meetings: M[], at: { date: IsoDate; seq: number }): Coverage<M> {
  const earlier = meetings.filter((m) => before(m, at)).sort((a, b) => (before(a, b) ? 1 : -1));
  const previous = earlier.slice(0, 2);
  const windowFull = previous.length === 2;
  const covered = new Set(previous.flatMap((m) => m.discussed));
  const lastDiscussed: Record<string, IsoDate | undefined> = {};
  for (const n of initiatives) lastDiscussed[n] = earlier.find((m) => m.discussed.includes(n))?.date;
  return {
    previous,
    windowFull,
    mustDiscuss: windowFull ? initiatives.filter((n) => !covered.has(n)) : [],
    neverDiscussed: initiatives.filter((n) => lastDiscussed[n] === undefined),
    lastDiscussed,
  };
}
