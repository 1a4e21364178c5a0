import { built, reopen, sheet, JAN_15_2020 } from "../../support/xlsxHelpers";

describe("XlsxWorkbook cells survive a save and reopen", () => {
  test("text that looks like a formula stays text", async () => {
    const typed = ["=SUM(A1)", "+1", "@x", "-3+4", "=1+1"];
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [typed] }] })], [{ name: "Typed", sheet: "Plan", range: "A1:E1" }]);
    const again = await reopen(wb);
    const ws = again.book.getWorksheet("Plan")!;
    typed.forEach((text, i) => {
      const cell = ws.getCell(1, i + 1);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeFalsy();
    });
    const read = (await again.snapshot()).names.Typed;
    expect(read.values).toEqual([typed]);
    expect(read.formulas).toEqual([typed]);
  });

  test("formulas are formulas, read back with '=' and no cached value", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [[2, 3, { formula: "=SUM(A1:B1)" }]] }] })], [{ name: "Row", sheet: "Plan", range: "A1:C1" }]);
    const again = await reopen(wb);
    const cell = again.book.getWorksheet("Plan")!.getCell("C1");
    expect(cell.formula).toBe("SUM(A1:B1)");
    const read = (await again.snapshot()).names.Row;
    expect(read.formulas).toEqual([[2, 3, "=SUM(A1:B1)"]]);
    expect(read.values).toEqual([[2, 3, ""]]);
  });

  test("dates are dates with their format, and read back as serial numbers", async () => {
    const wb = await built(
      [
        sheet("Plan", {
          blocks: [{ at: "B2", cells: [[JAN_15_2020]] }],
          styles: [{ range: "B2", style: { numberFormat: "yyyy-mm-dd" } }],
        }),
      ],
      [{ name: "When", sheet: "Plan", range: "B2" }],
    );
    const again = await reopen(wb);
    const cell = again.book.getWorksheet("Plan")!.getCell("B2");
    expect(cell.value).toEqual(new Date(Date.UTC(2020, 0, 15)));
    expect(cell.numFmt).toBe("yyyy-mm-dd");
    expect((await again.snapshot()).names.When.values).toEqual([[JAN_15_2020]]);
  });

  test("numbers, booleans and empty cells", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [[1.5, true, null, false]] }] })], [{ name: "Mixed", sheet: "Plan", range: "A1:D1" }]);
    const read = (await (await reopen(wb)).snapshot()).names.Mixed;
    expect(read.values).toEqual([[1.5, true, "", false]]);
  });

  test("an empty string empties the cell, as in Excel", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["typed"]] }] })]);
    await wb.apply({ sheets: [{ name: "Plan", create: false, blocks: [{ at: "A1", cells: [[""]] }] }], names: [] });
    expect((await reopen(wb)).book.getWorksheet("Plan")!.getCell("A1").value).toBeNull();
  });

  test("rich text, hyperlinks and errors read as Excel reports them", async () => {
    const wb = await built([sheet("Plan")], [{ name: "Odd", sheet: "Plan", range: "A1:D1" }]);
    const ws = wb.book.getWorksheet("Plan")!;
    ws.getCell("A1").value = { richText: [{ text: "Hello " }, { font: { bold: true }, text: "world" }] };
    ws.getCell("B1").value = { text: "Guidance", hyperlink: "https://example.org/" };
    ws.getCell("C1").value = { error: "#REF!" };
    ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    const read = (await (await reopen(wb)).snapshot()).names.Odd;
    expect(read.values).toEqual([["Hello world", "Guidance", "#REF!", "#DIV/0!"]]);
    expect(read.formulas).toEqual([["Hello world", "Guidance", "#REF!", "=1/0"]]);
  });

  test("a formula's cached date result reads as a serial number", async () => {
    const wb = await built([sheet("Plan")], [{ name: "Due", sheet: "Plan", range: "A1" }]);
    const cell = wb.book.getWorksheet("Plan")!.getCell("A1");
    cell.value = { formula: "DATE(2020,1,15)", result: new Date(Date.UTC(2020, 0, 15)) };
    cell.numFmt = "yyyy-mm-dd";
    const read = (await (await reopen(wb)).snapshot()).names.Due;
    expect(read.values).toEqual([[JAN_15_2020]]);
    expect(read.formulas).toEqual([["=DATE(2020,1,15)"]]);
  });

  test("a block with ragged rows or a non-finite number is refused before anything is written", async () => {
    const wb = await built([sheet("Plan")]);
    const first = { at: "A1", cells: [["kept out"]] };
    await expect(wb.apply({ sheets: [{ name: "Plan", create: false, blocks: [first, { at: "B1", cells: [[1, 2], [3]] }] }], names: [] })).rejects.toThrow(
      /Sheet "Plan", block at B1: row 2 has 1 cells/,
    );
    await expect(wb.apply({ sheets: [{ name: "Plan", create: false, blocks: [first, { at: "C3", cells: [[Number.NaN]] }] }], names: [] })).rejects.toThrow(
      /Sheet "Plan", cell C3: NaN is not a number/,
    );
    expect(wb.book.getWorksheet("Plan")!.getCell("A1").value).toBeNull();
  });
});
