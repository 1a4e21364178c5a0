/**
 * docs/screenshot-portfolio.png and docs/screenshot-portfolio-levels.png: a portfolio of eight
 * generated district workbooks as LibreOffice prints it: the Districts sheet's left part, and the
 * Levels sheet with its chart. Builds the districts with newPlan, runs `aip portfolio` on them,
 * exports every sheet as one PDF page and renders two. Needs soffice and poppler-utils.
 *   npm run prepare && node lib/scripts/screenshot-portfolio.js [OUT-DIR]
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "./libreoffice";
import { main as aip } from "../src/cli/main";
import { newPlan } from "../src/commands/newPlan";
import { saveXlsxFile } from "../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";
import { districtPlan } from "../tests/support/generateDistricts";

const DPI = 110;
const NAMES = ["Ashby Public Schools", "Brookfield Regional", "Cedar Falls", "Dunmore Unified", "Eastlake", "Fairhaven", "Granite Hills", "Holloway"];

function repoRoot(): string {
  let dir = __dirname;
  while (!readdirSync(dir).includes("package.json")) dir = path.dirname(dir);
  return dir;
}

function pageSize(pdf: string, page: number): [number, number] {
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!size) throw new Error(`pdfinfo gave no page size for page ${page}:\n${info}`);
  return [Number(size[1]), Number(size[2])].map((pts) => Math.round((pts * DPI) / 72)) as [number, number];
}

function render(pdf: string, page: number, crop: { width: number; height: number }, out: string): void {
  const [w, h] = pageSize(pdf, page);
  const area = ["-x", "0", "-y", "0", "-W", String(Math.round(w * crop.width)), "-H", String(Math.round(h * crop.height))];
  const stem = out.replace(/\.png$/, "");
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-png", "-r", String(DPI), ...area, "-singlefile", pdf, stem]);
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot(), "docs"));
  const dir = mkdtempSync(path.join(os.tmpdir(), "aip-portfolio-shot-"));
  try {
    for (const [k, name] of NAMES.entries()) {
      const plan = districtPlan(k, 2 + (k % 2), 2 + (k % 3));
      plan.district = name;
      const wb = XlsxWorkbook.create();
      await newPlan(wb, plan);
      const folder = path.join(dir, "districts", k < 4 ? "North region" : "South region");
      mkdirSync(folder, { recursive: true });
      await saveXlsxFile(wb, path.join(folder, `${name.split(" ")[0].toLowerCase()}-aip.xlsx`));
    }
    const quiet = { write: () => true };
    const code = await aip(["portfolio", "districts", "-o", "portfolio.xlsx", "--today", "2027-03-10"], { stdout: quiet, stderr: quiet, cwd: dir });
    if (code !== 0) throw new Error(`aip portfolio exited ${code}`);
    const pdfFilter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    const pdf = await convertWithLibreOffice(path.join(dir, "portfolio.xlsx"), { to: pdfFilter, outDir: path.join(dir, "pdf"), recalculate: false });
    render(pdf, 1, { width: 0.45, height: 1 }, path.join(dir, "districts.png"));
    render(pdf, 2, { width: 1, height: 1 }, path.join(dir, "levels.png"));
    copyFileSync(path.join(dir, "districts.png"), path.join(outDir, "screenshot-portfolio.png"));
    copyFileSync(path.join(dir, "levels.png"), path.join(outDir, "screenshot-portfolio-levels.png"));
    console.log(`Saved screenshot-portfolio.png and screenshot-portfolio-levels.png in ${path.relative(process.cwd(), outDir) || "."}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
