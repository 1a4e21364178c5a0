/**
 * The plan as the state's Word document, in the Appendix C layout (SPEC.md §2–§3): the template's
 * header (District, Date) and Section 1 with its four prompts, each answered in its box, on
 * portrait pages; then one Initiative Strategy Sheet per initiative on landscape pages: fields
 * A–G, "(continued on next page)", and the activities table H–K by quarter, its header row
 * repeated on every page. Objectives and initiatives are numbered by their order in the plan, as
 * `aip export` numbers them. The pane loads this module with import() (the docx library is big).
 */
import { Paragraph, TabStopType, TableRow, TextRun, type FileChild } from "docx";
import { schoolYearLabel } from "../domain/calendar";
import { QUARTERS, type Activity, type Initiative, type Objective, type Plan } from "../domain/plan";
import { ACTIVITY_LABELS, PLAN_TEMPLATE, SECTION1_PROMPTS, STRATEGY_FIELD_LABELS } from "../layout/labels";
import { docxBlob, docxBytes, textWidth, wordDocument, type DocPart } from "./docxPage";
import { borderedTable, headerRow, LABEL_FILL, tableCell } from "./docxTable";
import { bullets, dateText, heading, labelled, note, textParagraphs } from "./docxText";

const PORTRAIT = textWidth("portrait");
const LANDSCAPE = textWidth("landscape");
/** Quarter, H, I, J, K across a landscape page. */
const ACTIVITY_WIDTHS = [1300, 6260, 2200, 1600, 1600];

/** "SY 2026-27", or "" when the school year is unknown. */
function yearOf(plan: Plan): string {
  return plan.schoolYear > 0 ? schoolYearLabel(plan.schoolYear) : "";
}

function runningTitle(plan: Plan, part: string): { left: string; right: string } {
  const year = yearOf(plan);
  return { left: plan.district, right: [`Accelerated Improvement Plan${year ? `, ${year}` : ""}`, part].filter(Boolean).join(": ") };
}

/** A Section 1 box: the template's prompt on a grey band (kept with the answer's first lines), the district's answer below it. */
function box(prompt: string, answer: readonly Paragraph[]): FileChild[] {
  const table = borderedTable([PORTRAIT], [new TableRow({ cantSplit: true, children: [tableCell([labelled(prompt)], { width: PORTRAIT, fill: LABEL_FILL })] }), [answer]]);
  return [table, new Paragraph({ spacing: { after: 120 }, children: [] })];
}

/** Box 3: "Objective 1: …" with its initiatives bulleted, as the template's skeleton shows. */
function objectiveList(objectives: readonly Objective[]): Paragraph[] {
  if (objectives.length === 0) return textParagraphs("");
  return objectives.flatMap((objective, k) => [
    labelled(`Objective ${k + 1}: `, new TextRun(objective.title)),
    ...bullets(objective.initiatives.map((ini, j) => `Initiative ${k + 1}.${j + 1}: ${ini.description}`)),
  ]);
}

function section1(plan: Plan): DocPart {
  const outcomes = plan.finalOutcomes.map((f) => (f.date ? `${f.text} (${dateText(f.date)})` : f.text));
  return {
    orientation: "portrait",
    header: runningTitle(plan, ""),
    children: [
      heading(PLAN_TEMPLATE.title, 1, { center: true }),
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: PORTRAIT }],
        spacing: { after: 240 },
        children: [new TextRun({ text: "District: ", bold: true }), new TextRun(plan.district), new TextRun({ text: "\tDate: ", bold: true }), new TextRun(dateText(plan.date))],
      }),
      heading(PLAN_TEMPLATE.section1, 2),
      note(PLAN_TEMPLATE.section1Limit),
      ...box(SECTION1_PROMPTS.keyIssues, textParagraphs(plan.keyIssues)),
      ...box(SECTION1_PROMPTS.theoryOfAction, textParagraphs(plan.theoryOfAction)),
      ...box(SECTION1_PROMPTS.objectivesAndInitiatives, objectiveList(plan.objectives)),
      ...box(SECTION1_PROMPTS.finalOutcomes, outcomes.length > 0 ? bullets(outcomes) : textParagraphs("")),
    ],
  };
}

/** Fields A–G: one row each, C and D side by side, every label with its answer below it. */
function fieldsTable(objective: Objective, o: number, initiative: Initiative, i: number) {
  const half = LANDSCAPE / 2;
  const cell = (label: string, answer: readonly Paragraph[], width: number, columnSpan?: number) => tableCell([labelled(label), ...answer], { width, columnSpan });
  const whole = (label: string, answer: readonly Paragraph[]) => new TableRow({ children: [cell(label, answer, LANDSCAPE, 2)] });
  const number = new Paragraph({ children: [new TextRun({ text: `${o}.${i} `, bold: true }), new TextRun(initiative.description)] });
  return borderedTable(
    [half, half],
    [
      whole(STRATEGY_FIELD_LABELS.objective(o), textParagraphs(objective.title)),
      whole(STRATEGY_FIELD_LABELS.objectiveLead, textParagraphs(objective.lead)),
      new TableRow({ children: [cell(STRATEGY_FIELD_LABELS.initiative, [number], half), cell(STRATEGY_FIELD_LABELS.lead, textParagraphs(initiative.lead), half)] }),
      whole(STRATEGY_FIELD_LABELS.shortTermOutcomes, bullets(initiative.shortTermOutcomes)),
      whole(STRATEGY_FIELD_LABELS.earlyEvidence, bullets(initiative.earlyEvidence)),
      whole(STRATEGY_FIELD_LABELS.resources, textParagraphs(initiative.resources)),
    ],
  );
}

/** The rows of the activities table: the plan's activities in their order, or the template's empty quarters. */
function activityRows(activities: readonly Activity[]): string[][] {
  if (activities.length === 0) return QUARTERS.map((q) => [q, "", "", "", ""]);
  return activities.map((a) => [a.quarter, a.text, a.lead, dateText(a.start), dateText(a.complete)]);
}

function activitiesTable(activities: readonly Activity[]) {
  return borderedTable(ACTIVITY_WIDTHS, [headerRow(["Quarter", ...ACTIVITY_LABELS], ACTIVITY_WIDTHS), ...activityRows(activities)]);
}

/** One strategy sheet: the template's title and note, fields A–G, then the activities on a new page. */
function strategySheet(plan: Plan, objective: Objective, o: number, initiative: Initiative, i: number): DocPart {
  return {
    orientation: "landscape",
    header: runningTitle(plan, `Strategy Sheet, Initiative ${o}.${i}`),
    children: [
      heading(`${PLAN_TEMPLATE.section2}, Initiative ${o}.${i}`, 2),
      note(PLAN_TEMPLATE.section2Note),
      fieldsTable(objective, o, initiative, i),
      note(PLAN_TEMPLATE.continued),
      new Paragraph({ pageBreakBefore: true, keepNext: true, children: [new TextRun({ text: `Initiative ${o}.${i}: activities by quarter`, bold: true })] }),
      activitiesTable(initiative.activities),
    ],
  };
}

export function planDocument(plan: Plan) {
  const sheets = plan.objectives.flatMap((objective, k) => objective.initiatives.map((initiative, j) => strategySheet(plan, objective, k + 1, initiative, j + 1)));
  const year = yearOf(plan);
  return wordDocument(`${PLAN_TEMPLATE.title}: ${plan.district}${year ? `, ${year}` : ""}`, [section1(plan), ...sheets]);
}

/** The .docx bytes (Node and browsers). */
export function planDocxBytes(plan: Plan): Promise<Uint8Array> {
  return docxBytes(planDocument(plan));
}

/** The .docx as a Blob, for a download in the pane. */
export function planDocxBlob(plan: Plan): Promise<Blob> {
  return docxBlob(planDocument(plan));
}
