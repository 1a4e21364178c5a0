/**
 * The QPR view's live formulas computed by a real spreadsheet engine (LibreOffice): every
 * initiative's two ratings, evidence, who rated and when, as on its strategy sheet (including a tab
 * whose name has an apostrophe), "(not rated yet)" for an empty rating; and after a rating is
 * typed straight into a rating cell, the view follows with no rebuild.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { newPlan } from "../../../src/commands/newPlan";
import { qprView } from "../../../src/commands/qprView";
import { isoToSerial } from "../../../src/domain/calendar";
import { QPR_PERIODS, type Plan, type QprPeriod } from "../../../src/domain/plan";
import { PROCESS_SCALE } from "../../../src/domain/scales";
import { parsePlan } from "../../../src/domain/validate";
import { initiativeNames, qprNames } from "../../../src/layout/names";
import { NOT_RATED } from "../../../src/layout/build/qprSheet";
import type { CellValue } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { recalcWithLibreOffice } from "../../support/recalc";

const sample: Plan = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));

/** The view's rows for initiatives, keyed "1.2": [initiative, lead, process, process evidence, performance, performance evidence, rated by, date rated]. */
async function viewRows(wb: XlsxWorkbook, period: QprPeriod): Promise<Map<string, CellValue[]>> {
  const area = (await wb.snapshot()).names[qprNames(period).area];
  const rows = new Map<string, CellValue[]>();
  for (const row of area.values) {
    const m = /^(\d+\.\d+) /.exec(String(row[0]));
    if (m) rows.set(m[1], row);
  }
  return rows;
}

test("LibreOffice shows every initiative's ratings in the QPR view, and follows a rating typed afterwards", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  const snap = await wb.snapshot();
  // Who rated and when, typed on the strategy sheet of 1.2 (whose tab name has an apostrophe).
  const by = snap.names[initiativeNames({ o: 1, i: 2 }).ratedBy("Mar")];
  const on = snap.names[initiativeNames({ o: 1, i: 2 }).ratedOn("Mar")];
  expect(by.sheet).toContain("'");
  await wb.apply({
    sheets: [
      {
        name: by.sheet,
        create: false,
        blocks: [
          { at: by.range, cells: [["Keisha Williams"]] },
          { at: on.range, cells: [[isoToSerial("2027-03-03")]] },
        ],
      },
    ],
    names: [],
  });
  for (const p of QPR_PERIODS) await qprView(wb, { period: p });

  const done = await recalcWithLibreOffice(wb);
  for (const period of ["Mar", "Jun"] as const) {
    const rows = await viewRows(done, period);
    const expected = new Map<string, CellValue[]>();
    sample.objectives.forEach((o, oi) =>
      o.initiatives.forEach((ini, ii) => {
        const r = ini.ratings[period] ?? {};
        const number = `${oi + 1}.${ii + 1}`;
        const rated = number === "1.2" && period === "Mar";
        expected.set(number, [
          `${number} ${ini.description}`,
          ini.lead,
          r.process ?? NOT_RATED,
          r.processEvidence ?? "",
          r.performance ?? NOT_RATED,
          r.performanceEvidence ?? "",
          rated ? "Keisha Williams" : (r.ratedBy ?? ""),
          rated ? isoToSerial("2027-03-03") : r.ratedOn ? isoToSerial(r.ratedOn) : "",
          "", // factual corrections from the district: none typed
        ]);
      }),
    );
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(expected));
  }

  // A rating typed straight into its cell: the view follows with no add-in running.
  const cell = snap.names[initiativeNames({ o: 1, i: 2 }).rating("Process", "Jun")];
  await wb.apply({ sheets: [{ name: cell.sheet, create: false, blocks: [{ at: cell.range, cells: [[PROCESS_SCALE.levels[3].name]] }] }], names: [] });
  const again = await recalcWithLibreOffice(wb);
  expect((await viewRows(again, "Jun")).get("1.2")?.[2]).toBe(PROCESS_SCALE.levels[3].name);
  expect((await viewRows(again, "Jun")).get("1.1")?.[2]).toBe(NOT_RATED);
}, 240_000);
