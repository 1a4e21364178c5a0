/** "Check plan" with its report never writes over a tab of a person's own that is called Check Report. */
import { check } from "../../../src/commands/check";
import { newPlan } from "../../../src/commands/newPlan";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { dumpXlsx } from "../../support/dumpXlsx";
import { generatePlan } from "../../support/generatePlan";

test("a Check Report tab the report's name does not point at is left as it was, named in the outcome, and the findings still come; the add-in's own is rewritten", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(1, 1));
  await wb.apply({ sheets: [{ name: "check report", create: true, blocks: [{ at: "A1", cells: [["my own checklist"]] }] }], names: [] });
  const refused = await check(wb, { today: "2027-01-15", report: true });
  expect(refused.reportSkipped).toMatch(/the sheet "check report" is not the add-in's report \(the name AIP\.CheckReport\.Findings does not point at it\).*Rename that sheet/);
  expect(refused.findings).toEqual((await check(wb, { today: "2027-01-15" })).findings);
  expect(dumpXlsx(wb).sheets.find((s) => s.name === "check report")?.cells).toEqual({ A1: { value: "my own checklist" } });

  const ours = XlsxWorkbook.create();
  await newPlan(ours, generatePlan(1, 1));
  expect((await check(ours, { today: "2027-01-15", report: true })).reportSkipped).toBeUndefined();
  await check(ours, { today: "2027-01-16", report: true });
  expect((await ours.listSheets()).filter((s) => s === "Check Report")).toHaveLength(1);
});
