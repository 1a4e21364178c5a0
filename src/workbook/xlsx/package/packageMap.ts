/**
 * The map of an .xlsx package: where its workbook part, its relationships and each sheet live.
 * Read from the package's own relationships, never from fixed file names (LibreOffice, Excel and
 * ExcelJS number their parts differently).
 */
import type JSZip from "jszip";
import { attr, parseRels, relKind, relsPathOf, resolveTarget, startTags, unescapeXml, type Relationship } from "./xmlParts";

export interface SheetEntry {
  name: string;
  /** The relationship kind: worksheet, chartsheet, dialogsheet, xlMacrosheet… */
  kind: string;
  path: string;
  relId: string;
}

export interface PackageMap {
  zip: JSZip;
  rootRels: Relationship[];
  workbookPath: string;
  workbookXml: string;
  workbookRels: Relationship[];
  sheets: SheetEntry[];
  contentTypes: string;
}

export async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

export async function readPackageMap(zip: JSZip): Promise<PackageMap> {
  const rootRels = parseRels(await text(zip, "_rels/.rels"));
  const main = rootRels.find((r) => relKind(r.type) === "officeDocument");
  const workbookPath = main ? resolveTarget("", main.target) : "xl/workbook.xml";
  const workbookXml = (await text(zip, workbookPath)) ?? "";
  const workbookRels = parseRels(await text(zip, relsPathOf(workbookPath)));
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  for (const tag of startTags(workbookXml, "sheet")) {
    const relId = attr(tag, "r:id") ?? "";
    const rel = byId.get(relId);
    if (!rel) continue;
    sheets.push({ name: unescapeXml(attr(tag, "name") ?? ""), kind: relKind(rel.type), path: resolveTarget(workbookPath, rel.target), relId });
  }
  return { zip, rootRels, workbookPath, workbookXml, workbookRels, sheets, contentTypes: (await text(zip, "[Content_Types].xml")) ?? "" };
}

/** Each part's content type, from the package's Override and Default entries. */
export function contentTypeOf(contentTypes: string, part: string): string | undefined {
  for (const tag of startTags(contentTypes, "Override")) {
    if ((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) return attr(tag, "ContentType");
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const tag of startTags(contentTypes, "Default")) {
    if ((attr(tag, "Extension") ?? "").toLowerCase() === ext) return attr(tag, "ContentType");
  }
  return undefined;
}
