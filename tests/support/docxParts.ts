/** Test helpers: a .docx's parts (body, headers, footers) as XML, and as text with one space between runs. */
import JSZip from "jszip";

export interface DocxParts {
  document: string;
  headers: string[];
  footers: string[];
}

export async function docxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async("string");
  const named = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => re.test(n))
        .sort()
        .map(read),
    );
  return { document: await read("word/document.xml"), headers: await named(/^word\/header\d+\.xml$/), footers: await named(/^word\/footer\d+\.xml$/) };
}

/** The text of some XML: paragraphs end in a new line, runs and cells are joined without tags. */
export function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The body's text with runs of white space as one space. */
export function flatText(xml: string): string {
  return textOf(xml).replace(/\s+/g, " ");
}
