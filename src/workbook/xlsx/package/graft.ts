/**
 * Grafting the original's references back into the workbook and sheet XML that ExcelJS wrote:
 * the elements that point at kept parts (<drawing>, <legacyDrawing>, <tableParts>, <pivotCaches>…)
 * and the extension lists ExcelJS does not model (sparklines, other sheets' data validations,
 * slicers), each in the place the schema requires (ECMA-376 Part 1, CT_Worksheet and CT_Workbook).
 */
import { attr, localName, namespaceDeclarations, parseRoot, renameRelIds, startTags, withAttr, type Child } from "./xmlParts";

const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Sheet elements that refer to parts the command never writes: always the original's. */
const SHEET_REFERENCES = new Set(["customProperties", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "tableParts"]);
/** Workbook elements ExcelJS does not write. */
const WORKBOOK_REFERENCES = new Set(["externalReferences", "pivotCaches", "fileRecoveryPr"]);

interface Piece {
  name: string;
  text: string;
}

/** The schema name of a child; an mc:AlternateContent takes the name of the element it wraps (Excel wraps <controls> so). */
function schemaName(child: Piece, order: string[]): string {
  if (localName(child.name) !== "AlternateContent") return child.name;
  const inner = /<(?:[\w.-]+:)?(\w+)[\s>/]/g;
  for (let m = inner.exec(child.text.slice(1)); m; m = inner.exec(child.text.slice(1))) if (order.includes(m[1])) return m[1];
  return child.name;
}

/** The root start tag of `written` with the original's namespace declarations and ignorable prefixes it lacks. */
function mergedRootTag(written: string, original: string): string {
  let tag = written;
  const have = namespaceDeclarations(written);
  for (const [name, uri] of namespaceDeclarations(original)) if (!have.has(name)) tag = withAttr(tag, name, uri);
  const ignorable = new Set([...(attr(written, "mc:Ignorable") ?? "").split(/\s+/), ...(attr(original, "mc:Ignorable") ?? "").split(/\s+/)].filter(Boolean));
  if (ignorable.size > 0 && namespaceDeclarations(tag).has("xmlns:mc")) tag = withAttr(tag, "mc:Ignorable", [...ignorable].join(" "));
  return tag;
}

/** An extension list with ExcelJS's extensions and the original's that ExcelJS did not write (by uri). */
function mergedExtLst(written: Child | undefined, original: Child | undefined, renamed: Map<string, string>): Piece | undefined {
  if (!original) return written;
  const own = written ? parseRoot(written.text) : undefined;
  const theirs = parseRoot(original.text);
  const uris = new Set((own?.children ?? []).map((e) => attr(e.text, "uri")));
  const kept = theirs.children.filter((e) => !uris.has(attr(e.text, "uri"))).map((e) => renameRelIds(e.text, renamed));
  if (!own && kept.length === 0) return undefined;
  const base = own ?? theirs;
  const qname = /^<([\w.:-]+)/.exec(base.tag)![1];
  const opening = base.tag.endsWith("/>") ? base.tag.replace(/\s*\/>$/, ">") : base.tag;
  return { name: "extLst", text: `${opening}${(own?.children ?? []).map((e) => e.text).join("")}${kept.join("")}</${qname}>` };
}

function rebuild(xml: string, rootTag: string, pieces: Piece[], order: string[]): string {
  const root = parseRoot(xml);
  let last = 0;
  const ranked = pieces.map((p, i) => {
    const at = order.indexOf(schemaName(p, order));
    if (at >= 0) last = at;
    return { p, rank: at >= 0 ? at : last, i };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const body = ranked.map((r) => r.p.text).join("");
  const open = rootTag.endsWith("/>") ? rootTag.replace(/\s*\/>$/, ">") : rootTag;
  const close = root.closeStart === root.tagStart ? `</${/^<([\w.:-]+)/.exec(rootTag)![1]}>` : xml.slice(root.closeStart);
  return `${xml.slice(0, root.tagStart)}${open}${body}${close}`;
}

/** Sets `name` on the first `local` element of `pieces` from the original's, if the original had it. */
function keepAttribute(pieces: Piece[], original: Child[], local: string, name: string, renamed?: Map<string, string>): void {
  const theirs = original.find((c) => c.name === local);
  const value = theirs ? attr(startTags(theirs.text, local)[0] ?? "", name) : undefined;
  const mine = pieces.findIndex((p) => p.name === local);
  if (value === undefined || mine < 0) return;
  const tag = startTags(pieces[mine].text, local)[0];
  if (!tag || attr(tag, name) !== undefined) return;
  const kept = renamed?.get(value) ?? value;
  pieces[mine] = { ...pieces[mine], text: pieces[mine].text.replace(tag, withAttr(tag, name, kept)) };
}

/** ExcelJS's sheet XML with the original sheet's drawings, comments, tables, controls and extensions. */
export function graftWorksheet(written: string, original: string | undefined, renamed: Map<string, string>): string {
  const mine = parseRoot(written);
  const pieces: Piece[] = mine.children.filter((c) => !SHEET_REFERENCES.has(schemaName(c, WORKSHEET_ORDER)) && c.name !== "extLst");
  if (original === undefined) {
    const ext = mine.children.find((c) => c.name === "extLst");
    return rebuild(written, mine.tag, ext ? [...pieces, ext] : pieces, WORKSHEET_ORDER);
  }
  const theirs = parseRoot(original);
  for (const c of theirs.children) {
    if (SHEET_REFERENCES.has(schemaName(c, WORKSHEET_ORDER))) pieces.push({ name: c.name, text: renameRelIds(c.text, renamed) });
  }
  const ext = mergedExtLst(
    mine.children.find((c) => c.name === "extLst"),
    theirs.children.find((c) => c.name === "extLst"),
    renamed,
  );
  if (ext) pieces.push(ext);
  keepAttribute(pieces, theirs.children, "sheetPr", "codeName");
  keepAttribute(pieces, theirs.children, "pageSetup", "r:id", renamed);
  return rebuild(written, mergedRootTag(mine.tag, theirs.tag), pieces, WORKSHEET_ORDER);
}

/** ExcelJS's workbook XML with the original's pivot caches, external links, VBA code name and extensions. */
export function graftWorkbook(written: string, original: string, renamed: Map<string, string>): string {
  const mine = parseRoot(written);
  const theirs = parseRoot(original);
  const pieces: Piece[] = mine.children.filter((c) => c.name !== "extLst");
  const have = new Set(pieces.map((p) => p.name));
  for (const c of theirs.children) {
    if (WORKBOOK_REFERENCES.has(c.name) && !have.has(c.name)) pieces.push({ name: c.name, text: renameRelIds(c.text, renamed) });
  }
  const ext = mergedExtLst(
    mine.children.find((c) => c.name === "extLst"),
    theirs.children.find((c) => c.name === "extLst"),
    renamed,
  );
  if (ext) pieces.push(ext);
  keepAttribute(pieces, theirs.children, "workbookPr", "codeName");
  return rebuild(written, mergedRootTag(mine.tag, theirs.tag), pieces, WORKBOOK_ORDER);
}
