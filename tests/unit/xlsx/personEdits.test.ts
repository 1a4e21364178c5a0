/**
 * A person's edits done to an ExcelJS workbook (tests/support/xlsxEdits.ts) do what Excel does, the
 * same as on the in-memory Excel: ExcelJS alone would leave names, merges and dropdowns behind.
 */
import type { WriteBatch } from "../../../src/workbook/spec";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../../fakes/excel";
import { dumpXlsx } from "../../support/dumpXlsx";
import { fakeTarget, xlsxTarget, type EditTarget } from "../../robustness/target";
import { reopen } from "../../support/xlsxHelpers";

const BATCH: WriteBatch = {
  sheets: [
    {
      name: "Plan",
      create: true,
      blocks: [
        {
          at: "B2",
          cells: [
            ["one", { formula: "=SUM(B2:B4)&$B$3" }],
            ["two", null],
            ["three", "=text, not a formula"],
          ],
        },
      ],
      merges: ["C6:D6"],
      validations: [{ range: "B3", source: "=Body" }],
    },
    { name: "Sept-Dec", create: true, blocks: [{ at: "A1", cells: [[{ formula: '=Plan!B3&"B3 stays"&Body' }]] }] },
  ],
  names: [
    { name: "Body", sheet: "Plan", range: "B2:B4" },
    { name: "Cell", sheet: "Plan", range: "B3" },
    { name: "Other", sheet: "Sept-Dec", range: "A1" },
  ],
};

const EDITS: [string, (t: EditTarget) => void][] = [
  ["insert rows inside a name", (t) => t.insertRows("Plan", 3, 2)],
  ["delete a named row", (t) => t.deleteRows("Plan", 3, 1)],
  ["cut and paste a block", (t) => t.moveRange("Plan", "B2:C4", 9, 3)],
  ["rename a tab", (t) => t.renameSheet("Plan", "It's the plan")],
  ["delete a tab", (t) => t.deleteSheet("Plan")],
  ["merge cells", (t) => t.merge("Plan", "B2:C3")],
  ["delete and break names", (t) => (t.deleteName("Cell"), t.breakName("Other"))],
  ["re-point a name", (t) => t.pointName("Body", "Sept-Dec", "A1:B2")],
  ["reorder tabs", (t) => t.moveSheet("Sept-Dec", 0)],
];

describe.each(EDITS)("%s", (_label, edit) => {
  test("the .xlsx workbook ends up as Excel (the in-memory Excel) has it, and keeps it when saved", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(BATCH);
    const fake = createFakeExcel();
    await new OfficeWorkbook(fake.run).apply(BATCH);
    expect(dumpXlsx(wb)).toEqual(fake.dump());

    edit(xlsxTarget(wb));
    edit(fakeTarget(fake));
    const expected = fake.dump();
    expect(dumpXlsx(wb)).toEqual(expected);
    expect(dumpXlsx(await reopen(wb))).toEqual(expected);
  });
});

test("inserting rows moves the name, the merge and the dropdown, which ExcelJS's spliceRows leaves behind", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply(BATCH);
  xlsxTarget(wb).insertRows("Plan", 1, 3);
  const d = dumpXlsx(wb);
  expect(d.names).toMatchObject({ Body: "'Plan'!$B$5:$B$7", Cell: "'Plan'!$B$6" });
  expect(d.sheets[0]).toMatchObject({ merges: ["C9:D9"], validations: { B6: "=Body" } });
  expect(d.sheets[0].cells).toMatchObject({ B6: { value: "two" }, C5: { formula: "=SUM(B5:B7)&$B$6" }, C7: { value: "=text, not a formula" } });
  expect(d.sheets[1].cells.A1).toEqual({ formula: '=Plan!B6&"B3 stays"&Body' });
});
