/**
 * docs/screenshot-summary.png: the sample plan rolled up, its Summary sheet as LibreOffice draws
 * it (recalculated figures, colours and all). Builds the workbook with the commands, has headless
 * LibreOffice recalculate it and export every sheet as one PDF page, and renders the Summary's
 * page (its top part: the charts and the plan-wide counts; --full for the whole sheet).
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm/pdfinfo (poppler-utils).
 *   npm run prepare && node lib/scripts/screenshot-summary.js [OUT.png] [--full]
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "./libreoffice";
import { newPlan } from "../src/commands/newPlan";
import { rollUp } from "../src/commands/rollUp";
import { parsePlan } from "../src/domain/validate";
import { SUMMARY_SHEET } from "../src/layout/sheetNames";
import { saveXlsxFile } from "../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";

/** Resolution of the PNG, and the part of the Summary's page shown unless --full. */
const DPI = 90;
const CROP = { width: 1, height: 0.3 };

function repoRoot(): string {
  let dir = __dirname;
  while (!readdirSync(dir).includes("package.json")) dir = path.dirname(dir);
  return dir;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const target = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const out = path.resolve(target ?? path.join(root, "docs/screenshot-summary.png"));
  const plan = parsePlan(JSON.parse(readFileSync(path.join(root, "examples/sample-plan.json"), "utf8")));
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await rollUp(wb);
  await wb.select(SUMMARY_SHEET, "A1");
  const dir = mkdtempSync(path.join(os.tmpdir(), "aip-summary-shot-"));
  try {
    const book = path.join(dir, "summary.xlsx");
    await saveXlsxFile(wb, book);
    const page = (await wb.listSheets()).indexOf(SUMMARY_SHEET) + 1;
    const pdfFilter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    const pdf = await convertWithLibreOffice(book, { to: pdfFilter, outDir: path.join(dir, "pdf") });
    const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
    const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    if (!size) throw new Error(`pdfinfo gave no page size for page ${page}:\n${info}`);
    const [w, h] = [Number(size[1]), Number(size[2])].map((pts) => Math.round((pts * DPI) / 72));
    const full = process.argv.includes("--full");
    const crop = full ? [] : ["-x", "0", "-y", "0", "-W", String(Math.round(w * CROP.width)), "-H", String(Math.round(h * CROP.height))];
    execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-png", "-r", String(DPI), ...crop, "-singlefile", pdf, path.join(dir, "summary")]);
    copyFileSync(path.join(dir, "summary.png"), out);
    console.log(`Saved ${path.relative(process.cwd(), out)} (page ${page} of the PDF, ${full ? "whole sheet" : "top-left part"})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
