/**
 * A date validation in the .xlsx file: Excel's Date rule "greater than 1/1/2000" (serial 36526) with
 * its stop message, blank allowed; it survives a save and a reload, and a clear removes it.
 */
import JSZip from "jszip";
import { validationsByCell } from "../../../src/workbook/xlsx/validations";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

test("the date cells of a spec get a Date rule in the file, kept on reload, removed by a clear", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      {
        name: "Report",
        create: true,
        blocks: [{ at: "A1", cells: [["Published on:", null]] }],
        dateValidations: [{ range: "B1:B3", prompt: { title: "Date", message: "A date, e.g. 3/15/2027." } }],
      },
    ],
    names: [],
  });
  const bytes = await wb.toBuffer();
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
  const rule = /<dataValidation [^>]*>.*?<\/dataValidation>/s.exec(xml)![0];
  expect(rule).toMatch(/type="date"/);
  expect(rule).toMatch(/operator="greaterThan"/);
  expect(rule).toMatch(/allowBlank="1"/);
  expect(rule).toMatch(/errorStyle="stop"|showErrorMessage="1"/);
  expect(rule).toMatch(/sqref="B1:B3"/);
  expect(rule).toMatch(/<formula1>36526<\/formula1>/);

  const again = await XlsxWorkbook.fromBuffer(bytes);
  const ws = again.book.getWorksheet("Report")!;
  expect(validationsByCell(ws).get("B2")?.type).toBe("date");
  await again.apply({ sheets: [{ name: "Report", create: false, clear: ["A1:C3"], blocks: [] }], names: [] });
  expect(validationsByCell(ws).size).toBe(0);
});
