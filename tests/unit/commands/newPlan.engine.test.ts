/**
 * The workbook new plan builds, computed by a real spreadsheet engine (LibreOffice): the Section 1
 * word count equals section1Words, the objective list shows the strategy sheets' text, and adding
 * an initiative (tab name with an apostrophe) keeps both right.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { addInitiative } from "../../../src/commands/addInitiative";
import { newPlan } from "../../../src/commands/newPlan";
import type { Plan } from "../../../src/domain/plan";
import { parsePlan } from "../../../src/domain/validate";
import { section1Words } from "../../../src/domain/words";
import { PLAN_NAMES } from "../../../src/layout/names";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { recalcWithLibreOffice } from "../../support/recalc";

function sample(): Plan {
  return parsePlan(JSON.parse(readFileSync(join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
}

test("LibreOffice computes the word count and the objective list of a new plan, and after add initiative", async () => {
  const plan = sample();
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  const extra = { ...plan.objectives[0].initiatives[0], description: "Families' reading nights\nthree a year" };
  await addInitiative(wb, { objective: 1, initiative: extra });
  plan.objectives[0].initiatives.push(extra);

  const snap = await (await recalcWithLibreOffice(wb)).snapshot();
  expect(snap.names[PLAN_NAMES.wordCount].values[0][0]).toBe(section1Words(plan));
  const listed = snap.names[PLAN_NAMES.objectiveList].values.slice(1).map((row) => row[1]);
  const expected = plan.objectives.flatMap((o) => [o.title, ...o.initiatives.map((i) => i.description)]);
  expect(listed).toEqual(expected);
});
