import JSZip from "jszip";
import type { SheetSpec } from "../../../src/workbook/spec";
import { validationsByCell } from "../../../src/workbook/xlsx/validations";
import type { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { batch, built, reopen, sheet } from "../../support/xlsxHelpers";

const update = (name: string, extra: Partial<SheetSpec>): SheetSpec => ({ name, create: false, blocks: [], ...extra });

describe("XlsxWorkbook formats, merges, validations and sheet setup", () => {
  test("merges survive a save, and re-merging an overlapping area replaces the old merge", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["Title", null, null]] }], merges: ["A1:C1", "A3:B4"] })]);
    await wb.apply({ sheets: [update("Plan", { merges: ["A3:B3"] })], names: [] });
    const again = await reopen(wb);
    const ws = again.book.getWorksheet("Plan")!;
    expect(Object.keys((ws as unknown as { _merges: object })._merges).sort()).toEqual(["A1", "A3"]);
    expect(ws.getCell("A1").value).toBe("Title");
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("A4").isMerged).toBe(false);
  });

  test("writing null over a merged area keeps the merged text", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["Title", null]] }], merges: ["A1:B1"] })]);
    await wb.apply({ sheets: [update("Plan", { blocks: [{ at: "A1", cells: [["Title", null]] }] })], names: [] });
    expect(wb.book.getWorksheet("Plan")!.getCell("A1").value).toBe("Title");
  });

  test("list validations survive a save: source, prompt, stop or warning", async () => {
    const wb = await built([
      sheet("Plan", {
        validations: [
          { range: "B2:B4", source: "=AIP.List.Process", prompt: { title: "Process rating", message: "Pick a level." } },
          { range: "C2", source: "=AIP.List.Roster", allowOther: true },
        ],
      }),
    ]);
    const ws = (await reopen(wb)).book.getWorksheet("Plan")!;
    const dv = (address: string) => validationsByCell(ws).get(address);
    for (const address of ["B2", "B3", "B4"]) {
      expect(dv(address)).toMatchObject({
        type: "list",
        formulae: ["AIP.List.Process"],
        showInputMessage: true,
        promptTitle: "Process rating",
        prompt: "Pick a level.",
        showErrorMessage: true,
        errorStyle: "stop",
      });
      expect(dv(address)?.error).toBeTruthy();
    }
    expect(dv("C2")).toMatchObject({ type: "list", formulae: ["AIP.List.Roster"], errorStyle: "warning", showErrorMessage: true });
    expect(dv("B5")).toBeUndefined();
  });

  test("styles: font, fill, alignment, number format and borders; other formats are kept", async () => {
    const wb = await built([
      sheet("Plan", {
        blocks: [{ at: "A1", cells: [["Head", 0.5]] }],
        styles: [
          { range: "A1:B1", style: { bold: true, fontSize: 14, fontColor: "#1f4e79", fill: "#DDEBF7", border: true } },
          { range: "A1", style: { italic: true, wrap: true, hAlign: "center", vAlign: "center" } },
          { range: "B1", style: { numberFormat: "0%" } },
        ],
      }),
    ]);
    const ws = (await reopen(wb)).book.getWorksheet("Plan")!;
    const a1 = ws.getCell("A1");
    expect(a1.font).toMatchObject({ bold: true, italic: true, size: 14, color: { argb: "FF1F4E79" }, name: "Calibri" });
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(a1.alignment).toMatchObject({ wrapText: true, horizontal: "center", vertical: "middle" });
    expect(a1.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    const b1 = ws.getCell("B1");
    expect(b1.numFmt).toBe("0%");
    expect(b1.font).toMatchObject({ bold: true, size: 14 });
    expect(b1.font.italic).toBeFalsy(); // A1's italic did not leak into B1
  });

  test("a bad colour is refused before anything is written", async () => {
    const wb = await built([sheet("Plan")]);
    await expect(wb.apply({ sheets: [update("Plan", { blocks: [{ at: "A1", cells: [["x"]] }], styles: [{ range: "A1", style: { fill: "blue" } }] })], names: [] })).rejects.toThrow(
      /Sheet "Plan", A1 fill: colour "blue" is not of the form #RRGGBB/,
    );
    expect(wb.book.getWorksheet("Plan")!.getCell("A1").value).toBeNull();
  });

  test("clear removes values, formats, merges and validations inside; cells outside are untouched", async () => {
    const wb = await built([
      sheet("Plan", {
        blocks: [
          {
            at: "A1",
            cells: [
              ["keep", "old", "old"],
              ["keep", "old", { formula: "=1+1" }],
              ["keep", "keep", "keep"],
            ],
          },
        ],
        styles: [{ range: "A1:C3", style: { bold: true } }],
        merges: ["B1:C1"],
        validations: [{ range: "A2:C2", source: "=AIP.List.Statuses" }],
      }),
    ]);
    await wb.apply({ sheets: [update("Plan", { clear: ["B1:C2"], blocks: [{ at: "B2", cells: [["new"]] }] })], names: [] });
    const ws = (await reopen(wb)).book.getWorksheet("Plan")!;
    expect(ws.getCell("B1").value).toBeNull();
    expect(ws.getCell("C1").value).toBeNull();
    expect(ws.getCell("C2").value).toBeNull();
    expect(ws.getCell("B2").value).toBe("new");
    expect(ws.getCell("B2").font?.bold).toBeFalsy();
    expect(ws.getCell("C1").isMerged).toBe(false);
    expect(validationsByCell(ws).get("B2")).toBeUndefined();
    expect(validationsByCell(ws).get("C2")).toBeUndefined();
    // Outside the cleared range
    for (const address of ["A1", "A2", "A3", "B3", "C3"]) expect(ws.getCell(address).value).toBe("keep");
    expect(ws.getCell("A2").font.bold).toBe(true);
    expect(validationsByCell(ws).get("A2")).toMatchObject({ formulae: ["AIP.List.Statuses"] });
  });

  test("columns, rows, frozen panes, print setup and tab colour survive a save", async () => {
    const wb = await built([
      sheet("Plan", {
        columns: [
          { index: 0, width: 12 },
          { index: 2, width: 40 },
        ],
        rows: [{ index: 4, height: 30 }],
        freeze: { rows: 5, columns: 1 },
        print: { orientation: "landscape", fitToWidth: true, titleRows: "5:5" },
        tabColor: "#70AD47",
      }),
    ]);
    const ws = (await reopen(wb)).book.getWorksheet("Plan")!;
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getColumn(3).width).toBe(40);
    expect(ws.getRow(5).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "5:5" });
    expect(ws.properties.tabColor).toEqual({ argb: "FF70AD47" });
  });

  test("manual page breaks survive a save and a second save of the reopened file (ExcelJS reads none back itself); a rebuild replaces them", async () => {
    const print = { orientation: "portrait" as const, fitToWidth: true, breaksBefore: [30, 12] };
    const wb = await built([sheet("Plan", { print }), sheet("Other")]);
    const breaksOf = (w: XlsxWorkbook, name: string) => (w.book.getWorksheet(name) as unknown as { rowBreaks: Array<{ id: number; man: number }> }).rowBreaks;
    const once = await reopen(wb);
    expect(breaksOf(once, "Plan")).toEqual([expect.objectContaining({ id: 12, man: 1 }), expect.objectContaining({ id: 30, man: 1 })]);
    // Saved again with only another sheet rewritten: the Plan's breaks are still in the file.
    await once.apply(batch([{ name: "Other", create: false, blocks: [{ at: "A1", cells: [["x"]] }] }]));
    const twice = await reopen(once);
    expect(breaksOf(twice, "Plan").map((b) => b.id)).toEqual([12, 30]);
    await twice.apply(batch([{ name: "Plan", create: false, blocks: [], print: { ...print, breaksBefore: [5] } }]));
    expect(breaksOf(await reopen(twice), "Plan").map((b) => b.id)).toEqual([5]);
  });

  test("print titles on a sheet whose name has an apostrophe are written as Excel expects", async () => {
    const wb = await built([sheet("Plan"), sheet("It's O1", { print: { orientation: "portrait", fitToWidth: false, titleRows: "5:6" } })]);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'It''s O1'!$5:$6</definedName>`);
    expect(wb.book.getWorksheet("It's O1")!.pageSetup.printTitlesRow).toBe("5:6"); // put back after saving
    const again = (await reopen(wb)).book.getWorksheet("It's O1")!;
    expect(again.pageSetup).toMatchObject({ printTitlesRow: "5:6", orientation: "portrait" });
    expect(again.pageSetup.fitToPage).toBeFalsy();
  });

  test("unfreezing with 0 rows and 0 columns", async () => {
    const wb = await built([sheet("Plan", { freeze: { rows: 2, columns: 0 } })]);
    await wb.apply({ sheets: [update("Plan", { freeze: { rows: 0, columns: 0 } })], names: [] });
    expect((await reopen(wb)).book.getWorksheet("Plan")!.views[0]).toMatchObject({ state: "normal" });
  });
});
