/** The Lists sheet's dropdown sources and the whole workbook's tab order and positions. */
import { readFileSync } from "fs";
import { join } from "path";
import { QUARTERS } from "../../../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../../src/domain/scales";
import { parsePlan } from "../../../src/domain/validate";
import { buildWorkbook } from "../../../src/layout/build/buildWorkbook";
import { listsSheetSpec } from "../../../src/layout/build/listsSheet";
import { LIST_NAMES } from "../../../src/layout/names";
import type { Cell, SheetSpec } from "../../../src/workbook/spec";
import { cellAddress, parseCell, parseRange } from "../../../src/util/a1";

function column(sheet: SheetSpec, range: string): Cell[] {
  const cells = new Map<string, Cell>();
  for (const b of sheet.blocks) {
    const at = parseCell(b.at);
    b.cells.forEach((row, r) => row.forEach((c, k) => cells.set(cellAddress(at.row + r, at.col + k), c)));
  }
  const r = parseRange(range);
  return Array.from({ length: r.end.row - r.start.row + 1 }, (_, k) => cells.get(cellAddress(r.start.row + k, r.start.col)) ?? null);
}

describe("listsSheetSpec", () => {
  it("lists the scales low to high with their definitions beside them, quarters, statuses and the roster with spare rows", () => {
    const { sheet, names } = listsSheetSpec(["Ana Ruiz", "Sam Park"]);
    const range = (n: string) => names.find((x) => x.name === n)?.range ?? "";
    for (const n of Object.values(LIST_NAMES)) expect(parseRange(range(n)).start.col).toBe(parseRange(range(n)).end.col);
    expect(column(sheet, range(LIST_NAMES.process))).toEqual(PROCESS_SCALE.levels.map((l) => l.name));
    expect(column(sheet, range(LIST_NAMES.performance))).toEqual(PERFORMANCE_SCALE.levels.map((l) => l.name));
    const defs = parseRange(range(LIST_NAMES.process));
    const beside = `${cellAddress(defs.start.row, 1)}:${cellAddress(defs.end.row, 1)}`;
    expect(column(sheet, beside)).toEqual(PROCESS_SCALE.levels.map((l) => l.definition));
    expect(column(sheet, range(LIST_NAMES.quarters))).toEqual([...QUARTERS]);
    const roster = column(sheet, range(LIST_NAMES.roster));
    expect(roster.slice(0, 2)).toEqual(["Ana Ruiz", "Sam Park"]);
    expect(roster.length).toBeGreaterThan(2);
    expect(roster.slice(2).every((c) => c === null)).toBe(true);
  });

  it("keeps a roster range even when nobody is on it", () => {
    const { names } = listsSheetSpec([]);
    const r = parseRange(names.find((x) => x.name === LIST_NAMES.roster)?.range ?? "");
    expect(r.end.row - r.start.row + 1).toBeGreaterThanOrEqual(1);
  });
});

describe("buildWorkbook", () => {
  const plan = parsePlan(JSON.parse(readFileSync(join(__dirname, "../../../examples/sample-plan.json"), "utf8")));

  it("orders Plan, strategy sheets by objective then initiative, the quarter tabs, then Lists, with matching positions", () => {
    const batch = buildWorkbook(plan, ["Sheet1"]);
    const tabs = batch.sheets.map((s) => s.name);
    const count = plan.objectives.reduce((n, o) => n + o.initiatives.length, 0);
    expect(tabs[0]).toBe("Plan");
    expect(tabs.slice(1 + count)).toEqual([...QUARTERS, "Lists"]);
    expect(tabs.slice(1, 1 + count).map((t) => t.split(" ")[0])).toEqual(plan.objectives.flatMap((o, oi) => o.initiatives.map((_, ii) => `${oi + 1}.${ii + 1}`)));
    expect(batch.sheets.map((s) => s.position)).toEqual(tabs.map((_, k) => k));
    expect(batch.sheets.every((s) => s.create)).toBe(true);
    expect(batch.sheets.filter((s) => s.activate).map((s) => s.name)).toEqual(["Plan"]);
  });

  it("gives strategy sheets names unique against existing tabs", () => {
    const first = buildWorkbook(plan, []).sheets[1].name;
    const batch = buildWorkbook(plan, [first.toUpperCase()]);
    expect(batch.sheets[1].name).not.toBe(first);
    expect(batch.sheets[1].name.toLowerCase()).not.toBe(first.toLowerCase());
  });

  it("writes every string as a plain string cell and formulas only as formula cells", () => {
    const batch = buildWorkbook(plan, []);
    for (const s of batch.sheets)
      for (const b of s.blocks)
        for (const row of b.cells)
          for (const c of row) {
            if (c !== null && typeof c === "object") expect(c.formula.startsWith("=")).toBe(true);
          }
    const hyperlinks = JSON.stringify(batch.sheets[0].blocks);
    expect(hyperlinks).toContain("HYPERLINK(");
  });
});
