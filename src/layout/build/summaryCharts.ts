/**
 * The Summary's picture: stacked column charts of how many initiatives stand at each level in each
 * QPR period, one per scale, for the whole plan (plotting the whole-plan counts table) and by
 * objective (plotting a small "levels by objective and period" table whose cells are formulas over
 * the by-objective counts). Series reference the Summary's own cells, so the charts follow the
 * ratings as the counts recalculate; their caches carry the domain's counts for viewers that do not
 * recalculate. The set of chart ids is fixed, so a rebuild replaces each chart in place.
 */
import { QPR_PERIODS } from "../../domain/plan";
import { SCALE_KEYS, SCALE_OF, type LevelCounts, type ScaleKey } from "../../domain/rollup";
import { absoluteRef, blockRange, cellAddress } from "../../util/a1";
import type { BarChartSpec, ChartSeries } from "../../workbook/chartSpec";
import type { Cell, StyledRange } from "../../workbook/spec";
import { HEADER } from "../styles";
import { LEVEL_COLOURS } from "./portfolioCharts";

/** Rows a band of charts takes (15 pt each by default: 210 pt; two bands and the title fit the first printed page). */
export const CHART_ROWS = 16;
/** Label column and first count column of each scale in a counts table (summarySheet.ts TABLE). */
export interface CountsColumns {
  label: number;
  first: number;
}
/** Colours of the two series after the levels: not a scale level (the Summary's purple), not rated (grey). */
const OTHER_COLOURS = { notALevel: "7030A0", notRated: "BFBFBF" } as const;
/** Columns each chart spans from its counts table's label column: about the same width for both (summarySheet.ts WIDTHS). */
const CHART_COLS: Record<ScaleKey, number> = { process: 5, performance: 6 };

export const SUMMARY_CHART_IDS = {
  plan: (key: ScaleKey) => `summary-plan-${key}`,
  objectives: (key: ScaleKey) => `summary-objectives-${key}`,
};

/** Series names, low level to high, then the two rows every counts table has below its levels. */
function seriesNames(key: ScaleKey): string[] {
  return [...SCALE_OF[key].levels.map((l) => l.name), "Not a scale level", "Not rated"];
}

function seriesColour(index: number): string {
  return index < 4 ? LEVEL_COLOURS[index] : index === 4 ? OTHER_COLOURS.notALevel : OTHER_COLOURS.notRated;
}

/** A group's six series' numbers by period (levels, not a level, not rated); NaN when the domain has none. */
function seriesCounts(key: ScaleKey, counts: LevelCounts | undefined): number[][] {
  const unknown = QPR_PERIODS.map(() => NaN);
  if (!counts) return Array.from({ length: 6 }, () => unknown);
  return [...counts.counts[key], counts.notALevel[key], counts.notRated[key]];
}

function chart(
  key: ScaleKey,
  id: string,
  sheet: string,
  anchor: { col: number; row: number },
  title: string,
  categories: BarChartSpec["categories"],
  series: ChartSeries[],
): BarChartSpec {
  return {
    id,
    sheet,
    from: anchor,
    to: { col: anchor.col + CHART_COLS[key], row: anchor.row + CHART_ROWS - 1 },
    title,
    direction: "col",
    grouping: "stacked",
    categories,
    series,
    valueTitle: "Initiatives",
  };
}

/**
 * The whole plan's two charts, plotting the counts table whose header row is `top` (its period
 * headers are the categories; rows top+1 … top+6 the series), drawn in the band from `band`.
 */
export function planCharts(sheet: string, top: number, band: number, table: Record<ScaleKey, CountsColumns>, counts: LevelCounts | undefined): BarChartSpec[] {
  return SCALE_KEYS.map((key) => {
    const { label, first } = table[key];
    const ref = (row: number) => absoluteRef(sheet, blockRange(cellAddress(row, first), 1, QPR_PERIODS.length));
    const values = seriesCounts(key, counts);
    const series = seriesNames(key).map((name, k) => ({ name, ref: ref(top + 1 + k), cache: values[k], color: seriesColour(k) }));
    const title = `Whole plan: ${SCALE_OF[key].title.toLowerCase()} by QPR period`;
    return chart(key, SUMMARY_CHART_IDS.plan(key), sheet, { col: label, row: band }, title, { ref: ref(top), cache: [...QPR_PERIODS] }, series);
  });
}

/** One objective's counts table, as the by-objective chart data reads it. */
export interface ObjectiveCounts {
  label: string;
  /** Header row of the objective's counts table. */
  top: number;
  counts?: LevelCounts;
}

/** What the chart data table adds to the sheet: its cells, styles, and the two charts over it. */
export interface ObjectiveChartData {
  cells: Cell[][];
  styles: StyledRange[];
  charts: BarChartSpec[];
  /** Rows the table takes, headers included. */
  rows: number;
  /** Its two header rows (0-based), which wrap the series names. */
  headers: number[];
}

/**
 * The "levels by objective and period" table from row `top`, one block per scale (a header, then
 * one row per objective and period: "O1 Jan" …, each cell a reference to that objective's
 * counts; a blank row between the blocks), seven columns from `label`, and the two charts that
 * plot it, drawn in the band from `band`.
 */
export function objectiveCharts(sheet: string, top: number, band: number, label: number, table: Record<ScaleKey, CountsColumns>, groups: ObjectiveCounts[]): ObjectiveChartData {
  const points = groups.flatMap((g) => QPR_PERIODS.map((p, k) => ({ g, k, category: `O${g.label} ${p}` })));
  const count = Math.max(1, points.length);
  const blockTop = (key: ScaleKey) => top + (key === "process" ? 0 : count + 2);
  const cells: Cell[][] = [];
  const styles: StyledRange[] = [];
  const charts = SCALE_KEYS.map((key) => {
    const names = seriesNames(key);
    const head = blockTop(key);
    const body: Cell[][] = points.map(({ g, k, category }) => {
      const values = seriesCounts(key, g.counts);
      // Row top+1+s of the objective's counts table holds series s; column first+k holds period k.
      return [
        category,
        ...names.map((_, s): Cell => {
          const formula = `=${cellAddress(g.top + 1 + s, table[key].first + k)}`;
          return Number.isFinite(values[s][k]) ? { formula, result: values[s][k] } : { formula };
        }),
      ];
    });
    if (key === "performance") cells.push(Array(names.length + 1).fill(null));
    cells.push([`${SCALE_OF[key].title}: objective and period`, ...names], ...(body.length > 0 ? body : [["No objectives yet", ...names.map(() => 0)]]));
    styles.push(
      { range: blockRange(cellAddress(head, label), 1, names.length + 1), style: HEADER },
      { range: blockRange(cellAddress(head + 1, label), count, names.length + 1), style: { border: true, fontColor: "#404040" } },
      { range: blockRange(cellAddress(head + 1, label + 1), count, names.length), style: { hAlign: "center" } },
    );
    const categories = {
      ref: absoluteRef(sheet, blockRange(cellAddress(head + 1, label), count, 1)),
      cache: points.length > 0 ? points.map((x) => x.category) : ["No objectives yet"],
    };
    const series = names.map((name, s) => ({
      name,
      ref: absoluteRef(sheet, blockRange(cellAddress(head + 1, label + 1 + s), count, 1)),
      cache: points.length > 0 ? points.map(({ g, k }) => seriesCounts(key, g.counts)[s][k]) : [0],
      color: seriesColour(s),
    }));
    const title = `By objective: ${SCALE_OF[key].title.toLowerCase()} by QPR period`;
    return chart(key, SUMMARY_CHART_IDS.objectives(key), sheet, { col: table[key].label, row: band }, title, categories, series);
  });
  return { cells, styles, charts, rows: 2 * (count + 1) + 1, headers: SCALE_KEYS.map(blockTop) };
}
