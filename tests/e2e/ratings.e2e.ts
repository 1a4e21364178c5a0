/**
 * The Ratings page of the production task pane, in headless Chromium with the in-memory Excel:
 * the monitor rates an initiative for a period (each level's definition in view), the rating
 * cells on its strategy sheet change, the unrated list follows; then Roll up to Summary and Build
 * QPR view; once a year the Summative report and its Word document. Screenshots in test-results/screenshots/ (the Summary rendered from the in-memory
 * workbook as a table, since the harness has no grid).
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import * as path from "path";
import type { Page } from "playwright-core";
import { isoToSerial } from "../../src/domain/calendar";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../src/domain/scales";
import type { SheetDump } from "../support/dump";
import { SCREENSHOTS, hasFocusWithin, inView, outcome, paneEachTest, type PaneSession, openPage } from "./support/pane";
import { cellOfName, sheetOf } from "./support/workbook";

let pane: PaneSession;
paneEachTest((p) => (pane = p));

async function openRatingsOnSample(page: Page) {
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(page, "Plan created");
  await openPage(page, "Ratings");
  await page.getByText(/Still unrated|All \d+ initiatives are rated/).waitFor({ timeout: 30_000 });
}

async function choosePeriod(page: Page, period: string) {
  await page.getByRole("combobox", { name: "QPR period" }).click();
  await page.getByRole("option", { name: new RegExp(`^${period}:`) }).click();
  await page.getByText(/Still unrated|All \d+ initiatives are rated/).waitFor({ timeout: 30_000 });
}

/** A sheet's cells as an HTML table (values, or the formula when the in-memory Excel has no value). */
function sheetTable(sheet: SheetDump): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const addresses = Object.keys(sheet.cells).map((a) => /^([A-Z]+)(\d+)$/.exec(a)!);
  const colIndex = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const maxRow = Math.max(...addresses.map((m) => Number(m[2])));
  const maxCol = Math.max(...addresses.map((m) => colIndex(m[1])));
  const letter = (n: number) => (n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
  const rows: string[] = [];
  for (let r = 1; r <= maxRow; r++) {
    const tds: string[] = [`<th>${r}</th>`];
    for (let c = 1; c <= maxCol; c++) {
      const cell = sheet.cells[`${letter(c)}${r}`];
      // The in-memory Excel computes no formulas: show each formula, shortened, so the layout stays readable.
      const formula = cell?.formula ?? "";
      const shown = cell?.value !== undefined && cell.value !== "" ? String(cell.value) : formula.length > 48 ? `${formula.slice(0, 47)}…` : formula;
      tds.push(`<td class="${cell?.formula ? "f" : ""}">${esc(shown)}</td>`);
    }
    rows.push(`<tr>${tds.join("")}</tr>`);
  }
  return `<!doctype html><meta charset="utf-8"><style>body{font:11px Calibri,Arial,sans-serif;margin:8px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 4px;max-width:260px;vertical-align:top;white-space:pre-wrap}th{background:#eee}td.f{color:#2F5597}</style><h3>${esc(sheet.name)} (in-memory workbook: formulas shown in blue)</h3><table>${rows.join("")}</table>`;
}

test("rates an initiative for Jun: definitions in view, the rating cells change, the unrated list follows", async () => {
  const { page } = pane;
  await openRatingsOnSample(page);
  await choosePeriod(page, "Jun");
  await expect(page.getByText(/Still unrated: 1\.1, 1\.2/).textContent()).resolves.toContain("(11 of 11)");

  const card = page.getByRole("group", { name: "Initiative 1.1" });
  await card.waitFor();
  // Every level's name is in view; the definition of the level in focus is shown, verbatim.
  for (const [key, scale, group] of [
    ["process", PROCESS_SCALE, "Process rating"],
    ["performance", PERFORMANCE_SCALE, "Performance rating"],
  ] as const) {
    for (const level of scale.levels) {
      const radio = card.getByRole("radiogroup", { name: group }).getByRole("radio", { name: `${level.rank}. ${level.name}` });
      await radio.focus();
      await expect(page.getByTestId(`definition-${key}`).textContent()).resolves.toBe(`${level.name}: ${level.definition}`);
    }
  }
  await card
    .getByRole("radiogroup", { name: "Process rating" })
    .getByRole("radio", { name: /^3\. Practices in Place Stage/ })
    .check();
  await card
    .getByRole("radiogroup", { name: "Performance rating" })
    .getByRole("radio", { name: /^2\. Partially Reached Performance Goals/ })
    .check();
  await card.getByRole("textbox", { name: "Process evidence" }).fill("=Walkthroughs: 8 of 10 classrooms use the routines");
  await card.getByRole("textbox", { name: "Performance evidence" }).fill("Winter screener: +6 points, short of the +10 target");
  await card.getByRole("textbox", { name: "Rated by" }).fill("Keisha Williams");
  await card.getByLabel("Date rated").fill("2027-06-04");
  await pane.screenshot("ratings-01-rate-initiative");
  await pane.resetSyncCount();

  await card.getByRole("button", { name: "Save ratings" }).click();
  await outcome(page, "Initiative 1.1 saved for Jun");
  expect(await pane.syncCount()).toBeLessThanOrEqual(2);
  const dump = await pane.dump();
  expect(cellOfName(dump, "AIP.O1.I1.Process.Jun")).toEqual({ value: "Practices in Place Stage" });
  expect(cellOfName(dump, "AIP.O1.I1.Performance.Jun")).toEqual({ value: "Partially Reached Performance Goals" });
  expect(cellOfName(dump, "AIP.O1.I1.ProcessEvidence.Jun")).toEqual({ value: "=Walkthroughs: 8 of 10 classrooms use the routines" });
  expect(cellOfName(dump, "AIP.O1.I1.PerformanceEvidence.Jun").value).toBe("Winter screener: +6 points, short of the +10 target");
  expect(cellOfName(dump, "AIP.O1.I1.RatedBy.Jun").value).toBe("Keisha Williams");
  expect(cellOfName(dump, "AIP.O1.I1.RatedOn.Jun").value).toBe(isoToSerial("2027-06-04"));
  // Another period's cells are untouched.
  expect(cellOfName(dump, "AIP.O1.I1.Process.Mar").value).toBe("Practices in Place Stage");
  await expect(page.getByText(/Still unrated:/).textContent()).resolves.toMatch(/^Still unrated: 1\.2, .*\(10 of 11\)\.$/);
  await pane.screenshot("ratings-02-saved");

  // The saved initiative says so in its name in the list.
  await page
    .getByRole("list", { name: "Initiatives" })
    .getByRole("button", { name: /^1\.1 .* rated$/ })
    .waitFor();
  // Next initiative: the person lands on its heading, at the top of the card, in view;
  // its form starts from its own (empty) cells, the rater is remembered.
  await card.getByRole("button", { name: "Next" }).click();
  const next = page.getByRole("group", { name: "Initiative 1.2" });
  await next.waitFor();
  const heading = next.getByRole("heading", { name: /^Initiative 1\.2/ });
  await page.waitForFunction(() => document.activeElement?.tagName === "H2");
  expect(await hasFocusWithin(heading)).toBe(true);
  expect(await inView(page, heading)).toBe(true);
  await expect(next.getByRole("radio", { name: "Not rated yet" }).first().isChecked()).resolves.toBe(true);
  await expect(next.getByRole("textbox", { name: "Rated by" }).inputValue()).resolves.toBe("Keisha Williams");
});

test("a hand-typed rating that is not a scale level is flagged; Previous goes back", async () => {
  const { page } = pane;
  await openRatingsOnSample(page);
  await page.evaluate(() => {
    const fake = (window as unknown as { __fakeExcel: { dump(): { names: Record<string, string> }; setValue(s: string, a: string, v: string): void } }).__fakeExcel;
    const ref = fake.dump().names["AIP.O1.I2.Process.Sep"];
    const bang = ref.lastIndexOf("!");
    fake.setValue(ref.slice(1, bang - 1).replace(/''/g, "'"), ref.slice(bang + 1).replace(/\$/g, ""), "practices in place");
  });
  await choosePeriod(page, "Sep");
  await page.getByRole("button", { name: /^1\.2 / }).click();
  const card = page.getByRole("group", { name: "Initiative 1.2" });
  await expect(card.getByText(/The cell holds “practices in place”, which is not a level of this scale/).count()).resolves.toBe(1);
  await pane.screenshot("ratings-03-not-a-level");
  await card.getByRole("button", { name: "Previous" }).click();
  await page.getByRole("group", { name: "Initiative 1.1" }).waitFor();
});

test("Roll up to Summary and Build QPR view from the Ratings page", async () => {
  const { page } = pane;
  await openRatingsOnSample(page);
  await choosePeriod(page, "Mar");
  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Roll up to Summary" }).click();
  await outcome(page, "Summary updated");
  expect(await pane.syncCount()).toBeLessThanOrEqual(2);
  await pane.screenshot("ratings-04-rolled-up");
  let dump = await pane.dump();
  const summary = sheetOf(dump, "Summary");
  expect(Object.keys(summary.cells).length).toBeGreaterThan(50);
  expect(dump.names["AIP.Summary.ProcessCounts"]).toMatch(/^'?Summary'?!/);

  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Build QPR view" }).click();
  await outcome(page, "QPR view for Mar built");
  expect(await pane.syncCount()).toBeLessThanOrEqual(2);
  dump = await pane.dump();
  const qpr = sheetOf(dump, "QPR Mar");
  expect(Object.values(qpr.cells).map((c) => c.formula)).toContain('=IF(AIP.O1.I1.Process.Mar="","(not rated yet)",AIP.O1.I1.Process.Mar)');
  await pane.screenshot("ratings-05-qpr-view-built");

  // The Summary as the in-memory Excel holds it, drawn as a table for the screenshot.
  const view = await pane.page.context().newPage();
  await view.setViewportSize({ width: 1400, height: 900 });
  await view.setContent(sheetTable(summary));
  await view.screenshot({ path: path.join(SCREENSHOTS, "ratings-06-summary-sheet.png"), fullPage: true });
  await view.setContent(sheetTable(qpr));
  await view.screenshot({ path: path.join(SCREENSHOTS, "ratings-07-qpr-sheet.png"), fullPage: true });
  await view.close();
});

test("Build Summative report, then the Summative as a Word document: one read and one write, the docx library loaded only on that click", async () => {
  const { page } = pane;
  await openRatingsOnSample(page);
  const chunks: string[] = [];
  page.on("request", (r) => chunks.push(r.url()));
  await pane.resetSyncCount();
  await page.getByRole("button", { name: "Build Summative report" }).click();
  await outcome(page, "Summative report built");
  expect(await pane.syncCount()).toBeLessThanOrEqual(2);
  const dump = await pane.dump();
  const sheet = sheetOf(dump, "Summative 2026-27");
  expect(Object.values(sheet.cells).map((c) => c.value)).toEqual(
    expect.arrayContaining(["Annual Summative Report: SY 2026-27", "Successes", "Factual corrections from the district"]),
  );
  expect(cellOfName(dump, "AIP.Summative.Y2026.Review.Status")).toEqual({ value: "Draft" });
  expect(chunks.filter((u) => /docx/.test(u))).toEqual([]);
  await pane.screenshot("ratings-08-summative-built");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Summative as Word document" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("summative-2026-27.docx");
  const xml = (await (await JSZip.loadAsync(readFileSync((await file.path())!))).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
  expect(xml).toContain("Annual Summative Report: SY 2026-27");
  expect(xml).toContain("Riverton Public Schools");
  await outcome(page, "Word document ready");
  expect(chunks.filter((u) => /summative-docx/.test(u)).length).toBe(1);
  await pane.screenshot("ratings-09-summative-word");
});
