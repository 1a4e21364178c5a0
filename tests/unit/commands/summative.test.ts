/**
 * The Summative Report on the xlsx adapter: what it lists, the year it refuses, a person's tab of the
 * same name left alone, and people's cells (narratives, review round, corrections, outcomes'
 * results) written back on a rebuild, also when an outcome or an initiative has gone.
 */
import * as fs from "fs";
import * as path from "path";
import { newPlan } from "../../../src/commands/newPlan";
import { OtherYearError, summative } from "../../../src/commands/summative";
import { parsePlan } from "../../../src/domain/validate";
import { PLAN_NAMES, summativeNames } from "../../../src/layout/names";
import { WorkbookError } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { dumpXlsx } from "../../support/dumpXlsx";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
const s = summativeNames(2026);

async function sampleBook(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  return wb;
}

/** Types into named cells, as a person would. */
async function type(wb: XlsxWorkbook, cells: Record<string, string | number>): Promise<void> {
  const snap = await wb.snapshot();
  for (const [name, value] of Object.entries(cells)) {
    const read = snap.names[name];
    wb.book.getWorksheet(read.sheet)!.getCell(read.range.split(":")[0]).value = value;
  }
}

function valueOf(wb: XlsxWorkbook, name: string): unknown {
  const dump = dumpXlsx(wb);
  const ref = dump.names[name];
  if (!ref) return undefined;
  const bang = ref.lastIndexOf("!");
  const sheet = ref.slice(0, bang).replace(/^'|'$/g, "");
  const cell = ref
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")[0];
  return dump.sheets.find((x) => x.name === sheet)?.cells[cell]?.value;
}

test("lists every initiative, outcome and quarter of the plan's year on 'Summative 2026-27'", async () => {
  const wb = await sampleBook();
  const r = await summative(wb, { today: "2027-05-15" });
  const count = sample.objectives.reduce((n, o) => n + o.initiatives.length, 0);
  expect(r).toMatchObject({ sheet: "Summative 2026-27", initiatives: count, problems: [] });
  expect(r.model.outcomes.map((o) => o.text)).toEqual(sample.finalOutcomes.map((o) => o.text));
  expect(r.model.coverage.map((c) => c.period)).toEqual(["Jan", "Mar", "Jun", "Sep"]);
  expect(r.model.coverage[3].verdict).toBe("not yet");
  expect(valueOf(wb, s.review.status)).toBe("Draft");
});

test("another school year than the plan's is refused, saying which", async () => {
  const wb = await sampleBook();
  await expect(summative(wb, { year: 2027 })).rejects.toThrow(OtherYearError);
  await expect(summative(wb, { year: 2027 })).rejects.toThrow(/its plan is for SY 2026-27/);
});

test("a tab of a person's own called 'Summative 2026-27' is never written over", async () => {
  const wb = await sampleBook();
  await wb.apply({ sheets: [{ name: "Summative 2026-27", create: true, blocks: [{ at: "A1", cells: [["my notes"]] }] }], names: [] });
  await expect(summative(wb)).rejects.toThrow(WorkbookError);
  await expect(summative(wb)).rejects.toThrow(/not the add-in's Summative Report/);
  expect(wb.book.getWorksheet("Summative 2026-27")!.getCell("A1").value).toBe("my notes");
});

test("people's cells survive a rebuild; results of an outcome that left the plan are kept apart", async () => {
  const wb = await sampleBook();
  await summative(wb, { today: "2027-06-15" });
  const typed = {
    [s.successes]: "=Coaching cycles began on time",
    [s.concerns]: "Attendance",
    [s.recommendations]: "+Keep the tutoring",
    [s.review.status]: "In factual review",
    [s.review.stepDate("in-review")]: 46550,
    [s.review.corrections({ o: 1, i: 2 })]: "The coaching started in October, not September.",
    [s.outcome(1).result]: "58% proficient",
    [s.outcome(1).met]: "Partly met",
    [s.outcome(2).result]: "Attendance 93%",
  };
  await type(wb, typed);
  // The plan's first outcome is reworded: its result no longer matches an outcome and is kept apart.
  const plan = (await wb.snapshot()).names["AIP.FinalOutcomes"];
  wb.book.getWorksheet(plan.sheet)!.getCell(plan.range.split(":")[0]).value = "A new first outcome";
  const r = await summative(wb, { today: "2027-06-15" });
  for (const [name, value] of Object.entries(typed)) {
    if (name.startsWith(s.prefix + ".Outcome")) continue;
    expect({ name, value: valueOf(wb, name) }).toEqual({ name, value });
  }
  expect(r.model.outcomes[0]).toMatchObject({ text: "A new first outcome", result: { cell: null } });
  expect(r.model.outcomes[1].result.cell).toBe("Attendance 93%");
  expect(r.model.orphanOutcomes).toEqual([expect.objectContaining({ text: sample.finalOutcomes[0].text, met: expect.objectContaining({ cell: "Partly met" }) })]);
  const k = sample.finalOutcomes.length + 1;
  expect(valueOf(wb, s.outcome(k).result)).toBe("58% proficient");
});

test("an initiative whose strategy sheet is gone is left out with a problem; its corrections are kept in their own section", async () => {
  const wb = await sampleBook();
  await summative(wb, { today: "2027-05-15" });
  await type(wb, { [s.review.corrections({ o: 1, i: 2 })]: "=Rounds began in October." });
  const snap = await wb.snapshot();
  const gone = snap.names["AIP.O1.I2.Description"].sheet;
  const port = {
    listSheets: () => wb.listSheets(),
    apply: wb.apply.bind(wb),
    select: wb.select.bind(wb),
    snapshot: async () => ({ ...(await wb.snapshot()), sheets: (await wb.listSheets()).filter((x) => x !== gone) }),
  };
  const r = await summative(port, { today: "2027-05-15" });
  expect(r.problems).toEqual([{ where: "AIP.O1.I2.*", message: expect.stringContaining("Initiative 1.2 was left out of the Summative Report: its strategy sheet is gone") }]);
  expect(r.model.orphanCorrections).toEqual([{ ref: { o: 1, i: 2 }, kept: { cell: "=Rounds began in October.", text: "=Rounds began in October." } }]);
  const cells = Object.values(dumpXlsx(wb).sheets.find((x) => x.name === "Summative 2026-27")!.cells);
  expect(cells.map((c) => c.value)).toContain("Factual corrections kept from initiatives no longer in the plan");
  expect(cells.some((c) => c.formula?.includes("AIP.O1.I2."))).toBe(false);
  expect(valueOf(wb, s.review.corrections({ o: 1, i: 2 }))).toBe("=Rounds began in October.");
});

test("a plan with no school year is refused, naming the cell to type it in, or saying the cell is gone", async () => {
  const wb = await sampleBook();
  const at = (await wb.snapshot()).names[PLAN_NAMES.schoolYear];
  await type(wb, { [PLAN_NAMES.schoolYear]: "", [PLAN_NAMES.date]: "" }); // nor a plan date to guess it from
  await expect(summative(wb)).rejects.toThrow(`type it in the School year cell ("${at.sheet}"!${at.range.replace(/\$/g, "")})`);
  wb.book.removeWorksheet(wb.book.getWorksheet("Plan")!.id);
  await expect(summative(wb)).rejects.toThrow(WorkbookError);
});
