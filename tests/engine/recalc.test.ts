/**
 * Proves the spreadsheet-engine toolchain: formulas the adapter writes (across a quoted sheet name
 * with an apostrophe, through a defined name, with dates) are computed by LibreOffice as expected.
 */
import { computedValue, recalcWithLibreOffice } from "../support/recalc";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

const JAN_15_2020 = 43845;

test("LibreOffice computes formulas across a quoted sheet name, a defined name and dates", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      {
        name: "It's here",
        create: true,
        blocks: [{ at: "A1", cells: [[40], [2], ["=1+1"], [JAN_15_2020]] }],
        styles: [{ range: "A4", style: { numberFormat: "yyyy-mm-dd" } }],
      },
      {
        name: "Totals",
        create: true,
        blocks: [
          {
            at: "A1",
            cells: [
              [{ formula: "='It''s here'!A1+'It''s here'!A2" }],
              [{ formula: "=SUM('It''s here'!A1:A2)*Doubler" }],
              [{ formula: "='It''s here'!A3&\" stays text\"" }],
              [{ formula: "='It''s here'!A4+7" }],
              [{ formula: "=COUNTIF('It''s here'!A1:A4,\">10\")" }],
            ],
          },
        ],
        styles: [{ range: "A4", style: { numberFormat: "yyyy-mm-dd" } }],
      },
      { name: "Settings", create: true, blocks: [{ at: "B2", cells: [[2]] }] },
    ],
    names: [{ name: "Doubler", sheet: "Settings", range: "B2" }],
  });

  const done = await recalcWithLibreOffice(wb);

  expect(computedValue(done, "Totals", "A1")).toBe(42);
  expect(computedValue(done, "Totals", "A2")).toBe(84);
  expect(computedValue(done, "Totals", "A3")).toBe("=1+1 stays text");
  expect(computedValue(done, "Totals", "A4")).toBe(JAN_15_2020 + 7);
  expect(computedValue(done, "Totals", "A5")).toBe(2); // 40 and the date
  // What a person typed is still text after a real engine opened and saved the file.
  expect(computedValue(done, "It's here", "A3")).toBe("=1+1");
  expect((await done.snapshot()).names.Doubler).toMatchObject({ sheet: "Settings", range: "B2", values: [[2]] });
});
