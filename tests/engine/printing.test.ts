/**
 * Every sheet kind of the sample plan, printed to PDF by LibreOffice (docs/printing.md): each page
 * carries the district, the sheet's title and "Page N of M"; no text is drawn below 8 points; and
 * each sheet prints on about as many pages as a person expects. The Summary is left out here: its
 * printing has tests of its own.
 *
 * LibreOffice lays Calibri out with Carlito (same widths, Debian's fonts-crosextra-carlito); with
 * another font its columns come out wider than Excel's and every scale smaller, so the test refuses
 * to measure without it.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { printedSample } from "../../scripts/printedSample";
import { printedPages, type PrintedPage } from "../support/pdfPages";

/** Most pages each sheet kind may print on for the sample (what it printed on when this was written, in brackets). */
const MAX_PAGES: Array<[RegExp, number]> = [
  [/^Plan$/, 2], // [2]
  [/^\d+\.\d+ /, 3], // strategy sheets [3 each: fields, activities, ratings and legend]
  [/^(Sept-Dec|Jan-March|April-June|July-Aug)$/, 3], // [1 to 3]
  [/^Lists$/, 2], // [2]
  [/^QPR /, 3], // [3]
  [/^Minutes /, 3], // [3, as the Word version]
  [/^Check Report$/, 2], // [1]
  [/^Rubric /, 9], // [9: five criteria by four levels, sub-elements, the initiatives by description with the figures Check finds, guiding questions]
  [/^Stages toward exit$/, 5], // [5]
  [/^Summative \d{4}-\d{2}$/, 7], // [7: ratings of 11 initiatives over the year, activities, outcomes, discussions]
];

function hasCarlito(): boolean {
  try {
    return /carlito/i.test(execFileSync("fc-list", [":family=Carlito"], { encoding: "utf8" }));
  } catch {
    return false;
  }
}

/** The footer's left part is the tab's name: the last non-blank line starts with it. */
function footer(page: PrintedPage): string {
  const lines = page.text.split("\n").filter((l) => l.trim() !== "");
  return lines[lines.length - 1]?.trim() ?? "";
}

test("every sheet kind prints with its header and footer, at 8 points or more, on a sensible number of pages", async () => {
  if (!hasCarlito()) throw new Error("Carlito is not installed (apt-get install fonts-crosextra-carlito): LibreOffice would lay Calibri out wider than Excel does.");
  const built = await printedSample(path.join(__dirname, "../.."));
  const tabs = built.book.worksheets.map((w) => w.name);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-print-"));
  try {
    const input = path.join(dir, "in", "sample.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, await built.toBuffer());
    const pages = await printedPages(await convertWithLibreOffice(input, { to: "pdf", outDir: path.join(dir, "pdf") }));

    const byTab = new Map<string, PrintedPage[]>();
    for (const page of pages) {
      const tab = tabs.filter((t) => footer(page).startsWith(t)).sort((a, b) => b.length - a.length)[0];
      expect({ page: page.page, footer: footer(page), tab }).toEqual({ page: page.page, footer: footer(page), tab: expect.any(String) });
      byTab.set(tab!, [...(byTab.get(tab!) ?? []), page]);
    }
    expect([...byTab.keys()]).toEqual(tabs); // every sheet printed, in tab order

    for (const page of pages) {
      const where = `page ${page.page} (${footer(page).replace(/\s+/g, " ")})`;
      expect({ where, header: page.text.trimStart().split("\n")[0] }).toEqual({ where, header: expect.stringMatching(/^Riverton Public Schools\s+\S/) });
      expect({ where, footer: footer(page) }).toEqual({ where, footer: expect.stringMatching(new RegExp(`Page ${page.page} of ${pages.length}$`)) });
      expect({ where, minFont: page.minFont }).toEqual({ where, minFont: expect.any(Number) });
      expect({ where, legible: page.minFont >= 8 }).toEqual({ where, legible: true });
    }
    for (const [tab, printed] of byTab) {
      const max = MAX_PAGES.find(([re]) => re.test(tab))?.[1];
      expect({ tab, pages: printed.length, atMost: max }).toEqual({ tab, pages: printed.length, atMost: expect.any(Number) });
      expect({ tab, pages: printed.length, fits: printed.length <= max! }).toEqual({ tab, pages: printed.length, fits: true });
    }
    // The Rubric's parts after the criteria table start a page of their own (a manual break): on that
    // page nothing comes before the sub-elements' title but the header and the repeated level headings.
    const rubric = byTab.get(tabs.find((t) => t.startsWith("Rubric "))!)!;
    const subElements = rubric.find((p) => p.text.includes("Sub-elements the rubric counts"))!;
    const above = subElements.text
      .slice(0, subElements.text.indexOf("Sub-elements the rubric counts"))
      .split("\n")
      .filter((l) => l.trim() !== "");
    expect(above.slice(1).map((l) => l.trim().replace(/\s+/g, " "))).toEqual([expect.stringMatching(/Developing.*Emerging.*Ready to implement.*Strong/)]);
    // A strategy sheet's second page says which initiative it is.
    const second = byTab.get(tabs.find((t) => t.startsWith("1.2 "))!)![1];
    expect(second.text).toContain("Initiative 1.2: Principals");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);
