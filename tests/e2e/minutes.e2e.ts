/**
 * The Minutes page of the production pane, with the in-memory Excel behind it: pick a date, see
 * the deadlines and coverage at a glance, create the sheet (2 round trips), go to it, find a
 * second try refused with a way out, and download the Word document. Screenshots in
 * test-results/screenshots/minutes-*.png.
 */
import JSZip from "jszip";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { minutesNames } from "../../src/layout/names";
import { DIST, outcome, paneEachTest, type PaneSession, openPage } from "./support/pane";
import { cellAddress, parseCell } from "../../src/util/a1";
import { cellOfName, nameTarget, sheetOf } from "./support/workbook";

let pane: PaneSession;
paneEachTest((p) => (pane = p));

async function openMinutesWithSamplePlan(page: Page) {
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(page, "Plan created");
  await openPage(page, "Minutes");
}

const activeSheet = (page: Page) => page.evaluate(() => (window as unknown as { __fakeExcel: { active(): { sheet: string } } }).__fakeExcel.active().sheet);

test("pick a date, see deadlines and coverage, create the minutes in 2 round trips, go to them, export to Word", async () => {
  const { page } = pane;
  await openMinutesWithSamplePlan(page);
  await page.getByLabel("Meeting date").fill("2026-10-14");
  const glance = page.getByRole("group", { name: "At a glance" }).or(page.locator("[aria-label='At a glance']"));
  await glance.waitFor();
  const deadlines = page.getByRole("list", { name: "Deadlines" });
  await expect(deadlines.getByRole("listitem").allInnerTexts()).resolves.toEqual([
    expect.stringContaining("10/7/2026 Notice to ESE"),
    expect.stringContaining("10/17/2026 Draft minutes"),
    expect.stringContaining("10/20/2026 Review of the draft"),
    expect.stringContaining("10/21/2026 Final minutes"),
  ]);
  await expect(glance.innerText()).resolves.toContain("Not discussed yet: 1.1, 1.2");
  await expect(glance.innerText()).resolves.toContain("on the agenda for October 2026");
  await pane.screenshot("minutes-01-at-a-glance");

  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Create minutes" }).click();
  await outcome(page, "Minutes created");
  expect(await pane.syncCount()).toBeLessThanOrEqual(2); // one read, one write (docs/performance.md)
  const dump = await pane.dump();
  const sheet = sheetOf(dump, "Minutes 2026-10-14");
  const texts = Object.values(sheet.cells).map((c) => c.value);
  expect(texts).toEqual(expect.arrayContaining(["District:", "Meeting participants:", "Date of next Highlight Discussion:", "September/October:"]));
  expect(cellOfName(dump, minutesNames("2026-10-14").date)).toMatchObject({ value: 46309 });
  await pane.screenshot("minutes-02-created");

  expect(await activeSheet(page)).not.toBe("Minutes 2026-10-14"); // Excel stays where the person is: the pane offers the way
  await page.locator(".fui-MessageBar").getByRole("button", { name: "Go to the minutes" }).click();
  await page.waitForFunction(() => (window as unknown as { __fakeExcel: { active(): { sheet: string } } }).__fakeExcel.active().sheet === "Minutes 2026-10-14");
  expect(await activeSheet(page)).toBe("Minutes 2026-10-14");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export to Word (.docx)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Highlight Discussion Minutes 2026-10-14.docx");
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
  expect(xml).toContain("Submitted by (person and date):");
  expect(xml).toContain("Riverton Public Schools");
  await outcome(page, "Word document ready");
  await pane.screenshot("minutes-03-exported");
});

test("minutes for the date exist: never overwritten; a second sheet on request", async () => {
  const { page } = pane;
  await openMinutesWithSamplePlan(page);
  await page.getByLabel("Meeting date").fill("2026-11-18");
  await page.getByRole("button", { name: "Create minutes" }).click();
  await outcome(page, "Minutes created");
  await page.getByText(`Minutes for this date exist: "Minutes 2026-11-18". They are never overwritten.`).waitFor();
  await expect(page.getByRole("button", { name: "Create minutes" }).count()).resolves.toBe(0);
  await pane.screenshot("minutes-04-exists");

  await page.getByRole("button", { name: "Add a second sheet" }).click();
  await outcome(page, "Minutes created");
  const dump = await pane.dump();
  expect(dump.sheets.map((s) => s.name).slice(-2)).toEqual(["Minutes 2026-11-18", "Minutes 2026-11-18 (2)"]);
  expect(dump.names[minutesNames("2026-11-18", 2).evidence]).toMatch(/^'Minutes 2026-11-18 \(2\)'!/);
});

test("without a plan the page says so once, offers nothing to create, and leads to New plan", async () => {
  const { page } = pane;
  await openPage(page, "Minutes");
  await page.getByText("No plan in this workbook yet").waitFor();
  await expect(page.getByRole("button", { name: "Create minutes" }).count()).resolves.toBe(0);
  await expect(page.getByRole("button", { name: "Go to New plan" }).count()).resolves.toBe(1);
  await pane.screenshot("minutes-05-no-plan");
});

test("coverage over three months: what the earlier minutes did not cover is listed before the third is created", async () => {
  const { page } = pane;
  await openMinutesWithSamplePlan(page);
  for (const date of ["2026-09-16", "2026-10-14"]) {
    await page.getByLabel("Meeting date").fill(date);
    await page.getByRole("button", { name: "Create minutes" }).click();
    await outcome(page, "Minutes created");
  }
  // In Excel, the Plan Manager marks 1.1 and 2.3 as discussed on the September minutes.
  const dump = await pane.dump();
  const { sheet, first } = nameTarget(dump, minutesNames("2026-09-16").discussed);
  const top = parseCell(first);
  const marks = [
    [cellAddress(top.row, top.col + 1), "Yes"],
    [cellAddress(top.row + 5, top.col + 1), "x"],
  ];
  await page.evaluate(
    ({ sheet, marks }) => marks.forEach(([a, v]) => (window as unknown as { __fakeExcel: { setValue(s: string, a: string, v: string): void } }).__fakeExcel.setValue(sheet, a, v)),
    { sheet, marks },
  );
  await page.getByLabel("Meeting date").fill("2026-11-18");
  await page.getByRole("button", { name: "Read the workbook again (after marking what was discussed)" }).click();
  const must = page.locator("[aria-label='Must be discussed']");
  await must.waitFor();
  await expect(must.innerText()).resolves.toContain("not covered by Minutes 2026-09-16 or Minutes 2026-10-14");
  const badges = (await must.getByRole("listitem").allInnerTexts()).map((t) => t.split(" ")[0]);
  expect(badges).toEqual(["1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3"]);
  await pane.screenshot("minutes-06-must-discuss");

  await page.getByRole("button", { name: "Create minutes" }).click();
  await outcome(page, "Minutes created");
  const texts = Object.values(sheetOf(await pane.dump(), "Minutes 2026-11-18").cells).map((c) => c.value);
  expect(texts).toContain("Must be discussed at this meeting (not covered by Minutes 2026-09-16 or Minutes 2026-10-14): 1.2, 1.3, 2.1, 2.2, 3.1, 3.2, 4.1, 4.2, 4.3.");
});

test("the docx library is not in the pane's main bundle: it is loaded only when a Word document is asked for", () => {
  const sourcesOf = (file: string) => (JSON.parse(readFileSync(path.join(DIST, `${file}.map`), "utf8")) as { sources: string[] }).sources;
  // Every script in dist/ is a webpack bundle with a source map; the example plans' chunks (JSON only) have no docx to look for.
  const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js") && !/^(sample|practice)-plan\./.test(f));
  const main = scripts.find((f) => f.startsWith("taskpane."))!;
  expect(sourcesOf(main).filter((s) => s.includes("node_modules/docx/"))).toEqual([]);
  expect(scripts.filter((f) => sourcesOf(f).some((s) => s.includes("node_modules/docx/")))).toHaveLength(1);
});
