/** Calendar months as "YYYY-MM" keys, for "this month" and "the month before". */
import type { IsoDate } from "../plan";

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "2026-10-14" → "2026-10". */
export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

/** "2026-01" → "2025-12". */
export function previousMonthKey(key: string): string {
  const [y, m] = key.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** "2026-10" → "October 2026". */
export function monthLabel(key: string): string {
  const [y, m] = key.split("-").map(Number);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** First and last day of a month key. */
export function monthBounds(key: string): { start: IsoDate; end: IsoDate } {
  const [y, m] = key.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${key}-01`, end: `${key}-${String(last).padStart(2, "0")}` };
}

/** "2026-10-14" → "10/14/2026", as the sheets show dates (US order, like the template). */
export function usDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${m}/${d}/${y}`;
}
