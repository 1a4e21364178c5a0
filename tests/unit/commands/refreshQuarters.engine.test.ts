/**
 * The quarter tabs' formulas computed by a real spreadsheet engine (LibreOffice) show exactly the
 * source activities: text, leads, dates as dates, statuses, empty cells as empty (never 0), and
 * the initiative's number and description, across a sheet name with an apostrophe.
 */
import { refreshQuarters } from "../../../src/commands/refreshQuarters";
import { isoToSerial } from "../../../src/domain/calendar";
import { QUARTERS } from "../../../src/domain/plan";
import { quarterListName } from "../../../src/layout/names";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { recalcWithLibreOffice } from "../../support/recalc";
import { addInitiative, addPlanSheet, SnapshotBuilder } from "../../support/snapshotBuilder";

test("LibreOffice computes every quarter listing equal to the strategy sheets' activities", async () => {
  const b = addPlanSheet(new SnapshotBuilder());
  addInitiative(b, { o: 1, i: 1 }, "1.1 Coaching", {
    description: "Instructional coaching",
    activities: [
      { quarter: "Sept-Dec", text: "Hire coaches", lead: "HR team", start: isoToSerial("2026-09-01"), complete: isoToSerial("2026-10-15"), status: "Complete" },
      { quarter: "Jan-March", text: "Coaching cycles", lead: "Coaches" },
    ],
  });
  addInitiative(b, { o: 1, i: 2 }, "1.2 It's reading", {
    description: "Reading intervention",
    activities: [{ quarter: "Sept-Dec", text: "=Screen K-3", start: isoToSerial("2026-11-02") }],
  });
  const wb = XlsxWorkbook.create();
  await wb.apply(b.toBatch());
  await refreshQuarters(wb);

  const done = await recalcWithLibreOffice(wb);
  const snap = await done.snapshot();
  const listing = (q: number) => snap.names[quarterListName(q)].values.slice(1);

  expect(listing(QUARTERS.indexOf("Sept-Dec"))).toEqual([
    ["1.1 Instructional coaching", "Hire coaches", "HR team", isoToSerial("2026-09-01"), isoToSerial("2026-10-15"), "Complete"],
    ["1.2 Reading intervention", "=Screen K-3", "", isoToSerial("2026-11-02"), "", ""],
  ]);
  expect(listing(QUARTERS.indexOf("Jan-March"))).toEqual([["1.1 Instructional coaching", "Coaching cycles", "Coaches", "", "", ""]]);
  expect(listing(QUARTERS.indexOf("April-June"))).toEqual([]);
  expect(listing(QUARTERS.indexOf("July-Aug"))).toEqual([]);
});
