/**
 * The portfolio's chart part opens in LibreOffice: re-saved by LibreOffice, the file still holds a
 * bar chart over the Districts sheet's cells (LibreOffice writes only the charts it read), and
 * printed to PDF, the page shows the chart's title and legend (text that is on no cell). The header
 * and footer print too.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { writeDistricts } from "../support/generateDistricts";
import { runAip } from "../cli/runAip";

function pdfText(pdf: string): Promise<string | undefined> {
  return new Promise((resolve) => execFile("pdftotext", ["-layout", pdf, "-"], { timeout: 60_000 }, (error, stdout) => resolve(error ? undefined : stdout)));
}

test("LibreOffice reads the chart of levels by district and prints it", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-portfolio-chart-"));
  try {
    await writeDistricts(path.join(dir, "districts"), 3);
    const r = await runAip(dir, ["portfolio", "districts", "-o", "portfolio.xlsx", "--today", "2027-03-10"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);

    const resaved = await convertWithLibreOffice(path.join(dir, "portfolio.xlsx"), { to: "xlsx", outDir: path.join(dir, "lo"), recalculate: false });
    const zip = await JSZip.loadAsync(await fs.readFile(resaved));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart).toMatch(/<c:barDir val="bar"\/>/);
      expect(chart).toMatch(/<c:grouping val="stacked"\/>/);
      expect(chart).toContain("Districts!$A$6:$A$8");
    }

    const pdf = await convertWithLibreOffice(path.join(dir, "portfolio.xlsx"), { to: "pdf", outDir: path.join(dir, "pdf"), recalculate: false });
    const text = await pdfText(pdf);
    if (text === undefined) return; // no poppler-utils here: the re-saved chart above is the check
    expect(text).toContain("Improvement process stage by district, QPR Mar");
    expect(text).toContain("Performance rating by district, QPR Mar");
    expect(text).toContain("High Goals Consistently");
    expect(text).toMatch(/AIP portfolio\s+Levels by district\s+as of 3\/10\/2027/);
    expect(text).toMatch(/Page 1 of \d+/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);
