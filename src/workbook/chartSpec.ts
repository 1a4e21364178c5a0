/**
 * A chart, declared as the layout wants it: which cells it plots and where it sits. The xlsx
 * adapter writes it as a DrawingML chart part (src/workbook/xlsx/charts/); nothing here knows XML.
 */

export interface ChartSeries {
  /** The legend's text. */
  name: string;
  /** Absolute reference to the values, e.g. "'Districts'!$G$6:$G$9". */
  ref: string;
  /** The values now in those cells. */
  cache: number[];
  /** "RRGGBB" */
  color: string;
}

export interface BarChartSpec {
  /** Names the chart among the add-in's charts on its sheet: the next run replaces the chart of the same id. */
  id: string;
  /** The tab the chart sits on. */
  sheet: string;
  /** Top-left and bottom-right cells of the chart's frame (0-based). */
  from: { col: number; row: number };
  to: { col: number; row: number };
  title: string;
  /** "bar": horizontal bars (long category names read well); "col": vertical columns. */
  direction: "bar" | "col";
  grouping: "stacked" | "clustered";
  categories: { ref: string; cache: string[] };
  series: ChartSeries[];
  /** Title of the value axis, e.g. "Initiatives". */
  valueTitle?: string;
}
