/** The plan's Word document: the Appendix C layout as Word holds it (sections, headers, footers, tables), from a Plan. */
import { promises as fs } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/domain/plan";
import { parsePlan } from "../../../src/domain/validate";
import { planDocxBytes } from "../../../src/export/planDocx";
import { planDocxFileName } from "../../../src/export/wordFileNames";
import { planSheetSpec } from "../../../src/layout/build/planSheet";
import { strategySheetSpec } from "../../../src/layout/build/strategySheet";
import { ACTIVITY_LABELS, PLAN_TEMPLATE, SECTION1_PROMPTS, STRATEGY_FIELD_LABELS } from "../../../src/layout/labels";
import { docxParts, flatText, textOf } from "../../support/docxParts";

let sample: Plan;
beforeAll(async () => {
  sample = parsePlan(JSON.parse(await fs.readFile(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
});

const initiatives = (plan: Plan) => plan.objectives.reduce((n, o) => n + o.initiatives.length, 0);

test("Section 1 on portrait pages, then one landscape part per strategy sheet, every page numbered 'Page N of M'", async () => {
  const { document, footers } = await docxParts(await planDocxBytes(sample));
  const sizes = [...document.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
  expect(sizes).toHaveLength(1 + initiatives(sample));
  expect(sizes[0]).toMatch(/w:w="12240" w:h="15840"/);
  expect(sizes[0]).not.toContain("landscape");
  for (const s of sizes.slice(1)) expect(s).toMatch(/w:w="15840" w:h="12240" w:orient="landscape"/);
  // Every part's footer carries the page number and the total, as fields Word fills in.
  expect(footers.length).toBeGreaterThan(0);
  for (const f of footers) {
    expect(f).toMatch(/PAGE/);
    expect(f).toMatch(/NUMPAGES/);
    expect(textOf(f)).toMatch(/^Page .* of /m);
  }
});

test("the header block and Section 1: title, district and date, the four prompts in order each followed by the district's answer", async () => {
  const text = flatText((await docxParts(await planDocxBytes(sample))).document);
  expect(text).toContain(`${PLAN_TEMPLATE.title} District: Riverton Public Schools Date: 8/15/2026`);
  expect(text).toContain(`${PLAN_TEMPLATE.section1} ${PLAN_TEMPLATE.section1Limit}`);
  const prompts = [SECTION1_PROMPTS.keyIssues, SECTION1_PROMPTS.theoryOfAction, SECTION1_PROMPTS.objectivesAndInitiatives, SECTION1_PROMPTS.finalOutcomes];
  const at = prompts.map((p) => text.indexOf(p));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  const answers = [sample.keyIssues.split("\n")[0], sample.theoryOfAction.split("\n")[0], `Objective 1: ${sample.objectives[0].title}`, sample.finalOutcomes[0].text];
  answers.forEach((a, k) => {
    const found = text.indexOf(a.trim());
    expect(found).toBeGreaterThan(at[k]);
    if (k + 1 < at.length) expect(found).toBeLessThan(at[k + 1]);
  });
  expect(text).toContain(`Initiative 1.2: ${sample.objectives[0].initiatives[1].description}`);
});

test("each strategy sheet: fields A–G with the template's labels and the initiative's answers, then the activities by quarter under a repeated header row", async () => {
  const { document } = await docxParts(await planDocxBytes(sample));
  const text = flatText(document);
  const objective = sample.objectives[1];
  const initiative = objective.initiatives[2];
  const start = text.indexOf(`${PLAN_TEMPLATE.section2}, Initiative 2.3`);
  const end = text.indexOf(`${PLAN_TEMPLATE.section2}, Initiative 3.1`);
  expect(start).toBeGreaterThan(0);
  const sheet = text.slice(start, end);
  const expected = [
    STRATEGY_FIELD_LABELS.objective(2),
    objective.title,
    STRATEGY_FIELD_LABELS.objectiveLead,
    objective.lead,
    STRATEGY_FIELD_LABELS.initiative,
    `2.3 ${initiative.description}`,
    STRATEGY_FIELD_LABELS.lead,
    initiative.lead,
    STRATEGY_FIELD_LABELS.shortTermOutcomes,
    initiative.shortTermOutcomes[0],
    STRATEGY_FIELD_LABELS.earlyEvidence,
    initiative.earlyEvidence[0],
    STRATEGY_FIELD_LABELS.resources,
    initiative.resources,
    PLAN_TEMPLATE.continued,
    `Quarter ${ACTIVITY_LABELS.join(" ")}`,
    ...initiative.activities.map((a) => `${a.quarter} ${a.text} ${a.lead}`),
  ];
  const at = expected.map((t) => sheet.indexOf(t));
  expect(at.map((i, k) => (i < 0 ? expected[k] : "found"))).toEqual(expected.map(() => "found"));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  // J and K as the sheets show dates.
  const first = initiative.activities[0];
  const us = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, "$2/$3/$1");
  expect(sheet).toContain(`${first.lead} ${us(first.start!)} ${us(first.complete!)}`);
  // The activities' header row is marked to repeat on every page, once per strategy sheet.
  expect((document.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g) ?? []).length).toBe(initiatives(sample));
});

test("an initiative with no activities shows the template's quarters with empty rows; an empty answer stays an empty box", async () => {
  const plan: Plan = JSON.parse(JSON.stringify(sample));
  plan.objectives[0].initiatives[0].activities = [];
  plan.objectives[0].initiatives[0].resources = "";
  plan.keyIssues = "";
  const text = flatText((await docxParts(await planDocxBytes(plan))).document);
  const sheet = text.slice(text.indexOf(`${PLAN_TEMPLATE.section2}, Initiative 1.1`), text.indexOf(`${PLAN_TEMPLATE.section2}, Initiative 1.2`));
  expect(sheet).toContain(`${ACTIVITY_LABELS[3]} Sept-Dec Jan-March April-June July-Aug`);
  expect(sheet).toContain(`${STRATEGY_FIELD_LABELS.resources} ${PLAN_TEMPLATE.continued}`);
  expect(text).toContain(`${SECTION1_PROMPTS.keyIssues} ${SECTION1_PROMPTS.theoryOfAction}`);
});

test("a person's text stays text: a leading = and XML's special characters come out as typed", async () => {
  const plan: Plan = JSON.parse(JSON.stringify(sample));
  plan.theoryOfAction = '=IF(A1>0,"then" & <more>)';
  const text = flatText((await docxParts(await planDocxBytes(plan))).document);
  expect(text).toContain('=IF(A1>0,"then" & <more>)');
});

test("the file is named for the district and the school year, with no character Windows refuses", () => {
  expect(planDocxFileName({ district: "Riverton Public Schools", schoolYear: 2026 })).toBe("Riverton Public Schools Accelerated Improvement Plan SY 2026-27.docx");
  expect(planDocxFileName({ district: 'A/B: "Schools"?', schoolYear: 0 })).toBe("A-B- -Schools- Accelerated Improvement Plan.docx");
});

test("the document's template labels are the workbook's: the Plan sheet and every strategy sheet show the same words", () => {
  const plan = planSheetSpec(sample, []).sheet;
  const initiative = sample.objectives[1].initiatives[0];
  const strategy = strategySheetSpec({ ref: { o: 2, i: 1 }, objective: sample.objectives[1], initiative, sheet: "2.1 Data", roster: [], district: sample.district }).sheet;
  const texts = (sheet: typeof plan) => sheet.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === "string");
  const onPlan = [PLAN_TEMPLATE.title, PLAN_TEMPLATE.section1, PLAN_TEMPLATE.section1Limit, ...Object.values(SECTION1_PROMPTS)];
  const onStrategy = [
    PLAN_TEMPLATE.section2,
    PLAN_TEMPLATE.section2Note,
    STRATEGY_FIELD_LABELS.objective(2),
    ...Object.values(STRATEGY_FIELD_LABELS).filter((l) => typeof l === "string"),
    ...ACTIVITY_LABELS,
  ];
  expect(onPlan.filter((l) => !texts(plan).includes(l))).toEqual([]);
  expect(onStrategy.filter((l) => !texts(strategy).includes(l))).toEqual([]);
});
