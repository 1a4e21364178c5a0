/** The parts a sheet builder collects: a name on its sheet, and a merged text row sized to its text. */
import { SheetParts, span } from "../../../src/layout/sheetParts";
import { NOTE, rowHeightFor } from "../../../src/layout/styles";

test("span covers columns from..to of one row", () => {
  expect(span(0, 0, 3)).toBe("A1:D1");
  expect(span(9, 2, 7)).toBe("C10:H10");
});

test("a name is placed on the builder's sheet", () => {
  const parts = new SheetParts("Minutes 2026-10-05", { lastCol: 3, chars: 104 });
  parts.name("AIP.Minutes.Date", "B3");
  expect(parts.names).toEqual([{ name: "AIP.Minutes.Date", sheet: "Minutes 2026-10-05", range: "B3" }]);
});

test("a wide text is written, styled and merged across the width, with a height for its lines", () => {
  const parts = new SheetParts("Rubric", { lastCol: 7, chars: 40 });
  const text = "A note long enough to wrap onto a second line of forty characters.";
  parts.wide(4, text, NOTE, 2);
  expect(parts.blocks).toEqual([{ at: "A5", cells: [[text]] }]);
  expect(parts.styles).toEqual([{ range: "A5:H5", style: NOTE }]);
  expect(parts.merges).toEqual(["A5:H5"]);
  expect(parts.rows).toEqual([{ index: 4, height: rowHeightFor(text, 40, 2) }]);
});
