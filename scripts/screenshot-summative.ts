/**
 * docs/screenshot-summative.png: the sample plan's Annual Summative Report as LibreOffice prints
 * it (recalculated figures), with a Highlight Discussion marked, the Monitor's narrative, a
 * correction from the district and an outcome's result typed in. Builds the workbook with the
 * commands, exports every sheet as one PDF page, and renders the top of the Summative's page.
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm/pdfinfo (poppler-utils).
 *   npm run prepare && node lib/scripts/screenshot-summative.js [OUT.png]
 */
import { readFileSync } from "fs";
import * as path from "path";
import { repoRoot, sheetPicture } from "./sheetPicture";
import { newMinutes } from "../src/commands/newMinutes";
import { newPlan } from "../src/commands/newPlan";
import { summative } from "../src/commands/summative";
import { parsePlan } from "../src/domain/validate";
import { minutesNames, summativeNames } from "../src/layout/names";
import type { CellValue } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";

const DPI = 90;
const CROP = { width: 1, height: 0.3 };

/** Types into named cells, as a person would. */
async function type(wb: XlsxWorkbook, cells: Record<string, CellValue>): Promise<void> {
  const snap = await wb.snapshot();
  for (const [name, value] of Object.entries(cells)) {
    const read = snap.names[name];
    wb.book.getWorksheet(read.sheet)!.getCell(read.range.split(":")[0]).value = value;
  }
}

async function main(): Promise<void> {
  const root = repoRoot();
  const out = path.resolve(process.argv[2] ?? path.join(root, "docs/screenshot-summative.png"));
  const plan = parsePlan(JSON.parse(readFileSync(path.join(root, "examples/sample-plan.json"), "utf8")));
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  await type(wb, { [minutesNames("2026-10-14").discussed]: "Yes" });
  await summative(wb, { today: "2027-08-20" });
  const s = summativeNames(plan.schoolYear);
  await type(wb, {
    [s.review.status]: "In factual review",
    [s.successes]: "Every K-3 classroom teaches the phonics program; coaching cycles reached 31 of 32 classrooms.",
    [s.concerns]: "Chronic absenteeism fell less than planned in two schools.",
    [s.recommendations]: "Keep the tutoring partners and extend the rounds protocol to grades 6-8.",
    [s.review.corrections({ o: 1, i: 1 })]: "Coaching began in October, not September.",
  });
  const built = await summative(wb, { today: "2027-08-20" });
  const page = await sheetPicture(wb, built.sheet, out, { dpi: DPI, crop: CROP });
  console.log(`Saved ${path.relative(process.cwd(), out)} (page ${page} of the PDF, top part)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
