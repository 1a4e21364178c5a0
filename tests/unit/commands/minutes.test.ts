/**
 * New minutes through the xlsx adapter: the pre-fill at month and school-year boundaries, coverage
 * over three meetings, a second sheet the same day, notes on odd dates, the next date carried.
 */
import { MinutesExistError, newMinutes, type NewMinutesInput } from "../../../src/commands/newMinutes";
import { newPlan } from "../../../src/commands/newPlan";
import { isoToSerial } from "../../../src/domain/calendar";
import type { Plan } from "../../../src/domain/plan";
import { parsePlan } from "../../../src/domain/validate";
import { initiativeNames, minutesNames } from "../../../src/layout/names";
import type { WorkbookPort, WorkbookSnapshot } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto, valuesOf } from "../../support/minutesSupport";

const PLAN: Plan = parsePlan({
  district: "Riverton Public Schools",
  date: "2026-08-15",
  schoolYear: 2026,
  keyIssues: "",
  theoryOfAction: "",
  roster: [],
  finalOutcomes: [],
  objectives: [
    {
      title: "Literacy",
      lead: "Pat Lee",
      initiatives: [
        {
          description: "=Phonics in every K-3 classroom",
          lead: "Ana Ruiz",
          shortTermOutcomes: ["By October 2026, 60% of K-3 students at benchmark", "By August 2026, summer reading logs from 40% of families"],
          earlyEvidence: ["By November 2026, 80% of teachers use the routines"],
          resources: "",
          activities: [
            { quarter: "Sept-Dec", text: "Train K-3 teachers", lead: "Coaches", start: "2026-09-08", complete: "2026-10-30", status: "In progress" },
            { quarter: "Sept-Dec", text: "+Fall screening", lead: "@data team", start: "2026-11-02", complete: "2026-11-20" },
          ],
          ratings: {},
        },
        {
          description: "Instructional rounds",
          lead: "Tom Beck",
          shortTermOutcomes: [],
          earlyEvidence: [],
          resources: "",
          activities: [{ quarter: "Jan-March", text: "Cross-school rounds", lead: "Principals", start: "2027-01-11", complete: "2027-03-31" }],
          ratings: {},
        },
        {
          description: "Data teams",
          lead: "Keisha Williams",
          shortTermOutcomes: [],
          earlyEvidence: [],
          resources: "",
          activities: [{ quarter: "Sept-Dec", text: "Launch data teams", lead: "Principals", start: "2026-09-14", complete: "2026-09-30", status: "Complete" }],
          ratings: {},
        },
      ],
    },
  ],
});

/** The xlsx adapter, counting snapshots and applies. */
class Counted implements WorkbookPort {
  snapshots = 0;
  applies = 0;
  constructor(readonly wb: XlsxWorkbook) {}
  listSheets() {
    return this.wb.listSheets();
  }
  snapshot() {
    this.snapshots++;
    return this.wb.snapshot();
  }
  apply(batch: Parameters<WorkbookPort["apply"]>[0]) {
    this.applies++;
    return this.wb.apply(batch);
  }
  select(sheet: string, range: string) {
    return this.wb.select(sheet, range);
  }
}

async function planBook(plan = PLAN): Promise<Counted> {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  return new Counted(wb);
}

const minutes = (port: WorkbookPort, date: string, extra: Partial<NewMinutesInput> = {}) => newMinutes(port, { date, today: "2026-09-01", ...extra });

/** Every text on a sheet, in row order (for "the sheet says so" checks). */
async function sheetTexts(port: WorkbookPort, sheet: string): Promise<string[]> {
  const wb = (port as Counted).wb;
  const ws = wb.book.getWorksheet(sheet)!;
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && out.push(cell.value)));
  return out;
}

test("month boundary: the agenda lists last month's overdue activity, this month's start, and benchmarks of this month and last; text stays text", async () => {
  const port = await planBook();
  const made = await minutes(port, "2026-11-02");
  expect(port.snapshots).toBe(1);
  expect(port.applies).toBe(1);
  expect(made.sheet).toBe("Minutes 2026-11-02");
  const snap = await port.wb.snapshot();
  const agenda = snap.names[minutesNames("2026-11-02").agenda];
  expect(agenda.values).toEqual([
    ["1.1", "Train K-3 teachers", "Overdue: due 10/30/2026 (In progress)", "Coaches"],
    ["1.1", "+Fall screening", "Starts 11/2/2026; Due 11/20/2026", "@data team"],
    ["1.1", "By October 2026, 60% of K-3 students at benchmark", "Short-Term Outcome dated October 2026 (last month)", "Ana Ruiz"],
    ["1.1", "By November 2026, 80% of teachers use the routines", "Early Evidence of Change dated November 2026 (this month)", "Ana Ruiz"],
  ]);
  expect(agenda.formulas).toEqual(agenda.values); // "+Fall screening" is text, not a formula
  const coverage = valuesOf(snap, minutesNames("2026-11-02").discussed);
  expect(coverage).toEqual([
    ["1.1", ""],
    ["1.2", ""],
    ["1.3", ""],
  ]);
  expect(await sheetTexts(port, made.sheet)).toContain("=Phonics in every K-3 classroom");
  expect(snap.names[minutesNames("2026-11-02").evidence].values).toEqual([
    ["1.1", "", "", ""],
    ["1.2", "", "", ""],
    ["1.3", "", "", ""],
  ]);
});

test("school-year boundary: in September the theme is the baseline one and August (the year before) is last month", async () => {
  const port = await planBook();
  await minutes(port, "2026-08-26", { today: "2026-08-01" });
  const sep = await minutes(port, "2026-09-09", { today: "2026-08-01" });
  const aug = await sheetTexts(port, "Minutes 2026-08-26");
  expect(aug).toContain("August:");
  expect(aug).toContain("Reflect on final MCAS/PPI and other summative data from previous school year.".replace(/^/, "•  "));
  const sepTexts = await sheetTexts(port, sep.sheet);
  expect(sepTexts).toContain("September/October:");
  expect(sepTexts).not.toContain("August:");
  const snap = await port.wb.snapshot();
  expect(snap.names[minutesNames("2026-09-09").agenda].values.map((r) => r[1])).toEqual([
    "Train K-3 teachers",
    "By August 2026, summer reading logs from 40% of families",
    "Launch data teams",
  ]);
  expect((await minutes(port, "2026-08-19", { today: "2026-08-01" })).notes).toContain("8/19/2026 is outside the plan's school year (SY 2026-27).");
});

test("coverage over three meetings: the third lists what the first two did not cover", async () => {
  const port = await planBook();
  await minutes(port, "2026-09-16");
  await typeInto(port.wb, minutesNames("2026-09-16").discussed, [["Yes"]], { row: 0, col: 1 });
  await minutes(port, "2026-10-14");
  await typeInto(port.wb, minutesNames("2026-10-14").discussed, [["x"]], { row: 1, col: 1 });
  const nov = await minutes(port, "2026-11-18");
  expect(nov.mustDiscuss).toEqual(["1.3"]);
  const texts = await sheetTexts(port, nov.sheet);
  expect(texts).toContain("Must be discussed at this meeting (not covered by Minutes 2026-09-16 or Minutes 2026-10-14): 1.3.");
  expect(texts).toEqual(expect.arrayContaining(["Last discussed 9/16/2026", "Last discussed 10/14/2026", "Not discussed yet; must be discussed now"]));
  await typeInto(port.wb, minutesNames("2026-11-18").discussed, [["Yes"]], { row: 2, col: 1 });
  expect((await minutes(port, "2026-12-16")).mustDiscuss).toEqual(["1.1"]);
  expect((await port.wb.listSheets()).slice(-4)).toEqual(["Minutes 2026-09-16", "Minutes 2026-10-14", "Minutes 2026-11-18", "Minutes 2026-12-16"]);
});

test("a second sheet for the same date: refused without writing, or added with a suffix and names of its own", async () => {
  const port = await planBook();
  await minutes(port, "2026-10-14");
  await typeInto(port.wb, minutesNames("2026-10-14").participants, [["Ana, Tom"]]);
  const applies = port.applies;
  const refused = minutes(port, "2026-10-14");
  await expect(refused).rejects.toBeInstanceOf(MinutesExistError);
  await expect(refused).rejects.toThrow(`There are already minutes for 2026-10-14 on the sheet "Minutes 2026-10-14"; minutes are never overwritten.`);
  expect(port.applies).toBe(applies);

  const second = await minutes(port, "2026-10-14", { suffixIfExists: true });
  expect(second).toMatchObject({ sheet: "Minutes 2026-10-14 (2)", seq: 2 });
  const third = await minutes(port, "2026-10-14", { suffixIfExists: true });
  expect(third.sheet).toBe("Minutes 2026-10-14 (3)");
  const snap: WorkbookSnapshot = await port.wb.snapshot();
  expect(snap.names[minutesNames("2026-10-14").participants].values).toEqual([["Ana, Tom"]]);
  expect(snap.names[minutesNames("2026-10-14", 2).participants]).toMatchObject({ sheet: "Minutes 2026-10-14 (2)", values: [[""]] });
  expect(Object.keys(snap.names).filter((n) => n.startsWith("AIP.Minutes.D20261014_2."))).toHaveLength(
    Object.keys(snap.names).filter((n) => n.startsWith("AIP.Minutes.D20261014.")).length,
  );
});

test("no activities this month: the sheet says so; dates typed as text are listed to confirm", async () => {
  const done = structuredClone(PLAN);
  done.objectives[0].initiatives.forEach((i) => i.activities.forEach((a) => (a.status = "Complete")));
  const port = await planBook(done);
  const rounds = initiativeNames({ o: 1, i: 2 }).activities;
  const read = (await port.wb.snapshot()).names[rounds];
  const row = read.values.findIndex((r) => r[1] === "Cross-school rounds");
  await typeInto(port.wb, rounds, [["after winter break"]], { row, col: 3 });
  await minutes(port, "2027-05-12");
  const agenda = (await port.wb.snapshot()).names[minutesNames("2027-05-12").agenda].values;
  expect(agenda).toEqual([
    ["", "No activities start, fall due or are overdue in May 2027, and no benchmarks are dated this month or last month.", "", ""],
    ["1.2", "Cross-school rounds", "Dates to confirm: Start date is text: “after winter break”", "Principals"],
  ]);
});

test("dates in the past or far ahead are allowed, with a note", async () => {
  const port = await planBook();
  expect((await newMinutes(port, { date: "2026-09-09", today: "2026-10-01" })).notes).toContain("9/9/2026 is in the past: these are minutes of a discussion already held.");
  const far = await newMinutes(port, { date: "2028-06-14", today: "2026-10-01" });
  expect(far.notes).toEqual(expect.arrayContaining(["6/14/2028 is more than a year ahead; check the date.", "6/14/2028 is outside the plan's school year (SY 2026-27)."]));
  await expect(newMinutes(port, { date: "14/10/2026" })).rejects.toThrow(`The meeting date "14/10/2026" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-14.`);
});

test("the next discussion's date and item 6 are carried from the previous minutes", async () => {
  const port = await planBook();
  await minutes(port, "2026-09-16");
  const sep = minutesNames("2026-09-16");
  await typeInto(port.wb, sep.nextDate, [[isoToSerial("2026-10-21")]]);
  await typeInto(port.wb, sep.section(6), [["Bring the October walkthrough data for 1.1"]]);
  // An extra meeting before the planned one: the planned date is carried to the new sheet.
  const extra = await minutes(port, "2026-10-07");
  expect(extra.notes).toEqual([
    "Date of next Highlight Discussion carried from Minutes 2026-09-16: 10/21/2026.",
    "Agreed at the last discussion (Minutes 2026-09-16, item 6): Bring the October walkthrough data for 1.1",
  ]);
  const snap = await port.wb.snapshot();
  expect(snap.names[minutesNames("2026-10-07").nextDate].values).toEqual([[isoToSerial("2026-10-21")]]);
  expect(await sheetTexts(port, extra.sheet)).toContain("Agreed at the last discussion (Minutes 2026-09-16, item 6): Bring the October walkthrough data for 1.1");
});

test("no plan in the workbook: a clear error, nothing written", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  const port = new Counted(wb);
  await expect(minutes(port, "2026-10-14")).rejects.toThrow(/This workbook has no AIP plan/);
  expect(port.applies).toBe(0);
});
