import { MIN_PRINT_SCALE, printScale } from "../../../src/layout/printing";
import { quarterListName } from "../../../src/layout/names";
import type { ActivitySource } from "../../../src/layout/activitySource";
import { QUARTER_HEADERS, quarterSheetSpecs } from "../../../src/layout/build/quarterSheets";
import type { Block, Cell, FormulaCell, SheetSpec } from "../../../src/workbook/spec";
import { parseRange } from "../../../src/util/a1";

const reading: ActivitySource = {
  ref: { o: 1, i: 2 },
  sheet: "1.2 It's reading",
  activitiesRange: "A31:F35",
  quarters: ["Sept-Dec", "Jan-March", "Sept-Dec", "", "July-Aug"],
};
const math: ActivitySource = {
  ref: { o: 1, i: 1 },
  sheet: "1.1 Math",
  activitiesRange: "C10:H11",
  quarters: ["Sept-Dec", "April-June"],
};

function sheet(specs: { sheets: SheetSpec[] }, name: string): SheetSpec {
  const found = specs.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The block that starts at `at`. */
function block(s: SheetSpec, at: string): Block {
  const found = s.blocks.find((b) => b.at === at);
  if (!found) throw new Error(`no block at ${at} on ${s.name}`);
  return found;
}

function formula(c: Cell): string {
  if (c === null || typeof c !== "object") throw new Error(`not a formula: ${JSON.stringify(c)}`);
  return (c as FormulaCell).formula;
}

describe("quarterSheetSpecs", () => {
  const specs = quarterSheetSpecs([reading, math], "create");

  it("makes the four quarter tabs, named exactly as the template's quarters, in order", () => {
    expect(specs.sheets.map((s) => s.name)).toEqual(["Sept-Dec", "Jan-March", "April-June", "July-Aug"]);
    expect(specs.sheets.every((s) => s.create && !s.clear)).toBe(true);
  });

  it("lists a row only on the tab of its Quarter label, initiatives in order, rows in sheet order", () => {
    const rows = block(sheet(specs, "Sept-Dec"), "A5").cells;
    expect(rows.map((r) => formula(r[1]))).toEqual([
      `=IF('1.1 Math'!$D$10="","",'1.1 Math'!$D$10)`,
      `=IF('1.2 It''s reading'!$B$31="","",'1.2 It''s reading'!$B$31)`,
      `=IF('1.2 It''s reading'!$B$33="","",'1.2 It''s reading'!$B$33)`,
    ]);
    expect(block(sheet(specs, "Jan-March"), "A5").cells.map((r) => formula(r[1]))).toEqual([`=IF('1.2 It''s reading'!$B$32="","",'1.2 It''s reading'!$B$32)`]);
    expect(block(sheet(specs, "April-June"), "A5").cells).toHaveLength(1);
    expect(block(sheet(specs, "July-Aug"), "A5").cells).toHaveLength(1);
  });

  it("leaves out rows with a blank or unknown Quarter label", () => {
    const odd: ActivitySource = { ...math, quarters: ["", "Spring"] };
    const all = quarterSheetSpecs([odd], "create");
    expect(all.names.map((n) => n.range)).toEqual(["A4:F4", "A4:F4", "A4:F4", "A4:F4"]);
  });

  it("refers to H, I, J, K and Status of the source row, hiding empty cells, and numbers the initiative live", () => {
    const [row] = block(sheet(specs, "April-June"), "A5").cells;
    expect(formula(row[0])).toBe(`="1.1 "&AIP.O1.I1.Description`);
    const cols = ["D", "E", "F", "G", "H"];
    row.slice(1).forEach((c, k) => {
      const ref = `'1.1 Math'!$${cols[k]}$11`;
      expect(formula(c)).toBe(`=IF(${ref}="","",${ref})`);
    });
  });

  it("writes the title, the note and the template's headers, and formats dates as dates", () => {
    const s = sheet(specs, "Sept-Dec");
    expect(block(s, "A1").cells[0][0]).toContain("Sept-Dec");
    expect(block(s, "A2").cells[0][0]).toMatch(/Rebuilt by the add-in: edit activities on the strategy sheets/);
    expect(block(s, "A4").cells).toEqual([[...QUARTER_HEADERS]]);
    expect(QUARTER_HEADERS.slice(1, 5)).toEqual([
      "H. Activities to Achieve the Outcomes for the Initiative (Action Steps)",
      "I. Who will Lead?",
      "J. When will it Start?",
      "K. When will it be Complete?",
    ]);
    const dates = s.styles?.find((st) => st.style.numberFormat);
    expect(dates?.range).toBe("D5:E7");
    expect(dates?.style.numberFormat).toMatch(/d/);
    expect(s.freeze).toEqual({ rows: 4, columns: 0 });
    expect(s.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: "4:4", footer: { right: "Page &[Page] of &[Pages]" } });
    expect(printScale(s.columns!, 6, "landscape")).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(s.columns?.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(s.styles?.some((st) => st.range === "A5:F7" && st.style.wrap)).toBe(true);
  });

  it("names each listing (header plus one row per activity) with quarterListName", () => {
    expect(specs.names).toEqual([
      { name: quarterListName(0), sheet: "Sept-Dec", range: "A4:F7" },
      { name: quarterListName(1), sheet: "Jan-March", range: "A4:F5" },
      { name: quarterListName(2), sheet: "April-June", range: "A4:F5" },
      { name: quarterListName(3), sheet: "July-Aug", range: "A4:F5" },
    ]);
  });

  it("says so on a quarter with no activities, outside the named listing", () => {
    const empty = quarterSheetSpecs([], "create");
    for (const s of empty.sheets) expect(block(s, "A5").cells[0][0]).toBe(`No ${s.name} activities yet.`);
    expect(empty.names.every((n) => n.range === "A4:F4")).toBe(true);
  });

  it("holds no copied values in the listing: every listed cell is a live formula", () => {
    const rows = block(sheet(specs, "Sept-Dec"), "A5").cells;
    expect(
      rows
        .flat()
        .map(formula)
        .every((f) => f.startsWith("=")),
    ).toBe(true);
  });

  describe("update mode", () => {
    it("rewrites the existing tabs in place, clearing well past the old and new listings", () => {
      const up = quarterSheetSpecs([reading, math], "update", { "Sept-Dec": 3000 });
      for (const s of up.sheets) {
        expect(s.create).toBe(false);
        expect(s.clear).toHaveLength(1);
        const cleared = parseRange((s.clear ?? [])[0]);
        expect(cleared.start).toEqual({ row: 0, col: 0 });
        expect(cleared.end.col).toBeGreaterThanOrEqual(5);
        expect(cleared.end.row + 1).toBeGreaterThan(s.name === "Sept-Dec" ? 3000 : 1000);
      }
    });

    it("clears past a listing larger than any floor", () => {
      const many: ActivitySource = {
        ref: { o: 2, i: 1 },
        sheet: "2.1",
        activitiesRange: "A1:F1500",
        quarters: Array.from({ length: 1500 }, () => "Jan-March"),
      };
      const s = sheet(quarterSheetSpecs([many], "update"), "Jan-March");
      expect(parseRange((s.clear ?? [])[0]).end.row + 1).toBeGreaterThan(1504);
    });
  });
});
