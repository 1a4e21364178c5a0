/** The strategy sheet spec: activities grouped and padded by quarter, dropdowns, names, print setup. */
import { MIN_PRINT_SCALE, printScale } from "../../../src/layout/printing";
import { isoToSerial } from "../../../src/domain/calendar";
import { QUARTERS, type Initiative } from "../../../src/domain/plan";
import { initiativeNames, LIST_NAMES } from "../../../src/layout/names";
import { strategySheetSpec } from "../../../src/layout/build/strategySheet";
import { cellAddress, parseCell, parseRange } from "../../../src/util/a1";
import { grid } from "./specGrid";

const initiative: Initiative = {
  description: "Coaching",
  lead: "Ana Ruiz",
  shortTermOutcomes: ["One", "Two", "Three"],
  earlyEvidence: [],
  resources: "Time",
  activities: [
    { quarter: "Jan-March", text: "Second", lead: "Ana Ruiz" },
    { quarter: "Sept-Dec", text: "First", lead: "Ana Ruiz", start: "2026-09-14", complete: "soon" },
    { quarter: "Jan-March", text: "Third", lead: "Ana Ruiz" },
  ],
  ratings: { Jan: { process: "Implementing", processEvidence: "Walkthroughs" } },
};
const objective = { title: "Literacy", lead: "Sam Park", initiatives: [initiative] };
const ref = { o: 2, i: 3 };

function spec(roster: string[] = ["Ana Ruiz"]) {
  return strategySheetSpec({ ref, objective, initiative, sheet: "2.3 Coaching", roster, district: "Springfield", position: 4 });
}

describe("strategySheetSpec", () => {
  it("groups activities by quarter in template order, pads each quarter with its label, and marks padding with an empty quarter", () => {
    const { sheet, names, activities } = spec();
    const body = names.find((n) => n.name === initiativeNames(ref).activities);
    expect(body?.range).toBe(activities.activitiesRange);
    const range = parseRange(activities.activitiesRange);
    expect(range.end.col - range.start.col + 1).toBe(6);
    const cells = grid(sheet);
    const rows = Array.from({ length: range.end.row - range.start.row + 1 }, (_, k) => [0, 1, 3, 4].map((c) => cells.get(cellAddress(range.start.row + k, c)) ?? null));
    expect(rows.filter((r) => r[1] !== null).map((r) => r[1])).toEqual(["First", "Second", "Third"]);
    expect(rows[0]).toEqual(["Sept-Dec", "First", isoToSerial("2026-09-14"), "soon"]);
    for (const q of QUARTERS) {
      const mine = rows.filter((r) => r[0] === q);
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(mine.some((r) => r[1] === null)).toBe(true);
    }
    expect(activities.quarters.length).toBe(rows.length);
    rows.forEach((r, k) => expect(activities.quarters[k]).toBe(r[1] === null ? "" : r[0]));
  });

  it("formats the whole start/complete body as dates", () => {
    const { sheet, activities } = spec();
    const range = parseRange(activities.activitiesRange);
    const dates = `${cellAddress(range.start.row, 3)}:${cellAddress(range.end.row, 4)}`;
    expect(sheet.styles?.find((s) => s.range === dates)?.style.numberFormat).toMatch(/y/);
  });

  it("offers the Lists sheet's dropdowns; the roster allows other names and is left out when empty", () => {
    const sources = (roster: string[]) => (spec(roster).sheet.validations ?? []).map((v) => [v.source, v.allowOther ?? false]);
    expect(sources(["Ana Ruiz"])).toEqual(
      expect.arrayContaining([
        [`=${LIST_NAMES.quarters}`, false],
        [`=${LIST_NAMES.statuses}`, false],
        [`=${LIST_NAMES.roster}`, true],
        [`=${LIST_NAMES.process}`, false],
        [`=${LIST_NAMES.performance}`, false],
      ]),
    );
    expect(sources([]).map((s) => s[0])).not.toContain(`=${LIST_NAMES.roster}`);
  });

  it("puts each field's name on its value cell", () => {
    const { sheet, names } = spec();
    const cells = grid(sheet);
    const at = (name: string) => names.find((n) => n.name === name)?.range ?? "";
    const n = initiativeNames(ref);
    expect(cells.get(at(n.objective))).toBe("Literacy");
    expect(cells.get(at(n.objectiveLead))).toBe("Sam Park");
    expect(cells.get(at(n.description))).toBe("Coaching");
    expect(cells.get(at(n.lead))).toBe("Ana Ruiz");
    expect(cells.get(at(n.resources))).toBe("Time");
    expect(cells.get(at(n.rating("Process", "Jan")))).toBe("Implementing");
    expect(cells.get(at(n.rating("ProcessEvidence", "Jan")))).toBe("Walkthroughs");
    // A's label carries the real objective number; C's number sits beside the description.
    const label = parseCell(at(n.objective));
    expect(cells.get(cellAddress(label.row, 0))).toBe("A. District Strategic Objective 2:");
    const c = parseCell(at(n.description));
    expect(cells.get(cellAddress(c.row, c.col - 1))).toBe("2.3");
    // E: single column, padded to at least 3 rows with a blank; F empty still offers rows.
    const e = parseRange(at(n.shortTermOutcomes));
    expect(e.start.col).toBe(e.end.col);
    expect(e.end.row - e.start.row + 1).toBe(4);
    const f = parseRange(at(n.earlyEvidence));
    expect(f.end.row - f.start.row + 1).toBe(3);
    const ratings = parseRange(at(n.ratings));
    expect([ratings.end.row - ratings.start.row + 1, ratings.end.col - ratings.start.col + 1]).toEqual([4, 5]);
  });

  it("prints landscape, one page wide, repeating the activities header", () => {
    const { sheet, activities } = spec();
    const header = parseRange(activities.activitiesRange).start.row; // 0-based header row = body top - 1, 1-based = body top
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: `${header}:${header}`,
      header: { left: "Springfield", center: "Initiative 2.3: Coaching" }, // page 2 says which initiative it is
      footer: { right: "Page &[Page] of &[Pages]" },
    });
    expect(printScale(sheet.columns!, 8, "landscape")).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(sheet.position).toBe(4);
    expect(sheet.create).toBe(true);
  });
});
