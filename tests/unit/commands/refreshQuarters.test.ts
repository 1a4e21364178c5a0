import { refreshQuarters } from "../../../src/commands/refreshQuarters";
import { quarterListName } from "../../../src/layout/names";
import type { FormulaCell, SheetSpec } from "../../../src/workbook/spec";
import { parseRange } from "../../../src/util/a1";
import { WorkbookError } from "../../../src/workbook/port";
import { addInitiative, addPlanSheet, RecordingPort, SnapshotBuilder } from "../../support/snapshotBuilder";

function workbook(): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", {
    activities: [
      { quarter: "Sept-Dec", text: "Hire coaches" },
      { quarter: "Jan-March", text: "Coaching cycles" },
    ],
  });
  addInitiative(b, { o: 1, i: 2 }, "1.2 It's reading", {
    activities: [
      { quarter: "Sept-Dec", text: "Screen K-3" },
      { quarter: "July-Aug", text: "Summer school" },
    ],
  });
  return b;
}

function listed(sheet: SheetSpec): string[] {
  const rows = sheet.blocks.find((bl) => bl.at === "A5")?.cells ?? [];
  return rows.filter((r) => r.length === 6).map((r) => (r[1] as FormulaCell).formula);
}

describe("refreshQuarters", () => {
  it("rewrites existing quarter tabs in place with one snapshot and one apply", async () => {
    const b = workbook();
    ["Sept-Dec", "Jan-March", "April-June", "July-Aug"].forEach((q, i) => b.set(q, "A1", [["old"]]).name(quarterListName(i), q, i === 0 ? "A4:F2600" : "A4:F4"));
    const port = new RecordingPort(b.build());

    const result = await refreshQuarters(port);

    expect(result.rows).toEqual({ "Sept-Dec": 2, "Jan-March": 1, "April-June": 0, "July-Aug": 1 });
    expect(port.snapshots).toBe(1);
    expect(port.batches).toHaveLength(1);
    const [batch] = port.batches;
    expect(batch.sheets.map((s) => [s.name, s.create])).toEqual([
      ["Sept-Dec", false],
      ["Jan-March", false],
      ["April-June", false],
      ["July-Aug", false],
    ]);
    // The old, longer Sept-Dec listing is cleared entirely.
    expect(parseRange((batch.sheets[0].clear ?? [])[0]).end.row + 1).toBeGreaterThan(2600);
    expect(listed(batch.sheets[0])).toEqual([`=IF('1.1 Coaching'!$B$31="","",'1.1 Coaching'!$B$31)`, `=IF('1.2 It''s reading'!$B$31="","",'1.2 It''s reading'!$B$31)`]);
    expect(batch.names.map((n) => [n.name, n.range])).toEqual([
      [quarterListName(0), "A4:F6"],
      [quarterListName(1), "A4:F5"],
      [quarterListName(2), "A4:F4"],
      [quarterListName(3), "A4:F5"],
    ]);
  });

  it("creates missing quarter tabs next to their siblings, or after the last strategy sheet", async () => {
    const b = workbook().sheet("Lists");
    b.sheet("Jan-March").name(quarterListName(1), "Jan-March", "A4:F4");
    // Tabs now: Plan, Lists, 1.1 Coaching, 1.2 It's reading, Jan-March
    const port = new RecordingPort(b.build());
    await refreshQuarters(port);
    const sheets = port.batches[0].sheets;
    expect(sheets.map((s) => [s.name, s.create, s.position])).toEqual([
      ["Sept-Dec", true, 4],
      ["Jan-March", false, undefined],
      ["April-June", true, 6],
      ["July-Aug", true, 7],
    ]);
    expect(sheets.filter((s) => s.create).every((s) => s.clear === undefined)).toBe(true);
  });

  it("finds a renamed quarter tab by its name, and refuses a tab of a person's own merely called like a quarter", async () => {
    const renamed = workbook()
      .set("Q2 activities", "A1", [["old"]])
      .name(quarterListName(1), "Q2 activities", "A4:F4");
    const port = new RecordingPort(renamed.build());
    await refreshQuarters(port);
    expect(port.batches[0].sheets.map((s) => [s.name, s.create])).toEqual([
      ["Sept-Dec", true],
      ["Q2 activities", false],
      ["April-June", true],
      ["July-Aug", true],
    ]);
    const own = new RecordingPort(
      workbook()
        .set("Jan-March", "A1", [["my own list"]])
        .build(),
    );
    await expect(refreshQuarters(own)).rejects.toThrow(/the sheet "Jan-March" is not the add-in's Jan-March tab .*AIP\.Quarter2\.List.*Rename that sheet/);
    expect(own.batches).toHaveLength(0);
  });

  it("puts all four after the last strategy sheet when none exists", async () => {
    const port = new RecordingPort(workbook().build());
    await refreshQuarters(port);
    // Tabs: Plan, Lists, 1.1 Coaching, 1.2 It's reading
    expect(port.batches[0].sheets.map((s) => s.position)).toEqual([4, 5, 6, 7]);
  });

  it("lists a freshly typed activity and drops a cleared one", async () => {
    const b = workbook();
    b.set("1.1 Coaching", "A33", [["April-June", "New step", "", "", "", ""]]);
    b.set("1.1 Coaching", "A31", [["Sept-Dec", "", "", "", "", "Not started"]]);
    const port = new RecordingPort(b.build());
    const { rows } = await refreshQuarters(port);
    expect(rows).toEqual({ "Sept-Dec": 1, "Jan-March": 1, "April-June": 1, "July-Aug": 1 });
    expect(listed(port.batches[0].sheets[2])).toEqual([`=IF('1.1 Coaching'!$B$33="","",'1.1 Coaching'!$B$33)`]);
  });

  it("treats a quarter tab whose name differs only in case as the quarter's own", async () => {
    const b = workbook().sheet("sept-dec");
    b.name(quarterListName(0), "sept-dec", "A4:F9");
    const port = new RecordingPort(b.build());
    await refreshQuarters(port);
    const [batch] = port.batches;
    expect(batch.sheets[0]).toMatchObject({ name: "sept-dec", create: false });
    expect(batch.names[0]).toEqual({ name: quarterListName(0), sheet: "sept-dec", range: "A4:F6" });
    expect(batch.sheets[1]).toMatchObject({ name: "Jan-March", create: true, position: 5 });
  });

  it("refuses a workbook with no plan, writing nothing", async () => {
    const port = new RecordingPort(new SnapshotBuilder().sheet("Sheet1").build());
    await expect(refreshQuarters(port)).rejects.toThrow(WorkbookError);
    expect(port.batches).toEqual([]);
  });
});
