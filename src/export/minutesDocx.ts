/**
 * Highlight Discussion Minutes as a Word document in the Appendix F layout (SPEC.md §5.3), built
 * from what the minutes sheet holds now. The pane loads this module with import() so the `docx`
 * library stays out of its main bundle.
 */
import { Paragraph, TextRun } from "docx";
import { usDate } from "../domain/calendar";
import type { MinutesModel } from "../layout/read/readMinutes";
import { AGENDA_HEADERS, EVIDENCE_HEADERS, MINUTES_GOALS, MINUTES_HEADER_LABELS, MINUTES_INTRO, MINUTES_SECTIONS, MINUTES_TITLE } from "../layout/minutesLabels";
import { docxBlob, docxBytes, wordDocument } from "./docxPage";
import { gridTable } from "./docxTable";
import { bullets, field, heading, note } from "./docxText";

export function minutesDocument(m: MinutesModel) {
  const [district, date, participants, submitted, next] = MINUTES_HEADER_LABELS;
  const [s1, s1a, ...rest] = MINUTES_SECTIONS;
  const discussed = m.discussed.filter((d) => d.discussed).map((d) => d.initiative);
  const children = [
    heading(MINUTES_TITLE, 1, { center: true }),
    note("Suggested Agenda & Template for Meeting Minutes", { center: true }),
    field(district, m.district),
    field(date, usDate(m.date)),
    field(participants, m.participants),
    field(submitted, m.submittedBy),
    field(next, m.nextDate),
    new Paragraph({ spacing: { before: 240, after: 80 }, children: [new TextRun(MINUTES_INTRO)] }),
    ...bullets(MINUTES_GOALS),
    heading(s1.text, 3),
    ...bullets(m.sections["1"]),
    ...(m.agenda.length > 0 ? [note("From the plan for this month:"), gridTable(AGENDA_HEADERS, m.agenda, [1200, 4360, 2200, 1600])] : []),
    heading(s1a.text, 3),
    gridTable(
      EVIDENCE_HEADERS,
      m.evidence.map((e) => [e.initiative, e.evidence, e.who, e.where]),
      [1200, 3960, 2100, 2100],
    ),
    ...rest.flatMap((s) => [heading(s.text, 3), ...bullets(m.sections[s.key])]),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: "Initiatives discussed: ", bold: true }), new TextRun(discussed.length > 0 ? discussed.join(", ") : "none marked on the minutes sheet")],
    }),
  ];
  return wordDocument(`${MINUTES_TITLE} ${m.date}`, [{ orientation: "portrait", header: { left: m.district, right: `${MINUTES_TITLE}, ${usDate(m.date)}` }, children }]);
}

/** The .docx bytes (Node and browsers). */
export function minutesDocxBytes(m: MinutesModel): Promise<Uint8Array> {
  return docxBytes(minutesDocument(m));
}

/** The .docx as a Blob, for a download in the pane. */
export function minutesDocxBlob(m: MinutesModel): Promise<Blob> {
  return docxBlob(minutesDocument(m));
}
