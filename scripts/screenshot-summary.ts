/**
 * docs/screenshot-summary.png: the sample plan rolled up, its Summary sheet as LibreOffice draws
 * it (recalculated figures, colours and all). Builds the workbook with the commands, has headless
 * LibreOffice recalculate it and export every sheet as one PDF page, and renders the Summary's
 * page (its top part: the charts and the plan-wide counts; --full for the whole sheet).
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm/pdfinfo (poppler-utils).
 *   npm run prepare && node lib/scripts/screenshot-summary.js [OUT.png] [--full]
 */
import { readFileSync } from "fs";
import * as path from "path";
import { repoRoot, sheetPicture } from "./sheetPicture";
import { newPlan } from "../src/commands/newPlan";
import { rollUp } from "../src/commands/rollUp";
import { parsePlan } from "../src/domain/validate";
import { SUMMARY_SHEET } from "../src/layout/sheetNames";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";

/** Resolution of the PNG, and the part of the Summary's page shown unless --full. */
const DPI = 90;
const CROP = { width: 1, height: 0.3 };

async function main(): Promise<void> {
  const root = repoRoot();
  const target = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const out = path.resolve(target ?? path.join(root, "docs/screenshot-summary.png"));
  const plan = parsePlan(JSON.parse(readFileSync(path.join(root, "examples/sample-plan.json"), "utf8")));
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await rollUp(wb);
  await wb.select(SUMMARY_SHEET, "A1");
  const full = process.argv.includes("--full");
  const page = await sheetPicture(wb, SUMMARY_SHEET, out, { dpi: DPI, crop: full ? undefined : CROP });
  console.log(`Saved ${path.relative(process.cwd(), out)} (page ${page} of the PDF, ${full ? "whole sheet" : "top-left part"})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
