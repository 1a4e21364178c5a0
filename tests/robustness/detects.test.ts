/** The suite can fail: a command that loses a person's cell, crashes or refuses without saying where is caught. */
import { PLAN_NAMES } from "../../src/layout/names";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";
import { newCounts, runSeed, type Command } from "./suite";

const overwrite = async (port: WorkbookPort) => {
  const snap = await port.snapshot();
  const district = snap.names[PLAN_NAMES.district];
  await port.apply({ sheets: [{ name: district.sheet, create: false, blocks: [{ at: district.range.split(":")[0], cells: [["Overwritten"]] }] }], names: [] });
};

test("lost cells, crashes and unclear refusals are failures; a refusal naming the sheet is counted by kind", async () => {
  const commands: Command[] = [
    { name: "loses a cell", run: overwrite },
    { name: "crashes", run: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'values')")) },
    { name: "vague", run: async () => Promise.reject(new WorkbookError("Something went wrong.")) },
    { name: "clear", run: async () => Promise.reject(new WorkbookError('The sheet "Plan" has no district cell (AIP.District).')) },
  ];
  const counts = newCounts();
  const failures = await runSeed(10, counts, commands); // every 10th seed runs on both adapters
  expect(counts).toMatchObject({ cases: 1, officeCases: 1, commands: 8, ok: 2 });
  expect(counts.failures).toEqual({ "people's cells changed": 2, "unhandled exception (crashes)": 2, "unclear message (vague)": 2 });
  expect(counts.refusals).toEqual({ 'clear: The sheet "…" has no district cell (AIP.…).': 2 });
  expect(failures).toHaveLength(6);
  expect(failures[0]).toMatch(/^seed 10 \(xlsx adapter, base .*\n {2}rerun: AIP_EDIT_SEED=10 npx jest tests\/robustness$/s);
  expect(failures.join("\n")).toContain('"Overwritten"');
});
