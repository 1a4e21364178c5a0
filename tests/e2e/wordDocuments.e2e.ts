/**
 * The plan and the QPR as Word documents from the pane: "Plan as Word" on the Check page and "QPR
 * as Word" on the Ratings page each download a .docx made from one read of the workbook, with no
 * writes. Screenshots in test-results/screenshots/word-*.png.
 */
import JSZip from "jszip";
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { promises as fs } from "fs";
import * as path from "path";
import { newPlan } from "../../src/commands/newPlan";
import { qprReport } from "../../src/commands/qprReport";
import { parsePlan } from "../../src/domain/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { outcome, paneEachTest, type PaneEnv, type PaneSession, openPage } from "./support/pane";

let pane: PaneSession;
let env: PaneEnv;
paneEachTest((p, e) => ((pane = p), (env = e)));

async function samplePlan(page: Page) {
  await page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(page, "Plan created");
}

/**
 * Clicks `button` and returns the download's name and text (body and page headers), having checked
 * that it came from one read of the workbook (one sync) and changed nothing in it.
 */
async function download(page: Page, button: string): Promise<{ name: string; text: string; headers: string }> {
  const before = await pane.dump();
  await pane.resetSyncCount();
  const started = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await started;
  await outcome(page, "Word document ready");
  expect(await pane.syncCount()).toBeLessThanOrEqual(1);
  expect(await pane.dump()).toEqual(before);
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const text = async (re: RegExp) =>
    (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => re.test(n))
          .map((n) => zip.file(n)!.async("string")),
      )
    )
      .join(" ")
      .replace(/<[^>]+>/g, "");
  return { name: file.suggestedFilename(), text: await text(/^word\/document\.xml$/), headers: await text(/^word\/header\d+\.xml$/) };
}

test("Plan as Word on the Check page downloads the plan in the Appendix C layout, from one read and no writes", async () => {
  const { page } = pane;
  await samplePlan(page);
  await openPage(page, "Check");
  // The page reads the workbook when it opens (to know whether there is a plan): let that read end before counting.
  await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent === "Check plan" && !b.disabled));
  const doc = await download(page, "Plan as Word (.docx)");
  expect(doc.name).toBe("Riverton Public Schools Accelerated Improvement Plan SY 2026-27.docx");
  const expected = [
    "Level 4 District Accelerated Improvement Plan",
    "Create the Theory of Action that will drive the development of the Plan.",
    "Section 2: Initiative Strategy Sheet, Initiative 4.3",
  ];
  expect(expected.filter((t) => !doc.text.includes(t))).toEqual([]);
  await pane.screenshot("word-01-plan");
});

test("QPR as Word on the Ratings page downloads the chosen period's QPR in the state's format, in the review round its view records", async () => {
  const { page } = pane;
  await samplePlan(page);
  await openPage(page, "Ratings");
  await page.getByRole("combobox", { name: "QPR period" }).click();
  await page.getByRole("option", { name: /^Jan:/ }).click();
  await page.getByText(/Still unrated|All \d+ initiatives are rated/).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "Build QPR view" }).click();
  await outcome(page, "QPR view for Jan built");
  const doc = await download(page, "QPR as Word (.docx)");
  // A view just built is a Draft (its Review status): the document says so on every page.
  expect(doc.name).toBe("Riverton Public Schools QPR January 2027 (draft for factual review).docx");
  const expected = ["Quarterly Progress Report (QPR): January 2027", "Improvement Process Stages", "Technical Implementation Stage", "Performance Ratings", "Status: Draft"];
  expect(expected.filter((t) => !doc.text.includes(t))).toEqual([]);
  expect(doc.headers).toContain("DRAFT FOR FACTUAL REVIEW");
  await pane.screenshot("word-02-qpr");
});

test("Excel for Mac's path: word-download.html makes the same document from the URL's fragment, a draft QPR with its mark and corrections", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, parsePlan(JSON.parse(await fs.readFile(path.join(__dirname, "../../examples/sample-plan.json"), "utf8"))));
  const { report } = await qprReport(wb, { period: "Jan" });
  const payload = { fileName: "QPR draft.docx", kind: "qpr", model: report, review: { status: "draft", corrections: { "1.2": "Ten principals, not nine." } } };
  const browser = await pane.page.context().newPage();
  const started = browser.waitForEvent("download");
  await browser.goto(`${env.origin}/word-download.html#${encodeURIComponent(JSON.stringify(payload))}`);
  const file = await started;
  expect(file.suggestedFilename()).toBe("QPR draft.docx");
  await browser.getByText('"QPR draft.docx" is ready.').waitFor();
  await expect(browser.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Quarterly Progress Report");
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string")),
  );
  expect(headers.length).toBeGreaterThan(0);
  for (const h of headers) expect(h).toContain("DRAFT FOR FACTUAL REVIEW");
  expect(await zip.file("word/document.xml")!.async("string")).toContain("Ten principals, not nine.");
  await browser.close();
});
