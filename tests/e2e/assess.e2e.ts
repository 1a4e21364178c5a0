/**
 * The Self-assessment page of the production pane, with the in-memory Excel behind it: see what the
 * checker finds in the plan, create the dated rubric in 2 round trips, go to it, choose ratings in
 * Excel, assess again later and compare the two side by side. Screenshot in
 * test-results/screenshots/assess.png (the README's docs/screenshot-assess.png).
 */
import type { Page } from "playwright-core";
import { assessmentNames } from "../../src/layout/names";
import { outcome, paneEachTest, type PaneSession, openPage } from "./support/pane";
import { nameTarget, sheetOf } from "./support/workbook";

let pane: PaneSession;
paneEachTest((p) => (pane = p));

const activeSheet = (page: Page) => page.evaluate(() => (window as unknown as { __fakeExcel: { active(): { sheet: string } } }).__fakeExcel.active().sheet);

/** A person chooses ratings on a rubric sheet in Excel. */
async function chooseRatings(date: string, ratings: Record<string, string>) {
  const dump = await pane.dump();
  const cells = Object.entries(ratings).map(([c, v]) => ({ ...nameTarget(dump, assessmentNames(date).rating(c)), v }));
  await pane.page.evaluate(
    (cells) =>
      cells.forEach(({ sheet, first, v }) => (window as unknown as { __fakeExcel: { setValue(s: string, a: string, v: string): void } }).__fakeExcel.setValue(sheet, first, v)),
    cells,
  );
}

test("see the plan's figures, create the rubric in 2 round trips, assess again later and compare the two", async () => {
  const { page } = pane;
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(page, "Plan created");
  await openPage(page, "Self-assessment");
  await page.getByLabel("Assessment date").fill("2026-10-01");
  const figures = page.getByRole("list", { name: "Figures from the plan" });
  await figures.waitFor();
  const lines = await figures.getByRole("listitem").allInnerTexts();
  // The sample plan: 4 objectives of 3, 3, 2 and 3 initiatives.
  expect(lines[0]).toBe("Provides Focus: 4 objectives (3–5 asked), 11 initiatives, at most 3 under one objective (≤ 5 asked).");
  expect(lines.slice(1).map((l) => l.replace(/\d+ of \d+/, "N of M"))).toEqual([
    "Activities: N of M with all the checker asks.",
    "Early Evidence of Change: N of M with all the checker asks.",
    "Short-Term Outcomes: N of M with all the checker asks.",
    "Final Outcomes: N of M with all the checker asks.",
  ]);
  await expect(page.getByRole("group", { name: "Compare the last two" }).or(page.locator("[aria-label='Compare the last two']")).innerText()).resolves.toContain(
    "No self-assessment yet",
  );

  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Create the self-assessment" }).click();
  await outcome(page, "Self-assessment created");
  expect(await pane.syncCount()).toBeLessThanOrEqual(2); // one read, one write
  const dump = await pane.dump();
  const texts = Object.values(sheetOf(dump, "Rubric 2026-10-01").cells).map((c) => c.value);
  expect(texts).toEqual(expect.arrayContaining(["Provides Focus", "Useful For Tracking the Sufficiency of Progress", "Ready to implement"]));
  expect(texts).toContain("4 objectives (3–5 asked: within). 11 initiatives; at most 3 under one objective (≤ 5 asked)."); // beside the rating
  expect(dump.sheets.map((s) => s.name)).toContain("Stages toward exit");
  expect(await activeSheet(page)).not.toBe("Rubric 2026-10-01"); // Excel stays where the person is: the pane offers the way
  await page.locator(".fui-MessageBar").getByRole("button", { name: "Go to the rubric" }).click();
  await page.waitForFunction(() => (window as unknown as { __fakeExcel: { active(): { sheet: string } } }).__fakeExcel.active().sheet === "Rubric 2026-10-01");
  expect(await activeSheet(page)).toBe("Rubric 2026-10-01");

  // In Excel the team chooses its ratings; in June it assesses again.
  await chooseRatings("2026-10-01", { C1: "Emerging", C2: "Emerging", C4: "Developing" });
  await page.getByLabel("Assessment date").fill("2027-06-15");
  await page.getByRole("button", { name: "Create the self-assessment" }).click();
  await outcome(page, "Self-assessment created");
  await expect(page.locator(".fui-MessageBar").innerText()).resolves.toContain('"Stages toward exit" has a new reflection column.');
  await chooseRatings("2027-06-15", { C1: "Emerging", C2: "Ready to implement", C4: "Ready to implement", C5: "Emerging" });

  await page.getByRole("button", { name: "Read the workbook again (after choosing ratings)" }).click();
  const table = page.getByRole("table", { name: "Ratings compared" });
  await table.waitFor();
  const rows = await table.getByRole("row").allInnerTexts();
  expect(
    rows.map((r) =>
      r
        .split(/\t|\n/)
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ).toEqual([
    ["Criterion", "10/1/2026", "6/15/2027", "Changed"],
    ["Provides Focus", "Emerging", "Emerging", "No"],
    ["Addresses Systemic Root Causes", "Emerging", "Ready to implement", "Yes"],
    ["Quickly Targets the Instructional Core", "—", "—", "No"],
    ["Useful For Tracking the Sufficiency of Progress", "Developing", "Ready to implement", "Yes"],
    ["Builds Long-Term Capacity", "—", "Emerging", "Yes"],
  ]);
  await expect(page.locator("[aria-label='Compare the last two']").innerText()).resolves.toContain('"Rubric 2026-10-01" and "Rubric 2027-06-15": 3 ratings changed.');
  await pane.screenshot("assess");
});

test("without a plan the rubric still comes, the figures marked unavailable", async () => {
  const { page } = pane;
  await openPage(page, "Self-assessment");
  await page.getByText("Figures from the plan: not available: no strategy sheets found.").waitFor();
  await page.getByRole("button", { name: "Create the self-assessment" }).click();
  await outcome(page, "Self-assessment created");
  const names = (await pane.dump()).sheets.map((s) => s.name);
  expect(names.some((n) => /^Rubric \d{4}-\d{2}-\d{2}$/.test(n))).toBe(true);
  expect(names).toContain("Stages toward exit");
});
