/**
 * A chart as LibreOffice saves it survives `aip rollup` rebuilding the sheet it sits on (the
 * roll-up adds its own charts beside it, in the same drawing), and LibreOffice still opens the
 * result with the chart in place.
 */
import { promises as fs } from "fs";
import * as os from "os";
import { join } from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { rollUp } from "../../src/commands/rollUp";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { runAip } from "../cli/runAip";
import { mapOf, partsOf, relTargets, withChart } from "../support/packageParts";

const SAMPLE = join(__dirname, "../../examples/sample-plan.json");

async function chartParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const parts = await partsOf(bytes);
  return new Map([...parts].filter(([p]) => /^xl\/(charts|drawings)\//.test(p)));
}

test("a LibreOffice-saved chart on the Summary is kept byte for byte through a roll-up, and LibreOffice reads it back", async () => {
  const dir = await fs.mkdtemp(join(os.tmpdir(), "aip-lo-chart-"));
  try {
    expect((await runAip(dir, ["new", SAMPLE, "-o", "base.xlsx"])).code).toBe(0);
    const wb = await XlsxWorkbook.fromBuffer(await fs.readFile(join(dir, "base.xlsx")));
    await rollUp(wb);
    await fs.mkdir(join(dir, "made"));
    await fs.writeFile(join(dir, "made", "plan.xlsx"), await withChart(await wb.toBuffer(), "Summary", "Summary!$B$6:$B$9"));

    // LibreOffice re-saves the workbook with its own chart and drawing parts.
    const saved = await convertWithLibreOffice(join(dir, "made", "plan.xlsx"), { to: "xlsx", outDir: join(dir, "lo"), recalculate: false });
    const loBytes = await fs.readFile(saved);
    const loCharts = await chartParts(loBytes);
    expect([...loCharts.keys()].some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);

    const run = await runAip(join(dir, "lo"), ["rollup", "plan.xlsx"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const after = await fs.readFile(saved);
    const kept = await chartParts(after);
    // The person's chart parts byte for byte; the drawing also anchors the roll-up's four charts.
    const isChart = (p: string) => /^xl\/charts\//.test(p);
    for (const [part, data] of [...loCharts].filter(([p]) => isChart(p))) expect({ part, same: kept.get(part)?.equals(data) }).toEqual({ part, same: true });
    const added = [...kept.keys()].filter((p) => !loCharts.has(p) && /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(added).toHaveLength(4);
    expect(kept.get("xl/drawings/drawing1.xml")?.toString("utf8")).toContain("AIP chart: summary-plan-process");
    const summary = (await mapOf(after)).sheets.find((s) => s.name === "Summary")!;
    expect(await relTargets(after, summary.path, "drawing")).toHaveLength(1);

    // LibreOffice opens aip's file and still finds the chart on the Summary.
    const again = await convertWithLibreOffice(saved, { to: "xlsx", outDir: join(dir, "again"), recalculate: false });
    const reread = await fs.readFile(again);
    const charts = [...(await chartParts(reread))].filter(([p]) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.some(([, data]) => data.toString("utf8").includes("Summary!$B$6:$B$9"))).toBe(true);
    expect(charts).toHaveLength(5);
    const rereadSummary = (await mapOf(reread)).sheets.find((s) => s.name === "Summary")!;
    expect(await relTargets(reread, rereadSummary.path, "drawing")).toHaveLength(1);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 600_000);
