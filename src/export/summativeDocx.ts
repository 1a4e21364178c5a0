/**
 * The Annual Summative Report as a Word document, in the layout of its sheet
 * (src/layout/build/summativeSheet.ts): the same sections in the same order, with the values the
 * report showed when it was built. A report not yet published says DRAFT FOR FACTUAL REVIEW at
 * the top of every page. The pane loads this module with import() so the `docx` library stays
 * out of its main bundle.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { isIsoDate, MONTH_NAMES, schoolYearLabel, usDate } from "../domain/calendar";
import { QPR_PERIODS } from "../domain/plan";
import { SCALE_KEYS } from "../domain/rollup";
import { REVIEW_LABELS, REVIEW_STATUSES, REVIEW_STEP_LABELS, reviewStatusOf } from "../domain/review";
import { CHANGE_LABELS, CORRECTIONS_HEADER, periodHeading, ROW_LABELS, SUMMATIVE_TITLE, verdictText } from "../layout/reportLabels";
import type { SummativeInitiative, SummativeModel } from "../layout/read/summativeModel";

/** Text width of a landscape US Letter page with 0.75-inch margins, in twentieths of a point. */
const PAGE_WIDTH = 13680;
const FONT = "Calibri";
export const DRAFT_MARK = "DRAFT FOR FACTUAL REVIEW";
/** An initiative's table: the row label, the four periods, the change over the year (sums to PAGE_WIDTH). */
const RATING_WIDTHS = [1700, 2600, 2600, 2600, 2600, 1580];

function lines(text: string): string[] {
  const all = text.split(/\r?\n/).map((l) => l.trimEnd());
  return all.some((l) => l.trim() !== "") ? all.filter((l) => l.trim() !== "") : [""];
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2): Paragraph {
  return new Paragraph({ heading: level, spacing: { before: 240, after: 80 }, keepNext: true, children: [new TextRun(text)] });
}

function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: label, bold: true }), new TextRun(value ? ` ${value}` : "")] });
}

function prose(text: string, empty = "(nothing written)"): Paragraph[] {
  return text.trim() === "" ? [new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })] : lines(text).map((l) => new Paragraph({ children: [new TextRun(l)] }));
}

/** A bordered table; `widths` in twentieths of a point sum to the page width. */
function table(headers: readonly string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: header ? { fill: "DDEBF7" } : undefined,
      children: lines(text).map((l) => new Paragraph({ children: [new TextRun({ text: l, bold: header, size: 18 })] })),
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, c) => cell(h, true, widths[c])) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, c) => cell(v, false, widths[c])) })),
    ],
  });
}

function reviewPart(m: SummativeModel): Paragraph[] {
  const status = reviewStatusOf(m.review.statusText);
  return [
    heading("Review round"),
    field("Review status:", status ? REVIEW_LABELS[status] : m.review.statusText || REVIEW_LABELS.draft),
    ...REVIEW_STATUSES.map((step) => field(`${REVIEW_STEP_LABELS[step]}:`, m.review.stepTexts[step])),
  ];
}

function initiativePart(m: SummativeModel, ini: SummativeInitiative): (Paragraph | Table)[] {
  const rows = [
    ...SCALE_KEYS.map((key) => [ROW_LABELS[key].rating, ...QPR_PERIODS.map((p) => ini.ratings[key][p]), ini.change[key] ? CHANGE_LABELS[ini.change[key]] : ""]),
    ...SCALE_KEYS.map((key) => [ROW_LABELS[key].evidence, ...QPR_PERIODS.map((p) => ini.evidence[key][p]), ""]),
  ];
  return [
    new Paragraph({ spacing: { before: 160, after: 60 }, keepNext: true, children: [new TextRun({ text: `${ini.ref.o}.${ini.ref.i} ${ini.description}`, bold: true })] }),
    table(["", ...QPR_PERIODS.map((p) => periodHeading(p, m.startYear)), "Change over the year"], rows, RATING_WIDTHS),
    new Paragraph({
      spacing: { before: 60 },
      children: [new TextRun({ text: `${CORRECTIONS_HEADER}: `, bold: true }), new TextRun(ini.corrections.text.trim() || "none")],
    }),
  ];
}

function ratingsPart(m: SummativeModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading("Ratings over the year, by objective and initiative, with the evidence of each period")];
  for (const o of m.objectives) {
    out.push(heading(`Objective ${o.o}: ${o.title}`, HeadingLevel.HEADING_3));
    for (const ini of o.initiatives) out.push(...initiativePart(m, ini));
  }
  if (m.objectives.length === 0) out.push(...prose("", "This plan has no initiatives yet."));
  for (const { ref, kept } of m.orphanCorrections) out.push(field(`${CORRECTIONS_HEADER}, initiative ${ref.o}.${ref.i} (no longer in the plan):`, kept.text));
  return out;
}

function yearPart(m: SummativeModel): (Paragraph | Table)[] {
  const inis = m.objectives.flatMap((o) => o.initiatives);
  const count = (n: number | undefined) => (n === undefined ? "?" : String(n));
  const by = (date: string | undefined) => (date && isIsoDate(date) ? usDate(date) : (date ?? "the year's end"));
  const outcomes = [...m.outcomes, ...m.orphanOutcomes.map((o) => ({ ...o, text: `${o.text} (no longer in the plan)` }))];
  const out: (Paragraph | Table)[] = [
    heading("Activities at the year's end"),
    table(
      ["Initiative", "Activities planned", "Complete", "Overdue at the year's end"],
      inis.map((i) => [`${i.ref.o}.${i.ref.i} ${i.description}`, count(i.activities?.planned), count(i.activities?.complete), count(i.activities?.overdue)]),
      [7680, 2000, 2000, 2000],
    ),
    heading("Final outcomes: the year's results"),
    outcomes.length > 0
      ? table(
          ["Final outcome (the plan's target)", "By", "Result for the year", "Met?"],
          outcomes.map((o) => [o.text, by(o.date), o.result.text, o.met.text]),
          [6000, 1680, 4500, 1500],
        )
      : new Paragraph({ children: [new TextRun({ text: "The plan lists no final outcomes.", italics: true })] }),
    heading("Highlight Discussions held, and the three-month coverage rule"),
    table(
      ["Quarter", "Months", "Discussions held", "Dates", "Every initiative discussed?"],
      m.coverage.map((c) => [
        `${c.period} QPR quarter`,
        `${usDate(c.window.start)} – ${usDate(c.window.end)}`,
        String(c.meetings.length),
        c.meetings.map(usDate).join(", "),
        verdictText(c),
      ]),
      [1800, 2800, 1600, 3480, 4000],
    ),
    heading("Latest self-assessment (AIP rubric)"),
  ];
  const a = m.assessment;
  if (!a) out.push(...prose("", "No self-assessment dated in or before this school year is in the workbook."));
  else {
    out.push(new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `"${a.sheet}", dated ${usDate(a.date)}.`, italics: true })] }));
    out.push(
      table(
        ["Criterion", "Rating"],
        a.ratings.map((r) => [r.criterion, r.rating || "(not rated)"]),
        [9680, 4000],
      ),
    );
  }
  return out;
}

export function summativeDocument(m: SummativeModel): Document {
  const published = reviewStatusOf(m.review.statusText) === "published";
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(`${SUMMATIVE_TITLE}: ${schoolYearLabel(m.startYear)}`)] }),
    field("District:", m.district),
    field("School year:", `${MONTH_NAMES[8]} ${m.startYear} – ${MONTH_NAMES[7]} ${m.startYear + 1}`),
    ...reviewPart(m),
    heading("The year in summary"),
    new Paragraph({ keepNext: true, children: [new TextRun({ text: "Successes", bold: true })] }),
    ...prose(m.narratives.successes.text),
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: "Areas of concern", bold: true })] }),
    ...prose(m.narratives.concerns.text),
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: "Recommendations", bold: true })] }),
    ...prose(m.narratives.recommendations.text),
    ...ratingsPart(m),
    ...yearPart(m),
  ];
  const mark = published ? [] : [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: DRAFT_MARK, bold: true, color: "C00000" })] })];
  const page = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        children: [`${m.district ? `${m.district} · ` : ""}${SUMMATIVE_TITLE} ${schoolYearLabel(m.startYear)} · Page `, PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
      }),
    ],
  });
  return new Document({
    creator: "AIP Planner",
    title: `${SUMMATIVE_TITLE} ${schoolYearLabel(m.startYear)}`,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
        headers: { default: new Header({ children: mark }) },
        footers: { default: new Footer({ children: [page] }) },
        children,
      },
    ],
  });
}

/** The .docx bytes (Node and browsers). */
export async function summativeDocxBytes(m: SummativeModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(summativeDocument(m)));
}

/** The .docx as a Blob, for a download in the pane. */
export function summativeDocxBlob(m: SummativeModel): Promise<Blob> {
  return Packer.toBlob(summativeDocument(m));
}

/** "summative-2026-27.docx" */
export function summativeDocxFileName(m: SummativeModel): string {
  return `summative-${m.startYear}-${String((m.startYear + 1) % 100).padStart(2, "0")}.docx`;
}
