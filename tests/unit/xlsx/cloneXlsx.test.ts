/** The suite's fast workbook copies: equal to the source, and independent of it. */
import { newPlan } from "../../../src/commands/newPlan";
import { rollUp } from "../../../src/commands/rollUp";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { fromTemplate, xlsxTemplate } from "../../support/cloneXlsx";
import { dumpXlsx } from "../../support/dumpXlsx";
import { generatePlan } from "../../support/generatePlan";
import { reopen } from "../../support/xlsxHelpers";

test("a copy holds what the file holds (cells, merges, dropdowns, names), and changing it leaves the source alone", async () => {
  const source = XlsxWorkbook.create();
  await newPlan(source, generatePlan(1, 2, 2));
  const opened = await reopen(source);
  const before = dumpXlsx(opened);
  const template = xlsxTemplate(opened);
  const copy = fromTemplate(template);
  expect(dumpXlsx(copy)).toEqual(before);
  expect(before.sheets.some((s) => s.merges.length > 0 && Object.keys(s.validations).length > 0)).toBe(true);

  await rollUp(copy);
  copy.book.worksheets[1].getCell("C7").value = "changed";
  expect(dumpXlsx(copy)).not.toEqual(before);
  expect(dumpXlsx(opened)).toEqual(before);
  expect(dumpXlsx(fromTemplate(template))).toEqual(before);
  expect(dumpXlsx(await reopen(copy))).toEqual(dumpXlsx(copy));
});
