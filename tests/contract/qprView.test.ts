/**
 * Contract: "Build QPR view" gives the same sheet through both adapters, with live formulas through
 * the rating names, keeps the narratives people typed across rebuilds, lists the period's minutes
 * evidence, writes nothing outside its own sheet, and costs at most 2 round trips in Excel
 * whatever the plan's size.
 */
import * as fs from "fs";
import * as path from "path";
import { addInitiative } from "../../src/commands/addInitiative";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { parsePlan } from "../../src/domain/validate";
import { initiativeNames, qprNames } from "../../src/layout/names";
import { NOT_RATED } from "../../src/layout/build/qprSheet";
import { parseRange } from "../../src/util/a1";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { generatePlan } from "../support/generatePlan";
import { bothPrimed, expectSameWorkbook, pair } from "./support";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
const added = generatePlan(1, 1, 2).objectives[0].initiatives[0];

function cellAt(dump: WorkbookDump, name: string) {
  const ref = dump.names[name];
  if (!ref) throw new Error(`no name ${name}`);
  const bang = ref.lastIndexOf("!");
  const sheet = ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const first = ref
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")[0];
  return { sheet, first, cell: dump.sheets.find((s) => s.name === sheet)?.cells[first] ?? {} };
}

function sheetCells(dump: WorkbookDump, sheet: string) {
  const s = dump.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.cells;
}

describe("QPR view through both adapters", () => {
  test("lists every initiative with live rating formulas, the months covered and the publication month; same workbook; 2 syncs", async () => {
    const p = await pair();
    await bothPrimed(p, (port) => newPlan(port, sample));
    const before = p.fake.dump();

    const view = await bothPrimed(p, (port) => qprView(port, { period: "Mar" }));
    expect(view.office).toEqual(view.xlsx);
    const count = sample.objectives.reduce((n, o) => n + o.initiatives.length, 0);
    expect(view.office).toEqual({ sheet: "QPR Mar", initiatives: count, problems: [] });
    expect(view.syncs).toBeLessThanOrEqual(2);
    const after = p.fake.dump();
    expectSameWorkbook(dumpXlsx(p.xlsx), after);

    // Only the QPR sheet is new; every other sheet is exactly as it was.
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), "QPR Mar"]);
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);

    const cells = Object.values(sheetCells(after, "QPR Mar"));
    const values = cells.map((c) => c.value);
    expect(values).toContain("March 2027");
    expect(values).toContain("December 2026 – February 2027");
    const formulas = cells.map((c) => c.formula ?? "");
    sample.objectives.forEach((o, oi) =>
      o.initiatives.forEach((_, ii) => {
        const n = initiativeNames({ o: oi + 1, i: ii + 1 });
        expect(formulas).toContain(`=IF(${n.rating("Process", "Mar")}="","${NOT_RATED}",${n.rating("Process", "Mar")})`);
        expect(formulas).toContain(`=IF(${n.rating("Performance", "Mar")}="","${NOT_RATED}",${n.rating("Performance", "Mar")})`);
        expect(formulas).toContain(`=""&${n.rating("PerformanceEvidence", "Mar")}`);
        expect(formulas).toContain(`=""&${n.ratedBy("Mar")}`);
      }),
    );
    // A narrative cell per objective, and one for overall progress, all named.
    const q = qprNames("Mar");
    expect(cellAt(after, q.overall).sheet).toBe("QPR Mar");
    sample.objectives.forEach((_, oi) => expect(cellAt(after, q.objective(oi + 1)).sheet).toBe("QPR Mar"));
  });

  test("narratives typed in the view survive rebuilding it, also after an initiative is added (text stays text)", async () => {
    const p = await pair();
    await bothPrimed(p, (port) => newPlan(port, generatePlan(2, 2)));
    await bothPrimed(p, (port) => qprView(port, { period: "Jan" }));
    const q = qprNames("Jan");
    const typed: Record<string, string> = {
      [q.overall]: "=Strong start; coaching cycles began on time.",
      [q.objective(1)]: "Objective 1 is on track.",
      [q.objective(2)]: "+Attendance work started late.",
    };
    for (const port of [p.xlsx, p.office]) {
      const snap = await port.snapshot();
      await port.apply({
        sheets: [{ name: "QPR Jan", create: false, blocks: Object.entries(typed).map(([name, text]) => ({ at: snap.names[name].range, cells: [[text]] })) }],
        names: [],
      });
    }
    await bothPrimed(p, (port) => addInitiative(port, { objective: 1, initiative: added }));
    const rebuilt = await bothPrimed(p, (port) => qprView(port, { period: "Jan" }));
    expect(rebuilt.office.initiatives).toBe(5);
    expect(rebuilt.syncs).toBeLessThanOrEqual(2);
    const dump = p.fake.dump();
    expectSameWorkbook(dumpXlsx(p.xlsx), dump);
    for (const [name, text] of Object.entries(typed)) expect({ name, ...cellAt(dump, name).cell }).toMatchObject({ name, value: text });
    for (const [name] of Object.entries(typed)) expect(cellAt(dump, name).cell.formula).toBeUndefined();
    // The added initiative (1.3) is listed, so objective 2's narrative moved down with its rows.
    expect(Object.values(sheetCells(dump, "QPR Jan")).map((c) => c.formula)).toContain(`="1.3 "&${initiativeNames({ o: 1, i: 3 }).description}`);
  });

  test("lists the evidence of minutes dated inside the period's window only", async () => {
    const p = await pair();
    await bothPrimed(p, (port) => newPlan(port, generatePlan(1, 2)));
    // Two minutes sheets' evidence inventories, as the minutes command names them.
    for (const port of [p.xlsx, p.office]) {
      await port.apply({
        sheets: [
          {
            name: "Minutes 2026-10-14",
            create: true,
            blocks: [
              {
                at: "A5",
                cells: [
                  ["1.2", "=Coaching logs, Sept", "Ana Ruiz", "Shared drive"],
                  ["1.1", null, null, null],
                ],
              },
            ],
          },
          { name: "Minutes 2027-01-13", create: true, blocks: [{ at: "A5", cells: [["1.1", "Screener results", "Tom Beck", "Data office"]] }] },
        ],
        names: [
          { name: "AIP.Minutes.D20261014.Evidence", sheet: "Minutes 2026-10-14", range: "A5:D6" },
          { name: "AIP.Minutes.D20270113.Evidence", sheet: "Minutes 2027-01-13", range: "A5:D5" },
        ],
      });
    }
    await bothPrimed(p, (port) => qprView(port, { period: "Jan" }));
    await bothPrimed(p, (port) => qprView(port, { period: "Mar" }));
    const dump = p.fake.dump();
    expectSameWorkbook(dumpXlsx(p.xlsx), dump);
    const jan = Object.values(sheetCells(dump, "QPR Jan")).map((c) => c.value);
    expect(jan).toEqual(expect.arrayContaining(["=Coaching logs, Sept", "Ana Ruiz", "Shared drive"]));
    expect(jan).not.toContain("Screener results");
    // Only the row with evidence is listed (the minutes pre-fill every initiative's number).
    expect(jan.filter((v) => v === "1.1")).toEqual([]);
    const mar = Object.values(sheetCells(dump, "QPR Mar")).map((c) => c.value);
    expect(mar).toContain("Screener results");
    expect(mar).not.toContain("=Coaching logs, Sept");
  });

  test("rebuilding updates the sheet in place: the same sheet again, and leftovers of a longer earlier view are cleared", async () => {
    const p = await pair();
    await bothPrimed(p, (port) => newPlan(port, generatePlan(3, 3)));
    await bothPrimed(p, (port) => qprView(port, { period: "Jun" }));
    const first = p.fake.dump();
    const area = parseRange(first.names[qprNames("Jun").area].split("!")[1].replace(/\$/g, ""));
    expect(area.end.col).toBe(8); // A:I (I: factual corrections from the district)
    // A row left over from an earlier, longer view (e.g. before initiatives were removed).
    const stale = `B${area.end.row + 12}`;
    for (const port of [p.xlsx, p.office]) {
      await port.apply({ sheets: [{ name: "QPR Jun", create: false, blocks: [{ at: stale, cells: [["9.9 an initiative no longer in the plan"]] }] }], names: [] });
    }
    expect(sheetCells(p.fake.dump(), "QPR Jun")[stale]).toBeDefined();
    await bothPrimed(p, (port) => qprView(port, { period: "Jun" }));
    expect(p.fake.dump()).toEqual(first);
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
  });

  test("the round-trip budget does not grow with the plan (1 to 50 initiatives)", async () => {
    const syncs: number[] = [];
    for (const [o, i] of [
      [1, 1],
      [5, 5],
      [10, 5],
    ]) {
      const p = await pair();
      await bothPrimed(p, (port) => newPlan(port, generatePlan(o, i)));
      const view = await bothPrimed(p, (port) => qprView(port, { period: "Sep" }));
      expect(view.office.initiatives).toBe(o * i);
      syncs.push(view.syncs);
    }
    expect(syncs[1]).toBe(syncs[0]);
    expect(syncs[2]).toBe(syncs[0]);
    expect(syncs[0]).toBeLessThanOrEqual(2);
  });

  test("a period that is not one of the four is refused before anything is read", async () => {
    const p = await pair();
    await expect(qprView(p.xlsx, { period: "Apr" as never })).rejects.toThrow(/Jan, Mar, Jun, Sep/);
  });
});
