/**
 * What the QPR's Word document is made from, read from a workbook in one snapshot: the period's
 * ratings as on the strategy sheets, the narratives typed on the QPR view, the minutes' evidence,
 * and what could not be read, by name or cell.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { newMinutes } from "../../../src/commands/newMinutes";
import { newPlan } from "../../../src/commands/newPlan";
import { qprReport, readQprReport } from "../../../src/commands/qprReport";
import { qprView } from "../../../src/commands/qprView";
import type { Plan } from "../../../src/domain/plan";
import { parsePlan } from "../../../src/domain/validate";
import { initiativeNames, minutesNames, qprNames } from "../../../src/layout/names";
import type { WorkbookPort } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto } from "../../support/minutesSupport";

let sample: Plan;
beforeAll(async () => {
  sample = parsePlan(JSON.parse(await fs.readFile(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
});

async function sampleBook(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  return wb;
}

/** Counts snapshots and refuses writes: the document is made from one read and changes nothing. */
function readOnly(port: WorkbookPort): WorkbookPort & { reads: number } {
  const counted = {
    reads: 0,
    listSheets: () => port.listSheets(),
    select: () => Promise.reject(new Error("no select")),
    apply: () => Promise.reject(new Error("the QPR document must not write")),
    snapshot: async () => (counted.reads++, port.snapshot()),
  };
  return counted;
}

test("the period's ratings and evidence as on the strategy sheets, the narratives typed on the view, the minutes' evidence: one read, no writes", async () => {
  const wb = await sampleBook();
  await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  await typeInto(wb, minutesNames("2026-10-14").evidence, [["Walkthrough log for October", "Literacy coaches", "District shared drive"]], { row: 0, col: 1 });
  await qprView(wb, { period: "Jan" });
  await typeInto(wb, qprNames("Jan").overall, [["Steady progress on literacy;\nattendance still a concern."]]);
  await typeInto(wb, qprNames("Jan").objective(2), [["Data teams meet monthly in every school."]]);

  const port = readOnly(wb);
  const { report, problems } = await qprReport(port, { period: "Jan" });
  expect(port.reads).toBe(1);
  expect(problems).toEqual([]);
  expect(report).toMatchObject({ district: "Riverton Public Schools", period: "Jan", publication: "January 2027", covers: "September – November 2026" });
  expect(report.overall).toBe("Steady progress on literacy;\nattendance still a concern.");
  expect(report.objectives.map((o) => [o.o, o.narrative])).toEqual([
    [1, ""],
    [2, "Data teams meet monthly in every school."],
    [3, ""],
    [4, ""],
  ]);
  const jan = sample.objectives[0].initiatives[0].ratings.Jan!;
  expect(report.objectives[0].initiatives[0]).toEqual({
    number: "1.1",
    description: sample.objectives[0].initiatives[0].description,
    lead: sample.objectives[0].initiatives[0].lead,
    process: jan.process,
    processEvidence: jan.processEvidence,
    performance: jan.performance,
    performanceEvidence: jan.performanceEvidence,
    ratedBy: jan.ratedBy,
    ratedOn: jan.ratedOn,
  });
  expect(report.evidence).toEqual([{ date: "2026-10-14", initiative: "1.1", evidence: "Walkthrough log for October", who: "Literacy coaches", where: "District shared drive" }]);
});

test("no QPR view for the period: the report is still made, with empty narratives and a problem saying how to add them", async () => {
  const { report, review, problems } = readQprReport(await (await sampleBook()).snapshot(), "Mar");
  expect(report.overall).toBe("");
  expect(report.objectives).toHaveLength(4);
  expect(problems).toEqual([{ where: qprNames("Mar").overall, message: expect.stringContaining('no QPR view for Mar in this workbook (no sheet "QPR Mar"') }]);
  expect(review).toEqual({ status: "published" });
});

test("the review round comes from the same read: the view's status and the district's corrections by initiative number", async () => {
  const wb = await sampleBook();
  await qprView(wb, { period: "Jan" });
  const port = readOnly(wb);
  expect((await qprReport(port, { period: "Jan" })).review).toEqual({ status: "draft" });

  await typeInto(wb, qprNames("Jan").review.status, [["In factual review"]]);
  await typeInto(wb, qprNames("Jan").review.corrections({ o: 2, i: 1 }), [["  The data team met 9 times, not 6.  "]]);
  await typeInto(wb, qprNames("Jan").review.corrections({ o: 1, i: 3 }), [["   "]]);
  const { review, problems } = await qprReport(port, { period: "Jan" });
  expect(port.reads).toBe(2);
  expect(problems).toEqual([]);
  expect(review).toEqual({ status: "in-review", corrections: { "2.1": "The data team met 9 times, not 6." } });

  await typeInto(wb, qprNames("Jan").review.status, [["Finished"]]);
  const odd = readQprReport(await wb.snapshot(), "Jan");
  expect(odd.review.status).toBe("draft");
  expect(odd.problems).toEqual([{ where: qprNames("Jan").review.status, message: expect.stringContaining('"Finished" is not one of Draft, In factual review, Published') }]);
});

test("initiatives keep the numbers of their sheets when one before them is gone; a rating typed off the scale is reported with its cell", async () => {
  const wb = await sampleBook();
  const rating = initiativeNames({ o: 1, i: 3 }).rating("Process", "Jan");
  await typeInto(wb, rating, [["Going well"]]);
  const snap = await wb.snapshot();
  const gone = snap.names[initiativeNames({ o: 1, i: 2 }).description].sheet;
  const { report, problems } = readQprReport({ ...snap, sheets: snap.sheets.filter((s) => s !== gone) }, "Jan");
  expect(report.objectives[0].initiatives.map((i) => i.number)).toEqual(["1.1", "1.3"]);
  expect(report.objectives[0].initiatives[1].process).toBe("Going well");
  const cell = snap.names[rating];
  expect(problems).toContainEqual({ where: `'${cell.sheet}'!${cell.range}`, message: expect.stringContaining('"Going well"') });
});
