/** The Office.js adapter on the strict in-memory Excel: round trips, text safety, names, errors. */
import type { SheetSpec, WriteBatch } from "../../../src/workbook/spec";
import { WorkbookError } from "../../../src/workbook/port";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { realExcelRun } from "../../support/officeJs";

function setup(requirementSets?: Record<string, string>): { fake: FakeExcel; wb: OfficeWorkbook } {
  const fake = createFakeExcel({ requirementSets });
  fake.addSheet("Sheet1");
  const wb = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, wb };
}

const sheet = (name: string, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, create: true, blocks: [], ...extra });

function bigBatch(sheets: number): WriteBatch {
  const specs: SheetSpec[] = [];
  const names = [];
  for (let s = 0; s < sheets; s++) {
    const name = `Strategy ${s + 1}`;
    specs.push(
      sheet(name, {
        blocks: [{ at: "A1", cells: Array.from({ length: 20 }, (_, r) => [`Row ${r}`, r, { formula: `=B${r + 1}*2` }, null]) }],
        styles: [{ range: "A1:D1", style: { bold: true, fill: "#DDEBF7", border: true, numberFormat: "@" } }],
        merges: ["A22:D22"],
        validations: [{ range: "D1:D20", source: "=AIP.List.Process", allowOther: false, prompt: { title: "Rating", message: "Pick one" } }],
        columns: [{ index: 0, width: 40 }],
        rows: [{ index: 0, height: 30 }],
        freeze: { rows: 1, columns: 1 },
        print: { orientation: "landscape", fitToWidth: true, titleRows: "1:1" },
      }),
    );
    names.push({ name: `AIP.S${s + 1}`, sheet: name, range: "A1:D20" });
  }
  // The dropdowns' source, defined in the same batch: the adapter must add it before the rules.
  if (sheets > 0) names.push({ name: "AIP.List.Process", sheet: "Strategy 1", range: "A1:A3" });
  return { sheets: specs, names };
}

describe("OfficeWorkbook round trips", () => {
  test("listSheets is one sync, snapshot one once the names are known, select one", async () => {
    const { fake, wb } = setup();
    await wb.apply(bigBatch(2));
    fake.resetSyncCount();
    expect(await wb.listSheets()).toEqual(["Sheet1", "Strategy 1", "Strategy 2"]);
    expect(fake.syncCount).toBe(1);
    fake.resetSyncCount();
    const snap = await wb.snapshot();
    expect(fake.syncCount).toBe(1);
    expect(snap.names["AIP.S1"]).toMatchObject({ sheet: "Strategy 1", range: "A1:D20" });
    expect(snap.names["AIP.S1"].values[0]).toEqual(["Row 0", 0, 0, ""]); // =B1*2 computes to 0
    expect(snap.names["AIP.S1"].formulas[0]).toEqual(["Row 0", 0, "=B1*2", ""]);
    fake.resetSyncCount();
    await wb.select("Strategy 2", "B3");
    expect(fake.syncCount).toBe(1);
    expect(fake.active()).toEqual({ sheet: "Strategy 2", selection: "B3" });
  });

  test("a cold snapshot is two syncs; once the names are known it is one, following a renamed tab", async () => {
    const { fake, wb } = setup();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Data").getRange("A1:B2").values = [
        ["a", 1],
        ["b", 2],
      ];
      context.workbook.names.add("AIP.Data", "='Data'!$A$1:$B$2");
      await context.sync();
    });
    fake.resetSyncCount();
    expect((await wb.snapshot()).names["AIP.Data"].values).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(fake.syncCount).toBe(2);
    fake.renameSheet("Data", "It's data");
    fake.setValue("It's data", "B2", 3);
    fake.resetSyncCount();
    const snap = await wb.snapshot();
    expect(fake.syncCount).toBe(1);
    expect(snap.names["AIP.Data"]).toMatchObject({
      sheet: "It's data",
      range: "A1:B2",
      values: [
        ["a", 1],
        ["b", 3],
      ],
    });
  });

  test("a name added by someone else since costs one more sync; a known name deleted or broken, a cold read", async () => {
    const { fake, wb } = setup();
    await wb.apply(bigBatch(2));
    await wb.snapshot();
    await fake.run(async (context) => {
      context.workbook.names.add("Other.Name", "='Strategy 2'!$A$1");
      await context.sync();
    });
    fake.resetSyncCount();
    let snap = await wb.snapshot();
    expect(fake.syncCount).toBe(2);
    expect(snap.names["Other.Name"].values).toEqual([["Row 0"]]);

    await fake.run(async (context) => {
      context.workbook.names.getItem("AIP.S1").delete();
      await context.sync();
    });
    fake.deleteSheet("Strategy 2"); // AIP.S2 and Other.Name now point at #REF!
    snap = await wb.snapshot();
    expect(Object.keys(snap.names).sort()).toEqual(["AIP.List.Process", "AIP.S2", "Other.Name"]);
    expect(snap.names["AIP.S2"]).toMatchObject({ sheet: "", range: "", values: [] });
    expect(snap.sheets).toEqual(["Sheet1", "Strategy 1"]);
    fake.resetSyncCount();
    await wb.snapshot();
    expect(fake.syncCount).toBe(1); // broken names are listed, not read: back to one request
  });

  test("a warm read that fails with any error, even one Excel does not list, is retried cold once", async () => {
    const { fake, wb } = setup();
    await wb.apply(bigBatch(1));
    await wb.snapshot();
    fake.failNextRequest("GeneralException");
    fake.resetSyncCount();
    const snap = await wb.snapshot();
    expect(snap.names["AIP.S1"]).toMatchObject({ sheet: "Strategy 1", range: "A1:D20" });
    expect(fake.syncCount).toBe(3); // the failed warm request, then the cold read's two
  });

  test("apply after a snapshot is one sync whatever the batch size", async () => {
    for (const size of [1, 10, 40]) {
      const { fake, wb } = setup();
      await wb.snapshot();
      fake.resetSyncCount();
      await wb.apply(bigBatch(size));
      expect(fake.syncCount).toBe(1);
      // names now exist: re-pointing them is one sync too
      fake.resetSyncCount();
      await wb.apply({ sheets: [], names: bigBatch(size).names.map((n) => ({ ...n, range: "B2" })) });
      expect(fake.syncCount).toBe(1);
    }
  });

  test("listSheets also learns the names: apply after it is one sync", async () => {
    const { fake, wb } = setup();
    await wb.listSheets();
    fake.resetSyncCount();
    await wb.apply(bigBatch(5));
    expect(fake.syncCount).toBe(1);
  });

  test("apply without any earlier read costs one extra sync to learn the sheets and names", async () => {
    const { fake, wb } = setup();
    await wb.apply(bigBatch(3));
    expect(fake.syncCount).toBe(2);
  });

  test("a payload over the request budget is sent in several syncs", async () => {
    const { fake, wb } = setup();
    await wb.snapshot();
    fake.resetSyncCount();
    const text = "x".repeat(1000);
    const cells = Array.from({ length: 3000 }, () => [text, text]); // ~6 MB
    await wb.apply({ sheets: [sheet("Big", { blocks: [{ at: "A1", cells }] })], names: [] });
    expect(fake.syncCount).toBeGreaterThanOrEqual(2);
    expect(fake.getCell("Big", "B3000").value).toBe(text);
  });
});

describe("OfficeWorkbook writes", () => {
  test("text that looks like a formula, number, date or boolean stays text", async () => {
    const { fake, wb } = setup();
    const texts = ["=1+1", "+33%", "-5", "@home", "\tx", "12", "2026-09-01", "TRUE", "'quoted'", "plain"];
    await wb.apply({ sheets: [sheet("T", { blocks: [{ at: "A1", cells: [texts, [{ formula: "=A1" }, 3, true, null, "", "", "", "", "", ""]] }] })], names: [] });
    texts.forEach((t, i) => {
      const cell = fake.getCell("T", `${String.fromCharCode(65 + i)}1`);
      expect(cell).toEqual({ value: t, formula: undefined, numberFormat: "General" });
    });
    expect(fake.getCell("T", "A2").formula).toBe("=A1");
    expect(fake.getCell("T", "B2").value).toBe(3);
    expect(fake.getCell("T", "C2").value).toBe(true);
  });

  test("a block is one 2-D write, never cell by cell", async () => {
    const { fake, wb } = setup();
    await wb.listSheets();
    fake.resetSyncCount();
    const cells = Array.from({ length: 500 }, (_, r) => [`text ${r}`, r, { formula: `=B${r + 1}` }, null, "", true]);
    await wb.apply({ sheets: [{ name: "Sheet1", create: false, blocks: [{ at: "B2", cells }] }], names: [] });
    expect(fake.syncCount).toBe(1);
    expect(fake.operationCount).toBe(1);
    expect(fake.getCell("Sheet1", "B501")).toEqual({ value: "text 499", formula: undefined, numberFormat: "General" });
    expect(fake.getCell("Sheet1", "D501").formula).toBe("=B500");
  });

  test("null and empty string both empty a cell", async () => {
    const { fake, wb } = setup();
    fake.setValue("Sheet1", "A1", "old");
    fake.setValue("Sheet1", "B1", "old");
    await wb.apply({ sheets: [{ name: "Sheet1", create: false, blocks: [{ at: "A1", cells: [[null, ""]] }] }], names: [] });
    expect(fake.getCell("Sheet1", "A1").value).toBe("");
    expect(fake.getCell("Sheet1", "B1").value).toBe("");
  });

  test("names are added, then re-pointed when they exist", async () => {
    const { fake, wb } = setup();
    await wb.apply({ sheets: [sheet("It's a plan")], names: [{ name: "AIP.X", sheet: "It's a plan", range: "A1:B2" }] });
    expect(fake.dump().names).toEqual({ "AIP.X": "'It''s a plan'!$A$1:$B$2" });
    await wb.apply({ sheets: [], names: [{ name: "aip.x", sheet: "it's a plan", range: "C3" }] });
    expect(fake.dump().names).toEqual({ "AIP.X": "'It''s a plan'!$C$3" });
  });

  test("validations, merges, freeze, widths and print setup", async () => {
    const { fake, wb } = setup();
    await wb.apply(bigBatch(1));
    const d = fake.dump().sheets[1];
    expect(d.validations).toEqual({ "D1:D20": "=AIP.List.Process" });
    expect(d.merges).toEqual(["A22:D22"]);
    expect(d.freeze).toEqual({ rows: 1, columns: 1 });
    expect(fake.validation("Strategy 1", "D5")).toEqual({
      source: "=AIP.List.Process",
      prompt: { showPrompt: true, title: "Rating", message: "Pick one" },
      errorAlert: expect.objectContaining({ showAlert: true, style: "Stop" }),
    });
    expect(fake.columnWidth("Strategy 1", 0)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(fake.pageLayout("Strategy 1")).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$1" });
    expect(fake.getCell("Strategy 1", "A1").numberFormat).toBe("@");
  });

  test("allowOther makes the error alert a warning", async () => {
    const { fake, wb } = setup();
    await wb.apply({
      sheets: [sheet("L", { validations: [{ range: "A1:A3", source: "=AIP.List.Roster", allowOther: true }] })],
      names: [{ name: "AIP.List.Roster", sheet: "L", range: "B1:B3" }],
    });
    expect(fake.validation("L", "A2")?.errorAlert).toMatchObject({ style: "Warning" });
  });

  test("the print setup's header and footer go to every page, with Excel's codes", async () => {
    const { fake, wb } = setup();
    const print = { orientation: "landscape" as const, fitToWidth: true, header: { left: "AIP portfolio", center: "R&D" }, footer: { right: "Page &[Page] of &[Pages]" } };
    await wb.apply({ sheets: [sheet("P", { print })], names: [] });
    expect(fake.pageLayout("P").headersFooters).toEqual({
      leftHeader: "AIP portfolio",
      centerHeader: "R&&D",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "Page &P of &N",
    });
  });

  test("the print area and the margins (inches in the spec, points in Office.js) reach the sheet; the xlsx keeps the same", async () => {
    const { fake, wb } = setup();
    const margins = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
    const print = { orientation: "portrait" as const, fitToWidth: true, printArea: "A1:E40", margins };
    await wb.apply({ sheets: [sheet("P", { print })], names: [] });
    expect(fake.pageLayout("P")).toMatchObject({
      printArea: "A1:E40",
      margins: { left: 36, right: 36, top: 54, bottom: 54, header: expect.closeTo(21.6, 6), footer: expect.closeTo(21.6, 6) },
    });
    const xlsx = XlsxWorkbook.create();
    await xlsx.apply({ sheets: [sheet("P", { print })], names: [] });
    expect(xlsx.book.getWorksheet("P")!.pageSetup).toMatchObject({ printArea: "A1:E40", margins });
  });

  test("a print area that is not a range is refused before anything is written, by both adapters alike", async () => {
    const { fake, wb } = setup();
    const bad = { sheets: [sheet("P", { print: { orientation: "portrait" as const, fitToWidth: true, printArea: "A1:Nowhere" } })], names: [] };
    await expect(wb.apply(bad)).rejects.toThrow(/"A1:Nowhere" is not a cell address/);
    expect(fake.dump().sheets.map((s) => s.name)).not.toContain("P");
    await expect(XlsxWorkbook.create().apply(bad)).rejects.toThrow(/"A1:Nowhere" is not a cell address/);
  });

  test("where Excel rejects page layout (no printer), the plan still lands: print setup goes last and its failure is not the write's", async () => {
    const fake = createFakeExcel({ rejectPageLayout: true });
    fake.addSheet("Sheet1");
    // debugInfo names the failing statement only through the real office.js client.
    const wb = new OfficeWorkbook(realExcelRun(fake), { isSetSupported: fake.isSetSupported });
    await wb.apply(bigBatch(2));
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(["Sheet1", "Strategy 1", "Strategy 2"]);
    expect(fake.validation("Strategy 2", "D5")?.source).toBe("=AIP.List.Process");
    expect(fake.dump().names["AIP.S2"]).toBe("'Strategy 2'!$A$1:$D$20");
    expect(fake.pageLayout("Strategy 1")).toEqual({});
    // Any other failure is still reported.
    await expect(wb.apply({ sheets: [sheet("Strategy 1")], names: [] })).rejects.toThrow(/already has a sheet/);
  });

  test("print setup is skipped without ExcelApi 1.9", async () => {
    const { fake, wb } = setup({ ExcelApi: "1.8" });
    await wb.apply(bigBatch(1));
    expect(fake.pageLayout("Strategy 1")).toEqual({});
    expect(fake.getCell("Strategy 1", "A1").value).toBe("Row 0");
  });

  test("created sheets go to min(position, count) in batch order; activate", async () => {
    const { fake, wb } = setup();
    await wb.apply({ sheets: [sheet("B", { position: 0 }), sheet("C", { position: 99 }), sheet("A", { position: 1, activate: true })], names: [] });
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(["B", "A", "Sheet1", "C"]);
    expect(fake.active().sheet).toBe("A");
  });

  test("opensOn marks the tab a saved file opens on: Excel leaves the person on their sheet, the .xlsx opens on it", async () => {
    const { fake, wb } = setup();
    await wb.apply({ sheets: [sheet("Minutes", { opensOn: true })], names: [] });
    expect(fake.active().sheet).toBe("Sheet1");
    const xlsx = XlsxWorkbook.create();
    await xlsx.apply({ sheets: [sheet("Plan"), sheet("Minutes", { opensOn: true })], names: [] });
    expect(xlsx.activeSheet()).toBe("Minutes");
  });

  test("clear empties owned ranges, their formats, merges and validations", async () => {
    const { fake, wb } = setup();
    await wb.apply(bigBatch(1));
    await wb.apply({ sheets: [{ name: "Strategy 1", create: false, clear: ["A1:D30"], blocks: [] }], names: [] });
    const d = fake.dump().sheets[1];
    expect(d).toMatchObject({ cells: {}, merges: [], validations: {} });
  });
});

describe("OfficeWorkbook errors", () => {
  const fails = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookError);
      return (e as Error).message;
    }
    throw new Error("expected a WorkbookError");
  };

  test("a bad batch changes nothing and says where", async () => {
    const { fake, wb } = setup();
    const before = fake.dump();
    expect(await fails(wb.apply({ sheets: [sheet("New"), sheet("sheet1")], names: [] }))).toMatch(/"sheet1".*already has a sheet/);
    expect(await fails(wb.apply({ sheets: [sheet("New"), { name: "Gone", create: false, blocks: [] }], names: [] }))).toMatch(/no sheet named "Gone"/);
    expect(await fails(wb.apply({ sheets: [sheet("a/b")], names: [] }))).toMatch(/Cannot create the sheet "a\/b"/);
    expect(await fails(wb.apply({ sheets: [sheet("New", { blocks: [{ at: "A1", cells: [["a"], ["b", "c"]] }] })], names: [] }))).toMatch(/Sheet "New", block at A1/);
    expect(await fails(wb.apply({ sheets: [], names: [{ name: "A1", sheet: "Sheet1", range: "A1" }] }))).toMatch(/Cannot define the name "A1"/);
    expect(await fails(wb.apply({ sheets: [], names: [{ name: "AIP.X", sheet: "Nope", range: "A1" }] }))).toMatch(/no sheet named "Nope"/);
    expect(fake.dump()).toEqual(before);
  });

  test("a tab renamed after the snapshot is reported by name", async () => {
    const { fake, wb } = setup();
    await wb.snapshot();
    fake.renameSheet("Sheet1", "Renamed");
    expect(await fails(wb.apply({ sheets: [{ name: "Sheet1", create: false, blocks: [{ at: "A1", cells: [["x"]] }] }], names: [] }))).toMatch(/no sheet named "Sheet1"/);
    // the adapter has re-read the workbook: the next apply works on what is there now
    await wb.apply({ sheets: [{ name: "Renamed", create: false, blocks: [{ at: "A1", cells: [["x"]] }] }], names: [] });
    expect(fake.getCell("Renamed", "A1").value).toBe("x");
  });

  test("select on a missing sheet or a bad address", async () => {
    const { wb } = setup();
    expect(await fails(wb.select("Gone", "A1"))).toMatch(/no sheet named "Gone"/);
    expect(await fails(wb.select("Sheet1", "nope"))).toMatch(/not a cell address/);
  });

  test("an unexpected Office failure becomes a WorkbookError with its code", async () => {
    const failing = new OfficeWorkbook(async () => {
      throw Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
    });
    expect(await fails(failing.snapshot())).toMatch(/Excel could not read the workbook \(GeneralException\): An internal error/);
    expect(await fails(failing.listSheets())).toMatch(/could not list the sheets/);
  });

  test("a broken name reads back empty", async () => {
    const { fake, wb } = setup();
    fake.addSheet("Temp");
    await wb.apply({ sheets: [], names: [{ name: "AIP.T", sheet: "Temp", range: "A1" }] });
    fake.deleteSheet("Temp");
    const snap = await wb.snapshot();
    expect(snap.names["AIP.T"]).toEqual({ name: "AIP.T", sheet: "", range: "", values: [], formulas: [] });
  });
});
