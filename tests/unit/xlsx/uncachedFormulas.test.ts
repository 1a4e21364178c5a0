/** Telling a formula saved with no result (<f> and no <v>) from one whose result is empty text (<v></v>). */
import { uncachedCells } from "../../../src/workbook/xlsx/package/uncachedFormulas";

test("only formula cells without a <v> are listed, whatever the namespace prefix", () => {
  const xml = [
    '<x:sheetData><x:row r="1">',
    '<x:c r="A1"><x:f>UPPER(B1)</x:f></x:c>', // no result: as a tool that does not calculate writes it
    '<x:c r="B1" t="str"><x:f>""&amp;C1</x:f><x:v></x:v></x:c>', // empty text is a result
    '<x:c r="C1" s="2"/>',
    '<x:c r="D1" t="s"><x:v>4</x:v></x:c>',
    '<x:c r="E1"><x:f t="shared" si="0"/></x:c>', // a shared formula's follower, still uncalculated
    '<x:c r="F1" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>',
    '<x:c r="G1"><x:f>1+1</x:f><x:v/></x:c>',
    "</x:row></x:sheetData>",
  ].join("");
  expect(uncachedCells(xml)).toEqual(["A1", "E1"]);
  expect(uncachedCells(xml.replace(/x:/g, ""))).toEqual(["A1", "E1"]);
});
