/**
 * Highlight Discussion Minutes as a Word document in the Appendix F layout (SPEC.md §5.3), built
 * from what the minutes sheet holds now. The pane loads this module with import() so the `docx`
 * library stays out of its main bundle.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { usDate } from "../domain/calendar";
import type { MinutesModel } from "../layout/read/readMinutes";
import { AGENDA_HEADERS, EVIDENCE_HEADERS, MINUTES_GOALS, MINUTES_HEADER_LABELS, MINUTES_INTRO, MINUTES_SECTIONS, MINUTES_TITLE } from "../layout/minutesLabels";

/** Text width of a US Letter page with 1-inch margins, in twentieths of a point. */
const PAGE_WIDTH = 9360;
const FONT = "Calibri";

function lines(text: string): string[] {
  const all = text.split(/\r?\n/).map((l) => l.trimEnd());
  return all.some((l) => l.trim() !== "") ? all.filter((l) => l.trim() !== "") : [""];
}

/** An answer: one bullet a line (an empty bullet when nothing was written, as in the template). */
function answer(text: string): Paragraph[] {
  return lines(text).map((l) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(l)] }));
}

function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: label, bold: true }), new TextRun(value ? ` ${value}` : "")] });
}

function heading(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 240, after: 80 }, keepNext: true, children: [new TextRun({ text, bold: true })] });
}

function table(headers: readonly string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: header ? { fill: "DDEBF7" } : undefined,
      children: lines(text).map((l) => new Paragraph({ children: [new TextRun({ text: l, bold: header })] })),
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, c) => cell(h, true, widths[c])) }),
      ...rows.map((row) => new TableRow({ children: row.map((v, c) => cell(v, false, widths[c])) })),
    ],
  });
}

export function minutesDocument(m: MinutesModel): Document {
  const [district, date, participants, submitted, next] = MINUTES_HEADER_LABELS;
  const [s1, s1a, ...rest] = MINUTES_SECTIONS;
  const discussed = m.discussed.filter((d) => d.discussed).map((d) => d.initiative);
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(MINUTES_TITLE)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: "Suggested Agenda & Template for Meeting Minutes", italics: true })],
    }),
    field(district, m.district),
    field(date, usDate(m.date)),
    field(participants, m.participants),
    field(submitted, m.submittedBy),
    field(next, m.nextDate),
    new Paragraph({ spacing: { before: 240, after: 80 }, children: [new TextRun(MINUTES_INTRO)] }),
    ...MINUTES_GOALS.map((g) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(g)] })),
    heading(s1.text),
    ...answer(m.sections["1"]),
    ...(m.agenda.length > 0
      ? [
          new Paragraph({ spacing: { before: 120, after: 80 }, children: [new TextRun({ text: "From the plan for this month:", italics: true })] }),
          table(AGENDA_HEADERS, m.agenda, [1000, 4560, 2200, 1600]),
        ]
      : []),
    heading(s1a.text),
    table(
      EVIDENCE_HEADERS,
      m.evidence.map((e) => [e.initiative, e.evidence, e.who, e.where]),
      [1000, 4160, 2100, 2100],
    ),
    ...rest.flatMap((s) => [heading(s.text), ...answer(m.sections[s.key])]),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: "Initiatives discussed: ", bold: true }), new TextRun(discussed.length > 0 ? discussed.join(", ") : "none marked on the minutes sheet")],
    }),
  ];
  return new Document({
    creator: "AIP Planner",
    title: `${MINUTES_TITLE} ${m.date}`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children }],
  });
}

/** The .docx bytes (Node and browsers). */
export async function minutesDocxBytes(m: MinutesModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(minutesDocument(m)));
}

/** The .docx as a Blob, for a download in the pane. */
export function minutesDocxBlob(m: MinutesModel): Promise<Blob> {
  return Packer.toBlob(minutesDocument(m));
}
