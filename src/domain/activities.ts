/**
 * When an activity counts as complete or overdue: one definition for the Summary's mirror, the
 * checker and the minutes' agenda.
 */
import type { IsoDate } from "./plan";

/**
 * The status says Complete, in any case, as the Summary's COUNTIF reads it (it ignores case, not
 * spaces: callers judging typed text trim it first).
 */
export function isCompleteStatus(status: string | undefined): boolean {
  return (status ?? "").toLowerCase() === "complete";
}

/** Due before `day` (its completion date is earlier) and not marked Complete. */
export function isOverdue(complete: IsoDate | undefined, status: string | undefined, day: IsoDate): boolean {
  return complete !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(complete) && complete < day && !isCompleteStatus(status);
}
