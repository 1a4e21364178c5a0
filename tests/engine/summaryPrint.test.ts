/**
 * The Summary as printed: the sample plan rolled up and printed to PDF by LibreOffice. Its pages
 * (found by the header the Summary prints) show the four charts together on the first page, never
 * the hidden helper columns, and no text smaller than 8 pt (US Letter, landscape, one page wide).
 * Text size is read from pdftotext's word boxes: Carlito, LibreOffice's metric twin of Calibri,
 * draws a line (ascent + descent) 1.22 times its point size.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { newPlan } from "../../src/commands/newPlan";
import { rollUp } from "../../src/commands/rollUp";
import { parsePlan } from "../../src/domain/validate";
import { saveXlsxFile } from "../../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

const SUMMARY_HEADER = "Summary of QPR ratings (not an ESE rating)";
const LINE_PER_POINT = 1.22;

function run(tool: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => execFile(tool, args, { timeout: 60_000, maxBuffer: 50 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
}

interface Word {
  text: string;
  height: number;
}

async function pageWords(pdf: string, page: number): Promise<Word[]> {
  const html = await run("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", pdf, "-"]);
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[3],
    height: Number(m[2]) - Number(m[1]),
  }));
}

test("the sample's Summary prints legibly: charts together on its first page, no helper columns, nothing under 8 pt", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-summary-print-"));
  try {
    const plan = parsePlan(JSON.parse(await fs.readFile(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
    const wb = XlsxWorkbook.create();
    await newPlan(wb, plan);
    await rollUp(wb, { today: "2027-03-10" });
    const book = path.join(dir, "in", "sample.xlsx");
    await fs.mkdir(path.dirname(book));
    await saveXlsxFile(wb, book);
    const pdf = await convertWithLibreOffice(book, { to: "pdf", outDir: path.join(dir, "pdf") });
    const pages = Number(/Pages:\s+(\d+)/.exec(await run("pdfinfo", [pdf]))![1]);

    const summary: Array<{ page: number; text: string; words: Word[] }> = [];
    for (let page = 1; page <= pages; page++) {
      const text = await run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"]);
      if (text.includes(SUMMARY_HEADER)) summary.push({ page, text, words: await pageWords(pdf, page) });
    }
    expect(summary.length).toBeGreaterThan(1);
    expect(summary.length).toBeLessThanOrEqual(10);
    // Chart titles are text on no cell: all four are drawn on the Summary's first page.
    for (const title of [
      "Whole plan: improvement process stages",
      "Whole plan: performance ratings",
      "By objective: improvement process stages",
      "By objective: performance ratings",
    ]) {
      expect({ title, page: summary.findIndex((p) => p.text.replace(/\s+/g, " ").includes(title)) }).toEqual({ title, page: 0 });
    }
    // The whole-plan counts start the second page (a manual break under the charts), so their
    // tables print whole on it: title, then both tables down to their last row.
    const flat = summary.map((p) => p.text.replace(/\s+/g, " "));
    const planTitle = "Whole plan: initiatives at each level, by QPR period";
    expect(flat.findIndex((t) => t.includes(planTitle))).toBe(1);
    expect(flat[0]).not.toContain("Lowest level (weakest link)"); // no counts row under the charts (their legends say "Not rated" too)
    const afterTitle = flat[1].slice(flat[1].indexOf(planTitle));
    // Each of the two tables (process, performance) ends with its lowest level (a label that may wrap).
    expect(afterTitle.match(/Lowest level/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    // The hidden helper ranks print nowhere.
    expect(summary.some((p) => /Jan process rank|Latest rank/.test(p.text))).toBe(false);
    const smallest = Math.min(...summary.flatMap((p) => p.words.map((w) => w.height))) / LINE_PER_POINT;
    expect(smallest).toBeGreaterThanOrEqual(8);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);
