/**
 * The Quarterly Progress Report as a Word document in the state's format (SPEC.md §6.1): the
 * narrative summary of overall progress, then by objective its narrative and, for each initiative,
 * the Process and Performance ratings with their scale's name, rank and the supporting evidence;
 * the evidence listed in the period's Highlight Discussion minutes; and the QPR rubric (Appendix
 * G) as the key to the ratings. A draft or a report in factual review says DRAFT FOR FACTUAL
 * REVIEW at the top of every page; the district's factual corrections show beside the evidence.
 * The pane loads this module with import() (the docx library is big).
 */
import { Paragraph, TableCell, TableRow, TextRun, type FileChild } from "docx";
import { REVIEW_LABELS } from "../domain/review";
import { PERFORMANCE_SCALE, PROCESS_SCALE, levelByName, type Scale } from "../domain/scales";
import { docxBlob, docxBytes, textWidth, wordDocument } from "./docxPage";
import { borderedTable, gridTable, headerRow, HEADER_FILL, LABEL_FILL, tableCell } from "./docxTable";
import { dateText, field, heading, labelled, note, textParagraphs } from "./docxText";
import type { QprReport, QprReportInitiative, QprReportObjective, QprReview } from "./qprModel";
import { CORRECTIONS_HEADER, pageMark, PUBLISHED } from "./review";

const WIDTH = textWidth("portrait");

export function qprTitle(report: Pick<QprReport, "publication">): string {
  return `Quarterly Progress Report (QPR): ${report.publication}`;
}

/** The rating as on the sheet, with its rank on the scale; a value that is not a level says so. */
function ratingText(scale: Scale, value: string): Paragraph[] {
  if (value.trim() === "") return [new Paragraph({ children: [new TextRun({ text: "Not rated for this period", italics: true })] })];
  const level = levelByName(scale, value.trim());
  const rank = level ? `Level ${level.rank} of ${scale.levels.length}` : `Not a level of the ${scale.title} scale`;
  return [new Paragraph({ children: [new TextRun({ text: value, bold: true })] }), new Paragraph({ children: [new TextRun({ text: rank, italics: true, size: 18 })] })];
}

/** A rating's row: the scale it is on, the level with its rank, the evidence, and any cells after (the district's corrections). */
function ratingRow(kind: string, scale: Scale, rating: string, evidence: string, widths: readonly number[], after: TableCell[] = []): TableRow {
  const scaleCell = tableCell([labelled(kind), new Paragraph({ children: [new TextRun({ text: scale.title, italics: true, size: 18 })] })], { width: widths[0], fill: LABEL_FILL });
  return new TableRow({ cantSplit: true, children: [scaleCell, tableCell(ratingText(scale, rating), { width: widths[1] }), tableCell(evidence, { width: widths[2] }), ...after] });
}

/** One initiative: its number, description and lead over its two ratings with their evidence (and the district's corrections). */
function initiativeTable(ini: QprReportInitiative, correction: string): FileChild {
  const withCorrections = correction.trim() !== "";
  const widths = withCorrections ? [1700, 2000, 3160, 2500] : [1900, 2400, 5060];
  const lead = new Paragraph({ children: [new TextRun({ text: "Lead: ", bold: true }), new TextRun(ini.lead)] });
  const title = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [tableCell([labelled(`Initiative ${ini.number}: `, new TextRun(ini.description)), lead], { width: WIDTH, columnSpan: widths.length, fill: HEADER_FILL })],
  });
  const headers = ["Rating", "Level", "Supporting evidence", ...(withCorrections ? [CORRECTIONS_HEADER] : [])];
  const corrections = withCorrections ? [tableCell(correction, { width: widths[3], rowSpan: 2 })] : [];
  const rated = [ini.ratedBy && `Rated by ${ini.ratedBy}`, ini.ratedOn && `on ${dateText(ini.ratedOn)}`].filter(Boolean).join(" ");
  const rows = [
    title,
    headerRow(headers, widths),
    ratingRow("Process", PROCESS_SCALE, ini.process, ini.processEvidence, widths, corrections),
    ratingRow("Performance", PERFORMANCE_SCALE, ini.performance, ini.performanceEvidence, widths),
  ];
  if (rated) rows.push(new TableRow({ children: [tableCell([note(rated)], { width: WIDTH, columnSpan: widths.length })] }));
  return borderedTable(widths, rows);
}

const gap = () => new Paragraph({ spacing: { after: 120 }, children: [] });

function narrative(text: string, missing: string): Paragraph[] {
  return text.trim() === "" ? [note(missing)] : textParagraphs(text);
}

function objectiveSection(objective: QprReportObjective, review: QprReview): FileChild[] {
  return [
    heading(`Objective ${objective.o}: ${objective.title}`, 3),
    labelled(`Narrative of progress on objective ${objective.o}`),
    ...narrative(objective.narrative, "No narrative was written for this objective on the QPR view."),
    gap(),
    ...objective.initiatives.flatMap((ini) => [initiativeTable(ini, review.corrections?.[ini.number] ?? ""), gap()]),
  ];
}

/** Corrections given for initiatives the report does not list: shown, never dropped. */
function otherCorrections(report: QprReport, review: QprReview): FileChild[] {
  const listed = new Set(report.objectives.flatMap((o) => o.initiatives.map((i) => i.number)));
  const others = Object.entries(review.corrections ?? {}).filter(([number, text]) => !listed.has(number) && text.trim() !== "");
  if (others.length === 0) return [];
  return [heading(`${CORRECTIONS_HEADER}: other initiatives`, 2), gridTable(["Initiative", "Correction"], others, [1900, WIDTH - 1900])];
}

function evidenceSection(report: QprReport): FileChild[] {
  const title = heading(`Evidence listed in the Highlight Discussion minutes of ${report.covers}`, 2);
  if (report.evidence.length === 0) return [title, note("No evidence was listed in the minutes of these months.")];
  const widths = [1300, 1100, 3260, 1850, 1850];
  const rows = report.evidence.map((e) => [dateText(e.date), e.initiative, e.evidence, e.who, e.where]);
  return [title, gridTable(["Meeting date", "Initiative", "Evidence", "Who provides it", "Where it is kept"], rows, widths)];
}

/** Appendix G, high to low as the source prints it: the key to the ratings above. */
function rubricSection(): FileChild[] {
  const widths = [2800, WIDTH - 2800];
  const scaleTable = (scale: Scale) =>
    gridTable(
      [scale.title, "Definition"],
      [...scale.levels].reverse().map((l) => [`${l.name} (level ${l.rank})`, l.definition]),
      widths,
    );
  return [
    heading("QPR rubric (Appendix G): the rating scales", 2),
    note(PROCESS_SCALE.describes),
    scaleTable(PROCESS_SCALE),
    gap(),
    note(PERFORMANCE_SCALE.describes),
    scaleTable(PERFORMANCE_SCALE),
  ];
}

/** The QPR document; `review` defaults to published (nothing says otherwise). */
export function qprDocument(report: QprReport, review: QprReview = PUBLISHED) {
  const children: FileChild[] = [
    heading(qprTitle(report), 1, { center: true }),
    field("District:", report.district),
    field("Publication month:", report.publication),
    field("Covers the months:", report.covers),
    field("Status:", REVIEW_LABELS[review.status]),
    heading("Narrative summary of overall progress", 2),
    ...narrative(report.overall, "No overall narrative was written on the QPR view."),
    heading("Progress on each strategic objective and initiative: ratings with supporting evidence", 2),
    ...(report.objectives.length > 0 ? report.objectives.flatMap((o) => objectiveSection(o, review)) : [note("This plan has no initiatives to rate.")]),
    ...otherCorrections(report, review),
    ...evidenceSection(report),
    ...rubricSection(),
  ];
  const mark = pageMark(review);
  return wordDocument(`${qprTitle(report)}, ${report.district}`, [{ orientation: "portrait", header: { left: report.district, right: qprTitle(report), mark }, children }]);
}

/** The .docx bytes (Node and browsers). */
export function qprDocxBytes(report: QprReport, review: QprReview = PUBLISHED): Promise<Uint8Array> {
  return docxBytes(qprDocument(report, review));
}

/** The .docx as a Blob, for a download in the pane. */
export function qprDocxBlob(report: QprReport, review: QprReview = PUBLISHED): Promise<Blob> {
  return docxBlob(qprDocument(report, review));
}
