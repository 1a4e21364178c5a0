/**
 * The Summary's charts against a real spreadsheet engine: the sample plan is built and rolled up,
 * LibreOffice recalculates it and saves it again, and then (1) the re-saved file still holds the
 * four chart parts, each series referring to the Summary's count cells (LibreOffice writes only
 * the charts it read), and (2) the cells those series plot hold, as LibreOffice computed them, the
 * domain's counts of initiatives at each level in each period, for the plan and by objective.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { newPlan } from "../../src/commands/newPlan";
import { rollUp } from "../../src/commands/rollUp";
import { QPR_PERIODS } from "../../src/domain/plan";
import { rollUp as domainRollUp, SCALE_KEYS, type LevelCounts, type ScaleKey } from "../../src/domain/rollup";
import { parsePlan } from "../../src/domain/validate";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import { cellAddress, parseRange, splitRef } from "../../src/util/a1";
import { unescapeXml } from "../../src/workbook/xlsx/charts/package";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { computedValue, recalcWithLibreOffice } from "../support/recalc";

const TODAY = "2027-03-10";

/** Each chart part's title and its series' value references, in order. */
async function chartRefs(bytes: Uint8Array): Promise<Array<{ title: string; refs: string[] }>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const out = [];
  for (const part of parts) {
    const xml = await zip.file(part)!.async("string");
    const title = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]))[0] ?? "";
    const refs = [...xml.matchAll(/<c:val>\s*<c:numRef>\s*<c:f>([^<]*)<\/c:f>/g)].map((m) => unescapeXml(m[1]));
    out.push({ title, refs });
  }
  return out;
}

/** The numbers LibreOffice computed in a reference's cells, in order. */
function valuesAt(wb: XlsxWorkbook, ref: string): unknown[] {
  const where = splitRef(ref)!;
  const r = parseRange(where.range.replace(/\$/g, ""));
  const out: unknown[] = [];
  for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.col; col <= r.end.col; col++) out.push(computedValue(wb, where.sheet, cellAddress(row, col)));
  return out;
}

/** A group's six series as the charts plot them: the four levels, not a level, not rated. */
const seriesOf = (c: LevelCounts, key: ScaleKey) => [...c.counts[key], c.notALevel[key], c.notRated[key]];

test("the sample's Summary charts plot cells that LibreOffice computes as the domain's counts", async () => {
  const plan = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await rollUp(wb, { today: TODAY });
  const computed = await recalcWithLibreOffice(wb);
  const charts = await chartRefs(await computed.toBuffer());
  const want = domainRollUp(plan, TODAY);

  const byTitle = (start: string, key: ScaleKey) => charts.find((c) => c.title.startsWith(start) && c.title.toLowerCase().includes(key === "process" ? "process" : "performance"));
  for (const key of SCALE_KEYS) {
    const whole = byTitle("Whole plan", key);
    expect(whole?.refs).toHaveLength(6);
    expect(whole!.refs.every((r) => splitRef(r)?.sheet === SUMMARY_SHEET)).toBe(true);
    expect({ key, plotted: whole!.refs.map((r) => valuesAt(computed, r)) }).toEqual({ key, plotted: seriesOf(want.plan, key) });

    const objectives = byTitle("By objective", key);
    expect(objectives?.refs).toHaveLength(6);
    // One point per objective and period, objective by objective.
    const expected = [0, 1, 2, 3, 4, 5].map((s) => want.objectives.flatMap((o) => QPR_PERIODS.map((_, k) => seriesOf(o, key)[s][k])));
    expect({ key, plotted: objectives!.refs.map((r) => valuesAt(computed, r)) }).toEqual({ key, plotted: expected });
  }
  // The sample has ratings: the charts are not all zeros.
  expect(
    seriesOf(want.plan, "process")
      .slice(0, 4)
      .flat()
      .some((n) => n > 0),
  ).toBe(true);
});
