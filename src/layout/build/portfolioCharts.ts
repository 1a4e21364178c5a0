/**
 * The portfolio's chart of levels by district, on the Levels sheet: two stacked bar charts (process
 * stages, performance ratings), one bar per district workbook, plotting the level counts of the
 * Districts sheet. The references follow that sheet's rows; the caches carry today's numbers.
 */
import type { DistrictRecord } from "../../domain/portfolio/rows";
import { DISTRICTS_TABLE, LEVEL_KEYS } from "../../domain/portfolio/tables";
import type { QprPeriod } from "../../domain/plan";
import type { ScaleKey } from "../../domain/rollup";
import { absoluteRef, blockRange, cellAddress } from "../../util/a1";
import type { BarChartSpec } from "../../workbook/chartSpec";
import { districtsDataRows } from "./portfolioSheets";

/** Lowest level red through highest green: the Summary's hues (summarySheet.ts LEVEL_FILLS), strong enough for bars. */
export const LEVEL_COLOURS = ["D9534F", "F0AD4E", "93C47D", "38761D"] as const;

const TITLES: Record<ScaleKey, string> = { process: "Improvement process stage by district", performance: "Performance rating by district" };
/** Chart frames: 10 columns wide each, side by side, below the sheet's three lines of text. */
const TOP_ROW = 4;
const WIDTH = 10;

function column(csv: string): number {
  const k = DISTRICTS_TABLE.columns.findIndex((c) => c.csv === csv);
  if (k < 0) throw new Error(`portfolio chart: no Districts column ${csv}`);
  return k;
}

/** The chart specs, given where the Districts table is now (its tab's name may have been changed by a person). */
export function portfolioCharts(records: DistrictRecord[], period: QprPeriod, districtsSheet: string, chartSheet: string): BarChartSpec[] {
  const rows = districtsDataRows(records.length);
  const count = rows.last - rows.first + 1;
  const ref = (csv: string) => absoluteRef(districtsSheet, blockRange(cellAddress(rows.first - 1, column(csv)), count, 1));
  const names = records.length > 0 ? records.map((r) => r.district.district || r.district.file) : ["None"];
  const height = Math.max(18, Math.ceil(count * 1.2) + 6);
  return (["process", "performance"] as const).map((key, k) => ({
    id: `levels-${key}`,
    sheet: chartSheet,
    from: { col: k * WIDTH, row: TOP_ROW },
    to: { col: (k + 1) * WIDTH - 1, row: TOP_ROW + height },
    title: `${TITLES[key]}, QPR ${period}`,
    direction: "bar",
    grouping: "stacked",
    categories: { ref: ref("district"), cache: names },
    series: LEVEL_KEYS[key].map((level, l) => ({
      name: level.header,
      ref: ref(`${key}_${level.csv}`),
      cache: records.length > 0 ? records.map((r) => r.district.scales[key].levels[l]) : [0],
      color: LEVEL_COLOURS[l],
    })),
    valueTitle: "Initiatives",
  }));
}
