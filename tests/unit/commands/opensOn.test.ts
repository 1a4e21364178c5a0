/**
 * The sheet a saved workbook opens on (docs/printing.md): a new plan opens on the Plan sheet, not
 * on the last sheet made; commands that only rebuild or add a view leave it there; the commands
 * that make a sheet to work in next (minutes, a rubric) open on that sheet.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { assess } from "../../../src/commands/assess";
import { check } from "../../../src/commands/check";
import { newMinutes } from "../../../src/commands/newMinutes";
import { newPlan } from "../../../src/commands/newPlan";
import { qprView } from "../../../src/commands/qprView";
import { refreshQuarters } from "../../../src/commands/refreshQuarters";
import { parsePlan } from "../../../src/domain/validate";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

const sample = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
const reopened = async (wb: XlsxWorkbook) => (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).activeSheet();

test("a new plan opens on the Plan sheet, and views rebuilt or added later leave it there", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  expect(wb.book.worksheets[wb.book.worksheets.length - 1].name).toBe("Lists"); // the last sheet made
  expect(await reopened(wb)).toBe("Plan");
  await qprView(wb, { period: "Jan" });
  await check(wb, { today: "2026-12-01", report: true });
  await refreshQuarters(wb);
  expect(await reopened(wb)).toBe("Plan");
});

test("new minutes and a new rubric open on themselves: the sheet to work in next", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  expect(await reopened(wb)).toBe("Minutes 2026-10-14");
  await assess(wb, { date: "2026-10-01" });
  expect(await reopened(wb)).toBe("Rubric 2026-10-01"); // not Stages toward exit, made after it
});
