/**
 * Contract: Roll up draws the same charts on the Summary through both adapters: the xlsx adapter's
 * DrawingML parts (read back from the saved file) and the Office.js adapter's charts on the
 * in-memory Excel have the same names, types, titles, series (name, values and category
 * references, colour) and cells. Rolling up again replaces them, in the same round trips, and a
 * person's own chart on the Summary stays.
 */
import JSZip from "jszip";
import { rollUp } from "../../src/commands/rollUp";
import { buildWorkbook } from "../../src/layout/build/buildWorkbook";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import { SUMMARY_NAMES } from "../../src/layout/names";
import { cellAddress, parseRange } from "../../src/util/a1";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { unescapeXml } from "../../src/workbook/xlsx/charts/package";
import type { ChartData } from "../fakes/excel";
import { generatePlan } from "../support/generatePlan";
import { both, pair, type Pair } from "./support";

const TODAY = "2026-03-02";

async function ratedPair(): Promise<Pair> {
  const plan = generatePlan(2, 2, 3);
  const p = await pair();
  await both(p, (port) => port.apply(buildWorkbook(plan, ["Sheet1"])));
  return p;
}

/** The add-in's charts in a saved .xlsx, in the fake's shape. */
async function xlsxCharts(wb: XlsxWorkbook): Promise<ChartData[]> {
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
  const out: ChartData[] = [];
  for (const drawing of drawings) {
    const xml = await zip.file(drawing)!.async("string");
    const rels = (await zip.file(drawing.replace("drawings/", "drawings/_rels/") + ".rels")?.async("string")) ?? "";
    for (const anchor of xml.match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g) ?? []) {
      const name = unescapeXml(/<xdr:cNvPr\b[^>]*\sname="([^"]*)"/.exec(anchor)![1]);
      const num = (tag: string, part: string) => Number(new RegExp(`<xdr:${part}>[\\s\\S]*?<xdr:${tag}>(\\d+)</xdr:${tag}>`).exec(anchor)![1]);
      const rel = /r:id="([^"]*)"/.exec(anchor)![1];
      const target = new RegExp(`Id="${rel}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(rels)![1];
      const chart = await zip.file(`xl/charts/${target}`)!.async("string");
      const dir = /<c:barDir val="(\w+)"/.exec(chart)![1];
      const grouping = /<c:grouping val="(\w+)"/.exec(chart)![1];
      const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]));
      const [title, valueAxisTitle] = texts(chart);
      // Excel writes a sheet name in a series formula quoted only when it must be.
      const ref = (f: string) => unescapeXml(f).replace(/^'([A-Za-z0-9_.]+)'!/, "$1!");
      const series = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => ({
        name: unescapeXml(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(m[1])![1]),
        values: ref(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(m[1])![1]),
        xValues: ref(/<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(m[1])![1]),
        fill: `#${/<a:srgbClr val="(\w+)"/.exec(m[1])![1]}`,
      }));
      const position = `${cellAddress(num("row", "from"), num("col", "from"))}:${cellAddress(num("row", "to") - 1, num("col", "to") - 1)}`;
      const type = `${dir === "col" ? "Column" : "Bar"}${grouping === "stacked" ? "Stacked" : "Clustered"}`;
      const fontSize = Number(/<c:txPr>[\s\S]*?<a:defRPr sz="(\d+)"/.exec(chart)![1]) / 100;
      out.push({ name, type, title, legendPosition: "Bottom", valueAxisTitle, fontSize, series, position });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const sorted = (charts: ChartData[]) => [...charts].sort((a, b) => a.name.localeCompare(b.name));

test("roll up: the same four charts through both adapters, plotting the Summary's count cells", async () => {
  const p = await ratedPair();
  await both(p, (port) => rollUp(port, { today: TODAY }));
  const office = sorted(p.fake.charts(SUMMARY_SHEET));
  const xlsx = await xlsxCharts(p.xlsx);
  expect(office.map((c) => c.name)).toEqual([
    "AIP chart: summary-objectives-performance",
    "AIP chart: summary-objectives-process",
    "AIP chart: summary-plan-performance",
    "AIP chart: summary-plan-process",
  ]);
  expect(office).toEqual(xlsx);
  const plan = office.find((c) => c.name.endsWith("summary-plan-process"))!;
  expect(plan.type).toBe("ColumnStacked");
  // Levels low to high, then not a level and not rated: the rows from the whole-plan counts' first (AIP.Summary.ProcessCounts), under their period headers.
  const counts = p.xlsx.definedNames().find((n) => n.name === SUMMARY_NAMES.processCounts)!;
  const first = parseRange(counts.range).start.row + 1; // 1-based
  expect(plan.series.map((s) => s.values)).toEqual([0, 1, 2, 3, 4, 5].map((k) => `Summary!$C$${first + k}:$F$${first + k}`));
  expect(plan.series.every((s) => s.xValues === `Summary!$C$${first - 1}:$F$${first - 1}`)).toBe(true);
  // Helper ranks are hidden on both.
  expect(p.fake.hiddenColumns(SUMMARY_SHEET)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
  expect(p.xlsx.book.getWorksheet(SUMMARY_SHEET)!.getColumn(14).hidden).toBe(true);
});

test("roll up again: the charts are replaced, not duplicated, in the same round trips; a person's chart stays", async () => {
  const p = await ratedPair();
  await both(p, (port) => rollUp(port, { today: TODAY }));
  // A person's own chart on the Summary.
  await p.fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SUMMARY_SHEET);
    const mine = ws.charts.add("ColumnClustered", ws.getRange("C7:F7"), "Rows");
    mine.name = "My chart";
    await context.sync();
  });
  await p.office.listSheets();
  p.fake.resetSyncCount();
  await rollUp(p.office, { today: TODAY });
  const syncs = p.fake.syncCount;
  const names = p.fake.charts(SUMMARY_SHEET).map((c) => c.name);
  expect(names.filter((n) => n.startsWith("AIP chart: ")).sort()).toHaveLength(4);
  expect(names).toContain("My chart");
  expect(syncs).toBeLessThanOrEqual(2);
});

test("a chart of ours deleted by a person: the next roll up finds out, and draws it again", async () => {
  const p = await ratedPair();
  await both(p, (port) => rollUp(port, { today: TODAY }));
  await p.fake.run(async (context) => {
    context.workbook.worksheets.getItem(SUMMARY_SHEET).charts.getItem("AIP chart: summary-plan-process").delete();
    await context.sync();
  });
  await rollUp(p.office, { today: TODAY });
  expect(sorted(p.fake.charts(SUMMARY_SHEET))).toEqual(await xlsxCharts(p.xlsx));
});
