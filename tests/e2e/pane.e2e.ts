/**
 * The production task pane in headless Chromium with the in-memory Excel behind it, used as a
 * person would: by role and label. Each test starts from a blank workbook (Sheet1) and saves
 * screenshots to test-results/screenshots/.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import type { Plan } from "../../src/domain/plan";
import { QUARTERS } from "../../src/domain/plan";
import { currentPage, hasFocusWithin, inView, outcome, paneEachTest, type PaneEnv, type PaneSession, openPage } from "./support/pane";
import { cellOfName, sheetOf, strategySheets } from "./support/workbook";

const SAMPLE: Plan = JSON.parse(readFileSync(path.resolve(__dirname, "../../examples/sample-plan.json"), "utf8"));
const SAMPLE_INITIATIVES = SAMPLE.objectives.reduce((n, o) => n + o.initiatives.length, 0);
/** The round-trip budget for "new plan" in Excel, whatever the plan's size. */
const NEW_PLAN_SYNC_BUDGET = 3;

let pane: PaneSession;
let env: PaneEnv;
paneEachTest((p, e) => {
  pane = p;
  env = e;
});

/** A text field by its accessible name (its label), as a screen reader announces it. */
function field(page: Page, label: string) {
  return page.getByRole("textbox", { name: label, exact: true });
}

/** The pane's result message (success or error), once the busy spinner is gone. */
async function createSamplePlan(page: Page) {
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  return outcome(page, "Plan created");
}

test("creates the sample plan: Plan sheet, a strategy sheet per initiative, quarter tabs, Lists, named cells", async () => {
  const { page } = pane;
  await page.evaluate(() => (window as unknown as { __fakeExcel: { setValue(s: string, a: string, v: string): void } }).__fakeExcel.setValue("Sheet1", "A1", "My own notes"));
  await pane.screenshot("01-start");
  await pane.resetSyncCount();

  const message = await createSamplePlan(page);
  await pane.screenshot("02-sample-plan-created");

  const dump = await pane.dump();
  const tabs = dump.sheets.map((s) => s.name);
  expect(tabs).toEqual(expect.arrayContaining(["Plan", ...QUARTERS, "Lists"]));
  const strategy = strategySheets(dump);
  expect(strategy.size).toBe(SAMPLE_INITIATIVES);
  expect(new Set(strategy.values()).size).toBe(SAMPLE_INITIATIVES); // one sheet each
  for (const sheet of strategy.values()) expect(tabs).toContain(sheet);
  expect(dump.names["AIP.O1.I1.Process.Jan"]).toMatch(/!\$[A-Z]+\$\d+$/); // a single named cell
  expect(cellOfName(dump, "AIP.District").value).toBe(SAMPLE.district);
  expect(cellOfName(dump, "AIP.O1.I1.Description").value).toBe(SAMPLE.objectives[0].initiatives[0].description);
  // What was already in the workbook is kept.
  expect(sheetOf(dump, "Sheet1").cells.A1?.value).toBe("My own notes");
  expect(await pane.syncCount()).toBeLessThanOrEqual(NEW_PLAN_SYNC_BUDGET);

  await expect(message.textContent()).resolves.toContain(`${SAMPLE_INITIATIVES} strategy sheets`);
  // The outcome is where the person is: in view, with the focus on it, and announced.
  expect(await inView(page, message)).toBe(true);
  expect(await hasFocusWithin(message)).toBe(true);
  await page.getByRole("status").filter({ hasText: "Plan created" }).waitFor();
  await message.getByRole("button", { name: "Go to the Plan sheet" }).click();
  await page.waitForFunction(() => (window as unknown as { __fakeExcel: { active(): { sheet: string } } }).__fakeExcel.active().sheet === "Plan");
});

test("the short form keeps text as text: an apostrophe in a name, an entry starting with =", async () => {
  const { page } = pane;
  await page.getByRole("radio", { name: "Fill in a short form" }).check();
  await field(page, "District").fill("O'Brien County Schools");
  await page.getByLabel("Plan date").fill("2026-08-20");
  await field(page, "School year start year").fill("2026");
  await field(page, "Objective 1: title").fill("=SUM(A1:A9) of readers grows each quarter");
  await field(page, "Objective 1: lead").fill("Pat O'Neil");
  await field(page, "Objective 1, initiative 1: description").fill("+Tutoring for every 3rd grader");
  await field(page, "Objective 1, initiative 1: lead").fill("Sam D'Angelo");
  await page.getByRole("button", { name: "Add an initiative to objective 1" }).click();
  await field(page, "Objective 1, initiative 2: description").fill("Family reading nights");
  await field(page, "Objective 1, initiative 2: lead").fill("Ana Ruiz");
  await page.getByRole("button", { name: "Add an objective" }).click();
  await field(page, "Objective 2: title").fill("Attendance");
  await field(page, "Objective 2, initiative 1: description").fill("@Home visits for chronic absence");
  await pane.screenshot("03-short-form-filled");

  await page.getByRole("button", { name: "Create plan" }).click();
  await outcome(page, "Plan created");
  await pane.screenshot("04-short-form-created");

  const dump = await pane.dump();
  expect(strategySheets(dump).size).toBe(3);
  const expectText = (name: string, text: string) => {
    const cell = cellOfName(dump, name);
    expect({ name, value: cell.value, formula: cell.formula }).toEqual({ name, value: text, formula: undefined });
  };
  expectText("AIP.District", "O'Brien County Schools");
  expectText("AIP.O1.I1.Objective", "=SUM(A1:A9) of readers grows each quarter");
  expectText("AIP.O1.I1.ObjectiveLead", "Pat O'Neil");
  expectText("AIP.O1.I1.Description", "+Tutoring for every 3rd grader");
  expectText("AIP.O1.I1.Lead", "Sam D'Angelo");
  expectText("AIP.O2.I1.Description", "@Home visits for chronic absence");
});

test("invalid input: each problem sits on its field, the focus goes to the first, nothing is written, nothing typed is lost", async () => {
  const { page } = pane;
  const before = await pane.dump();
  await page.getByRole("radio", { name: "Fill in a short form" }).check();
  await field(page, "Objective 1: title").fill("Every student reads by grade 3");
  await page.getByRole("button", { name: "Create plan" }).click();

  const district = field(page, "District");
  await expect(district.getAttribute("aria-invalid")).resolves.toBe("true");
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.id === "field-district");
  // The message is the field's description: a screen reader reads it with the field. No code words.
  const described = await district.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
  expect(described).toContain("Type the district's name");
  expect(described).not.toMatch(/district:|missing\.|"schoolYear"/);
  await pane.screenshot("05-invalid-no-district");
  expect(await pane.dump()).toEqual(before);
  await expect(field(page, "Objective 1: title").inputValue()).resolves.toBe("Every student reads by grade 3");

  await district.fill("Riverton Public Schools");
  await field(page, "School year start year").fill("twenty26");
  await page.getByRole("button", { name: "Create plan" }).click();
  const year = field(page, "School year start year");
  await expect(year.getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(district.getAttribute("aria-invalid")).resolves.not.toBe("true");
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.id === "field-schoolYear");
  await expect(page.getByText("“twenty26” is not a year").count()).resolves.toBe(1);
  expect(await pane.dump()).toEqual(before);
});

test("adds an initiative to objective 1: a new strategy sheet, and the count grows", async () => {
  const { page } = pane;
  await createSamplePlan(page);
  const before = await pane.dump();
  const firstObjective = SAMPLE.objectives[0];
  const nextNumber = firstObjective.initiatives.length + 1;

  await openPage(page, "Add initiative");
  const objective = page.getByRole("combobox", { name: "Objective" });
  await objective.click();
  await page.getByRole("option", { name: new RegExp(`^1\\. .*\\(${firstObjective.initiatives.length} initiatives\\)`) }).click();
  await field(page, "Initiative description").fill("Summer reading bridge for rising 4th graders");
  await field(page, "Initiative lead").fill("Jo O'Hara");
  await pane.screenshot("06-add-initiative-filled");
  await page.getByRole("button", { name: "Add initiative", exact: true }).click();

  const message = await outcome(page, `Initiative 1.${nextNumber} added`);
  await pane.screenshot("07-add-initiative-done");
  const after = await pane.dump();
  const added = strategySheets(after).get(`1.${nextNumber}`);
  expect(added).toBeDefined();
  expect(after.sheets.length).toBe(before.sheets.length + 1);
  expect(strategySheets(after).size).toBe(strategySheets(before).size + 1);
  expect(before.sheets.map((s) => s.name)).not.toContain(added);
  await expect(message.textContent()).resolves.toContain(`"${added}"`);
  expect(cellOfName(after, `AIP.O1.I${nextNumber}.Lead`).value).toBe("Jo O'Hara");
  await message.getByRole("button", { name: "Go to its sheet" }).click();
  await page.waitForFunction((sheet) => (window as unknown as { __fakeExcel: { active(): { sheet: string } } }).__fakeExcel.active().sheet === sheet, added);
  // The objective list was read again: the dropdown now counts the new initiative.
  await objective.click();
  await expect(page.getByRole("option", { name: new RegExp(`^1\\. .*\\(${nextNumber} initiatives\\)`) }).count()).resolves.toBe(1);
});

test("a workbook with no plan: Add initiative says so once, with the one way on (New plan), and writes nothing", async () => {
  const { page } = pane;
  const before = await pane.dump();
  await openPage(page, "Add initiative");
  await page.getByText("No plan in this workbook yet").waitFor();
  // No form that cannot work, and no second copy of the message.
  await expect(page.getByRole("button", { name: "Add initiative", exact: true }).count()).resolves.toBe(0);
  await expect(page.getByText(/works on a plan/).count()).resolves.toBe(1);
  await pane.screenshot("08-add-initiative-no-plan");

  await page.getByRole("button", { name: "Go to New plan" }).click();
  await expect(currentPage(page)).resolves.toBe("New plan");
  await page.getByRole("button", { name: "Create the sample plan" }).waitFor();
  expect(await pane.dump()).toEqual(before);
});

test("a failure inside Excel is reported, never a blank pane, and the pane stays usable", async () => {
  const { page } = pane;
  // Excel itself fails (as a lost connection would): the pane must say so and stay usable.
  await page.evaluate(() => {
    (window as unknown as { Excel: { run: () => Promise<never> } }).Excel.run = () => Promise.reject(new TypeError("the connection to Excel was lost"));
  });
  await page.getByRole("button", { name: "Create the sample plan" }).click();

  // Whoever words it (the adapter names what Excel could not do), Excel's own reason is shown.
  await page.getByRole("alert").filter({ hasText: "the connection to Excel was lost" }).waitFor();
  await pane.screenshot("09-excel-failure");
  await expect(page.getByRole("button", { name: "Create the sample plan" }).isEnabled()).resolves.toBe(true);
});

test("opened in a plain browser, without Excel, the pane says where to open it", async () => {
  pane = await env.reopen({ excel: false });
  await pane.page.getByText("Open this pane in Excel").waitFor();
  await pane.screenshot("10-outside-excel");
  // A click anyway ends in a message, not a blank pane or a silent failure.
  await pane.page.getByRole("button", { name: "Create the sample plan" }).click();
  const message = await outcome(pane.page, "The plan was not created");
  await expect(message.textContent()).resolves.toContain("Excel is not defined");
});

test("the ribbon's Add initiative button (taskpane.html#add-initiative) opens on Add initiative", async () => {
  const { page } = pane;
  await page.goto("about:blank");
  await page.goto(`${env.origin}/taskpane.html#add-initiative`);
  await expect(currentPage(page)).resolves.toBe("Add initiative");
  await page.getByText("No plan in this workbook yet").waitFor();
  await pane.screenshot("11-opened-on-add-initiative");
});
