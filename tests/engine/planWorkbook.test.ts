/**
 * The sample plan's workbook computed by LibreOffice, then edited the way a person would (an
 * initiative description with an apostrophe, new key issues) and computed again: the Section 1
 * word count and the objective list follow the edits, and "District:" shows the district.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { newPlan } from "../../src/commands/newPlan";
import type { Plan } from "../../src/domain/plan";
import { parsePlan } from "../../src/domain/validate";
import { section1Words } from "../../src/domain/words";
import { initiativeNames, PLAN_NAMES } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { recalcWithLibreOffice } from "../support/recalc";

function sample(): Plan {
  return parsePlan(JSON.parse(readFileSync(join(__dirname, "../../examples/sample-plan.json"), "utf8")));
}

async function expectComputed(port: XlsxWorkbook, plan: Plan): Promise<void> {
  const computed = await recalcWithLibreOffice(port);
  const snap = await computed.snapshot();
  expect(snap.names[PLAN_NAMES.wordCount].values[0][0]).toBe(section1Words(plan));
  const listed = snap.names[PLAN_NAMES.objectiveList].values.slice(1).map((row) => row[1]);
  expect(listed).toEqual(plan.objectives.flatMap((o) => [o.title, ...o.initiatives.map((i) => i.description)]));
  const sheet1 = snap.names[initiativeNames({ o: 1, i: 1 }).description].sheet;
  expect(sheet1).not.toBe("");
  // The strategy sheet's "District:" label is followed by a live formula showing the district.
  const shown: unknown[] = [];
  computed.book.getWorksheet(sheet1)?.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith("District:")) {
        const next = row.getCell(Number(cell.col) + 1).value;
        shown.push(next && typeof next === "object" && "result" in next ? next.result : next);
      }
    }),
  );
  expect(shown).toEqual([plan.district]);
}

test("word count and objective list follow a person's edits after recalculation", async () => {
  const plan = sample();
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await expectComputed(wb, plan);

  const before = await wb.snapshot();
  const desc = before.names[initiativeNames({ o: 1, i: 1 }).description];
  const issues = before.names[PLAN_NAMES.keyIssues];
  const newDescription = "Families' reading nights, three a year";
  const newIssues = "Reading scores fell two years running; attendance dropped.";
  await wb.apply({
    sheets: [
      { name: desc.sheet, create: false, blocks: [{ at: desc.range.split(":")[0], cells: [[newDescription]] }] },
      { name: issues.sheet, create: false, blocks: [{ at: issues.range.split(":")[0], cells: [[newIssues]] }] },
    ],
    names: [],
  });
  plan.objectives[0].initiatives[0].description = newDescription;
  plan.keyIssues = newIssues;
  await expectComputed(wb, plan);
}, 120_000);
