/** Calendar months as "YYYY-MM" keys, for "this month" and "the month before". */
import { MONTH_NAMES, monthWindow, type DateWindow } from "../calendar";
import type { IsoDate } from "../plan";

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
export function monthBounds(key: string): DateWindow {
  const [y, m] = key.split("-").map(Number);
  return monthWindow(y, m);
}
