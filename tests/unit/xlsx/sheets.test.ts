import { WorkbookError } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { built, reopen, sheet } from "../../support/xlsxHelpers";

describe("XlsxWorkbook sheets", () => {
  test("an empty workbook has no sheets", async () => {
    expect(await XlsxWorkbook.create().listSheets()).toEqual([]);
  });

  test("created sheets go to their position, others after the last, and the order survives saving", async () => {
    const wb = await built([sheet("Plan"), sheet("Lists")]);
    await wb.apply({ sheets: [sheet("O1-I1", { position: 1 }), sheet("Summary", { position: 0 }), sheet("Far", { position: 99 })], names: [] });
    const order = ["Summary", "Plan", "O1-I1", "Lists", "Far"];
    expect(await wb.listSheets()).toEqual(order);
    expect(await (await reopen(wb)).listSheets()).toEqual(order);
  });

  test("updating a missing sheet is a WorkbookError naming it, and nothing is written", async () => {
    const wb = await built([sheet("Plan")]);
    const attempt = wb.apply({
      sheets: [sheet("Extra"), { name: "Sept-Dec", create: false, blocks: [{ at: "A1", cells: [["x"]] }] }],
      names: [],
    });
    await expect(attempt).rejects.toThrow(WorkbookError);
    await expect(attempt).rejects.toThrow(/no sheet named "Sept-Dec"/);
    expect(await wb.listSheets()).toEqual(["Plan"]);
  });

  test("creating a sheet that exists (whatever the case) is a WorkbookError", async () => {
    const wb = await built([sheet("Plan", { blocks: [{ at: "A1", cells: [["typed"]] }] })]);
    await expect(wb.apply({ sheets: [sheet("PLAN")], names: [] })).rejects.toThrow(/already has a sheet with that name/);
    await expect(wb.apply({ sheets: [sheet("New"), sheet("new")], names: [] })).rejects.toThrow(/"new".*already has a sheet/);
    expect(await wb.listSheets()).toEqual(["Plan"]);
    expect(wb.book.getWorksheet("Plan")!.getCell("A1").value).toBe("typed");
  });

  test.each([
    ["a".repeat(32), /at most 31 characters/],
    ["Q1/Q2", /cannot contain/],
    ["'quoted'", /apostrophe/],
    ["", /cannot be empty/],
  ])("a tab name Excel forbids (%j) is refused with the reason", async (name, reason) => {
    await expect(XlsxWorkbook.create().apply({ sheets: [sheet(name)], names: [] })).rejects.toThrow(reason);
  });

  test("a sheet created earlier in the batch can be updated later in it", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({ sheets: [sheet("Plan"), { name: "Plan", create: false, blocks: [{ at: "A1", cells: [["later"]] }] }], names: [] });
    expect(wb.book.getWorksheet("Plan")!.getCell("A1").value).toBe("later");
  });

  test("activate and select are recorded as the active tab and cell, and survive saving", async () => {
    const wb = await built([sheet("Plan"), sheet("Lists", { activate: true }), sheet("Summary")]);
    expect(wb.activeSheet()).toBe("Lists");
    await wb.select("Summary", "C4:D9");
    // Exactly one tab marked selected, or Excel opens with the tabs grouped. (ExcelJS writes the
    // mark but does not read it back, so check before saving.)
    const selected = (x: XlsxWorkbook) => x.book.worksheets.map((ws) => Boolean((ws.views[0] as { tabSelected?: boolean } | undefined)?.tabSelected));
    expect(selected(wb)).toEqual([false, false, true]);
    const again = await reopen(wb);
    expect(again.activeSheet()).toBe("Summary");
    expect(again.activeCell("Summary")).toBe("C4");
    await again.apply({ sheets: [{ name: "Plan", create: false, blocks: [], activate: true }], names: [] });
    expect(selected(again)).toEqual([true, false, false]);
    await expect(wb.select("Gone", "A1")).rejects.toThrow(/no sheet named "Gone"/);
  });

  test("select works on a reopened sheet that never had a view", async () => {
    const again = await reopen(await built([sheet("Plan"), sheet("Lists")]));
    await again.select("Lists", "B2");
    expect(again.activeSheet()).toBe("Lists");
    expect(again.activeCell("Lists")).toBe("B2");
    await again.apply({ sheets: [{ name: "Plan", create: false, blocks: [], freeze: { rows: 1, columns: 1 } }], names: [] });
    expect((await reopen(again)).book.getWorksheet("Plan")!.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
  });
});
