/**
 * Repair names, the pure part: every name of a generated workbook is found again from the sheets'
 * labels alone, also after rows were inserted above and tabs renamed; names still in place are
 * left alone; what cannot be found says why.
 */
import * as fs from "fs";
import * as path from "path";
import { parsePlan } from "../../../src/domain/validate";
import { buildWorkbook } from "../../../src/layout/build/buildWorkbook";
import { planRepair } from "../../../src/layout/repair/nameRepair";
import { initiativeNames, PLAN_NAMES, quarterListName } from "../../../src/layout/names";
import type { NameSpec, SheetSpec, WriteBatch } from "../../../src/workbook/spec";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../../../src/util/a1";
import type { CellValue, NamedRangeRead, SheetRead, WorkbookSnapshot } from "../../../src/workbook/port";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
const batch = buildWorkbook(sample, []);

/** The sheet as its used range would read, with `shift` rows inserted above everything (0: as built). */
function sheetRead(spec: SheetSpec, name: string, shift: number): SheetRead {
  const cells = new Map<string, { value: CellValue; formula: CellValue }>();
  for (const b of spec.blocks) {
    const at = parseCell(b.at);
    b.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        if (c === null || c === "") return;
        const cell = typeof c === "object" ? { value: "", formula: c.formula } : { value: c, formula: c };
        cells.set(cellAddress(at.row + r + shift, at.col + k), cell);
      }),
    );
  }
  const rc = [...cells.keys()].map(parseCell);
  const top = Math.min(...rc.map((p) => p.row));
  const bottom = Math.max(...rc.map((p) => p.row));
  const left = Math.min(...rc.map((p) => p.col));
  const right = Math.max(...rc.map((p) => p.col));
  const rows = (pick: "value" | "formula") =>
    Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => cells.get(cellAddress(top + r, left + c))?.[pick] ?? ""));
  return { sheet: name, range: rangeAddress({ start: { row: top, col: left }, end: { row: bottom, col: right } }), values: rows("value"), formulas: rows("formula") };
}

const moved = (range: string, shift: number) => {
  const r = parseRange(range);
  return rangeAddress({ start: { row: r.start.row + shift, col: r.start.col }, end: { row: r.end.row + shift, col: r.end.col } });
};

/** A snapshot of the built workbook: tabs renamed by `rename`, rows inserted, and only `keep` names left. */
function snapshotOf(
  b: WriteBatch,
  opts: { shift?: (sheet: string) => number; rename?: (sheet: string) => string; keep?: (n: NameSpec) => boolean; broken?: string[] } = {},
): WorkbookSnapshot {
  const shift = opts.shift ?? (() => 0);
  const rename = opts.rename ?? ((s: string) => s);
  const sheets = b.sheets.map((s) => rename(s.name));
  const sheetValues = Object.fromEntries(b.sheets.map((s) => [rename(s.name), sheetRead(s, rename(s.name), shift(s.name))]));
  const names: Record<string, NamedRangeRead> = {};
  for (const n of b.names) {
    if (opts.broken?.includes(n.name)) names[n.name] = { name: n.name, sheet: "", range: "", values: [], formulas: [] };
    else if (opts.keep?.(n)) names[n.name] = { name: n.name, sheet: rename(n.sheet), range: moved(n.range, shift(n.sheet)), values: [[""]], formulas: [[""]] };
  }
  return { sheets, names, sheetValues };
}

const expected = (b: WriteBatch, shift: (s: string) => number = () => 0, rename: (s: string) => string = (s) => s) =>
  b.names.map((n) => ({ name: n.name, sheet: rename(n.sheet), range: moved(n.range, shift(n.sheet)) })).sort((x, y) => x.name.localeCompare(y.name));

const sorted = <T extends { name: string }>(xs: T[]) => [...xs].sort((x, y) => x.name.localeCompare(y.name));

test("every name of the sample workbook is found again from the labels when all names are cleared", () => {
  const r = planRepair(snapshotOf(batch));
  expect(r.notRepaired).toEqual([]);
  expect(sorted(r.names)).toEqual(expected(batch));
  expect(r.repaired).toEqual(r.names);
});

test("after rows were inserted above on every sheet (a different number on each) and tabs were renamed", () => {
  const shift = (s: string) => 1 + (s.length % 5);
  const rename = (s: string) => (s === "Plan" ? "Our AIP" : s.startsWith("1.2") ? "Principals" : s === "Lists" ? "Dropdowns" : s);
  const r = planRepair(snapshotOf(batch, { shift, rename }));
  expect(r.notRepaired).toEqual([]);
  expect(sorted(r.names)).toEqual(expected(batch, shift, rename));
  expect(r.names).toContainEqual({ name: PLAN_NAMES.district, sheet: "Our AIP", range: moved("B4", shift("Plan")) });
});

test("a strategy sheet with all its names cleared is known by the number beside C; one with names left, by its names", () => {
  const n12 = initiativeNames({ o: 1, i: 2 });
  const sheet12 = batch.names.find((n) => n.name === n12.lead)!.sheet;
  // 1.2 keeps only its Lead name; every other initiative has lost all of its names.
  const snap = snapshotOf(batch, { keep: (n) => n.name === n12.lead });
  const grid = snap.sheetValues![sheet12];
  // Someone typed over 1.2's number: its remaining name still says which initiative the sheet is.
  const c = grid.values.findIndex((row) => row[0] === "C. Initiative Number and Description:");
  grid.values[c][1] = "x";
  grid.formulas[c][1] = "x";
  const r = planRepair(snap);
  expect(r.notRepaired).toEqual([]);
  expect(sorted(r.names)).toEqual(expected({ ...batch, names: batch.names.filter((n) => n.name !== n12.lead) }));
});

test("names still in place are never re-pointed; only missing and #REF! ones are", () => {
  const gone = [PLAN_NAMES.keyIssues, quarterListName(2), initiativeNames({ o: 2, i: 1 }).activities];
  const broken = [initiativeNames({ o: 1, i: 1 }).rating("Performance", "Jun")];
  const r = planRepair(snapshotOf(batch, { keep: (n) => !gone.includes(n.name), broken }));
  expect(r.notRepaired).toEqual([]);
  expect(r.names.map((n) => n.name).sort()).toEqual([...gone, ...broken].sort());
});

test("a removed label, a deleted sheet and two sheets showing one number are reported with why and what to do", () => {
  const lead = initiativeNames({ o: 1, i: 1 }).lead;
  const sheet11 = batch.names.find((n) => n.name === lead)!.sheet;
  const quarter = quarterListName(0);
  const snap = snapshotOf(batch, { keep: (n) => n.name !== lead && n.name !== quarter && !n.name.startsWith("AIP.O2.I1.") });
  // The D label is typed over on 1.1; the Sept-Dec tab is deleted; 2.2's sheet also says 2.1.
  const g11 = snap.sheetValues![sheet11];
  const d = g11.values.findIndex((row) => String(row[0]).startsWith("D. Lead"));
  g11.values[d][0] = "Lead";
  delete snap.sheetValues!["Sept-Dec"];
  snap.sheets = snap.sheets.filter((s) => s !== "Sept-Dec");
  snap.names[quarter] = { name: quarter, sheet: "", range: "", values: [], formulas: [] };
  const sheet21 = batch.names.find((n) => n.name === initiativeNames({ o: 2, i: 1 }).lead)!.sheet;
  const sheet22 = batch.names.find((n) => n.name === initiativeNames({ o: 2, i: 2 }).lead)!.sheet;
  for (const n of batch.names.filter((x) => x.name.startsWith("AIP.O2.I2."))) delete snap.names[n.name];
  const g22 = snap.sheetValues![sheet22];
  const c = g22.values.findIndex((row) => row[0] === "C. Initiative Number and Description:");
  g22.values[c][1] = "2.1";

  const r = planRepair(snap);
  const why = (name: string) => r.notRepaired.find((x) => x.name === name);
  expect(why(lead)).toEqual({
    name: lead,
    sheet: sheet11,
    why: `On "${sheet11}", the label "D. Lead for this Initiative…" was not found on the sheet.`,
    fix: expect.stringContaining("Type the template's label back"),
  });
  expect(why(quarter)).toMatchObject({
    sheet: "",
    why: expect.stringContaining("No sheet in this workbook has the layout of the quarter tab Sept-Dec"),
    fix: expect.stringMatching(/^Restore the sheet/),
  });
  expect(why(initiativeNames({ o: 2, i: 1 }).lead)?.why).toBe(
    `The sheets "${sheet21}" and "${sheet22}" both show initiative 2.1, and the names do not say which is its strategy sheet.`,
  );
  expect(r.names.filter((n) => n.name.startsWith("AIP.O2.") || n.name === lead || n.name === quarter)).toEqual([]);
});
