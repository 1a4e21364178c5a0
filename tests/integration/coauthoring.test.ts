/**
 * Co-authoring (docs/safety.md): in Excel on the web colleagues may have any sheet open while a
 * command runs. No command deletes or recreates a sheet: a sheet is added only when it is missing,
 * rebuilds happen in place, and each command writes in one batch (one apply). Notes people keep
 * beside the add-in's rebuilt areas survive. Every command runs twice, on both adapters; sheet adds
 * and deletes are counted where each adapter makes them (Office.js worksheets.add / delete,
 * ExcelJS addWorksheet / removeWorksheet).
 */
import { realExcelRun } from "../support/officeJs";
import { readFileSync } from "fs";
import { join } from "path";
import { addInitiative } from "../../src/commands/addInitiative";
import { assess } from "../../src/commands/assess";
import { check } from "../../src/commands/check";
import { exportMinutes } from "../../src/commands/exportMinutes";
import { exportPlan } from "../../src/commands/exportPlan";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { saveRating } from "../../src/commands/rate";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { repairNames } from "../../src/commands/repairNames";
import { rollUp } from "../../src/commands/rollUp";
import type { Initiative } from "../../src/domain/plan";
import { PROCESS_SCALE } from "../../src/domain/scales";
import { parsePlan } from "../../src/domain/validate";
import { CHECK_REPORT_SHEET } from "../../src/layout/build/checkReportSheet";
import { EXIT_SHEET } from "../../src/layout/build/exitStagesSheet";
import { EXIT_NAMES } from "../../src/layout/names";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import { cellAddress, parseRange } from "../../src/util/a1";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/excel";
import { FakeWorksheet, FakeWorksheetCollection } from "../fakes/excel/worksheet";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";

const sample = parsePlan(JSON.parse(readFileSync(join(__dirname, "../../examples/sample-plan.json"), "utf8")));

const extra: Initiative = {
  description: "Family literacy nights at every elementary school",
  lead: "Maria Lopez",
  shortTermOutcomes: [],
  earlyEvidence: [],
  resources: "",
  activities: [],
  ratings: {},
};

interface Harness {
  port: WorkbookPort;
  dump: () => WorkbookDump;
  /** Sheet names added and deleted since the last call, in order. */
  sheetChanges: () => { added: string[]; deleted: number };
}

function xlsxHarness(): Harness {
  const wb = XlsxWorkbook.create();
  const add = jest.spyOn(wb.book, "addWorksheet");
  const remove = jest.spyOn(wb.book, "removeWorksheet");
  return {
    port: wb,
    dump: () => dumpXlsx(wb),
    sheetChanges: () => {
      const out = { added: add.mock.calls.map((c) => String(c[0])), deleted: remove.mock.calls.length };
      add.mockClear();
      remove.mockClear();
      return out;
    },
  };
}

function officeHarness(): Harness {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1");
  const add = jest.spyOn(FakeWorksheetCollection.prototype, "add");
  const remove = jest.spyOn(FakeWorksheet.prototype, "delete");
  return {
    port: new OfficeWorkbook(realExcelRun(fake)),
    dump: () => fake.dump(),
    sheetChanges: () => {
      const out = { added: add.mock.calls.map((c) => String(c[0])), deleted: remove.mock.calls.length };
      add.mockClear();
      remove.mockClear();
      return out;
    },
  };
}

/** Counts the port calls of one command: a command is one snapshot and at most one apply. */
function counted(port: WorkbookPort): { port: WorkbookPort; calls: Record<"snapshot" | "apply", number> } {
  const calls = { snapshot: 0, apply: 0 };
  const wrapped: WorkbookPort = {
    listSheets: () => port.listSheets(),
    snapshot: (options) => (calls.snapshot++, port.snapshot(options)),
    apply: (batch) => (calls.apply++, port.apply(batch)),
    select: (sheet, range) => port.select(sheet, range),
  };
  return { port: wrapped, calls };
}

/** Rebuilt in place from the second run on: they add their sheet only the first time. */
const REBUILDS = new Set(["refresh quarters", "check (report)", "roll up", "QPR view", "repair names"]);

afterEach(() => jest.restoreAllMocks());

describe.each([
  ["xlsx adapter", xlsxHarness],
  ["office adapter on the in-memory Excel", officeHarness],
])("co-authoring: every command twice (%s)", (_label, make) => {
  test("no sheet is deleted or recreated; sheets are added only when missing; one write per command", async () => {
    const h = make();
    const log: string[] = [];
    const run = async (what: string, round: number, command: (port: WorkbookPort) => Promise<unknown>) => {
      const before = await h.port.listSheets();
      h.sheetChanges();
      const c = counted(h.port);
      await command(c.port);
      const { added, deleted } = h.sheetChanges();
      log.push(`${what} #${round}: +${added.length}`);
      expect({ what, round, deleted }).toEqual({ what, round, deleted: 0 });
      const missing = added.filter((name) => !before.some((s) => s.toLowerCase() === name.toLowerCase()));
      expect({ what, round, added }).toEqual({ what, round, added: missing });
      if (round === 2 && REBUILDS.has(what)) expect({ what, round, added }).toEqual({ what, round, added: [] });
      expect({ what, calls: c.calls.apply <= 1 && c.calls.snapshot <= 1 }).toEqual({ what, calls: true });
      // Every sheet that was there is still there (same names: nothing was replaced).
      expect((await h.port.listSheets()).filter((s) => before.includes(s))).toEqual(before);
    };

    await run("new plan", 1, (port) => newPlan(port, sample));
    for (const round of [1, 2]) {
      await run("refresh quarters", round, (port) => refreshQuarters(port));
      await run("add initiative", round, (port) => addInitiative(port, { objective: 1, initiative: { ...extra, description: `${extra.description} ${round}` } }));
      await run("check (report)", round, (port) => check(port, { today: "2027-01-15", report: true }));
      await run("roll up", round, (port) => rollUp(port));
      await run("QPR view", round, (port) => qprView(port, { period: "Mar" }));
      await run("new minutes", round, (port) => newMinutes(port, { date: "2026-10-14", suffixIfExists: true, today: "2026-10-01" }));
      await run("self-assessment", round, (port) => assess(port, { date: "2027-01-20" }));
      await run("repair names", round, (port) => repairNames(port));
      await run("rate", round, (port) =>
        saveRating(port, { o: 1, i: 1 }, "Jun", {
          process: PROCESS_SCALE.levels[2].name,
          processEvidence: "Walkthroughs",
          performance: "",
          performanceEvidence: "",
          ratedBy: "Ana Ruiz",
          ratedOn: "2027-06-05",
        }),
      );
      await run("export plan", round, (port) => exportPlan(port));
      await run("export minutes", round, (port) => exportMinutes(port, { date: "2026-10-14" }));
      await run("new plan again (refused)", round, (port) => expect(newPlan(port, sample)).rejects.toBeInstanceOf(WorkbookError));
      if (round === 1) {
        // Colleagues keep notes beside the rebuilt areas (right of the Summary, the QPR view and the report).
        const notes = [
          { name: SUMMARY_SHEET, create: false, blocks: [{ at: "AG3", cells: [["my note on the Summary"]] }] },
          { name: "QPR Mar", create: false, blocks: [{ at: "K3", cells: [["=my note on the QPR view"]] }] },
          { name: CHECK_REPORT_SHEET, create: false, blocks: [{ at: "J3", cells: [["my note on the report"]] }] },
        ];
        await h.port.apply({ sheets: notes, names: [] });
      }
    }
    expect(log).toEqual([
      // Plan, a strategy sheet per initiative, four quarter tabs, Lists.
      `new plan #1: +${2 + 4 + sample.objectives.reduce((n, o) => n + o.initiatives.length, 0)}`,
      ...[1, 2].flatMap((round) => [
        `refresh quarters #${round}: +0`,
        `add initiative #${round}: +1`,
        `check (report) #${round}: +${round === 1 ? 1 : 0}`,
        `roll up #${round}: +${round === 1 ? 1 : 0}`,
        `QPR view #${round}: +${round === 1 ? 1 : 0}`,
        `new minutes #${round}: +1`,
        `self-assessment #${round}: +${round === 1 ? 2 : 1}`, // a dated rubric each time; Stages toward exit the first time
        `repair names #${round}: +0`,
        `rate #${round}: +0`,
        `export plan #${round}: +0`,
        `export minutes #${round}: +0`,
        `new plan again (refused) #${round}: +0`,
      ]),
    ]);
    const dump = h.dump();
    const cell = (sheet: string, at: string) => dump.sheets.find((s) => s.name === sheet)?.cells[at];
    expect(cell(SUMMARY_SHEET, "AG3")).toEqual({ value: "my note on the Summary" });
    expect(cell("QPR Mar", "K3")).toEqual({ value: "=my note on the QPR view" });
    expect(cell(CHECK_REPORT_SHEET, "J3")).toEqual({ value: "my note on the report" });
  });
});

/** A note kept beside the last reflection column survives the next self-assessment, which goes past it. */
test("a note beside the last reflection column on Stages toward exit survives the next self-assessment", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  await assess(wb, { date: "2027-01-20" });
  const title = (await wb.snapshot()).names[EXIT_NAMES.reflection(1).title];
  expect(title?.sheet).toBe(EXIT_SHEET);
  const at = parseRange(title.range).start;
  const next = cellAddress(at.row, at.col + 1);
  const note = { value: "my note beside the reflection" };
  await wb.apply({ sheets: [{ name: EXIT_SHEET, create: false, blocks: [{ at: next, cells: [[note.value]] }] }], names: [] });
  const cell = () => dumpXlsx(wb).sheets.find((s) => s.name === EXIT_SHEET)!.cells[next];
  expect(cell()).toEqual(note);
  await assess(wb, { date: "2027-06-20" });
  expect(cell()).toEqual(note);
  const second = (await wb.snapshot()).names[EXIT_NAMES.reflection(2).title];
  expect(parseRange(second.range).start.col).toBe(at.col + 2);
});

test("on a renamed Stages sheet too, in Excel: the note stays and the new column goes past it", async () => {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1");
  const office = new OfficeWorkbook(realExcelRun(fake), { isSetSupported: fake.isSetSupported });
  await newPlan(office, sample);
  await assess(office, { date: "2027-01-20" });
  fake.renameSheet(EXIT_SHEET, "Exit reflection");
  const at = parseRange((await office.snapshot()).names[EXIT_NAMES.reflection(1).title].range).start;
  const next = cellAddress(at.row, at.col + 1);
  fake.setValue("Exit reflection", next, "my note beside the reflection");
  await assess(office, { date: "2027-06-20" });
  expect(fake.getCell("Exit reflection", next).value).toBe("my note beside the reflection");
  const second = (await office.snapshot()).names[EXIT_NAMES.reflection(2).title];
  expect({ sheet: second.sheet, col: parseRange(second.range).start.col }).toEqual({ sheet: "Exit reflection", col: at.col + 2 });
});
