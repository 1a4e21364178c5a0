/**
 * [Content_Types].xml for the merged package: ExcelJS's entries for the parts it wrote, the
 * original's for every part kept from it, and the original workbook part's own type (a macro-enabled
 * workbook stays one).
 */
import { contentTypeOf } from "./packageMap";
import { attr, escapeAttr, startTags } from "./xmlParts";

export function mergeContentTypes(written: string, original: string, originalWorkbook: string, writtenWorkbook: string, parts: string[]): string {
  const defaults = new Map<string, string>();
  for (const source of [original, written]) {
    for (const tag of startTags(source, "Default")) defaults.set((attr(tag, "Extension") ?? "").toLowerCase(), attr(tag, "ContentType") ?? "");
  }
  const overrides: string[] = [];
  for (const part of parts) {
    if (part.endsWith("/") || part === "[Content_Types].xml") continue;
    let type: string | undefined;
    if (part === writtenWorkbook) type = contentTypeOf(original, originalWorkbook) ?? contentTypeOf(written, part);
    else type = overrideOf(written, part) ?? overrideOf(original, part);
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    if (type === undefined && !defaults.has(ext)) type = contentTypeOf(original, part) ?? contentTypeOf(written, part);
    if (type !== undefined && type !== defaults.get(ext)) overrides.push(`<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`);
  }
  const defaultTags = [...defaults].map(([ext, type]) => `<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaultTags.join("")}${overrides.join("")}</Types>`
  );
}

function overrideOf(contentTypes: string, part: string): string | undefined {
  for (const tag of startTags(contentTypes, "Override")) {
    if ((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) return attr(tag, "ContentType");
  }
  return undefined;
}
