/** The add-in's rebuilt sheets are the tabs their names point at; a tab merely so called is a look-alike. */
import { readFileSync } from "fs";
import { join } from "path";
import { check } from "../../../src/commands/check";
import { newPlan } from "../../../src/commands/newPlan";
import { qprView } from "../../../src/commands/qprView";
import { parsePlan } from "../../../src/domain/validate";
import { lookalikeMessage, ownSheet } from "../../../src/layout/ownSheets";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { createFakeExcel } from "../../fakes/excel";

const read = (sheet: string) => ({ name: "", sheet, range: sheet ? "A1" : "", values: [], formulas: [] });

test("found where the first live name points, in the workbook's spelling; else a look-alike by the usual name; else absent", () => {
  const snap: WorkbookSnapshot = { sheets: ["Plan", "Ratings overview", "summary"], names: { A: read(""), B: read("ratings OVERVIEW") } };
  expect(ownSheet(snap, ["A", "B"], "Summary")).toEqual({ kind: "found", sheet: "Ratings overview" });
  expect(ownSheet(snap, ["A"], "Summary")).toEqual({ kind: "lookalike", sheet: "summary" });
  expect(ownSheet(snap, ["A"], "QPR Jun")).toEqual({ kind: "absent" });
});

test("the refusal names the tab, the name that would make it the add-in's, and the ways out", () => {
  const base = { outcome: "Roll up did not write anything", what: "Summary", again: "roll up again" };
  expect(lookalikeMessage("Summary", { ...base, names: ["AIP.Summary.Area", "AIP.Summary.ProcessCounts"], repairable: true })).toBe(
    `Roll up did not write anything: the sheet "Summary" is not the add-in's Summary (none of its names, such as AIP.Summary.Area, point at it), so it may be a sheet of your own. Rename that sheet (or delete it if it is an old Summary), then roll up again; if it is the add-in's Summary and only its names were deleted, run Repair names (Check page, or aip repair) instead.`,
  );
  expect(lookalikeMessage("Check Report", { ...base, names: ["AIP.CheckReport.Findings"], repairable: false })).toContain(
    `(the name AIP.CheckReport.Findings does not point at it), so it may be a sheet of your own. Rename that sheet (or delete it if it is an old Summary), then roll up again.`,
  );
});

test("a renamed Check Report and a renamed QPR view are rebuilt in place under their new names, not made again", async () => {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1");
  const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  await newPlan(port, parsePlan(JSON.parse(readFileSync(join(__dirname, "../../../examples/sample-plan.json"), "utf8"))));
  await check(port, { today: "2027-01-15", report: true });
  await qprView(port, { period: "Mar" });
  fake.renameSheet("Check Report", "Checks (Jan)");
  fake.renameSheet("QPR Mar", "March report");
  const tabs = await port.listSheets();
  expect((await check(port, { today: "2027-01-16", report: true })).reportSkipped).toBeUndefined();
  expect((await qprView(port, { period: "Mar" })).sheet).toBe("March report");
  expect(await port.listSheets()).toEqual(tabs);
});
