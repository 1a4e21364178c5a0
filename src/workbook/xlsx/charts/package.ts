/**
 * Reading and editing the parts of an .xlsx package (a zip of XML parts, ECMA-376 Part 2 "Open
 * Packaging Conventions") that charts need: a sheet's part, relationships, content types.
 * String-level edits on the XML Excel, LibreOffice and ExcelJS write; nothing else is rewritten.
 */
import type JSZip from "jszip";
import { WorkbookError } from "../../port";

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: "../drawings/drawing1.xml" from xl/worksheets → "xl/drawings/drawing1.xml". */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await readPart(zip, relsPath(part));
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attribute(m[0], "Id") ?? "",
    type: attribute(m[0], "Type") ?? "",
    target: attribute(m[0], "Target") ?? "",
  }));
}

export function writeRels(zip: JSZip, part: string, rels: Relationship[]): void {
  const body = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`).join("");
  zip.file(
    relsPath(part),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`,
  );
}

/** An Id no relationship of the part uses yet. */
export function freeRelId(rels: Relationship[]): string {
  let k = rels.length + 1;
  while (rels.some((r) => r.id === `rId${k}`)) k++;
  return `rId${k}`;
}

/** The first unused part name "xl/charts/chart{n}.xml". */
export function freePartName(zip: JSZip, folder: string, stem: string): string {
  let k = 1;
  while (zip.file(`${folder}/${stem}${k}.xml`)) k++;
  return `${folder}/${stem}${k}.xml`;
}

/** The worksheet part of the tab called `sheet` (as Excel matches names: ignoring case). */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await readPart(zip, "xl/workbook.xml")) ?? "";
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => (attribute(t, "name") ?? "").toLowerCase() === sheet.toLowerCase());
  const id = tag && /\sr:id="([^"]*)"/.exec(tag)?.[1];
  const rel = id ? (await readRels(zip, "xl/workbook.xml")).find((r) => r.id === id) : undefined;
  if (!rel) throw new WorkbookError(`Cannot add a chart to the sheet "${sheet}": the workbook has no such sheet.`);
  return resolveTarget("xl/workbook.xml", rel.target);
}

export async function setContentType(zip: JSZip, part: string, type: string | undefined): Promise<void> {
  let xml = (await readPart(zip, "[Content_Types].xml")) ?? "";
  const name = `/${part}`;
  xml = xml.replace(new RegExp(`<Override\\b[^>]*PartName="${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`, "g"), "");
  if (type) xml = xml.replace("</Types>", `<Override PartName="${name}" ContentType="${type}"/></Types>`);
  zip.file("[Content_Types].xml", xml);
}
