/**
 * docs/printing/*.png and docs/screenshot-strategy-sheet.png: pages of the sample workbook as LibreOffice prints them (US Letter, the
 * workbook's own print setup), one per sheet kind, for docs/printing.md. Builds the workbook with the
 * commands (scripts/printedSample.ts), prints it to PDF and renders the first page of each sheet
 * listed below (and a strategy sheet's second page), found by the tab name the footer prints.
 * Needs soffice (libreoffice-calc-nogui), pdftotext and pdftoppm (poppler-utils) and, for Excel's
 * widths, Carlito (fonts-crosextra-carlito).
 *   npm run prepare && node lib/scripts/print-pages.js
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "./libreoffice";
import { printedSample } from "./printedSample";
import { saveXlsxFile } from "../src/workbook/xlsx/files";

/** Small enough to keep in the repository, large enough to read the headings. */
const DPI = 50;

/** Output name (under docs/printing) → the tab and which of its pages, and a resolution other than DPI. */
const SHOTS: Array<[string, RegExp, number, number?]> = [
  ["../screenshot-strategy-sheet", /^1\.1 /, 1, 80], // the README's picture of a printed strategy sheet
  ["plan-page1", /^Plan$/, 1],
  ["strategy-1.1-page1", /^1\.1 /, 1],
  ["strategy-1.1-page2", /^1\.1 /, 2],
  ["quarter-sept-dec-page1", /^Sept-Dec$/, 1],
  ["qpr-jan-page1", /^QPR Jan$/, 1],
  ["minutes-page1", /^Minutes /, 1],
  ["rubric-page1", /^Rubric /, 1],
  ["stages-toward-exit-page1", /^Stages toward exit$/, 1],
  ["summative-page2", /^Summative \d{4}-\d{2}$/, 2],
];

function repoRoot(): string {
  let dir = __dirname;
  while (!readdirSync(dir).includes("package.json")) dir = path.dirname(dir);
  return dir;
}

/** The tab each page belongs to: its footer's last line starts with the tab's name. */
function pageTabs(pdf: string, tabs: string[]): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: pages }, (_, k) => {
    const lines = execFileSync("pdftotext", ["-layout", "-f", String(k + 1), "-l", String(k + 1), pdf, "-"], { encoding: "utf8" })
      .split("\n")
      .filter((l) => l.trim() !== "");
    const last = lines[lines.length - 1]?.trim() ?? "";
    return tabs.filter((t) => last.startsWith(t)).sort((a, b) => b.length - a.length)[0] ?? "";
  });
}

async function main(): Promise<void> {
  const root = repoRoot();
  const out = path.join(root, "docs/printing");
  mkdirSync(out, { recursive: true });
  const wb = await printedSample(root);
  const dir = mkdtempSync(path.join(os.tmpdir(), "aip-print-pages-"));
  try {
    const book = path.join(dir, "sample.xlsx");
    await saveXlsxFile(wb, book);
    const pdf = await convertWithLibreOffice(book, { to: "pdf", outDir: path.join(dir, "pdf") });
    const tabs = pageTabs(pdf, await wb.listSheets());
    for (const [name, tab, nth, dpi = DPI] of SHOTS) {
      const pages = tabs.flatMap((t, k) => (tab.test(t) ? [k + 1] : []));
      const page = pages[nth - 1];
      if (page === undefined) throw new Error(`No page ${nth} for ${tab} in the PDF (tabs by page: ${tabs.join(", ")})`);
      const target = path.join(out, name);
      execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-png", "-r", String(dpi), "-singlefile", pdf, target]);
      console.log(`Saved ${path.relative(root, target)}.png (page ${page} of ${tabs.length})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
