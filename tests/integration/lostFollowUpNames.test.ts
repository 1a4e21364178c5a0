/**
 * The Summary and a QPR view whose names were all deleted in Name Manager: Roll up refuses the
 * nameless "Summary" tab (it may be a person's own) and says Repair names is the way back; Repair
 * names finds every name again from the sheets' labels, and then both rebuild in place.
 */
import { realExcelRun } from "../support/officeJs";
import { readFileSync } from "fs";
import { join } from "path";
import { newPlan } from "../../src/commands/newPlan";
import { qprView } from "../../src/commands/qprView";
import { repairNames } from "../../src/commands/repairNames";
import { rollUp } from "../../src/commands/rollUp";
import { parsePlan } from "../../src/domain/validate";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { createFakeExcel } from "../fakes/excel";

test("Summary and QPR view names deleted: refused with the way back, repaired, rebuilt in place", async () => {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1");
  const port = new OfficeWorkbook(realExcelRun(fake), { isSetSupported: fake.isSetSupported });
  await newPlan(port, parsePlan(JSON.parse(readFileSync(join(__dirname, "../../examples/sample-plan.json"), "utf8"))));
  await rollUp(port);
  await qprView(port, { period: "Mar" });
  const before = await port.snapshot();
  const lost = Object.keys(before.names).filter((n) => n.startsWith("AIP.Summary.") || n.startsWith("AIP.QPR."));
  expect(lost.length).toBeGreaterThan(3);
  for (const n of lost) fake.deleteName(n);

  await expect(rollUp(port)).rejects.toThrow(/not the add-in's Summary.*run Repair names/);
  const repaired = await repairNames(port);
  expect(repaired.notRepaired).toEqual([]);
  expect(repaired.repaired.map((r) => r.name).sort()).toEqual([...lost].sort());
  const after = await port.snapshot();
  for (const n of lost) expect({ n, sheet: after.names[n].sheet, range: after.names[n].range }).toEqual({ n, sheet: before.names[n].sheet, range: before.names[n].range });

  const sheets = after.sheets;
  await rollUp(port);
  await qprView(port, { period: "Mar" });
  expect(await port.listSheets()).toEqual(sheets);
});
