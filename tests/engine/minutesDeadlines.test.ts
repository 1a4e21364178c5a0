/**
 * The minutes' deadlines are live: LibreOffice computes the four dates from the meeting date's
 * name, and when the meeting moves (its date edited on the sheet) the deadlines move with it.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { isoToSerial } from "../../src/domain/calendar";
import { minutesDeadlines } from "../../src/domain/minutes/deadlines";
import { parsePlan } from "../../src/domain/validate";
import { minutesNames } from "../../src/layout/names";
import { cellAddress } from "../../src/util/a1";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { computedValue, recalcWithLibreOffice } from "../support/recalc";
import { typeInto } from "../support/minutesSupport";

const sample = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));

/** The deadline dates as LibreOffice computed them, top to bottom (column D under the Deadline header). */
async function deadlineDates(wb: XlsxWorkbook, sheet: string): Promise<unknown[]> {
  const computed = await recalcWithLibreOffice(wb);
  const ws = computed.book.getWorksheet(sheet)!;
  let header = 0;
  ws.eachRow((row, n) => {
    if (String(row.getCell(1).value ?? "").startsWith("Deadline (calendar days")) header = n;
  });
  expect(header).toBeGreaterThan(0);
  return [1, 2, 3, 4].map((k) => computedValue(computed, sheet, cellAddress(header - 1 + k, 3)));
}

test("LibreOffice computes the four deadlines from the meeting date, and follows an edited date", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  const { sheet } = await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  expect(await deadlineDates(wb, sheet)).toEqual(minutesDeadlines("2026-10-14").map((d) => isoToSerial(d.date)));

  // The meeting moves to 2026-11-02 (across a month end): the person edits the date on the sheet.
  await typeInto(wb, minutesNames("2026-10-14").date, [[isoToSerial("2026-11-02")]]);
  expect(await deadlineDates(wb, sheet)).toEqual(minutesDeadlines("2026-11-02").map((d) => isoToSerial(d.date)));
}, 240_000);
