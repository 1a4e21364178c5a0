/** The formula pieces every sheet builder shares: quotes escaped in one place, links every engine follows. */
import { cellLink, formulaText, nameLink } from "../../../src/layout/formulas";

test.each([
  ["plain", '"plain"'],
  ['say "hi"', '"say ""hi"""'],
  ['""', '""""""'],
  ["", '""'],
])("formulaText(%j) is %s", (text, literal) => {
  expect(formulaText(text)).toBe(literal);
});

test("a name link jumps to the name, escapes its label and stores it as the result", () => {
  expect(nameLink("AIP.O1.I2.Description", 'Open "1.2"')).toEqual({ formula: '=HYPERLINK("#AIP.O1.I2.Description","Open ""1.2""")', result: 'Open "1.2"' });
});

test("a cell link quotes the sheet (apostrophes doubled) and escapes the label", () => {
  expect(cellLink("1.2 Reading", "E14", "1.2 Reading!E14")).toEqual({ formula: `=HYPERLINK("#'1.2 Reading'!E14","1.2 Reading!E14")`, result: "1.2 Reading!E14" });
  expect(cellLink(`O'Brien's "K-2"`, "B6", `O'Brien's "K-2"!B6`)).toEqual({
    formula: `=HYPERLINK("#'O''Brien''s ""K-2""'!B6","O'Brien's ""K-2""!B6")`,
    result: `O'Brien's "K-2"!B6`,
  });
});
