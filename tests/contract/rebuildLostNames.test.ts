/**
 * Contract: a report rebuilt over its area (QPR view, Summative Report) carries people's cells
 * through their names. When a person deleted one of those names in Name Manager, or it broke
 * (#REF!), the rebuild finds the cell from the sheet's labels, keeps what was typed there and
 * names it again, with no request of its own. Through both adapters.
 */
import * as fs from "fs";
import * as path from "path";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { repairNames } from "../../src/commands/repairNames";
import { summative } from "../../src/commands/summative";
import { parsePlan } from "../../src/domain/validate";
import { qprNames, summativeNames } from "../../src/layout/names";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { breakName, deleteName, renameSheet } from "../support/xlsxEdits";
import type { WorkbookPort } from "../../src/workbook/port";
import { both, expectSameWorkbook, pair, type Pair } from "./support";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
const s = summativeNames(2026);
const q = qprNames("Mar");

/** Where a name points in a dump: [sheet, first cell]. */
function cellOf(d: WorkbookDump, name: string): [string, string] {
  const ref = d.names[name];
  const bang = ref.lastIndexOf("!");
  return [
    ref.slice(0, bang).replace(/^'|'$/g, ""),
    ref
      .slice(bang + 1)
      .replace(/\$/g, "")
      .split(":")[0],
  ];
}

const valueAt = (d: WorkbookDump, [sheet, cell]: [string, string]) => d.sheets.find((x) => x.name === sheet)?.cells[cell]?.value;

/** Types into the named cells on both sides, as a person would; returns where each is. */
function type(p: Pair, typed: Record<string, string>): Record<string, [string, string]> {
  const d = p.fake.dump();
  const at: Record<string, [string, string]> = {};
  for (const [name, value] of Object.entries(typed)) {
    at[name] = cellOf(d, name);
    p.fake.setValue(...at[name], value);
    const [sheet, cell] = at[name];
    p.xlsx.book.getWorksheet(sheet)!.getCell(cell).value = value;
  }
  return at;
}

/** Half the names deleted in Name Manager, half pointed at #REF!, on both sides. */
function lose(p: Pair, names: string[]): void {
  names.forEach((name, k) => {
    if (k % 2 === 0) {
      p.fake.deleteName(name);
      deleteName(p.xlsx.book, name);
    } else {
      p.fake.breakName(name);
      breakName(p.xlsx.book, name);
    }
  });
}

function expectKept(p: Pair, typed: Record<string, string>, at: Record<string, [string, string]>): void {
  for (const d of [p.fake.dump(), dumpXlsx(p.xlsx)]) {
    for (const [name, value] of Object.entries(typed)) {
      expect({ name, value: valueAt(d, at[name]) }).toEqual({ name, value });
      expect({ name, at: cellOf(d, name) }).toEqual({ name, at: at[name] });
    }
  }
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
}

/** A pair holding the sample plan and the report `build` makes. */
async function start(build: (port: WorkbookPort) => Promise<unknown>): Promise<Pair> {
  const p = await pair();
  await both(p, (port) => newPlan(port, sample));
  await both(p, build);
  return p;
}

describe("a rebuild keeps a person's cell whose name was lost", () => {
  test("Summative Report: narratives, review round, a correction and an outcome's result", async () => {
    const p = await start((port) => summative(port, { today: "2027-06-15" }));
    const typed = {
      [s.successes]: "Coaching cycles began on time in every school.",
      [s.concerns]: "Attendance fell in the winter.",
      [s.review.status]: "In factual review",
      [s.review.corrections({ o: 1, i: 2 })]: "The coaching started in October, not September.",
      [s.outcome(1).result]: "58% proficient",
      [s.outcome(1).met]: "Partly met",
    };
    const at = type(p, typed);
    lose(p, Object.keys(typed));

    const r = await both(p, (port) => summative(port, { today: "2027-06-15" }));
    expect(r.office.model.narratives.successes.text).toBe(typed[s.successes]);
    expectKept(p, typed, at);
    // No request of its own: the report's tab comes with the command's read. That read finds names
    // gone (its quick request fails, the full read takes two, as for any command), then the one
    // write. A rebuild with every name in place reads once and writes once.
    expect(r.syncs).toBe(4);
    const again = await both(p, (port) => summative(port, { today: "2027-06-15" }));
    expect(again.syncs).toBe(2);
  });

  test("QPR view: the overall and an objective's narrative, and a correction", async () => {
    const p = await start((port) => qprView(port, { period: "Mar" }));
    const typed = {
      [q.overall]: "Steady progress on both objectives.",
      [q.objective(1)]: "Walkthroughs show the new routines in most classrooms.",
      [q.review.corrections({ o: 2, i: 1 })]: "The survey went out in February.",
    };
    const at = type(p, typed);
    lose(p, Object.keys(typed));

    await both(p, (port) => qprView(port, { period: "Mar" }));
    expectKept(p, typed, at);
  });

  test("a renamed QPR view's tab is read once more, only because a name is lost", async () => {
    const p = await start((port) => qprView(port, { period: "Mar" }));
    const tab = cellOf(p.fake.dump(), q.overall)[0];
    p.fake.renameSheet(tab, "March report");
    renameSheet(p.xlsx.book, tab, "March report");
    const typed = { [q.objective(2)]: "Attendance plans are in place at every school." };
    const at = type(p, typed);
    lose(p, Object.keys(typed));

    const r = await both(p, (port) => qprView(port, { period: "Mar" }));
    expect(r.office.sheet).toBe("March report");
    expectKept(p, typed, at);
    const again = await both(p, (port) => qprView(port, { period: "Mar" }));
    expect(r.syncs - again.syncs).toBeGreaterThanOrEqual(1);
  });

  test("Repair names points a Summative Report's lost names back at their cells", async () => {
    const p = await start((port) => summative(port, { today: "2027-06-15" }));
    const before = p.fake.dump();
    const all = Object.keys(before.names).filter((n) => n.startsWith(`${s.prefix}.`));
    expect(all.length).toBeGreaterThan(10);
    lose(p, all);

    const r = await both(p, (port) => repairNames(port));
    expect(r.office).toEqual(r.xlsx);
    expect(r.office.notRepaired).toEqual([]);
    expect(r.office.repaired.map((x) => x.name).sort()).toEqual([...all].sort());
    expect(p.fake.dump()).toEqual(before);
  });
});
