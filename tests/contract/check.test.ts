/**
 * Contract: "check" reads once and writes only the Check Report sheet, the same through the xlsx
 * adapter and through the Office.js adapter on the in-memory Excel; in Excel it costs one snapshot
 * and one apply (at most 2 round trips) whatever the plan's size.
 */
import { check } from "../../src/commands/check";
import { newPlan } from "../../src/commands/newPlan";
import { generatePlan } from "../support/generatePlan";
import { isoToSerial } from "../../src/domain/calendar";
import { CHECK_REPORT_SHEET } from "../../src/layout/build/checkReportSheet";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { withLayoutNames } from "../support/layoutNames";
import { ACTIVITIES_TOP, addInitiative, addPlanSheet, SnapshotBuilder } from "../support/snapshotBuilder";
import { both, expectSameWorkbook, pair } from "./support";

const TODAY = "2027-01-15";

function defectivePlan(initiatives = 2) {
  const b = addPlanSheet(new SnapshotBuilder());
  for (let i = 1; i <= initiatives; i++) {
    addInitiative(b, { o: 1, i }, i === 1 ? "1.1 It's coaching" : `1.${i}`, {
      lead: i === 1 ? "Pat Lee and Sam Ortiz" : "Sam Ortiz",
      activities: [
        { quarter: "Sept-Dec", text: "=Hire coaches", lead: "", start: isoToSerial("2026-11-01"), complete: isoToSerial("2026-10-01") },
        { quarter: "Jan-March", text: "Coach", lead: "Coaches", start: "soon", complete: isoToSerial("2027-03-01") },
      ],
      ratings: { Jan: { Process: "technical implementation stage" } },
    });
  }
  return withLayoutNames(b).toBatch();
}

function withoutReport(d: WorkbookDump): WorkbookDump {
  return { sheets: d.sheets.filter((s) => s.name !== CHECK_REPORT_SHEET), names: Object.fromEntries(Object.entries(d.names).filter(([n]) => !n.startsWith("AIP.CheckReport"))) };
}

test("check with a report: same findings and same workbook on both adapters; only the Check Report sheet is written; 2 round trips", async () => {
  const p = await pair();
  await both(p, (port) => port.apply(defectivePlan()));
  const before = dumpXlsx(p.xlsx);
  await p.office.listSheets(); // the pane's adapter knows the workbook before any command

  let found = 0;
  for (let run = 0; run < 2; run++) {
    const r = await both(p, (port) => check(port, { today: TODAY, report: true }));
    expect(r.office).toEqual(r.xlsx);
    expect(r.syncs).toBeLessThanOrEqual(2);
    expect(r.xlsx.counts.error).toBeGreaterThanOrEqual(3); // two-person lead, dates backwards, rating value
    expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
    expect(withoutReport(dumpXlsx(p.xlsx))).toEqual(before);
    expect(withoutReport(p.fake.dump())).toEqual(withoutReport(before));
    found = r.xlsx.findings.length;
  }

  const report = dumpXlsx(p.xlsx).sheets.find((s) => s.name === CHECK_REPORT_SHEET);
  const rows = Object.entries(report?.cells ?? {}).filter(([a]) => /^E\d+$/.test(a) && Number(a.slice(1)) > 8);
  expect(rows.length).toBe(found);
  // The link of the lead finding jumps to the lead cell of the sheet whose name has an apostrophe.
  expect(Object.values(report?.cells ?? {})).toContainEqual({ formula: `=HYPERLINK("#'1.1 It''s coaching'!B6","B6")` });
  // The activity text "=Hire coaches" is quoted in messages as text, never a formula.
  const messages = Object.entries(report?.cells ?? {})
    .filter(([a]) => a.startsWith("F"))
    .map(([, c]) => c);
  expect(messages.every((c) => c.formula === undefined)).toBe(true);
});

test("a shorter report after a longer one leaves no stale rows; the sheet is updated, not recreated", async () => {
  const p = await pair();
  await both(p, (port) => port.apply(defectivePlan(3)));
  const first = await both(p, (port) => check(port, { today: TODAY, report: true }));
  // A person clears initiative 1.3's faulty activities, and types a note beside the report.
  await both(p, (port) => port.apply({ sheets: [{ name: "1.3", create: false, clear: [`A${ACTIVITIES_TOP}:F${ACTIVITIES_TOP + 1}`], blocks: [] }], names: [] }));
  await both(p, (port) => port.apply({ sheets: [{ name: CHECK_REPORT_SHEET, create: false, blocks: [{ at: "J1", cells: [["a person's note"]] }] }], names: [] }));
  const second = await both(p, (port) => check(port, { today: TODAY, report: true }));
  expect(second.xlsx.findings.length).toBeLessThan(first.xlsx.findings.length);
  const dump = dumpXlsx(p.xlsx);
  expectSameWorkbook(dump, p.fake.dump());
  const report = dump.sheets.find((s) => s.name === CHECK_REPORT_SHEET)!;
  const lastRow = Math.max(
    ...Object.keys(report.cells)
      .filter((a) => /^[A-G]\d+$/.test(a))
      .map((a) => Number(a.replace(/^[A-Z]+/, ""))),
  );
  expect(lastRow).toBe(8 + second.xlsx.findings.length);
  // Outside the report's columns, what a person typed on the sheet is kept.
  expect(report.cells.J1).toEqual({ value: "a person's note" });
});

test("check without a report writes nothing and costs one round trip", async () => {
  const p = await pair();
  await both(p, (port) => port.apply(defectivePlan()));
  await p.office.listSheets();
  const before = p.fake.dump();
  const r = await both(p, (port) => check(port, { today: TODAY }));
  expect(r.syncs).toBe(1);
  expect(p.fake.dump()).toEqual(before);
  expect(r.office.findings.length).toBeGreaterThan(0);
});

test("round trips do not grow with the plan: 1 and 15 initiatives both cost at most 2", async () => {
  for (const size of [1, 15]) {
    const p = await pair();
    await both(p, (port) => port.apply(defectivePlan(size)));
    await p.office.listSheets();
    p.fake.resetSyncCount();
    const r = await check(p.office, { today: TODAY, report: true });
    expect({ size, syncs: p.fake.syncCount }).toEqual({ size, syncs: 2 });
    expect(r.findings.length).toBeGreaterThan(size);
  }
});

test("merged benchmark cells are read as Excel shows them: no crash, the same findings on both adapters", async () => {
  const p = await pair();
  await both(p, (port) => port.apply(defectivePlan(1)));
  // A person merges two short-term outcome cells and the lead cell with its neighbour.
  const merge = {
    name: "1.1 It's coaching",
    create: false,
    blocks: [{ at: "B10", cells: [["By June 2027, 80% of teachers use the routines, as measured by walkthroughs"]] }],
    merges: ["B10:B11", "B6:C6"],
  };
  await both(p, (port) => port.apply({ sheets: [merge], names: [] }));
  const r = await both(p, (port) => check(port, { today: TODAY, report: true }));
  expect(r.office).toEqual(r.xlsx);
  expect(r.xlsx.findings.some((f) => f.cell === "B11")).toBe(false); // the hidden half of the merge is blank, not a benchmark
  expectSameWorkbook(dumpXlsx(p.xlsx), p.fake.dump());
});

test("a Check Report sheet a person deleted is made again on the next check (its old name is re-pointed)", async () => {
  const p = await pair();
  await both(p, (port) => port.apply(defectivePlan(1)));
  await check(p.office, { today: TODAY, report: true });
  p.fake.deleteSheet(CHECK_REPORT_SHEET);
  const r = await check(p.office, { today: TODAY, report: true });
  const dump = p.fake.dump();
  const report = dump.sheets.find((s) => s.name === CHECK_REPORT_SHEET);
  expect(report?.cells.A1).toEqual({ value: "Plan check report" });
  expect(dump.names["AIP.CheckReport.Findings"]).toBe(`'${CHECK_REPORT_SHEET}'!$A$8:$A$${8 + r.findings.length}`);
});

test("a benchmark typed as text that starts with '=' is text to Check in Excel too (Excel reads it back through formulas without its apostrophe)", async () => {
  const p = await pair();
  await both(p, (port) => newPlan(port, generatePlan(1, 1)));
  const r = await both(p, (port) => check(port, { today: TODAY, report: false }));
  expect(r.office).toEqual(r.xlsx);
  const notes = r.office.findings.filter((f) => /is a formula/.test(f.message));
  expect(notes).toEqual([]);
});
