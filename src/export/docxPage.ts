/**
 * Page setup shared by the Word documents: US Letter, one-inch margins, Calibri 11, heading
 * styles, a running header (with a mark such as "DRAFT FOR FACTUAL REVIEW" on every page when
 * there is one) and "Page N of M" in the footer. Packing to bytes (Node) or a Blob (the pane).
 */
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionOptions } from "docx";

export type Orientation = "portrait" | "landscape";

/** US Letter in twentieths of a point, and one-inch margins. */
const LETTER = { width: 12240, height: 15840 };
const MARGIN = 1440;
const FONT = "Calibri";

/** The width text may use on a page, in twentieths of a point (tables are sized to it). */
export function textWidth(orientation: Orientation): number {
  return (orientation === "landscape" ? LETTER.height : LETTER.width) - 2 * MARGIN;
}

/** What every page of a part of the document carries at the top. */
export interface RunningHeader {
  /** Left: e.g. the district. */
  left: string;
  /** Right: e.g. the document and which part of it ("Strategy sheet: Initiative 1.2"). */
  right: string;
  /** A line above, bold and red on every page (e.g. "DRAFT FOR FACTUAL REVIEW"). */
  mark?: string;
}

function header(h: RunningHeader, orientation: Orientation): Header {
  const children: Paragraph[] = [];
  if (h.mark) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: h.mark, bold: true, color: "C00000", size: 24 })] }));
  }
  children.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
      children: [new TextRun({ text: h.left, size: 18, color: "595959" }), new TextRun({ text: `\t${h.right}`, size: 18, color: "595959" })],
    }),
  );
  return new Header({ children });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 18 })] })],
  });
}

/** One part of a document: its orientation, running header and content; each starts a new page. */
export interface DocPart {
  orientation: Orientation;
  header: RunningHeader;
  children: ISectionOptions["children"];
}

function section(part: DocPart): ISectionOptions {
  return {
    properties: {
      page: {
        size: { ...LETTER, orientation: part.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 720, footer: 720 },
      },
    },
    headers: { default: header(part.header, part.orientation) },
    footers: { default: pageNumberFooter() },
    children: part.children,
  };
}

const heading = (size: number) => ({ run: { font: FONT, size, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 80 } } });

/** A document of one or more parts, numbered "Page N of M" throughout. */
export function wordDocument(title: string, parts: readonly DocPart[]): Document {
  return new Document({
    creator: "AIP Planner",
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        heading1: heading(32),
        heading2: heading(26),
        heading3: heading(22),
      },
    },
    sections: parts.map(section),
  });
}

/** The .docx bytes (Node and browsers). */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The .docx as a Blob, for a download in the pane. */
export function docxBlob(doc: Document): Promise<Blob> {
  return Packer.toBlob(doc);
}
