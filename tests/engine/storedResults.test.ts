/**
 * Formulas written with the result the domain computes (FormulaCell.result) store it in the .xlsx,
 * and it equals what LibreOffice computes on recalculating: previews and other readers see the same
 * value before any recalculation. Sheets whose builders give every formula a result are listed in
 * COMPLETE: there every formula must carry a stored result (a <v> in the file, even for empty
 * text); for the others, every stored result that exists must still be right.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { assess } from "../../src/commands/assess";
import { check } from "../../src/commands/check";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { summative } from "../../src/commands/summative";
import { rollUp } from "../../src/commands/rollUp";
import { parsePlan } from "../../src/domain/validate";
import { cellAddress } from "../../src/util/a1";
import { cellFormula, cellValue } from "../../src/workbook/xlsx/cells";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { uncachedFormulas } from "../../src/workbook/xlsx/package/uncachedFormulas";
import { addInitiative } from "../../src/commands/addInitiative";
import { initiativeNames } from "../../src/layout/names";
import { recalcWithLibreOffice } from "../support/recalc";

const sample = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));

/** Every formula cell with its stored result (undefined when none), by "'Sheet'!A1". */
function storedResults(wb: XlsxWorkbook): Map<string, { sheet: string; result: unknown }> {
  const out = new Map<string, { sheet: string; result: unknown }>();
  for (const ws of wb.book.worksheets) {
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cellFormula(cell) === undefined) return;
        const raw = (cell as { result?: unknown }).result;
        out.set(`'${ws.name}'!${cellAddress(r - 1, c - 1)}`, { sheet: ws.name, result: raw === undefined ? undefined : cellValue(cell) });
      }),
    );
  }
  return out;
}

/** Every sheet kind: Minutes, quarter tabs, the Plan, strategy sheets ("1.2 Reading"), QPR view, Summary, Check Report, Rubric, Stages toward exit, Lists, Summative Report. */
const COMPLETE = [/./];

test("every formula on every sheet kind carries a stored result, equal to LibreOffice's", async () => {
  const built = XlsxWorkbook.create();
  await newPlan(built, sample);
  // The Plan's list and word count rewritten from the workbook's cells, with a new objective.
  const tutoring = { ...sample.objectives[0].initiatives[0], description: "Tutoring  three times a week\nafter school" };
  await addInitiative(built, { objective: sample.objectives.length + 1, objectiveTitle: "Attendance rises", objectiveLead: "Lee Chan", initiative: tutoring });
  // A rating that is not a scale level (other capitals), so the Summary's "not a level" paths are compared too.
  const misspelt = (await built.snapshot()).names[initiativeNames({ o: 1, i: 2 }).rating("Process", "Mar")];
  built.book.getWorksheet(misspelt.sheet)!.getCell(misspelt.range).value = "technical implementation stage";
  await rollUp(built);
  await qprView(built, { period: "Jan" });
  await newMinutes(built, { date: "2026-10-14", today: "2026-10-01" });
  await check(built, { today: "2026-12-01", report: true });
  await assess(built, { date: "2026-10-01" });
  await refreshQuarters(built); // the quarter tabs rebuilt from what the strategy sheets hold
  await summative(built); // ratings, ranks, change and activity counts (TODAY()) over the same cells
  // As a file: what previews and other readers see, with no recalculation.
  const bytes = await built.toBuffer();
  const saved = await XlsxWorkbook.fromBuffer(bytes);
  const stored = storedResults(saved);
  const missing = [...(await uncachedFormulas(bytes))].flatMap(([sheet, cells]) => (COMPLETE.some((re) => re.test(sheet)) ? [...cells].map((c) => `'${sheet}'!${c}`) : []));
  expect(missing).toEqual([]);
  expect([...stored.values()].filter(({ sheet }) => /^(Plan|QPR .*|\d+\.\d+ .*)$/.test(sheet)).length).toBeGreaterThanOrEqual(40);
  expect([...stored.values()].filter(({ sheet }) => sheet === "Summative 2026-27").length).toBeGreaterThanOrEqual(200);
  const computed = await recalcWithLibreOffice(saved);
  let compared = 0;
  for (const [where, { sheet, result }] of stored) {
    // ExcelJS writes no <v> for an empty-text result: a reader shows "" either way.
    const shown = COMPLETE.some((re) => re.test(sheet)) ? (result ?? "") : result;
    if (shown === undefined) continue;
    const [, address] = /!(.+)$/.exec(where)!;
    expect({ where, result: shown }).toEqual({ where, result: cellValue(computed.book.getWorksheet(sheet)!.getCell(address)) });
    compared++;
  }
  expect(compared).toBeGreaterThanOrEqual(100);
}, 240_000);
