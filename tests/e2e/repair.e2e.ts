/**
 * Repair names in the production task pane with the in-memory Excel behind it: names cleared in
 * Name Manager show as findings naming each name and its sheet; "Repair names" points them back
 * at their cells, lists what was re-anchored, and changes no cell value.
 */
import { CHECK_REPORT_SHEET } from "../../src/layout/build/checkReportSheet";
import type { WorkbookDump } from "../support/dump";
import { outcome, paneEachTest, type PaneSession, openPage } from "./support/pane";

/** Repair (one read, one write) and the check that follows it (one read, one read of the sheets' formats for its marks, one write). */
const REPAIR_SYNC_BUDGET = 5;

let pane: PaneSession;
paneEachTest((p) => (pane = p));

interface FakeWindow {
  __fakeExcel: { run: (batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void> };
}

const CLEARED = ["AIP.District", "AIP.O1.I2.Lead", "AIP.O1.I1.Activities", "AIP.List.Roster"];

/** Every cell of every sheet but the Check Report (which each check rewrites). */
const cells = (d: WorkbookDump) => d.sheets.filter((s) => s.name !== CHECK_REPORT_SHEET).map((s) => ({ name: s.name, cells: s.cells }));

test("names cleared in Name Manager: check names each one, Repair names puts them back and lists them; no value changes", async () => {
  const { page } = pane;
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(page, "Plan created");
  const original = await pane.dump();

  // As a person would in Formulas > Name Manager.
  await page.evaluate(async (names) => {
    await (window as unknown as FakeWindow).__fakeExcel.run(async (context) => {
      for (const n of names) context.workbook.names.getItem(n).delete();
      await context.sync();
    });
  }, CLEARED);

  await openPage(page, "Check");
  await page.getByRole("button", { name: "Check plan" }).click();
  await outcome(page, "Plan checked");
  // Each lost name is a finding in plain words; the name itself is in its details.
  await expect(page.getByText(/^The add-in can no longer find the cells of/).count()).resolves.toBe(CLEARED.length);
  const listed = await page.locator("section[aria-label='Check']").textContent();
  for (const name of CLEARED) expect(listed).toContain(`${name} is missing`);
  await page.getByText("4 findings are about cells the add-in can no longer find").waitFor();
  const before = await pane.dump();
  await pane.screenshot("repair-01-findings");

  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Repair names" }).click();
  await outcome(page, "Names repaired");
  expect(await pane.syncCount()).toBeLessThanOrEqual(REPAIR_SYNC_BUDGET);

  await page.getByText(`Found again (${CLEARED.length})`).click();
  const list = page.getByRole("list", { name: "Re-anchored names" });
  await expect(list.getByRole("listitem").count()).resolves.toBe(CLEARED.length);
  await expect(list.textContent()).resolves.toContain("AIP.District → 'Plan'!B4");
  await pane.screenshot("repair-02-repaired");

  const after = await pane.dump();
  for (const name of CLEARED) expect(after.names[name]).toBe(original.names[name]);
  expect(cells(after)).toEqual(cells(before));
  // Checked again: nothing left to repair, so the button is gone.
  await expect(page.getByRole("button", { name: "Repair names" }).count()).resolves.toBe(0);
  await expect(page.getByText(/is missing \(not in Formulas > Name Manager\)/).count()).resolves.toBe(0);
});

test("every name deleted: Check finds no plan but offers Repair names, which finds the plan again from its labels", async () => {
  const { page } = pane;
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(page, "Plan created");
  const original = await pane.dump();

  await page.evaluate(async () => {
    await (window as unknown as FakeWindow).__fakeExcel.run(async (context) => {
      const names = context.workbook.names.load("items/name");
      await context.sync();
      for (const n of names.items) n.delete();
      await context.sync();
    });
  });

  await openPage(page, "Check");
  // The plan's sheets are there without their names: Repair names is offered, Check waits for it.
  await page.getByText("This workbook has the plan's sheets, but the add-in can no longer find its cells").waitFor();
  await expect(page.getByRole("button", { name: "Check plan" }).isDisabled()).resolves.toBe(true);
  await pane.screenshot("repair-03-names-lost");
  await page.getByRole("button", { name: "Repair names" }).click();
  await outcome(page, "Names repaired");
  await page.getByRole("button", { name: "Re-check" }).waitFor();

  const after = await pane.dump();
  const planNames = (d: WorkbookDump) => Object.fromEntries(Object.entries(d.names).filter(([n]) => !n.startsWith("AIP.CheckReport")));
  expect(planNames(after)).toEqual(planNames(original));
  expect(cells(after)).toEqual(cells(original));
});
