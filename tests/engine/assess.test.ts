/**
 * The self-assessment's counts are live: LibreOffice computes each criterion's COUNTIF of the
 * sub-elements ticked Yes, and follows a changed choice. Its links are formulas LibreOffice keeps.
 */
import { assess } from "../../src/commands/assess";
import { newPlan } from "../../src/commands/newPlan";
import { assessmentNames } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { defectPlan } from "../support/defectPlan";
import { computedValue, recalcWithLibreOffice } from "../support/recalc";
import { typeInto } from "../support/minutesSupport";

async function counts(wb: XlsxWorkbook, sheet: string, n: ReturnType<typeof assessmentNames>): Promise<unknown[]> {
  const snap = await wb.snapshot();
  const computed = await recalcWithLibreOffice(wb);
  return ["C3", "C4", "C5"].map((c) => computedValue(computed, sheet, snap.names[n.elementCount(c)].range));
}

test("LibreOffice counts the sub-elements ticked Yes, and follows a changed tick", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, defectPlan());
  const { sheet } = await assess(wb, { date: "2026-10-01" });
  const n = assessmentNames("2026-10-01");
  expect(await counts(wb, sheet, n)).toEqual([0, 0, 0]);

  await typeInto(wb, n.elements("C3"), [["Yes"], ["No"], ["Yes"]]);
  await typeInto(wb, n.elements("C4"), [["Yes"], ["Yes"], ["Yes"], ["Yes"]]);
  await typeInto(wb, n.elements("C5"), [["No"], [null], ["Yes"]]);
  expect(await counts(wb, sheet, n)).toEqual([2, 4, 1]);

  // A person changes their mind about the second benchmark.
  await typeInto(wb, n.elements("C4"), [["No"]], { row: 1, col: 0 });
  expect(await counts(wb, sheet, n)).toEqual([2, 3, 1]);
}, 300_000);
