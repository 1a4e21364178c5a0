/** Printed headers and footers: the spec's readable codes become Excel's, a literal "&" prints as itself. */
import { bandText } from "../../../src/workbook/pageBands";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

test.each([
  ["Page &[Page] of &[Pages]", "Page &P of &N"],
  ["&[Tab] printed &[Date]", "&A printed &D"],
  ["Smith & Jones", "Smith && Jones"],
  ["&[Page", "&&[Page"],
  ["", ""],
])("%j is written %j", (text, codes) => {
  expect(bandText(text)).toBe(codes);
});

test("the xlsx adapter writes the header and footer of the print setup, and they survive a save", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({
    sheets: [
      {
        name: "Districts",
        create: true,
        blocks: [{ at: "A1", cells: [["x"]] }],
        print: { orientation: "landscape", fitToWidth: true, header: { left: "AIP portfolio", center: "R&D" }, footer: { right: "Page &[Page] of &[Pages]" } },
      },
    ],
    names: [],
  });
  const again = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  const ws = again.book.getWorksheet("Districts")!;
  expect(ws.headerFooter.oddHeader).toBe("&LAIP portfolio&CR&&D");
  expect(ws.headerFooter.oddFooter).toBe("&RPage &P of &N");
});
