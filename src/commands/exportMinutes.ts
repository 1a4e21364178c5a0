/**
 * Reads a minutes sheet back (what people typed), for the Word export. One snapshot.
 * Without a seq, the latest sheet of that date is read ("Minutes 2026-10-14 (2)" over the first).
 */
import { isIsoDate } from "../domain/calendar";
import { minutesRecords } from "../layout/read/minuteRecords";
import { readMinutes, type MinutesModel } from "../layout/read/readMinutes";
import { WorkbookError, type WorkbookPort } from "../workbook/port";

export async function exportMinutes(port: WorkbookPort, input: { date: string; seq?: number }): Promise<MinutesModel> {
  if (!isIsoDate(input.date)) throw new WorkbookError(`The meeting date "${input.date}" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-14.`);
  const snap = await port.snapshot();
  const seq =
    input.seq ??
    Math.max(
      1,
      ...minutesRecords(snap)
        .filter((m) => m.date === input.date)
        .map((m) => m.seq),
    );
  return readMinutes(snap, input.date, seq);
}
