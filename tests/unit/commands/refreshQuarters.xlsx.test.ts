/**
 * Refresh quarter tabs and export plan through the real .xlsx adapter: the specs render, a second
 * refresh rewrites the tabs in place, and no strategy-sheet cell a person typed is touched.
 */
import type * as ExcelJS from "exceljs";
import { exportPlan } from "../../../src/commands/exportPlan";
import { refreshQuarters } from "../../../src/commands/refreshQuarters";
import { isoToSerial } from "../../../src/domain/calendar";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { addInitiative, addPlanSheet, SnapshotBuilder } from "../../support/snapshotBuilder";

function cells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((cell) => void (out[cell.address] = cell.value)));
  return out;
}

async function planBook(): Promise<XlsxWorkbook> {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", {
    activities: [
      { quarter: "Sept-Dec", text: "Hire coaches", lead: "HR", start: isoToSerial("2026-09-01"), status: "Complete" },
      { quarter: "Jan-March", text: "Coaching cycles", lead: "Coaches" },
    ],
  });
  addInitiative(b, { o: 1, i: 2 }, "1.2 It's reading", { activities: [{ quarter: "Sept-Dec", text: "=Screen K-3" }] });
  const wb = XlsxWorkbook.create();
  await wb.apply(b.toBatch());
  return wb;
}

describe("refreshQuarters on an .xlsx workbook", () => {
  it("creates the four tabs, then rewrites them in place, leaving the strategy sheets untouched", async () => {
    const wb = await planBook();
    const before = cells(wb.book.getWorksheet("1.1 Coaching") as ExcelJS.Worksheet);

    expect((await refreshQuarters(wb)).rows).toEqual({ "Sept-Dec": 2, "Jan-March": 1, "April-June": 0, "July-Aug": 0 });
    expect(await wb.listSheets()).toEqual(["Plan", "Lists", "1.1 Coaching", "1.2 It's reading", "Sept-Dec", "Jan-March", "April-June", "July-Aug"]);

    // A person moves "Hire coaches" to April-June; the next refresh follows it.
    await wb.apply({ sheets: [{ name: "1.1 Coaching", create: false, blocks: [{ at: "A31", cells: [["April-June"]] }] }], names: [] });
    const edited = cells(wb.book.getWorksheet("1.1 Coaching") as ExcelJS.Worksheet);
    expect((await refreshQuarters(wb)).rows).toEqual({ "Sept-Dec": 1, "Jan-March": 1, "April-June": 1, "July-Aug": 0 });
    expect(cells(wb.book.getWorksheet("1.1 Coaching") as ExcelJS.Worksheet)).toEqual(edited);
    expect(edited.A31).toBe("April-June");
    expect(Object.keys(edited).filter((k) => edited[k] !== before[k])).toEqual(["A31"]);

    const sept = wb.book.getWorksheet("Sept-Dec") as ExcelJS.Worksheet;
    // The old second row is gone, not left stale below the shorter listing.
    expect(sept.getCell("B5").formula).toBe(`IF('1.2 It''s reading'!$B$31="","",'1.2 It''s reading'!$B$31)`);
    expect(sept.getCell("B6").value).toBeNull();
    expect(sept.getCell("A6").value).toBeNull();
    const april = wb.book.getWorksheet("April-June") as ExcelJS.Worksheet;
    expect(april.getCell("A5").formula).toBe(`"1.1 "&AIP.O1.I1.Description`);
    expect(april.getCell("D5").numFmt).toBe("m/d/yyyy");

    const snap = await wb.snapshot();
    expect(["Sept-Dec", "Jan-March", "April-June", "July-Aug"].map((q, k) => snap.names[`AIP.Quarter${k + 1}.List`].range)).toEqual(["A4:F5", "A4:F5", "A4:F5", "A4:F4"]);
  });

  it("exports the plan it holds, text that looks like a formula included", async () => {
    const wb = await planBook();
    await refreshQuarters(wb);
    const { plan, problems } = await exportPlan(wb);
    expect(problems).toEqual([]);
    expect(plan.objectives[0].initiatives.map((i) => i.activities.map((a) => a.text))).toEqual([["Hire coaches", "Coaching cycles"], ["=Screen K-3"]]);
    expect(plan.objectives[0].initiatives[0].activities[0]).toEqual({
      quarter: "Sept-Dec",
      text: "Hire coaches",
      lead: "HR",
      start: "2026-09-01",
      status: "Complete",
    });
  });
});
