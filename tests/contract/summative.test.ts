/**
 * Contract: the Summative Report and the QPR view's review round through both adapters (the xlsx
 * adapter and the Office adapter on the in-memory Excel): the same workbook, one read and one
 * write in Excel, and what people typed (narratives, review status and dates, the district's
 * factual corrections, outcomes' results) kept across rebuilds, also after an initiative is added.
 */
import * as fs from "fs";
import * as path from "path";
import { addInitiative } from "../../src/commands/addInitiative";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { summative } from "../../src/commands/summative";
import { isoToSerial } from "../../src/domain/calendar";
import { parsePlan } from "../../src/domain/validate";
import { qprNames, summativeNames } from "../../src/layout/names";
import { readQprReview } from "../../src/layout/read/reviewRound";
import type { CellValue, WorkbookPort } from "../../src/workbook/port";
import { dumpXlsx } from "../support/dumpXlsx";
import { generatePlan } from "../support/generatePlan";
import { bothPrimed, expectSameWorkbook, pair, type Pair } from "./support";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
const added = generatePlan(1, 1, 2).objectives[0].initiatives[0];

/** Types into named cells on both workbooks, as a person would in Excel. */
async function typeOnBoth(p: Pair, cells: Record<string, CellValue>): Promise<void> {
  for (const port of [p.xlsx, p.office]) {
    const snap = await port.snapshot();
    const bySheet = new Map<string, { at: string; cells: CellValue[][] }[]>();
    for (const [name, value] of Object.entries(cells)) {
      const read = snap.names[name];
      if (!read) throw new Error(`no name ${name}`);
      bySheet.set(read.sheet, [...(bySheet.get(read.sheet) ?? []), { at: read.range.split(":")[0], cells: [[value]] }]);
    }
    await port.apply({ sheets: [...bySheet].map(([name, blocks]) => ({ name, create: false, blocks })), names: [] });
  }
}

async function valuesOnBoth(p: Pair, names: string[]): Promise<{ xlsx: CellValue[]; office: CellValue[] }> {
  const read = async (port: WorkbookPort) => {
    const snap = await port.snapshot();
    return names.map((n) => snap.names[n]?.values[0]?.[0] ?? "(no name)");
  };
  return { xlsx: await read(p.xlsx), office: await read(p.office) };
}

test("the Summative Report: same workbook on both adapters, one read and one write, people's cells kept across rebuilds", async () => {
  const p = await pair();
  await bothPrimed(p, (port) => newPlan(port, sample));
  const first = await bothPrimed(p, (port) => summative(port, { today: "2027-05-15" }));
  expect(first.office.sheet).toBe("Summative 2026-27");
  expect(first.office.model).toEqual(first.xlsx.model);
  expect(first.syncs).toBeLessThanOrEqual(2);
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());

  const s = summativeNames(2026);
  const typed: Record<string, CellValue> = {
    [s.successes]: "=Every school ran its data meetings",
    [s.concerns]: "+Attendance is still below target",
    [s.recommendations]: "Keep the tutoring partners for next year.",
    [s.review.status]: "In factual review",
    [s.review.stepDate("draft")]: isoToSerial("2027-06-20"),
    [s.review.corrections({ o: 1, i: 2 })]: "-Rounds began in October.",
    [s.review.corrections({ o: 2, i: 1 })]: "The rubric was introduced in October.",
    [s.outcome(1).result]: "61% proficient",
    [s.outcome(1).met]: "Partly met",
  };
  await typeOnBoth(p, typed);
  await bothPrimed(p, (port) => addInitiative(port, { objective: 1, initiative: added }));
  const again = await bothPrimed(p, (port) => summative(port, { today: "2027-05-15" }));
  expect(again.syncs).toBeLessThanOrEqual(2);
  expect(again.office.initiatives).toBe(first.office.initiatives + 1);
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
  const kept = await valuesOnBoth(p, Object.keys(typed));
  expect(kept.office).toEqual(Object.values(typed));
  expect(kept.xlsx).toEqual(Object.values(typed));
  // Text stays text: what looked like a formula was written back as the text it was.
  const dump = p.fake.dump();
  const formulas = dump.sheets.find((x) => x.name === "Summative 2026-27")!.cells;
  expect(Object.values(formulas).some((c) => c.formula?.includes("Every school"))).toBe(false);
});

test("the QPR view's review round and corrections are kept across rebuilds on both adapters, and read back for the Word export", async () => {
  const p = await pair();
  await bothPrimed(p, (port) => newPlan(port, generatePlan(2, 2)));
  const built = await bothPrimed(p, (port) => qprView(port, { period: "Mar" }));
  expect(built.syncs).toBeLessThanOrEqual(2);
  const q = qprNames("Mar");
  const typed: Record<string, CellValue> = {
    [q.review.status]: "Published",
    [q.review.stepDate("in-review")]: isoToSerial("2027-02-23"),
    [q.review.stepDate("published")]: isoToSerial("2027-03-15"),
    [q.review.corrections({ o: 1, i: 2 })]: "=The walkthroughs began in January, not February.",
    [q.review.corrections({ o: 2, i: 1 })]: "Attendance figures are for February.",
  };
  await typeOnBoth(p, typed);
  await bothPrimed(p, (port) => addInitiative(port, { objective: 1, initiative: added }));
  const rebuilt = await bothPrimed(p, (port) => qprView(port, { period: "Mar" }));
  expect(rebuilt.syncs).toBeLessThanOrEqual(2);
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
  const kept = await valuesOnBoth(p, Object.keys(typed));
  expect(kept.office).toEqual(Object.values(typed));
  expect(kept.xlsx).toEqual(Object.values(typed));
  // The status is a dropdown of the three steps, the step dates take dates only (both adapters: same dump).
  const validations = p.fake.dump().sheets.find((x) => x.name === "QPR Mar")!.validations;
  expect(validations).toEqual(expect.objectContaining({ B8: '"Draft,In factual review,Published"', "B9:B11": "date GreaterThan 2000-01-01" }));

  for (const port of [p.xlsx, p.office]) {
    const review = readQprReview(await port.snapshot(), "Mar");
    expect(review).toEqual({
      status: "published",
      steps: { "in-review": "2027-02-23", published: "2027-03-15" },
      corrections: [
        { ref: { o: 1, i: 2 }, number: "1.2", text: "=The walkthroughs began in January, not February." },
        { ref: { o: 2, i: 1 }, number: "2.1", text: "Attendance figures are for February." },
      ],
      problems: [],
    });
  }
});
