/** The Summary sheet spec: live formulas through names, portable functions, public names, bad input. */
import { initiativeNames, SUMMARY_NAMES } from "../../../src/layout/names";
import { SUMMARY_SHEET } from "../../../src/layout/sheetNames";
import { COL, NOT_A_LEVEL, SUMMARY_LABEL, summarySheetSpec } from "../../../src/layout/build/summarySheet";
import type { Cell } from "../../../src/workbook/spec";
import { PROCESS_SCALE } from "../../../src/domain/scales";
import { cellAddress, parseRange } from "../../../src/util/a1";
import { addInitiative, addPlanSheet, SnapshotBuilder } from "../../support/snapshotBuilder";
import { grid } from "./specGrid";

function twoObjectives(sheet11 = "1.1 Coaching"): SnapshotBuilder {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, sheet11, { ratings: { Jan: { Process: PROCESS_SCALE.levels[1].name } } });
  addInitiative(b, { o: 1, i: 2 }, "1.2 It's reading", {});
  addInitiative(b, { o: 2, i: 1 }, "2.1 Attendance", {});
  return b;
}

const formulaOf = (c: Cell | undefined) => (c && typeof c === "object" ? c.formula : undefined);
const allFormulas = (cells: Map<string, Cell>) => [...cells.values()].map(formulaOf).filter((f): f is string => f !== undefined);
const texts = (cells: Map<string, Cell>) => [...cells.values()].filter((c): c is string => typeof c === "string");
/** Row (0-based) of the initiative numbered `number` in column A. */
const rowOf = (cells: Map<string, Cell>, number: string) => Number([...cells].find(([a, c]) => /^A\d+$/.test(a) && c === number)![0].slice(1)) - 1;

test("every rating is read through its defined name, never a sheet address", () => {
  const build = summarySheetSpec(twoObjectives().build());
  const cells = grid(build.sheet);
  const row = rowOf(cells, "1.1");
  const jan = formulaOf(cells.get(cellAddress(row, COL.rank(0, "process"))))!;
  expect(jan).toContain(initiativeNames({ o: 1, i: 1 }).rating("Process", "Jan"));
  expect(allFormulas(cells).filter((f) => f.includes("!"))).toEqual([]);
  expect(formulaOf(cells.get(cellAddress(row, COL.overdue)))).toContain("INDEX(AIP.O1.I1.Activities,0,5)");
});

test("a renamed tab and inserted rows give the same Summary (names follow the cells)", () => {
  const moved = addPlanSheet(new SnapshotBuilder());
  addInitiative(moved, { o: 1, i: 1 }, "Renamed by a person", { padding: 9, ratings: { Jan: { Process: PROCESS_SCALE.levels[1].name } } });
  addInitiative(moved, { o: 1, i: 2 }, "1.2 It's reading", { padding: 4 });
  addInitiative(moved, { o: 2, i: 1 }, "2.1 Attendance", {});
  expect(summarySheetSpec(moved.build())).toEqual(summarySheetSpec(twoObjectives().build()));
});

test("only functions Excel 2016+ and LibreOffice both compute", () => {
  const allowed = new Set(["IF", "IFERROR", "TRIM", "EXACT", "MATCH", "INDEX", "COUNTIF", "COUNTIFS", "SUM", "ISNUMBER", "TODAY", "LEFT", "AND", "OR"]);
  const build = summarySheetSpec(twoObjectives().build());
  const used = new Set(
    [...allFormulas(grid(build.sheet)), ...(build.sheet.conditionalFormats ?? []).map((f) => f.formula)].flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])),
  );
  expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
  expect(used.has("EXACT")).toBe(true); // MATCH alone would accept other capitals and wildcards
});

test("the public names are 4 × 4 on the Summary, and the counts are labelled a summary, not an ESE rating", () => {
  const build = summarySheetSpec(twoObjectives().build());
  for (const name of [SUMMARY_NAMES.processCounts, SUMMARY_NAMES.performanceCounts]) {
    const n = build.names.find((x) => x.name === name)!;
    const r = parseRange(n.range);
    expect({ name, sheet: n.sheet, rows: r.end.row - r.start.row + 1, cols: r.end.col - r.start.col + 1 }).toEqual({ name, sheet: SUMMARY_SHEET, rows: 4, cols: 4 });
  }
  const cells = grid(build.sheet);
  const processCounts = parseRange(build.names.find((x) => x.name === SUMMARY_NAMES.processCounts)!.range);
  // Row labels are the process levels low → high; column headers the periods.
  const labels = [0, 1, 2, 3].map((k) => cells.get(cellAddress(processCounts.start.row + k, processCounts.start.col - 1)));
  expect(labels).toEqual(PROCESS_SCALE.levels.map((l) => l.name));
  expect([0, 1, 2, 3].map((k) => cells.get(cellAddress(processCounts.start.row - 1, processCounts.start.col + k)))).toEqual(["Jan", "Mar", "Jun", "Sep"]);
  expect(texts(cells).filter((t) => t.includes(SUMMARY_LABEL))).toHaveLength(4); // note, charts, whole plan, by objective
  expect(texts(cells).some((t) => /\bESE rating\b/.test(t) && !t.includes("not an ESE rating"))).toBe(false);
});

test("a rating that is not a scale name is named as a problem with its cell", () => {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", { ratings: { Mar: { Process: "practices in place stage", Performance: "Reached Performance Goals " } } });
  const snap = b.build();
  const n = initiativeNames({ o: 1, i: 1 });
  const [process, performance] = [n.rating("Process", "Mar"), n.rating("Performance", "Mar")].map((name) => `'1.1 Coaching'!${snap.names[name].range}`);
  const build = summarySheetSpec(snap);
  expect(build.problems.map((p) => p.where)).toEqual([process, performance]);
  expect(build.problems[0].message).toContain(`"practices in place stage" at ${process} is not a level of the Improvement Process Stages scale`);
  const cells = grid(build.sheet);
  // The period's cell says so in the initiative's row (there is no separate Check column).
  const mar = formulaOf(cells.get(cellAddress(rowOf(cells, "1.1"), COL.period(1))))!;
  expect(mar).toContain(`"${NOT_A_LEVEL}: "`);
});

test("missing and broken rating names: the row says what it could not read; nothing refers to them", () => {
  const b = twoObjectives();
  const n = initiativeNames({ o: 1, i: 2 });
  b.removeName(n.rating("Process", "Jun")).broken(n.rating("Performance", "Sep")).removeName(n.lead);
  const build = summarySheetSpec(b.build());
  const cells = grid(build.sheet);
  const row = rowOf(cells, "1.2");
  expect(cells.get(cellAddress(row, COL.period(2)))).toBe("(cannot read)");
  expect(cells.get(cellAddress(row + 1, COL.rank(3, "performance")))).toBe("n/a");
  expect(cells.get(cellAddress(row, COL.lead))).toBe("(cannot read the lead)");
  expect(allFormulas(cells).some((f) => f.includes(n.rating("Process", "Jun")) || f.includes(n.lead))).toBe(false);
  expect(build.problems.map((p) => p.where)).toEqual([n.lead, n.rating("Process", "Jun"), n.rating("Performance", "Sep")]);
  // The problems are listed on the sheet too.
  expect(texts(cells)).toContain(n.rating("Performance", "Sep"));
});

test("a rating table whose names are all gone is one problem, and its cells say they cannot be read", () => {
  const b = twoObjectives();
  const n = initiativeNames({ o: 2, i: 1 });
  for (const kind of ["Process", "Performance"] as const) for (const p of ["Jan", "Mar", "Jun", "Sep"] as const) b.removeName(n.rating(kind, p));
  const build = summarySheetSpec(b.build());
  expect(build.problems.map((p) => p.where)).toEqual([n.rating("Process", "Jan")]);
  expect(build.problems[0].message).toContain("Initiative 2.1 has none of its rating names");
  const cells = grid(build.sheet);
  const row = rowOf(cells, "2.1");
  expect([0, 1, 2, 3].map((k) => cells.get(cellAddress(row + 1, COL.period(k))))).toEqual(Array(4).fill("(cannot read)"));
});

test("a deleted strategy sheet: the initiative is left out and the sheet says so", () => {
  const build = summarySheetSpec(twoObjectives().removeSheet("1.2 It's reading").build());
  expect(build.initiatives).toBe(2);
  const cells = grid(build.sheet);
  expect(texts(cells).filter((t) => /^\d+\.\d+$/.test(t))).toEqual(["1.1", "2.1"]);
  expect(texts(cells).some((t) => t.startsWith("Initiative 1.2 is not on the Summary: its strategy sheet is gone"))).toBe(true);
});

test("an empty plan still builds: zero counts, public names, and a note", () => {
  const build = summarySheetSpec(addPlanSheet(new SnapshotBuilder()).build());
  expect(build.initiatives).toBe(0);
  const cells = grid(build.sheet);
  const r = parseRange(build.names.find((x) => x.name === SUMMARY_NAMES.processCounts)!.range);
  expect(cells.get(cellAddress(r.start.row, r.start.col))).toBe(0);
  expect(texts(cells).some((t) => t.startsWith("No initiatives in this workbook yet"))).toBe(true);
  expect(build.sheet.create).toBe(true);
});

test("an existing Summary (any case) is rewritten in place, clearing its old area and no more columns than its own", () => {
  const build = summarySheetSpec(twoObjectives().build(), { existing: "summary", previousLastRow: 1500 });
  expect(build.sheet).toMatchObject({ name: "summary", create: false, clear: ["A1:AE1700"] });
  expect(build.names.every((n) => n.sheet === "summary")).toBe(true);
});

test("rows are tall enough for their wrapped text: a long description and the longest level name", () => {
  const b = addPlanSheet(new SnapshotBuilder());
  const long = "Build a tiered system of supports (MTSS) with common entry and exit criteria for reading and math intervention in every school";
  addInitiative(b, { o: 1, i: 1 }, "1.1 MTSS", { description: long });
  const build = summarySheetSpec(b.build());
  const heightOf = (row: number) => build.sheet.rows?.find((r) => r.index === row)?.height ?? 0;
  const row = rowOf(grid(build.sheet), "1.1");
  // 120-odd characters in a 23-character column: six lines or more, over the initiative's two rows; the longest level name in a 14-character column: four.
  expect(heightOf(row) + heightOf(row + 1)).toBeGreaterThanOrEqual(6 * 15);
  expect(heightOf(row)).toBeGreaterThanOrEqual(4 * 15);
  const counts = parseRange(build.names.find((n) => n.name === SUMMARY_NAMES.processCounts)!.range);
  const lowestRow = counts.start.row + 6; // the whole-plan table's "Lowest level" row, under its 4 levels, not a level, not rated
  expect(heightOf(lowestRow)).toBeGreaterThanOrEqual(4 * 15);
});
