/** The strategy sheet's QPR rating table: dropdowns of the exact scales, prompts within Excel's limit, a verbatim legend, who rated and when. */
import { QPR_PERIODS, type Initiative } from "../../../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE, SCALES } from "../../../src/domain/scales";
import { initiativeNames, LIST_NAMES } from "../../../src/layout/names";
import { RATING_HEADERS, strategySheetSpec } from "../../../src/layout/build/strategySheet";
import { cellAddress, parseCell, parseRange } from "../../../src/util/a1";
import { grid } from "./specGrid";

const initiative: Initiative = {
  description: "Coaching",
  lead: "Ana Ruiz",
  shortTermOutcomes: [],
  earlyEvidence: [],
  resources: "",
  activities: [],
  ratings: { Mar: { performance: PERFORMANCE_SCALE.levels[2].name, performanceEvidence: "=Screener up 6 points" } },
};
const ref = { o: 1, i: 2 };

function spec(roster: string[] = ["Ana Ruiz"]) {
  return strategySheetSpec({
    ref,
    objective: { title: "Literacy", lead: "Sam Park", initiatives: [initiative] },
    initiative,
    sheet: "1.2 Coaching",
    roster,
    district: "Springfield",
  });
}

const at = (names: { name: string; range: string }[], name: string) => {
  const found = names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.range;
};

describe("strategy sheet rating table", () => {
  it("puts process and performance dropdowns of the exact scales on each period's rating cells, with a prompt Excel can show", () => {
    const { sheet, names } = spec();
    const n = initiativeNames(ref);
    const validations = sheet.validations ?? [];
    for (const [kind, scale, list] of [
      ["Process", PROCESS_SCALE, LIST_NAMES.process],
      ["Performance", PERFORMANCE_SCALE, LIST_NAMES.performance],
    ] as const) {
      const v = validations.find((x) => x.source === `=${list}`);
      expect(v?.allowOther ?? false).toBe(false);
      const covered = parseRange(v?.range ?? "A1");
      for (const p of QPR_PERIODS) {
        const cell = parseCell(at(names, n.rating(kind, p)));
        expect(cell.col).toBe(covered.start.col);
        expect(cell.row).toBeGreaterThanOrEqual(covered.start.row);
        expect(cell.row).toBeLessThanOrEqual(covered.end.row);
      }
      const message = v?.prompt?.message ?? "";
      expect(message.length).toBeLessThanOrEqual(255);
      for (const level of scale.levels) expect(message).toContain(level.name);
      expect(message).toMatch(/legend/);
    }
  });

  it("shows a legend with every level's full definition, verbatim and low to high, below the table", () => {
    const { sheet, names } = spec();
    const cells = grid(sheet);
    const tableEnd = parseRange(at(names, initiativeNames(ref).ratings)).end.row;
    for (const scale of SCALES) {
      const found = [...cells].find(([, v]) => typeof v === "string" && v.startsWith(`${scale.title} (low to high)`));
      expect(found).toBeDefined();
      const { row } = parseCell(found?.[0] ?? "A1");
      expect(row).toBeGreaterThan(tableEnd);
      const text = cells.get(cellAddress(row, 1));
      expect(text).toBe(scale.levels.map((l) => `${l.rank}. ${l.name}: ${l.definition}`).join("\n"));
      // Merged wide enough to read: across the table's columns B:H.
      expect(sheet.merges).toContain(`${cellAddress(row, 1)}:${cellAddress(row, 7)}`);
    }
  });

  it("has evidence beside each rating and named Rated by / Date rated cells per period (a date format, the roster offered)", () => {
    const { sheet, names } = spec();
    const cells = grid(sheet);
    const n = initiativeNames(ref);
    const header = parseRange(at(names, n.ratings)).start.row - 1;
    expect([0, 1, 2, 3, 4, 6, 7].map((c) => cells.get(cellAddress(header, c)))).toEqual([...RATING_HEADERS]);
    for (const p of QPR_PERIODS) {
      const rating = parseCell(at(names, n.rating("Performance", p)));
      const evidence = parseCell(at(names, n.rating("PerformanceEvidence", p)));
      expect(evidence).toEqual({ row: rating.row, col: rating.col + 1 });
      const by = parseCell(at(names, n.ratedBy(p)));
      const on = parseCell(at(names, n.ratedOn(p)));
      expect([by.row, on.row]).toEqual([rating.row, rating.row]);
      expect(on.col).toBe(by.col + 1);
    }
    // Evidence that looks like a formula stays text; the plan's rating lands in its cell.
    expect(cells.get(at(names, n.rating("PerformanceEvidence", "Mar")))).toBe("=Screener up 6 points");
    expect(cells.get(at(names, n.rating("Performance", "Mar")))).toBe(PERFORMANCE_SCALE.levels[2].name);
    const dates = parseCell(at(names, n.ratedOn("Jan")));
    const dateStyle = (sheet.styles ?? []).find((s) => {
      const r = parseRange(s.range);
      return s.style.numberFormat && r.start.col === dates.col && r.start.row <= dates.row && r.end.row >= dates.row;
    });
    expect(dateStyle?.style.numberFormat).toMatch(/y/);
    const rosterRanges = (sheet.validations ?? []).filter((v) => v.source === `=${LIST_NAMES.roster}`).map((v) => parseRange(v.range));
    expect(rosterRanges.some((r) => r.start.col === parseCell(at(names, n.ratedBy("Jan"))).col && r.start.row === dates.row)).toBe(true);
  });
});
