import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { built, reopen, sheet } from "../../support/xlsxHelpers";

/** Rewrites the <definedNames> of a saved workbook, as Excel would have left them. */
async function withDefinedNames(wb: XlsxWorkbook, xml: string): Promise<XlsxWorkbook> {
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const edited = book.replace(/<definedNames>.*<\/definedNames>|(?=<calcPr)/s, `<definedNames>${xml}</definedNames>`);
  expect(edited).toContain(xml);
  zip.file("xl/workbook.xml", edited);
  return XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
}

describe("XlsxWorkbook defined names", () => {
  test("a name on a sheet whose name has an apostrophe survives a save and reopen", async () => {
    const wb = await built([sheet("It's plan", { blocks: [{ at: "B2", cells: [["Lead", "Pat"]] }] })], [{ name: "AIP.O1.I1.Lead", sheet: "It's plan", range: "B2:C2" }]);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
    expect(xml).toContain(">'It''s plan'!$B$2:$C$2</definedName>");

    const again = await reopen(wb);
    const read = (await again.snapshot()).names["AIP.O1.I1.Lead"];
    expect(read).toEqual({
      name: "AIP.O1.I1.Lead",
      sheet: "It's plan",
      range: "B2:C2",
      values: [["Lead", "Pat"]],
      formulas: [["Lead", "Pat"]],
    });
    expect(again.definedNames()).toEqual([{ name: "AIP.O1.I1.Lead", sheet: "It's plan", range: "B2:C2", text: "'It''s plan'!$B$2:$C$2" }]);
  });

  test("re-pointing a name replaces its old range (names compare without case)", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["old"], ["new"]] }] })], [{ name: "AIP.Date", sheet: "Plan", range: "A1" }]);
    await wb.apply({ sheets: [], names: [{ name: "aip.date", sheet: "plan", range: "A2" }] });
    const again = await reopen(wb);
    expect(again.definedNames()).toEqual([{ name: "AIP.Date", sheet: "Plan", range: "A2", text: "'Plan'!$A$2" }]);
    expect((await again.snapshot()).names["AIP.Date"].values).toEqual([["new"]]);
  });

  test("a name added through ExcelJS's own API is seen and saved too", async () => {
    const wb = await built([sheet("My plan", { blocks: [{ at: "C3", cells: [[7]] }] })]);
    wb.book.definedNames.add("'My plan'!$C$3", "Seven");
    const again = await reopen(wb);
    expect((await again.snapshot()).names.Seven).toMatchObject({ sheet: "My plan", range: "C3", values: [[7]] });
  });

  test("broken, multi-area and sheet-scoped names: snapshot does not throw, and saving keeps them", async () => {
    const base = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [[1, 2]] }] }), sheet("Lists")]);
    const wb = await withDefinedNames(
      base,
      '<definedName name="Gone">#REF!</definedName>' +
        '<definedName name="GoneCell">Plan!#REF!</definedName>' +
        '<definedName name="TwoAreas">Plan!$A$1,Plan!$B$1</definedName>' +
        '<definedName name="Local" localSheetId="1">Lists!$A$1</definedName>' +
        '<definedName name="Fine">Plan!$A$1:$B$1</definedName>',
    );
    const snap = await wb.snapshot();
    const broken = { sheet: "", range: "", values: [], formulas: [] };
    expect(snap.names.Gone).toEqual({ name: "Gone", ...broken });
    expect(snap.names.GoneCell).toEqual({ name: "GoneCell", ...broken });
    expect(snap.names.TwoAreas).toEqual({ name: "TwoAreas", ...broken });
    expect(snap.names.Local).toBeUndefined(); // sheet-scoped: not a workbook name
    expect(snap.names.Fine.values).toEqual([[1, 2]]);

    // A new tab in front must not move the sheet-scoped name to another sheet.
    await wb.apply({ sheets: [sheet("Cover", { position: 0 })], names: [] });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain('<definedName name="Gone">#REF!</definedName>');
    expect(xml).toContain('<definedName name="GoneCell">Plan!#REF!</definedName>');
    expect(xml).toContain('<definedName name="TwoAreas">Plan!$A$1,Plan!$B$1</definedName>');
    expect(xml).toContain('<definedName name="Local" localSheetId="2">Lists!$A$1</definedName>');
  });

  test("a name on a missing sheet or with an invalid name is refused and nothing changes", async () => {
    const wb = await built([sheet("Plan")]);
    await expect(wb.apply({ sheets: [], names: [{ name: "AIP.X", sheet: "Nope", range: "A1" }] })).rejects.toThrow(
      /point the name "AIP.X" at Nope!A1: there is no sheet named "Nope"/,
    );
    await expect(wb.apply({ sheets: [sheet("New")], names: [{ name: "A1", sheet: "Plan", range: "A1" }] })).rejects.toThrow(
      /Cannot define the name "A1": a name cannot look like a cell address/,
    );
    await expect(wb.apply({ sheets: [], names: [{ name: "has space", sheet: "Plan", range: "A1" }] })).rejects.toThrow(/Cannot define the name "has space"/);
    expect(await wb.listSheets()).toEqual(["Plan"]);
    expect(wb.definedNames()).toEqual([]);
  });

  test("a name may point at a sheet created in the same batch", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({ sheets: [sheet("Lists", { blocks: [{ at: "A1", cells: [["Yes"], ["No"]] }] })], names: [{ name: "AIP.List.Statuses", sheet: "Lists", range: "A1:A2" }] });
    expect((await wb.snapshot()).names["AIP.List.Statuses"].values).toEqual([["Yes"], ["No"]]);
  });
});
