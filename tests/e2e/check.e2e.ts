/**
 * The Check page in the production task pane with the in-memory Excel behind it: a plan with
 * known defects is checked, the counts and findings shown match the Check Report sheet written
 * in the same run, and clicking a finding (or pressing Enter on it) selects its cell in Excel.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import type { Plan } from "../../src/domain/plan";
import { CHECK_REPORT_SHEET } from "../../src/layout/build/checkReportSheet";
import { openPage, paneEachTest, type PaneEnv, type PaneSession } from "./support/pane";
import { nameTarget, sheetOf } from "./support/workbook";

/**
 * One snapshot, one read of the sheets' conditional formats (to tell Check's marks from a person's
 * own) and one apply, with the pane's adapter already knowing the workbook.
 */
const CHECK_SYNC_BUDGET = 3;

/** The cells Check marked on a sheet of the in-memory Excel, "B8 error" (docs/checker.md, "Marks on the sheets"). */
async function marked(page: Page, sheet: string): Promise<string[]> {
  type Fake = { __fakeExcel: { conditionalFormats(s: string): Array<{ range: string; formula?: string }> } };
  const formats = await page.evaluate((s) => (window as unknown as Fake).__fakeExcel.conditionalFormats(s), sheet);
  return formats.flatMap((f) => {
    const m = /^=ISTEXT\("AIP Check: (\w+)"\)$/.exec(f.formula ?? "");
    return m ? [`${f.range} ${m[1]}`] : [];
  });
}

let pane: PaneSession;
let env: PaneEnv;
paneEachTest((p, e) => {
  pane = p;
  env = e;
});

interface FakeWindow {
  __fakeExcel: { setValue(s: string, a: string, v: string): void; active(): { sheet: string; selection?: string } };
}

async function type(page: Page, sheet: string, cell: string, value: string) {
  await page.evaluate(([s, a, v]) => (window as unknown as FakeWindow).__fakeExcel.setValue(s, a, v), [sheet, cell, value]);
}

async function selection(page: Page): Promise<{ sheet: string; selection?: string }> {
  return page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.active());
}

async function waitForSelection(page: Page, sheet: string, cell: string) {
  await page.waitForFunction(
    ([s, c]) => {
      const a = (window as unknown as FakeWindow).__fakeExcel.active();
      return a.sheet === s && a.selection === c;
    },
    [sheet, cell],
    { timeout: 10_000 },
  );
}

test("check a plan with known defects: counts, findings by initiative, a click selects the cell, the report matches", async () => {
  const { page } = pane;
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await page.locator(".fui-MessageBar").filter({ hasText: "Plan created" }).waitFor({ timeout: 30_000 });

  // Known defects, typed as a person would: two people as initiative lead, a lower-case rating.
  let dump = await pane.dump();
  const lead = nameTarget(dump, "AIP.O1.I1.Lead");
  const rating = nameTarget(dump, "AIP.O1.I2.Process.Jan");
  await type(page, lead.sheet, lead.first, "Pat Lee and Sam Ortiz");
  await type(page, rating.sheet, rating.first, "practices in place stage");

  await openPage(page, "Check");
  // The page reads the workbook when it opens (to know whether there is a plan to check).
  await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent === "Check plan" && !b.disabled));
  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Check plan" }).click();
  await page.locator(".fui-MessageBar").filter({ hasText: "Plan checked" }).waitFor({ timeout: 30_000 });
  expect(await pane.syncCount()).toBeLessThanOrEqual(CHECK_SYNC_BUDGET);

  // The counts shown are the Check Report's, written by the same run.
  dump = await pane.dump();
  const report = sheetOf(dump, CHECK_REPORT_SHEET);
  const severities = Object.entries(report.cells)
    .filter(([a]) => /^A\d+$/.test(a) && Number(a.slice(1)) > 8)
    .map(([, c]) => c.value);
  for (const [key, label] of [
    ["error", "Error"],
    ["warning", "Warning"],
    ["note", "Note"],
  ] as const) {
    const shown = await page.getByTestId(`count-${key}`).textContent();
    expect(Number(/\d+/.exec(shown ?? "")?.[0])).toBe(severities.filter((v) => v === label).length);
  }
  expect(severities.filter((v) => v === "Error").length).toBeGreaterThanOrEqual(2);
  // The flagged cells are marked on their sheets.
  expect(await marked(page, lead.sheet)).toContain(`${lead.first} error`);
  expect(await marked(page, rating.sheet)).toContain(`${rating.first} error`);

  // Both defects are listed under their initiative, with an actionable message and a fix.
  const group = page.getByRole("region", { name: /^Initiative 1\.1: / });
  const leadFinding = group.getByRole("button", { name: /Lead for this Initiative must be one person/ });
  await expect(leadFinding.textContent()).resolves.toContain("Pat Lee and Sam Ortiz");
  const ratingFinding = page.getByRole("region", { name: /^Initiative 1\.2: / }).getByRole("button", { name: /practices in place stage/ });
  await expect(ratingFinding.textContent()).resolves.toContain('Choose "Practices in Place Stage"');
  await pane.screenshot("check-01-findings");

  // A click selects the lead cell; Enter on a focused finding selects the rating cell.
  await leadFinding.click();
  await waitForSelection(page, lead.sheet, lead.first);
  await ratingFinding.focus();
  await page.keyboard.press("Enter");
  await waitForSelection(page, rating.sheet, rating.first);
  expect(await selection(page)).toEqual({ sheet: rating.sheet, selection: rating.first });

  // Filters: only errors, then words.
  await page.getByRole("combobox", { name: "Severity" }).selectOption("error");
  const items = page.locator("section[aria-label='Check'] li");
  const errorsShown = await items.count();
  expect(errorsShown).toBe(severities.filter((v) => v === "Error").length);
  await page.getByRole("searchbox", { name: "Search findings" }).fill("one person pat lee");
  await expect(items.count()).resolves.toBe(1);
  await pane.screenshot("check-02-filtered");

  // Fix the lead and re-check: one error fewer, and the report follows.
  await type(page, lead.sheet, lead.first, "Pat Lee");
  await page.getByRole("button", { name: "Re-check" }).click();
  await page.locator(".fui-MessageBar").filter({ hasText: "Plan checked" }).waitFor({ timeout: 30_000 });
  const after = await page.getByTestId("count-error").textContent();
  expect(Number(/\d+/.exec(after ?? "")?.[0])).toBe(errorsShown - 1);
  // The fixed lead's error mark is gone (a note may stay: the name is not on the roster); the rating's stays.
  expect(await marked(page, lead.sheet)).not.toContain(`${lead.first} error`);
  expect(await marked(page, rating.sheet)).toContain(`${rating.first} error`);
});

/** The day a shipped plan stands at: its latest QPR rating (activities due by then are done). */
function asOf(file: string): Date {
  const plan: Plan = JSON.parse(readFileSync(path.resolve(__dirname, "../../examples", file), "utf8"));
  const dates = plan.objectives.flatMap((o) => o.initiatives.flatMap((i) => Object.values(i.ratings).map((r) => r?.ratedOn ?? "")));
  return new Date(
    `${dates
      .filter((d) => d !== "")
      .sort()
      .at(-1)}T12:00:00`,
  );
}

test("the sample plan passes Check; the practice plan, named as such, shows the common mistakes", async () => {
  const { page } = pane;
  await page.clock.setFixedTime(asOf("sample-plan.json"));
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await page.locator(".fui-MessageBar").filter({ hasText: "Plan created" }).waitFor({ timeout: 30_000 });
  await openPage(page, "Check");
  await page.getByRole("button", { name: "Check plan" }).click();
  await page.getByText("No findings: the plan passes every check.").waitFor({ timeout: 30_000 });
  for (const key of ["error", "warning", "note"]) await expect(page.getByTestId(`count-${key}`).textContent()).resolves.toMatch(/^0/);
  await pane.screenshot("check-03-sample-passes");

  // The practice plan, in a workbook of its own.
  pane = await env.reopen({});
  const practice = pane.page;
  await practice.clock.setFixedTime(asOf("practice-plan.json"));
  await practice.getByRole("radio", { name: "Practice plan with common mistakes (to learn Check)" }).check();
  await practice.getByText("the same plan with the mistakes plans often have").waitFor();
  await practice.getByRole("button", { name: "Create the practice plan" }).click();
  await practice.locator(".fui-MessageBar").filter({ hasText: "Plan created" }).waitFor({ timeout: 30_000 });
  expect(await pane.dump().then((d) => d.sheets.some((s) => s.name === "Plan"))).toBe(true);
  await openPage(practice, "Check");
  await practice.getByRole("button", { name: "Check plan" }).click();
  await practice.locator(".fui-MessageBar").filter({ hasText: "Plan checked" }).waitFor({ timeout: 30_000 });
  expect(Number(/\d+/.exec((await practice.getByTestId("count-error").textContent()) ?? "")?.[0])).toBeGreaterThan(0);
  await practice
    .getByRole("button", { name: /must be one person/ })
    .first()
    .waitFor();
  await pane.screenshot("check-04-practice-plan");
});

test("a blank workbook: Check says there is no plan yet and leads to New plan; no Repair names", async () => {
  const { page } = pane;
  await openPage(page, "Check");
  await page.getByText("No plan in this workbook yet").waitFor();
  await expect(page.getByRole("button", { name: "Repair names" }).count()).resolves.toBe(0);
  await expect(page.getByRole("button", { name: "Check plan" }).count()).resolves.toBe(0);
  await pane.screenshot("check-05-no-plan");
  await page.getByRole("button", { name: "Go to New plan" }).click();
  await page.getByRole("button", { name: "Create the sample plan" }).waitFor();
});
