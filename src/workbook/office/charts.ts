/**
 * The layout's charts through Office.js: each BarChartSpec becomes an Excel chart built series by
 * series (charts.add with the first series' cells, then series.add + setValues + setXAxisValues,
 * ExcelApi 1.7), named "AIP chart: <id>" so the next write finds and replaces it, and placed over
 * the spec's cells with setPosition. The same name the .xlsx adapter gives its drawing anchor
 * (src/workbook/xlsx/charts/addCharts.ts), so a file saved by either is rebuilt in place by the other.
 */
import type { BarChartSpec } from "../chartSpec";
import { cellAddress, splitRef } from "../../util/a1";
import { WorkbookError } from "../port";

export const CHART_NAME_PREFIX = "AIP chart: ";
/** Chart text size: the .xlsx writer's TEXT_SIZE (src/workbook/xlsx/charts/chartXml.ts), in points. */
const CHART_TEXT_POINTS = 11;

export const chartName = (spec: BarChartSpec) => `${CHART_NAME_PREFIX}${spec.id}`;

/** Excel.ChartType for a spec's direction and grouping. */
export function chartType(spec: BarChartSpec): "ColumnStacked" | "ColumnClustered" | "BarStacked" | "BarClustered" {
  const shape = spec.direction === "col" ? "Column" : "Bar";
  return `${shape}${spec.grouping === "stacked" ? "Stacked" : "Clustered"}`;
}

/** "'Summary'!$C$6:$F$6" as a Range of its sheet (a reference the layout wrote, so it always parses). */
function rangeOf(context: Excel.RequestContext, ref: string): Excel.Range {
  const where = splitRef(ref);
  if (!where) throw new WorkbookError(`A chart refers to "${ref}", which is not a sheet and a range.`);
  return context.workbook.worksheets.getItem(where.sheet).getRange(where.range.replace(/\$/g, ""));
}

/** One row of cells: the series runs along it; otherwise down a column. */
function seriesBy(ref: string): "Rows" | "Columns" {
  const range = splitRef(ref)?.range.replace(/\$/g, "") ?? "";
  const [a, b] = range.split(":");
  return b === undefined || a.replace(/[A-Z]+/, "") === b.replace(/[A-Z]+/, "") ? "Rows" : "Columns";
}

/** Queues one chart: built, named, titled, coloured and placed. */
function addChart(context: Excel.RequestContext, ws: Excel.Worksheet, spec: BarChartSpec): void {
  const [first, ...rest] = spec.series;
  const chart = ws.charts.add(chartType(spec), rangeOf(context, first.ref), seriesBy(first.ref));
  chart.name = chartName(spec);
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  // The chart's default text size (ChartAreaFormat.font, ExcelApi 1.1), as the .xlsx part's txPr.
  chart.format.font.size = CHART_TEXT_POINTS;
  if (spec.valueTitle) chart.axes.valueAxis.title.text = spec.valueTitle;
  const categories = rangeOf(context, spec.categories.ref);
  const paint = (series: Excel.ChartSeries, s: BarChartSpec["series"][number]) => {
    series.name = s.name;
    series.setValues(rangeOf(context, s.ref));
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(`#${s.color}`);
  };
  paint(chart.series.getItemAt(0), first);
  for (const s of rest) paint(chart.series.add(s.name), s);
  // The frame covers the cells from `from` up to (not including) `to`, as the drawing anchor does.
  chart.setPosition(cellAddress(spec.from.row, spec.from.col), cellAddress(spec.to.row - 1, spec.to.col - 1));
}

/**
 * Queues a sheet's charts. On a sheet that existed before this write, the add-in's chart of each id
 * is deleted first (getItem: it fails with ItemNotFound when there is none, see replaceCharts).
 */
export function renderCharts(context: Excel.RequestContext, ws: Excel.Worksheet, charts: BarChartSpec[], replace: boolean): void {
  for (const spec of charts) {
    if (replace) ws.charts.getItem(chartName(spec)).delete();
    addChart(context, ws, spec);
  }
}

/**
 * The slow way, when a write's optimistic replace found a chart missing (a person deleted it, or
 * the sheet was written before it had charts): read the sheet's chart names, delete those of the
 * add-in's ids that exist, and add the charts. Two round trips.
 */
export async function replaceCharts(context: Excel.RequestContext, sheets: Array<{ ws: Excel.Worksheet; charts: BarChartSpec[] }>): Promise<void> {
  const listed = sheets.map(({ ws }) => ws.charts.load("items/name"));
  await context.sync();
  sheets.forEach(({ ws, charts }, k) => {
    const present = new Set(listed[k].items.map((c) => c.name));
    for (const spec of charts) if (present.has(chartName(spec))) ws.charts.getItem(chartName(spec)).delete();
    for (const spec of charts) addChart(context, ws, spec);
  });
}
