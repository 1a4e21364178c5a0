/**
 * The school-year calendar: ISO dates, Excel serial dates, the plan's school-year window,
 * the template's activity quarters and the QPR windows (DECISIONS.md 2–3, "School year").
 * The calendar is data: another state can change the tables below without touching code.
 */
import { QPR_PERIODS, type IsoDate, type QprPeriod, type Quarter } from "./plan";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system (accounting for the fictional 29 Feb 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** "2026-09-15" → Excel serial day number (46280). */
export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

/** Excel serial day number → "YYYY-MM-DD" (any time of day is dropped). */
export function serialToIso(serial: number): IsoDate {
  const t = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return t.toISOString().slice(0, 10);
}

/** Adds calendar days to an ISO date. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return serialToIso(isoToSerial(iso) + days);
}

export interface DateWindow {
  start: IsoDate;
  end: IsoDate;
}

/** 1 September of the start year to 31 August of the next. */
export function schoolYearWindow(startYear: number): DateWindow {
  return { start: `${startYear}-09-01`, end: `${startYear + 1}-08-31` };
}

/** "SY 2026-27" */
export function schoolYearLabel(startYear: number): string {
  return `SY ${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** Month spans (1-12, inclusive) of the template's activity quarters, and whether they fall in the second calendar year. */
export const QUARTER_MONTHS: Record<Quarter, { from: number; to: number; nextYear: boolean }> = {
  "Sept-Dec": { from: 9, to: 12, nextYear: false },
  "Jan-March": { from: 1, to: 3, nextYear: true },
  "April-June": { from: 4, to: 6, nextYear: true },
  "July-Aug": { from: 7, to: 8, nextYear: true },
};

/** QPR windows by publication month (SPEC.md §6.4): the months each report covers. */
export const QPR_WINDOWS: Record<QprPeriod, { label: string; covers: string; from: number; to: number }> = {
  Jan: { label: "January", covers: "September – November", from: 9, to: 11 },
  Mar: { label: "March", covers: "December – February", from: 12, to: 2 },
  Jun: { label: "June", covers: "March – May", from: 3, to: 5 },
  Sep: { label: "September", covers: "June – August", from: 6, to: 8 },
};

/**
 * The QPR period whose window contains the date (SPEC.md §6.4): September–November → Jan,
 * December–February → Mar, March–May → Jun, June–August → Sep.
 */
export function qprPeriodOf(iso: IsoDate): QprPeriod {
  const month = Number(iso.slice(5, 7));
  const inside = (from: number, to: number) => (from <= to ? month >= from && month <= to : month >= from || month <= to);
  return QPR_PERIODS.find((p) => inside(QPR_WINDOWS[p].from, QPR_WINDOWS[p].to)) ?? "Jan";
}

/** The latest QPR period whose months have all ended: the one being reported (10 March → Mar, for December – February). */
export function lastEndedQprPeriod(iso: IsoDate): QprPeriod {
  const current = QPR_PERIODS.indexOf(qprPeriodOf(iso));
  return QPR_PERIODS[(current + QPR_PERIODS.length - 1) % QPR_PERIODS.length];
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** A month written in full or abbreviated, any case ("Sep", "Sept.", "september") → 9; else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => {
    const m = name.toLowerCase();
    return m === w || m.slice(0, 3) === w || (m === "september" && w === "sept");
  });
  return i >= 0 ? i + 1 : undefined;
}

/** Calendar year of a month of the school year starting `startYear`: Sep–Dec in it, Jan–Aug the next. */
export function yearOfMonth(month: number, startYear: number): number {
  return month >= 9 ? startYear : startYear + 1;
}

/** First and last day of a calendar month. */
export function monthWindow(year: number, month: number): DateWindow {
  const mm = String(month).padStart(2, "0");
  return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(lastDayOfMonth(year, month)).padStart(2, "0")}` };
}

/** The dates a period's QPR covers in the school year starting `startYear` (SPEC.md §6.4). */
export function qprWindow(period: QprPeriod, startYear: number): DateWindow {
  const w = QPR_WINDOWS[period];
  return { start: monthWindow(yearOfMonth(w.from, startYear), w.from).start, end: monthWindow(yearOfMonth(w.to, startYear), w.to).end };
}

/** "2026-10-14" → "10/14/2026", as the sheets and messages show dates (US order, like the template). */
export function usDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${m}/${d}/${y}`;
}

/** The dates a quarter covers inside the school year starting `startYear`. */
export function quarterWindow(quarter: Quarter, startYear: number): DateWindow {
  const q = QUARTER_MONTHS[quarter];
  const y = q.nextYear ? startYear + 1 : startYear;
  const mm = (n: number) => String(n).padStart(2, "0");
  return { start: `${y}-${mm(q.from)}-01`, end: `${y}-${mm(q.to)}-${lastDayOfMonth(y, q.to)}` };
}

/** The quarter an ISO date falls in (by month alone). */
export function quarterOf(iso: IsoDate): Quarter {
  const month = Number(iso.slice(5, 7));
  const found = (Object.keys(QUARTER_MONTHS) as Quarter[]).find((q) => month >= QUARTER_MONTHS[q].from && month <= QUARTER_MONTHS[q].to);
  return found ?? "Sept-Dec";
}

export function inWindow(iso: IsoDate, w: DateWindow): boolean {
  return iso >= w.start && iso <= w.end;
}

/** Today in the person's own time zone, as a plan's dates are meant ("YYYY-MM-DD"). */
export function localToday(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
