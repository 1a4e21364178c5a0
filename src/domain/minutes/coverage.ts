/**
 * Coverage (SPEC.md §5.1, DECISIONS.md 13): every initiative is discussed at least once in every
 * three consecutive months of Highlight Discussions. Each minutes sheet records which initiatives
 * were discussed; a new one lists those the previous two months' minutes did not cover: they must
 * be discussed now.
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
  /** The earlier minutes in this meeting's window, newest first: this month's and the two previous months' with minutes. */
  previous: M[];
  /** True when two earlier months have minutes, so the three-month rule applies to this meeting. */
  windowFull: boolean;
  /** Initiatives no minutes in the window covered: they must be discussed at this meeting. */
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

const monthOf = (date: IsoDate) => date.slice(0, 7);

/**
 * Meetings are counted by month ("three consecutive months of meetings"): an extra meeting or a
 * second sheet in the same month does not shorten the window. The window of a meeting is its own
 * month (earlier sheets of it count) and the two latest earlier months that had minutes.
 */
export function coverage<M extends MeetingRecord>(initiatives: string[], meetings: M[], at: { date: IsoDate; seq: number }): Coverage<M> {
  const earlier = meetings.filter((m) => before(m, at)).sort((a, b) => (before(a, b) ? 1 : -1));
  const thisMonth = monthOf(at.date);
  const months = [...new Set(earlier.map((m) => monthOf(m.date)).filter((k) => k !== thisMonth))].slice(0, 2);
  const previous = earlier.filter((m) => monthOf(m.date) === thisMonth || months.includes(monthOf(m.date)));
  const windowFull = months.length === 2;
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

/** "A", "A or B", "A, B or C". */
export function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
