/** One definition of complete and overdue, shared by the Summary's mirror, the checker and the minutes. */
import { isCompleteStatus, isOverdue } from "../../../src/domain/activities";

test.each([
  ["2026-10-30", "In progress", "2026-11-01", true],
  ["2026-10-30", undefined, "2026-11-01", true],
  ["2026-10-30", "complete", "2026-11-01", false], // any case, as Excel's COUNTIF
  ["2026-11-01", "In progress", "2026-11-01", false], // due today is not overdue yet
  [undefined, "In progress", "2026-11-01", false],
  ["next fall", "In progress", "2026-11-01", false], // a text date cannot be judged
])("completion %s, status %s, on %s: overdue %s", (complete, status, day, expected) => {
  expect(isOverdue(complete, status, day)).toBe(expected);
});

test("Complete in any case is complete; spaces are the caller's to trim, as COUNTIF does not", () => {
  expect(["Complete", "COMPLETE", "complete"].map(isCompleteStatus)).toEqual([true, true, true]);
  expect(["Complete ", "Completed", "", undefined].map(isCompleteStatus)).toEqual([false, false, false, false]);
});
