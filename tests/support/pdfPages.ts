/**
 * What a printed PDF holds, page by page: the text (poppler's pdftotext) and the smallest and
 * largest font size drawn. LibreOffice's PDF export writes each text run's size, already scaled by
 * fit to width, as the operand of "Tf" in the page's (Flate-compressed) content stream, and moves
 * the text with "Td" only; a page whose content scales text any other way ("Tm" or "cm" with a
 * scale) is refused rather than misread.
 */
import { execFile } from "child_process";
import { readFileSync } from "fs";
import { inflateSync } from "zlib";

export interface PrintedPage {
  /** 1-based page number in the file. */
  page: number;
  text: string;
  minFont: number;
  maxFont: number;
}

/** Every "N 0 obj … endobj" of the file, by object number (the last definition wins, as in an updated PDF). */
function objects(pdf: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  const latin = pdf.toString("latin1");
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(latin))) {
    const end = latin.indexOf("endobj", m.index);
    out.set(Number(m[1]), pdf.subarray(m.index, end < 0 ? pdf.length : end));
  }
  return out;
}

function streamOf(obj: Buffer): Buffer {
  const latin = obj.toString("latin1");
  const start = /stream\r?\n/.exec(latin);
  if (!start) throw new Error("pdfPages: a page's content is not a stream");
  const body = obj.subarray(start.index + start[0].length, latin.lastIndexOf("endstream"));
  return /\/FlateDecode/.test(latin.slice(0, start.index)) ? inflateSync(body) : body;
}

/** The page objects in reading order (the page tree's Kids, depth first). */
function pageOrder(objs: Map<number, Buffer>, root: number): number[] {
  const dict = objs.get(root)!.toString("latin1");
  if (!/\/Type\s*\/Pages\b/.test(dict)) return [root];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)![1];
  return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => pageOrder(objs, Number(k[1])));
}

function fontSizes(content: string, page: number): number[] {
  // A scaled text matrix or transform would change the printed size: not what LibreOffice writes.
  for (const m of content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) -?[\d.]+ -?[\d.]+ (Tm|cm)\b/g)) {
    const scale = Math.hypot(Number(m[3]), Number(m[4]));
    if (Math.abs(scale - 1) > 1e-3 && /BT/.test(content)) throw new Error(`pdfPages: page ${page} scales its text with ${m[5]}; font sizes cannot be read from Tf alone`);
  }
  return [...content.matchAll(/\/F\d+\s+([\d.]+)\s+Tf/g)].map((m) => Number(m[1]));
}

function pageText(file: string, page: number): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile("pdftotext", ["-layout", "-f", String(page), "-l", String(page), file, "-"], { timeout: 60_000 }, (error, stdout) =>
      error ? reject(new Error(`pdftotext (Debian's poppler-utils) could not read ${file}: ${error.message}`)) : resolve(stdout),
    ),
  );
}

export async function printedPages(file: string): Promise<PrintedPage[]> {
  const pdf = readFileSync(file);
  const objs = objects(pdf);
  const rootRef = /\/Root\s+(\d+) 0 R/.exec(pdf.toString("latin1"));
  const catalog = objs.get(Number(rootRef![1]))!.toString("latin1");
  const order = pageOrder(objs, Number(/\/Pages\s+(\d+) 0 R/.exec(catalog)![1]));
  const out: PrintedPage[] = [];
  for (const [k, id] of order.entries()) {
    const dict = objs.get(id)!.toString("latin1");
    const refs = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)![1];
    const content = [...refs.matchAll(/(\d+) 0 R/g)].map((r) => streamOf(objs.get(Number(r[1]))!).toString("latin1")).join("\n");
    const sizes = fontSizes(content, k + 1);
    out.push({ page: k + 1, text: await pageText(file, k + 1), minFont: Math.min(...sizes), maxFont: Math.max(...sizes) });
  }
  return out;
}
