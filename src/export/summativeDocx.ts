/**
 * The Annual Summative Report as a Word document, in the layout of its sheet
 * (src/layout/build/summativeSheet.ts): the same sections in the same order, with the values the
 * report showed when it was built (summativeWord.ts). Built from the blocks the other documents share (docxPage,
 * docxTable, docxText, review.ts): the same page setup, running header and "Page N of M"; a
 * report not yet published says DRAFT FOR FACTUAL REVIEW at the top of every page. The pane loads
 * this module with import() so the `docx` library stays out of its main bundle.
 */
import { Paragraph, TextRun, type FileChild } from "docx";
import { MONTH_NAMES, schoolYearLabel, usDate } from "../domain/calendar";
import { QPR_PERIODS } from "../domain/plan";
import { SCALE_KEYS } from "../domain/rollup";
import { REVIEW_LABELS, REVIEW_STATUSES, REVIEW_STEP_LABELS, reviewStatusOf } from "../domain/review";
import { CHANGE_LABELS, periodHeading, ROW_LABELS, SUMMATIVE_TITLE, verdictText } from "../layout/reportLabels";
import { docxBlob, docxBytes, textWidth, wordDocument } from "./docxPage";
import { gridTable } from "./docxTable";
import { dateText, field, heading, labelled, note, textParagraphs } from "./docxText";
import { CORRECTIONS_HEADER, pageMark, type Review } from "./review";
import type { SummativeWord, SummativeWordInitiative } from "./summativeWord";

const WIDTH = textWidth("landscape");

/** Column widths as shares of the page's text width (the last column takes what rounding leaves). */
function widths(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const out = shares.map((s) => Math.floor((WIDTH * s) / total));
  out[out.length - 1] += WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

/** An initiative's table: the row label, the four periods, the change over the year. */
const RATING_WIDTHS = widths([13, 28, 28, 28, 28, 10]);
/** Six columns of ratings and evidence at 9 pt, so the longest level name (Technical Implementation Stage) fits a line. */
const RATINGS_TABLE = { size: 18 };

/** The round the report is in; a status not on the list reads as a draft (as readReviewRound does). */
function reviewOf(m: SummativeWord): Review {
  return { status: reviewStatusOf(m.statusText) ?? "draft" };
}

function prose(text: string, empty = "(nothing written)"): Paragraph[] {
  return text.trim() === "" ? [note(empty)] : textParagraphs(text);
}

function reviewPart(m: SummativeWord): Paragraph[] {
  const status = reviewStatusOf(m.statusText);
  return [
    heading("Review round"),
    field("Review status:", status ? REVIEW_LABELS[status] : m.statusText || REVIEW_LABELS.draft),
    ...REVIEW_STATUSES.map((step) => field(`${REVIEW_STEP_LABELS[step]}:`, m.stepTexts[step])),
  ];
}

function initiativePart(m: SummativeWord, ini: SummativeWordInitiative): FileChild[] {
  const rows = [
    ...SCALE_KEYS.map((key) => [ROW_LABELS[key].rating, ...QPR_PERIODS.map((p) => ini.ratings[key][p]), ini.change[key] ? CHANGE_LABELS[ini.change[key]] : ""]),
    ...SCALE_KEYS.map((key) => [ROW_LABELS[key].evidence, ...QPR_PERIODS.map((p) => ini.evidence[key][p]), ""]),
  ];
  return [
    labelled(`${ini.ref.o}.${ini.ref.i} ${ini.description}`),
    gridTable(["", ...QPR_PERIODS.map((p) => periodHeading(p, m.startYear)), "Change over the year"], rows, RATING_WIDTHS, RATINGS_TABLE),
    new Paragraph({ spacing: { before: 60, after: 120 }, children: [new TextRun({ text: `${CORRECTIONS_HEADER}: `, bold: true }), new TextRun(ini.corrections.trim() || "none")] }),
  ];
}

function ratingsPart(m: SummativeWord): FileChild[] {
  const out: FileChild[] = [heading("Ratings over the year, by objective and initiative, with the evidence of each period")];
  for (const o of m.objectives) {
    out.push(heading(`Objective ${o.o}: ${o.title}`, 3));
    for (const ini of o.initiatives) out.push(...initiativePart(m, ini));
  }
  if (m.objectives.length === 0) out.push(note("This plan has no initiatives yet."));
  for (const { ref, text } of m.orphanCorrections) out.push(field(`${CORRECTIONS_HEADER}, initiative ${ref.o}.${ref.i} (no longer in the plan):`, text));
  return out;
}

function activitiesAndOutcomes(m: SummativeWord): FileChild[] {
  const count = (n: number | undefined) => (n === undefined ? "?" : String(n));
  return [
    heading("Activities at the year's end"),
    gridTable(
      ["Initiative", "Activities planned", "Complete", "Overdue at the year's end"],
      m.objectives
        .flatMap((o) => o.initiatives)
        .map((i) => [`${i.ref.o}.${i.ref.i} ${i.description}`, count(i.activities?.planned), count(i.activities?.complete), count(i.activities?.overdue)]),
      widths([56, 15, 14, 15]),
    ),
    heading("Final outcomes: the year's results"),
    m.outcomes.length > 0
      ? gridTable(
          ["Final outcome (the plan's target)", "By", "Result for the year", "Met?"],
          m.outcomes.map((o) => [o.text, dateText(o.date) || "the year's end", o.result, o.met]),
          widths([44, 12, 33, 11]),
        )
      : note("The plan lists no final outcomes."),
  ];
}

function discussionsAndAssessment(m: SummativeWord): FileChild[] {
  const out: FileChild[] = [
    heading("Highlight Discussions held, and the three-month coverage rule"),
    gridTable(
      ["Quarter", "Months", "Discussions held", "Dates", "Every initiative discussed?"],
      m.coverage.map((c) => [
        `${c.period} QPR quarter`,
        `${usDate(c.window.start)} – ${usDate(c.window.end)}`,
        String(c.meetings.length),
        c.meetings.map(usDate).join(", "),
        verdictText(c),
      ]),
      widths([13, 20, 12, 26, 29]),
    ),
    heading("Latest self-assessment (AIP rubric)"),
  ];
  const a = m.assessment;
  if (!a) return [...out, note("No self-assessment dated in or before this school year is in the workbook.")];
  return [
    ...out,
    note(`"${a.sheet}", dated ${usDate(a.date)}.`),
    gridTable(
      ["Criterion", "Rating"],
      a.ratings.map((r) => [r.criterion, r.rating || "(not rated)"]),
      widths([71, 29]),
    ),
  ];
}

function narratives(m: SummativeWord): Paragraph[] {
  const part = (label: string, text: string) => [labelled(label), ...prose(text)];
  return [
    heading("The year in summary"),
    ...part("Successes", m.narratives.successes),
    ...part("Areas of concern", m.narratives.concerns),
    ...part("Recommendations", m.narratives.recommendations),
  ];
}

export function summativeDocument(m: SummativeWord) {
  const title = `${SUMMATIVE_TITLE}: ${schoolYearLabel(m.startYear)}`;
  const children: FileChild[] = [
    heading(title, 1, { center: true }),
    field("District:", m.district),
    field("School year:", `${MONTH_NAMES[8]} ${m.startYear} – ${MONTH_NAMES[7]} ${m.startYear + 1}`),
    ...reviewPart(m),
    ...narratives(m),
    ...ratingsPart(m),
    ...activitiesAndOutcomes(m),
    ...discussionsAndAssessment(m),
  ];
  const header = { left: m.district, right: title, mark: pageMark(reviewOf(m)) };
  return wordDocument(`${title}, ${m.district}`, [{ orientation: "landscape", header, children }]);
}

/** The .docx bytes (Node and browsers). */
export function summativeDocxBytes(m: SummativeWord): Promise<Uint8Array> {
  return docxBytes(summativeDocument(m));
}

/** The .docx as a Blob, for a download in the pane. */
export function summativeDocxBlob(m: SummativeWord): Promise<Blob> {
  return docxBlob(summativeDocument(m));
}
