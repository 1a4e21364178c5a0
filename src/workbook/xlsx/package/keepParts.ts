/**
 * ExcelJS drops the package parts it does not model when it saves (charts, pivot tables, slicers,
 * threaded comments, custom XML, docProps/custom.xml where sensitivity labels live, VBA…). This
 * merges its output with the package the workbook was opened from: ExcelJS's parts are taken only
 * for what the command writes (worksheets' cells, styles, shared strings, the workbook part's
 * sheets and defined names); every other part is copied from the original byte for byte, and the
 * references to it (relationships, <drawing>, <pivotCaches>, extension lists…) are grafted back
 * into the parts ExcelJS wrote. What cannot be kept is refused before anything is written
 * (lostParts.ts). docs/safety-files.md lists both.
 */
import JSZip from "jszip";
import { mergeContentTypes } from "./contentTypes";
import { refuseLostParts } from "./lostParts";
import { readPackageMap, text, type PackageMap } from "./packageMap";
import { graftWorkbook, graftWorksheet } from "./graft";
import { parseRels, relKind, relsPathOf, resolveTarget, writeRels, type Relationship } from "./xmlParts";

/** Parts of the workbook part's relationships that ExcelJS writes from its model. */
const WRITTEN_WORKBOOK_RELS = new Set(["worksheet", "styles", "sharedStrings", "theme"]);
/** Dropped on purpose: Excel rebuilds the calculation chain, and a stale one makes it repair the file. */
const DROPPED_WORKBOOK_RELS = new Set(["calcChain"]);
const WRITTEN_ROOT_RELS = new Set(["officeDocument", "core-properties", "extended-properties"]);
/** The one kind of sheet relationship ExcelJS's sheet XML refers to that we take from ExcelJS. */
const WRITTEN_SHEET_RELS = new Set(["hyperlink"]);

/** Relationships of `original` not in `writtenKinds`, given ids after the highest numbered id in `kept`. */
export function renumber(kept: Relationship[], original: Relationship[]): { rels: Relationship[]; renamed: Map<string, string> } {
  let next = Math.max(0, ...kept.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1;
  const taken = new Set(kept.map((r) => r.id));
  const renamed = new Map<string, string>();
  const rels = original.map((r) => {
    let id = `rId${next++}`;
    while (taken.has(id)) id = `rId${next++}`;
    renamed.set(r.id, id);
    return { ...r, id };
  });
  return { rels, renamed };
}

/** Paths of the original's parts that the merged package takes from ExcelJS (or drops). */
function replacedParts(orig: PackageMap): Set<string> {
  const out = new Set(["[Content_Types].xml", "_rels/.rels", orig.workbookPath, relsPathOf(orig.workbookPath)]);
  for (const r of orig.rootRels) if (WRITTEN_ROOT_RELS.has(relKind(r.type))) out.add(resolveTarget("", r.target));
  for (const r of orig.workbookRels) {
    const kind = relKind(r.type);
    if (r.external || !(WRITTEN_WORKBOOK_RELS.has(kind) || DROPPED_WORKBOOK_RELS.has(kind))) continue;
    const part = resolveTarget(orig.workbookPath, r.target);
    out.add(part);
    if (kind === "worksheet") out.add(relsPathOf(part));
  }
  return out;
}

/** The parts of ExcelJS's output that the merged package keeps. */
function writtenParts(written: PackageMap): Set<string> {
  const out = new Set([written.workbookPath]);
  for (const r of written.rootRels) if (WRITTEN_ROOT_RELS.has(relKind(r.type))) out.add(resolveTarget("", r.target));
  for (const r of written.workbookRels) if (WRITTEN_WORKBOOK_RELS.has(relKind(r.type))) out.add(resolveTarget(written.workbookPath, r.target));
  // ExcelJS lists a theme even when the workbook it read had none (LibreOffice writes none).
  return new Set([...out].filter((part) => written.zip.file(part) !== null));
}

async function copy(from: JSZip, to: JSZip, part: string): Promise<void> {
  const data = await from.file(part)!.async("uint8array");
  to.file(part, data);
}

export async function keepUnwrittenParts(originalBytes: Uint8Array, writtenBytes: Uint8Array): Promise<Uint8Array> {
  const orig = await readPackageMap(await JSZip.loadAsync(originalBytes));
  const written = await readPackageMap(await JSZip.loadAsync(writtenBytes));
  refuseLostParts(orig);
  const out = new JSZip();

  const replaced = replacedParts(orig);
  for (const part of Object.keys(orig.zip.files)) {
    if (!orig.zip.files[part].dir && !replaced.has(part)) await copy(orig.zip, out, part);
  }
  for (const part of writtenParts(written)) if (part !== written.workbookPath) await copy(written.zip, out, part);

  // Root relationships: ExcelJS's document properties, and the original's others (custom.xml…).
  const rootKept = written.rootRels.filter((r) => WRITTEN_ROOT_RELS.has(relKind(r.type)));
  const rootExtra = renumber(
    rootKept,
    orig.rootRels.filter((r) => !WRITTEN_ROOT_RELS.has(relKind(r.type))),
  );
  out.file("_rels/.rels", writeRels([...rootKept, ...rootExtra.rels]));

  // The workbook part: ExcelJS's sheets and names, the original's pivot caches, external links…
  const wbKept = written.workbookRels.filter((r) => WRITTEN_WORKBOOK_RELS.has(relKind(r.type)) && written.zip.file(resolveTarget(written.workbookPath, r.target)) !== null);
  const wbExtra = renumber(
    wbKept,
    orig.workbookRels.filter((r) => !WRITTEN_WORKBOOK_RELS.has(relKind(r.type)) && !DROPPED_WORKBOOK_RELS.has(relKind(r.type))),
  );
  out.file(relsPathOf(written.workbookPath), writeRels([...wbKept, ...wbExtra.rels]));
  out.file(written.workbookPath, graftWorkbook(written.workbookXml, orig.workbookXml, wbExtra.renamed));

  for (const sheet of written.sheets) {
    const xml = (await text(written.zip, sheet.path)) ?? "";
    const writtenAll = parseRels(await text(written.zip, relsPathOf(sheet.path)));
    const writtenRels = writtenAll.filter((r) => WRITTEN_SHEET_RELS.has(relKind(r.type)));
    const before = orig.sheets.find((s) => s.name === sheet.name && s.kind === "worksheet");
    const origXml = before ? ((await text(orig.zip, before.path)) ?? "") : undefined;
    const origRels = before ? parseRels(await text(orig.zip, relsPathOf(before.path))).filter((r) => !WRITTEN_SHEET_RELS.has(relKind(r.type))) : [];
    const extra = renumber(
      writtenRels,
      origRels.map((r) => (r.external ? r : { ...r, target: relativeTo(sheet.path, resolveTarget(before!.path, r.target)) })),
    );
    out.file(sheet.path, needsGraft(xml, origXml, origRels, writtenAll.length !== writtenRels.length) ? graftWorksheet(xml, origXml, extra.renamed) : xml);
    const rels = [...writtenRels, ...extra.rels];
    if (rels.length > 0) out.file(relsPathOf(sheet.path), writeRels(rels));
  }

  out.file("[Content_Types].xml", mergeContentTypes(written.contentTypes, orig.contentTypes, orig.workbookPath, written.workbookPath, Object.keys(out.files)));
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * Whether ExcelJS's sheet XML needs grafting: it refers to parts it wrote itself (dropped here), or
 * the original sheet has references, extensions or a VBA code name to keep. Most sheets need
 * nothing, and their XML is taken as ExcelJS wrote it.
 */
function needsGraft(written: string, original: string | undefined, originalRels: Relationship[], droppedOwn: boolean): boolean {
  if (droppedOwn || originalRels.length > 0) return true;
  if (written.includes("<extLst")) return original !== undefined;
  return original !== undefined && (original.includes("extLst>") || original.includes("codeName="));
}

/** A relative Target from `source`'s folder to `part` (both package paths). */
function relativeTo(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}
