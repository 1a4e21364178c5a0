/**
 * Every state of every page of the production pane, as a person meets it: each one is checked by
 * axe-core (no critical or serious violation), has its headings in order, fits the pane with no
 * horizontal scroll at 270, 320 and 450 px with the page switcher in one row, and is photographed
 * at 320 × 800 px, as much as a person sees without scrolling, into docs/task-pane/ (used by
 * docs/task-pane.md; each run refreshes them) and test-results/screenshots/.
 */
import { copyFileSync, mkdirSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { headingLevels, inOrder, seriousViolations } from "./support/axe";
import { openPage, outcome, paneEachTest, PANE_WIDTH, SCREENSHOTS, type PaneEnv, type PaneSession } from "./support/pane";

const DOCS_SHOTS = path.resolve(__dirname, "../../docs/task-pane");

let pane: PaneSession;
let env: PaneEnv;
paneEachTest((p, e) => {
  pane = p;
  env = e;
});

const WIDTHS = [270, PANE_WIDTH, 450];

/** What a person would have to scroll sideways to see (the outermost elements past the right edge), and whether the top row wrapped. */
async function fit(page: Page): Promise<{ horizontalScroll: boolean; pastTheEdge: string[]; headerRows: number }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]}<${el.parentElement?.tagName.toLowerCase()}.${String(el.parentElement?.className).split(" ")[0]}>${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""}: ${(el.textContent ?? "").slice(0, 40)}`;
    const past = [...document.body.querySelectorAll("*")].filter(
      (el) => el.getBoundingClientRect().right > width + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5),
    );
    const header = document.querySelector("header");
    const items = header ? [...header.children].filter((c) => (c as HTMLElement).offsetParent !== null && c.tagName !== "H1") : [];
    const tops = new Set(items.map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2)));
    return { horizontalScroll: document.documentElement.scrollWidth > width, pastTheEdge: past.slice(0, 3).map(describe), headerRows: tops.size };
  });
}

/** One page state: photographed at 320 px, then checked at every width. */
async function state(name: string) {
  const { page } = pane;
  await page.waitForTimeout(150); // let Fluent's enter animations finish before the photograph
  await page.screenshot({ path: path.join(SCREENSHOTS, `state-${name}.png`) });
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(path.join(SCREENSHOTS, `state-${name}.png`), path.join(DOCS_SHOTS, `${name}.png`));
  expect({ state: name, violations: await seriousViolations(page) }).toEqual({ state: name, violations: [] });
  const levels = await headingLevels(page);
  expect({ state: name, levels, inOrder: inOrder(levels) }).toEqual({ state: name, levels, inOrder: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect({ state: name, width, ...(await fit(page)) }).toEqual({ state: name, width, horizontalScroll: false, pastTheEdge: [], headerRows: 1 });
  }
  await page.setViewportSize({ width: PANE_WIDTH, height: 800 });
}

test("a blank workbook: New plan's three ways to start, and every other page's no-plan state", async () => {
  const { page } = pane;
  await state("01-new-plan");
  await page.getByRole("radio", { name: /^Practice plan/ }).check();
  await state("02-new-plan-practice");
  await page.getByRole("radio", { name: "Fill in a short form" }).check();
  await page.getByRole("button", { name: "Create plan" }).click();
  await page.getByText("Type the district's name").waitFor();
  await state("03-new-plan-form-problems");
  for (const [label, file] of [
    ["Add initiative", "04-add-initiative-no-plan"],
    ["Check", "05-check-no-plan"],
    ["Ratings", "06-ratings-no-plan"],
    ["Minutes", "07-minutes-no-plan"],
    ["Self-assessment", "08-self-assessment-no-plan"],
  ]) {
    await openPage(page, label);
    await page
      .getByText(/No plan in this workbook yet|Figures from the plan: not available/)
      .first()
      .waitFor({ timeout: 30_000 });
    await state(file);
  }
});

test("a plan in the workbook: each page with its work, outcomes in view, details open", async () => {
  const { page } = pane;
  await page.getByRole("radio", { name: /^Practice plan/ }).check();
  await page.getByRole("button", { name: "Create the practice plan" }).click();
  await outcome(page, "Plan created");
  await state("09-plan-created");

  await openPage(page, "Add initiative");
  await page.getByRole("combobox", { name: "Objective" }).waitFor();
  await page
    .getByText("Reading the workbook…")
    .waitFor({ state: "detached", timeout: 30_000 })
    .catch(() => undefined);
  await state("10-add-initiative");

  await openPage(page, "Check");
  await page.getByRole("button", { name: "Check plan" }).click();
  const checked = await outcome(page, "Plan checked");
  await checked.getByRole("button", { name: "Dismiss" }).click();
  await page.locator("details").first().locator("summary").click();
  await state("11-check-findings");
  await page.getByRole("button", { name: "Plan as Word (.docx)" }).scrollIntoViewIfNeeded();
  await state("17-check-plan-as-word");

  await openPage(page, "Ratings");
  await page.getByRole("group", { name: /^Initiative 1\.1/ }).waitFor({ timeout: 30_000 });
  await state("12-ratings");
  await page.getByRole("button", { name: "Save ratings" }).click();
  await outcome(page, "saved for");
  await state("13-ratings-saved");
  await page.getByRole("button", { name: "Summative as Word document" }).scrollIntoViewIfNeeded();
  await state("18-ratings-reports");

  await openPage(page, "Minutes");
  await page.getByRole("button", { name: /Create minutes|Go to the minutes/ }).waitFor({ timeout: 30_000 });
  await state("14-minutes");

  await openPage(page, "Self-assessment");
  await page.getByText(/^Provides Focus:/).waitFor({ timeout: 30_000 });
  await state("15-self-assessment");
});

test("outside Excel, and when Excel fails: the messages are accessible too", async () => {
  pane = await env.reopen({ excel: false });
  await pane.page.getByText("Open this pane in Excel").waitFor();
  await pane.page.getByRole("button", { name: "Create the sample plan" }).click();
  await outcome(pane.page, "The plan was not created");
  await state("16-outside-excel");
});
