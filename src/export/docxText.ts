/**
 * Paragraph building blocks shared by the Word documents (minutes, plan, QPR): a person's text
 * split into lines, bullets, "Label: value" fields and headings (real Word headings, so the
 * navigation pane and a screen reader see the document's outline).
 */
import { HeadingLevel, Paragraph, TextRun, type ParagraphChild } from "docx";
import { isIsoDate, usDate } from "../domain/calendar";

/** The non-empty lines of a person's text (one empty line when nothing was written). */
export function lines(text: string): string[] {
  const all = text.split(/\r?\n/).map((l) => l.trimEnd());
  return all.some((l) => l.trim() !== "") ? all.filter((l) => l.trim() !== "") : [""];
}

/** A person's text as paragraphs, one a line. */
export function textParagraphs(text: string, run: { bold?: boolean; italics?: boolean } = {}): Paragraph[] {
  return lines(text).map((l) => new Paragraph({ children: [new TextRun({ text: l, ...run })] }));
}

/** One bullet a line or item (an empty bullet when there is nothing, as the templates show). */
export function bullets(items: string | readonly string[]): Paragraph[] {
  const all = typeof items === "string" ? lines(items) : items.length > 0 ? items.flatMap(lines) : [""];
  return all.map((l) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(l)] }));
}

/** "Label: value" on one line, the label bold. */
export function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: label, bold: true }), new TextRun(value ? ` ${value}` : "")] });
}

/** A bold label followed by runs of its own (e.g. "C. Initiative Number and Description:" and the number). */
export function labelled(label: string, ...rest: ParagraphChild[]): Paragraph {
  return new Paragraph({ keepNext: true, children: [new TextRun({ text: label, bold: true }), ...rest] });
}

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading kept with what follows it; level 1 is a document's title. */
export function heading(text: string, level: 1 | 2 | 3 = 2, options: { center?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: LEVELS[level],
    keepNext: true,
    pageBreakBefore: options.pageBreakBefore,
    alignment: options.center ? "center" : undefined,
    children: [new TextRun(text)],
  });
}

/** A line in italics (a template's note under a heading, or "nothing written yet"). */
export function note(text: string, options: { center?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: options.center ? "center" : undefined, spacing: { after: 120 }, children: [new TextRun({ text, italics: true })] });
}

/** A date as the sheets show it (9/15/2026); text that is not an ISO date as it was typed. */
export function dateText(date: string | undefined): string {
  return date && isIsoDate(date) ? usDate(date) : (date ?? "");
}
