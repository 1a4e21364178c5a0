/**
 * The sample plan with every printable sheet kind the commands make (Plan, strategy sheets,
 * quarter tabs, Lists, a QPR view, minutes, the Check Report, a rubric, the Stages toward exit and
 * the Summative report),
 * as the printing test (tests/engine/printing.test.ts) and the printed pages in docs/printing.md see
 * it. The Summary is left out: its printing has pages and tests of its own.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { assess } from "../src/commands/assess";
import { check } from "../src/commands/check";
import { newMinutes } from "../src/commands/newMinutes";
import { newPlan } from "../src/commands/newPlan";
import { qprView } from "../src/commands/qprView";
import { summative } from "../src/commands/summative";
import { parsePlan } from "../src/domain/validate";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";

export async function printedSample(root: string): Promise<XlsxWorkbook> {
  const plan = parsePlan(JSON.parse(readFileSync(path.join(root, "examples/sample-plan.json"), "utf8")));
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await qprView(wb, { period: "Jan" });
  await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  await check(wb, { today: "2026-12-01", report: true });
  await assess(wb, { date: "2026-10-01" });
  await summative(wb, { today: "2027-05-15" });
  return wb;
}
