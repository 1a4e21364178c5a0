/**
 * The plan's and the QPR's Word documents open in LibreOffice Writer and print: each is converted
 * to PDF and pdftotext reads the pages back. The plan reads as Appendix C (the header block, the
 * four Section 1 prompts with their answers, every initiative's fields A–K and activities); the
 * draft QPR has DRAFT FOR FACTUAL REVIEW and "Page N of M" on every page and every initiative's
 * ratings with their scales' names. Text is compared without white space (and hyphens), since
 * Writer wraps lines in its own places.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { exportPlan } from "../../src/commands/exportPlan";
import { newPlan } from "../../src/commands/newPlan";
import { qprReport } from "../../src/commands/qprReport";
import { qprView } from "../../src/commands/qprView";
import { usDate } from "../../src/domain/calendar";
import type { Plan } from "../../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../src/domain/scales";
import { parsePlan } from "../../src/domain/validate";
import { planDocxBytes } from "../../src/export/planDocx";
import { qprDocxBytes } from "../../src/export/qprDocx";
import { DRAFT_MARK } from "../../src/export/review";
import { ACTIVITY_LABELS, PLAN_TEMPLATE, SECTION1_PROMPTS, STRATEGY_FIELD_LABELS } from "../../src/layout/labels";
import { qprNames } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto } from "../support/minutesSupport";

function pdftotext(pdf: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("pdftotext", [pdf, "-"], { timeout: 120_000, maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pdftotext (poppler-utils, see .ci/run): ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/** The PDF's pages as text, from the .docx printed by LibreOffice. */
async function printedPages(docx: Uint8Array, name: string): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-word-"));
  try {
    const input = path.join(dir, `${name}.docx`);
    await fs.writeFile(input, docx);
    const pdf = await convertWithLibreOffice(input, { to: "pdf", outDir: path.join(dir, "pdf"), recalculate: false });
    return (await pdftotext(pdf)).split("\f").filter((page) => page.trim() !== "");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Without white space, and without hyphens: pdftotext joins a word broken after a hyphen at a line's end ("argument-" / "writing"). */
const squash = (s: string) => s.replace(/[\s-]+/g, "");

/** Where each text is found, in order from `from`; -1 for one not found after the one before. */
function inOrder(haystack: string, texts: readonly string[]): { text: string; at: number }[] {
  const flat = squash(haystack);
  let from = 0;
  return texts.map((text) => {
    const at = flat.indexOf(squash(text), from);
    if (at >= 0) from = at + squash(text).length;
    return { text, at };
  });
}

const missing = (found: { text: string; at: number }[]) => found.filter((f) => f.at < 0).map((f) => f.text);

function expectNumbered(pages: string[]): void {
  pages.forEach((page, k) => expect(squash(page)).toContain(squash(`Page ${k + 1} of ${pages.length}`)));
}

let plan: Plan;
let wb: XlsxWorkbook;
beforeAll(async () => {
  wb = XlsxWorkbook.create();
  await newPlan(wb, parsePlan(JSON.parse(await fs.readFile(path.join(__dirname, "../../examples/sample-plan.json"), "utf8"))));
  plan = (await exportPlan(wb)).plan;
});

test("the plan prints as Appendix C: header block, Section 1's prompts with the answers, then every initiative's fields A–K and activities; every page numbered", async () => {
  const pages = await printedPages(await planDocxBytes(plan), "plan");
  expectNumbered(pages);
  const text = pages.join("\n");
  const section1 = [
    PLAN_TEMPLATE.title,
    `District: ${plan.district}`,
    `Date: ${usDate(plan.date)}`,
    PLAN_TEMPLATE.section1,
    PLAN_TEMPLATE.section1Limit,
    SECTION1_PROMPTS.keyIssues,
    plan.keyIssues,
    SECTION1_PROMPTS.theoryOfAction,
    plan.theoryOfAction,
    SECTION1_PROMPTS.objectivesAndInitiatives,
    ...plan.objectives.flatMap((o, k) => [`Objective ${k + 1}: ${o.title}`, ...o.initiatives.map((ini, j) => `Initiative ${k + 1}.${j + 1}: ${ini.description}`)]),
    SECTION1_PROMPTS.finalOutcomes,
    ...plan.finalOutcomes.map((f) => f.text),
  ];
  expect(missing(inOrder(text, section1))).toEqual([]);

  const sheets = plan.objectives.flatMap((o, k) =>
    o.initiatives.flatMap((ini, j) => [
      `${PLAN_TEMPLATE.section2}, Initiative ${k + 1}.${j + 1}`,
      STRATEGY_FIELD_LABELS.objective(k + 1),
      o.title,
      STRATEGY_FIELD_LABELS.objectiveLead,
      o.lead,
      STRATEGY_FIELD_LABELS.initiative,
      `${k + 1}.${j + 1} ${ini.description}`,
      STRATEGY_FIELD_LABELS.lead,
      ini.lead,
      STRATEGY_FIELD_LABELS.shortTermOutcomes,
      ...ini.shortTermOutcomes,
      STRATEGY_FIELD_LABELS.earlyEvidence,
      ...ini.earlyEvidence,
      STRATEGY_FIELD_LABELS.resources,
      ini.resources,
      PLAN_TEMPLATE.continued,
      "Quarter",
      ...ACTIVITY_LABELS,
      ...ini.activities.flatMap((a) => [a.quarter, a.text, a.lead, usDate(a.start!), usDate(a.complete!)]),
    ]),
  );
  expect(missing(inOrder(text, sheets))).toEqual([]);
  // Each strategy sheet starts on a page of its own, and its activities on the next page.
  const starts = pages.map((p, k) => (squash(p).includes(squash(STRATEGY_FIELD_LABELS.objectiveLead)) ? k : -1)).filter((k) => k >= 0);
  expect(starts).toHaveLength(plan.objectives.reduce((n, o) => n + o.initiatives.length, 0));
  for (const k of starts) expect(squash(pages[k + 1])).toContain(squash(ACTIVITY_LABELS[0]));
});

test("a draft QPR prints DRAFT FOR FACTUAL REVIEW and its page number on every page, the narrative, and every initiative's ratings with their scales' names", async () => {
  await qprView(wb, { period: "Jan" });
  await typeInto(wb, qprNames("Jan").overall, [["Literacy moved ahead this fall; attendance did not."]]);
  const { report } = await qprReport(wb, { period: "Jan" });
  const pages = await printedPages(await qprDocxBytes(report, { status: "draft", corrections: { "2.1": "All eleven schools, not ten." } }), "qpr");
  expect(pages.length).toBeGreaterThan(1);
  expectNumbered(pages);
  pages.forEach((page) => expect(page).toContain(DRAFT_MARK));
  const text = pages.join("\n");
  const headings = [
    "Quarterly Progress Report (QPR): January 2027",
    "Narrative summary of overall progress",
    "Literacy moved ahead this fall; attendance did not.",
    ...plan.objectives.flatMap((o, k) => [`Objective ${k + 1}: ${o.title}`, ...o.initiatives.map((ini, j) => `Initiative ${k + 1}.${j + 1}: ${ini.description}`)]),
    "QPR rubric (Appendix G)",
  ];
  const found = inOrder(text, headings);
  expect(missing(found)).toEqual([]);
  // Within an initiative's table pdftotext reads the cells in its own order: each must be in the initiative's stretch of text.
  const flat = squash(text);
  const stretches = found.filter((f) => f.text.startsWith("Initiative ")).map((f, k, all) => flat.slice(f.at, all[k + 1]?.at ?? flat.indexOf(squash("QPR rubric"))));
  const initiatives = plan.objectives.flatMap((o) => o.initiatives);
  expect(stretches).toHaveLength(initiatives.length);
  initiatives.forEach((ini, n) => {
    const jan = ini.ratings.Jan!;
    const cells = ["Process", PROCESS_SCALE.title, jan.process!, jan.processEvidence!, "Performance", PERFORMANCE_SCALE.title, jan.performance!, jan.performanceEvidence!];
    expect(cells.filter((c) => !stretches[n].includes(squash(c)))).toEqual([]);
  });
  expect(stretches[plan.objectives[0].initiatives.length]).toContain(squash("All eleven schools, not ten."));
});
