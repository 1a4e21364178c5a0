/**
 * The four dates around a Highlight Discussion (SPEC.md §5.2, DECISIONS.md 12): calendar days
 * from the meeting date.
 */
import { addDays } from "../calendar";
import type { IsoDate } from "../plan";

export type DeadlineKey = "notice" | "draft" | "review" | "final";

export interface Deadline {
  key: DeadlineKey;
  /** What is due, as shown on the minutes sheet and in the pane. */
  what: string;
  who: string;
  /** Calendar days from the meeting date (negative: before). */
  days: number;
  date: IsoDate;
}

const RULES: Omit<Deadline, "date">[] = [
  { key: "notice", what: "Notice to ESE of the meeting date, time and location", who: "Plan Manager", days: -7 },
  { key: "draft", what: "Draft minutes to the superintendent and the Monitor", who: "Plan Manager", days: 3 },
  { key: "review", what: "Discrepancies or questions on the draft back to the Plan Manager", who: "Monitor and superintendent", days: 6 },
  {
    key: "final",
    what: "Final minutes to the superintendent, the Monitor, the ESE Targeted Assistance contact and the ESE Accountability contact",
    who: "Plan Manager",
    days: 7,
  },
];

export function minutesDeadlines(meeting: IsoDate): Deadline[] {
  return RULES.map((r) => ({ ...r, date: addDays(meeting, r.days) }));
}

/** "7 days before", "3 days after". */
export function daysPhrase(days: number): string {
  const n = Math.abs(days);
  return `${n} day${n === 1 ? "" : "s"} ${days < 0 ? "before" : "after"}`;
}
