/**
 * docs/screenshot-summative.png: the sample plan's Annual Summative Report as LibreOffice prints
 * it (recalculated figures), with a Highlight Discussion marked, the Monitor's narrative, a
 * correction from the district and an outcome's result typed in. Builds the workbook with the
 * commands, exports every sheet as one PDF page, and renders the top of the Summative's page.
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm/pdfinfo (poppler-utils).
 *   npm run prepare && node lib/scripts/screenshot-summative.js [OUT.png]
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "./libreoffice";
import { newMinutes } from "../src/commands/newMinutes";
import { newPlan } from "../src/commands/newPlan";
import { summative } from "../src/commands/summative";
import { parsePlan } from "../src/domain/validate";
import { minutesNames, summativeNames } from "../src/layout/names";
import type { CellValue } from "../src/workbook/port";
import { saveXlsxFile } from "../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";

const DPI = 90;
const CROP = { width: 1, height: 0.3 };

function repoRoot(): string {
  let dir = __dirname;
  while (!readdirSync(dir).includes("package.json")) dir = path.dirname(dir);
  return dir;
}

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
  const dir = mkdtempSync(path.join(os.tmpdir(), "aip-summative-shot-"));
  try {
    const book = path.join(dir, "summative.xlsx");
    await saveXlsxFile(wb, book);
    const page = (await wb.listSheets()).indexOf(built.sheet) + 1;
    const pdfFilter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    const pdf = await convertWithLibreOffice(book, { to: pdfFilter, outDir: path.join(dir, "pdf") });
    const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
    const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    if (!size) throw new Error(`pdfinfo gave no page size for page ${page}:\n${info}`);
    const [w, h] = [Number(size[1]), Number(size[2])].map((pts) => Math.round((pts * DPI) / 72));
    const crop = ["-x", "0", "-y", "0", "-W", String(Math.round(w * CROP.width)), "-H", String(Math.round(h * CROP.height))];
    execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-png", "-r", String(DPI), ...crop, "-singlefile", pdf, path.join(dir, "summative")]);
    copyFileSync(path.join(dir, "summative.png"), out);
    console.log(`Saved ${path.relative(process.cwd(), out)} (page ${page} of the PDF, top part)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
