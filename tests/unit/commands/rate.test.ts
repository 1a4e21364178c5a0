/** The Rate panel's commands: the default period by date, reading a period's ratings, saving one initiative's rating cells only. */
import { newPlan } from "../../../src/commands/newPlan";
import { readRatings, saveRating, type RatingInput } from "../../../src/commands/rate";
import { isoToSerial, qprPeriodOf } from "../../../src/domain/calendar";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../../src/domain/scales";
import { initiativeNames } from "../../../src/layout/names";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../../fakes/excel";
import type { WorkbookDump } from "../../support/dump";
import { dumpXlsx } from "../../support/dumpXlsx";
import { generatePlan } from "../../support/generatePlan";

test.each([
  ["2026-09-01", "Jan"],
  ["2026-11-30", "Jan"],
  ["2026-12-01", "Mar"],
  ["2027-02-28", "Mar"],
  ["2027-03-15", "Jun"],
  ["2027-06-01", "Sep"],
  ["2027-08-31", "Sep"],
])("on %s the current QPR window is %s", (today, period) => {
  expect(qprPeriodOf(today)).toBe(period);
});

const input: RatingInput = {
  process: PROCESS_SCALE.levels[3].name,
  processEvidence: "=Walkthroughs: 8 of 10 classrooms",
  performance: PERFORMANCE_SCALE.levels[3].name,
  performanceEvidence: "+12 points on the screener",
  ratedBy: "Keisha Williams",
  ratedOn: "2027-03-02",
};

/** Every cell of the workbook keyed "'sheet'!A1". */
function cells(dump: WorkbookDump): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of dump.sheets) for (const [a, c] of Object.entries(s.cells)) out[`'${s.name}'!${a}`] = c;
  return out;
}

const adapters: [string, () => { port: XlsxWorkbook | OfficeWorkbook; dump: () => WorkbookDump; syncs: () => number; reset: () => void }][] = [
  [
    "xlsx",
    () => {
      const wb = XlsxWorkbook.create();
      return { port: wb, dump: () => dumpXlsx(wb), syncs: () => 0, reset: () => undefined };
    },
  ],
  [
    "office",
    () => {
      const fake = createFakeExcel();
      fake.addSheet("Sheet1");
      return {
        port: new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported }),
        dump: () => fake.dump(),
        syncs: () => fake.syncCount,
        reset: () => fake.resetSyncCount(),
      };
    },
  ],
];

describe.each(adapters)("rate (%s adapter)", (label, make) => {
  test("reads a period's ratings: both filled is rated, one missing is not", async () => {
    const h = make();
    await newPlan(h.port, generatePlan(1, 2));
    const jan = await readRatings(h.port, "Jan");
    expect(jan.map((r) => [`${r.ref.o}.${r.ref.i}`, r.rated, r.writable])).toEqual([
      ["1.1", true, true],
      ["1.2", true, true],
    ]);
    expect(jan[0]).toMatchObject({ process: PROCESS_SCALE.levels[1].name, performanceEvidence: "Mid-year screener", ratedBy: "", ratedOn: "" });
    const mar = await readRatings(h.port, "Mar");
    expect(mar.map((r) => r.rated)).toEqual([false, false]); // process only
    expect(mar[1].process).toBe(PROCESS_SCALE.levels[2].name);
  });

  test("saving writes exactly the initiative's six rating cells for the period, text as text, the date as a date", async () => {
    const h = make();
    await newPlan(h.port, generatePlan(2, 2));
    const before = cells(h.dump());
    if (label === "office") {
      await h.port.listSheets();
      h.reset();
    }
    const saved = await saveRating(h.port, { o: 2, i: 1 }, "Mar", input);
    if (label === "office") expect(h.syncs()).toBeLessThanOrEqual(2);
    expect(saved.cells).toHaveLength(6);
    const after = cells(h.dump());
    const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    expect(changed.sort()).toEqual([...saved.cells].sort());

    const read = (await readRatings(h.port, "Mar")).find((r) => r.ref.o === 2 && r.ref.i === 1);
    expect(read).toMatchObject({ ...input, rated: true });
    const n = initiativeNames({ o: 2, i: 1 });
    const snap = await h.port.snapshot();
    const evidence = snap.names[n.rating("ProcessEvidence", "Mar")];
    const cell = h.dump().sheets.find((s) => s.name === evidence.sheet)?.cells[evidence.range];
    expect(cell).toMatchObject({ value: input.processEvidence }); // text, never a formula
    expect(cell?.formula).toBeUndefined();
    expect(snap.names[n.ratedOn("Mar")].values[0][0]).toBe(isoToSerial("2027-03-02"));
  });

  test("a rating that is not a scale level is refused with the levels, and nothing is written", async () => {
    const h = make();
    await newPlan(h.port, generatePlan(1, 1));
    const before = h.dump();
    await expect(saveRating(h.port, { o: 1, i: 1 }, "Jun", { ...input, process: "practices in place stage" })).rejects.toThrow(
      /"practices in place stage" is not a level of the Improvement Process Stages scale; choose one of: Problematic Implementation\/At-Risk;/,
    );
    await expect(saveRating(h.port, { o: 1, i: 1 }, "Jun", { ...input, ratedOn: "3/2/2027" })).rejects.toThrow(/Date rated/);
    await expect(saveRating(h.port, { o: 9, i: 1 }, "Jun", input)).rejects.toThrow(/AIP\.O9\.I1\.Process\.Jun is missing/);
    expect(h.dump()).toEqual(before);
  });

  test("a rating typed by hand that is not exactly a scale name (trailing space, lower case) does not count as rated", async () => {
    const h = make();
    await newPlan(h.port, generatePlan(1, 1));
    const cell = (await h.port.snapshot()).names[initiativeNames({ o: 1, i: 1 }).rating("Process", "Jan")];
    await h.port.apply({ sheets: [{ name: cell.sheet, create: false, blocks: [{ at: cell.range, cells: [["Technical Implementation Stage "]] }] }], names: [] });
    const [jan] = await readRatings(h.port, "Jan");
    // As the Summary does: a trailing space is not the scale name, so the panel shows it to be replaced.
    expect(jan).toMatchObject({ process: "Technical Implementation Stage ", rated: false });
    await h.port.apply({ sheets: [{ name: cell.sheet, create: false, blocks: [{ at: cell.range, cells: [["technical implementation stage"]] }] }], names: [] });
    const [again] = await readRatings(h.port, "Jan");
    expect(again).toMatchObject({ process: "technical implementation stage", rated: false });
  });

  test("clearing a rating empties its cell", async () => {
    const h = make();
    await newPlan(h.port, generatePlan(1, 1));
    await saveRating(h.port, { o: 1, i: 1 }, "Jan", { ...input, performance: "", performanceEvidence: "" });
    const [jan] = await readRatings(h.port, "Jan");
    expect(jan).toMatchObject({ process: input.process, performance: "", performanceEvidence: "", rated: false });
  });
});
