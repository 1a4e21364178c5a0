/**
 * "Never lose what a person typed": fill every cell people own (and some notes of their own
 * outside the add-in's areas), run every command twice, and compare every one of those cells.
 * Runs through the .xlsx adapter and through the Office adapter on the in-memory Excel.
 */
import { realExcelRun } from "../support/officeJs";
import { readFileSync } from "fs";
import { join } from "path";
import { addInitiative } from "../../src/commands/addInitiative";
import { check } from "../../src/commands/check";
import { exportPlan } from "../../src/commands/exportPlan";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { rollUp } from "../../src/commands/rollUp";
import type { Initiative } from "../../src/domain/plan";
import { parsePlan } from "../../src/domain/validate";
import type { Cell } from "../../src/workbook/spec";
import { LIST_NAMES, minutesNames, PLAN_NAMES, parseInitiativeName, qprNames } from "../../src/layout/names";
import { parseRange } from "../../src/util/a1";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/excel";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { peoplesCells, QUARTER_TABS, type Owned } from "../support/peoplesCells";

const sample = parsePlan(JSON.parse(readFileSync(join(__dirname, "../../examples/sample-plan.json"), "utf8")));

/** Names whose cells belong to people (everything else the add-in may rebuild). */
const USER_PLAN_NAMES = [PLAN_NAMES.district, PLAN_NAMES.date, PLAN_NAMES.keyIssues, PLAN_NAMES.theoryOfAction, PLAN_NAMES.finalOutcomes, LIST_NAMES.roster];
function isUserName(name: string): boolean {
  if (USER_PLAN_NAMES.includes(name as (typeof USER_PLAN_NAMES)[number])) return true;
  const ini = parseInitiativeName(name);
  return ini !== undefined && ini.field !== "Ratings"; // the ratings body name overlaps the per-cell names
}

/** Text a person might type, including text that looks like a formula. */
function typed(name: string, r: number, c: number): string {
  const body = `typed ${name} r${r}c${c}`;
  return (r + c) % 3 === 0 ? `=${body}` : (r + c) % 3 === 1 ? `+${body}` : body;
}

async function fillUserCells(port: WorkbookPort, snap: WorkbookSnapshot): Promise<void> {
  const bySheet = new Map<string, { at: string; cells: Cell[][] }[]>();
  for (const n of Object.values(snap.names)) {
    if (!isUserName(n.name) || !n.sheet) continue;
    const r = parseRange(n.range);
    const rows: Cell[][] = [];
    for (let i = 0; i <= r.end.row - r.start.row; i++) {
      const row: Cell[] = [];
      for (let j = 0; j <= r.end.col - r.start.col; j++) row.push(typed(n.name, i, j));
      rows.push(row);
    }
    const list = bySheet.get(n.sheet) ?? [];
    list.push({ at: n.range.split(":")[0], cells: rows });
    bySheet.set(n.sheet, list);
  }
  // People also keep notes of their own beside the add-in's areas.
  for (const sheet of snap.sheets) {
    const list = bySheet.get(sheet) ?? [];
    list.push({
      at: "M2",
      cells: [
        ["my own note", 42],
        ["=not a formula", "@mention"],
      ],
    });
    bySheet.set(sheet, list);
  }
  await port.apply({
    sheets: [...bySheet].map(([name, blocks]) => ({ name, create: false, blocks })),
    names: [],
  });
}

/** Every cell outside the add-in's own areas: quarter tabs, the word count, the Plan's objective list and below it, new sheets. */
function planOwned(objectiveListTop: number, wordCount: string): Owned {
  return (sheet, row, _col, address) => QUARTER_TABS.has(sheet) || (sheet === "Plan" && (row >= objectiveListTop || address === wordCount));
}

/** The first cell of each named range, keyed "'Sheet'!A1", as the dump holds it. */
function cellsOf(dump: WorkbookDump, reads: { sheet: string; range: string }[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of reads) {
    const at = r.range.split(":")[0];
    out[`'${r.sheet}'!${at}`] = dump.sheets.find((s) => s.name === r.sheet)?.cells[at];
  }
  return out;
}

const extra: Initiative = {
  description: "Family literacy nights at every elementary school",
  lead: "Maria Lopez",
  shortTermOutcomes: ["By March 2027, 60% of families attend at least one literacy night, as measured by sign-in sheets"],
  earlyEvidence: [],
  resources: "Title I family engagement funds",
  activities: [{ quarter: "Jan-March", text: "Hold the first literacy night", lead: "Maria Lopez", start: "2027-01-14", complete: "2027-01-14" }],
  ratings: {},
};

type Harness = { port: WorkbookPort; dump: () => WorkbookDump };
const adapters: [string, () => Harness][] = [
  [
    "xlsx adapter",
    () => {
      const wb = XlsxWorkbook.create();
      return { port: wb, dump: () => dumpXlsx(wb) };
    },
  ],
  [
    "office adapter on the in-memory Excel",
    () => {
      const fake = createFakeExcel();
      return { port: new OfficeWorkbook(realExcelRun(fake)), dump: () => fake.dump() };
    },
  ],
];

describe.each(adapters)("every command twice keeps what people typed (%s)", (_label, make) => {
  test("user cells and notes are unchanged, text stays text", async () => {
    const { port, dump } = make();
    await newPlan(port, sample);
    const first = await port.snapshot();
    await fillUserCells(port, first);
    const sheets = first.sheets;
    const top = parseRange(first.names[PLAN_NAMES.objectiveList].range).start.row;
    const wordCount = first.names[PLAN_NAMES.wordCount].range;
    const before = peoplesCells(dump(), sheets, planOwned(top, wordCount));
    expect(Object.keys(before).length).toBeGreaterThan(500);
    // Formula-looking text was written as text.
    expect(Object.values(before).some((c) => (c as { value?: unknown }).value === "my own note")).toBe(true);
    expect(Object.values(before).filter((c) => (c as { formula?: string }).formula?.startsWith("=typed"))).toEqual([]);

    const minutes = minutesNames("2026-10-14");
    const qpr = qprNames("Mar");
    let typedLater: Record<string, unknown> = {};
    for (let round = 0; round < 2; round++) {
      await refreshQuarters(port);
      await addInitiative(port, { objective: 1, initiative: { ...extra, description: `${extra.description} ${round}` } });
      await addInitiative(port, { objective: sample.objectives.length + 1 + round, objectiveTitle: `New objective ${round}`, objectiveLead: "Dana Kim", initiative: extra });
      await exportPlan(port);
      await check(port, { today: "2027-01-15", report: true, mark: true });
      await rollUp(port);
      await qprView(port, { period: "Mar" });
      await newMinutes(port, { date: "2026-10-14", suffixIfExists: true, today: "2026-10-01" });
      await expect(newPlan(port, sample)).rejects.toBeInstanceOf(WorkbookError);
      expect(peoplesCells(dump(), sheets, planOwned(top, wordCount))).toEqual(before);
      if (round === 0) {
        // People then write the minutes and the QPR narrative: the next round must keep both.
        const snap = await port.snapshot();
        const typeInto = (name: string, text: string) => ({ name: snap.names[name].sheet, create: false, blocks: [{ at: snap.names[name].range.split(":")[0], cells: [[text]] }] });
        await port.apply({ sheets: [typeInto(minutes.section(1), "=We discussed 1.1 and 2.3"), typeInto(qpr.overall, "+Steady progress on literacy")], names: [] });
        typedLater = cellsOf(dump(), [snap.names[minutes.section(1)], snap.names[qpr.overall]]);
      }
    }
    const after = await port.snapshot();
    expect(cellsOf(dump(), [after.names[minutes.section(1)], after.names[qpr.overall]])).toEqual(typedLater);
    expect(Object.values(typedLater).map((c) => (c as { value?: unknown }).value)).toEqual(["=We discussed 1.1 and 2.3", "+Steady progress on literacy"]);
  });
});
