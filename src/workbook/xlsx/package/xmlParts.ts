/**
 * Just enough XML for grafting parts of an Office Open XML package: the top-level children of a
 * part's root element (with their source text, so kept fragments stay byte for byte), attribute
 * reads, relationship files and content types. Parts here are machine-written (Excel, ExcelJS,
 * LibreOffice), so a tag scanner that respects quoted attribute values, comments, CDATA and
 * processing instructions is enough; no DTDs are involved in OOXML.
 */

/** One top-level child of the root element: its local name and its exact source text. */
export interface Child {
  name: string;
  start: number;
  end: number;
  text: string;
}

/** The root element's start tag and its children, in document order. */
export interface RootElement {
  /** Offset and text of the root start tag (`<worksheet …>`). */
  tagStart: number;
  tagEnd: number;
  tag: string;
  /** Offset of the root's closing tag. */
  closeStart: number;
  children: Child[];
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;

export function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Splits a part into its root start tag and top-level children. */
export function parseRoot(xml: string): RootElement {
  let depth = 0;
  let root: RootElement | undefined;
  let open: { name: string; start: number } | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue; // comment, CDATA, PI
    const [whole, closing, qname, , selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 1 && open && root) {
        root.children.push({ name: open.name, start: open.start, end: m.index + whole.length, text: xml.slice(open.start, m.index + whole.length) });
        open = undefined;
      } else if (depth === 0 && root) {
        root.closeStart = m.index;
        return root;
      }
      continue;
    }
    if (depth === 0) {
      root = { tagStart: m.index, tagEnd: m.index + whole.length, tag: whole, closeStart: -1, children: [] };
      if (selfClosing) return { ...root, closeStart: m.index };
      depth = 1;
      continue;
    }
    if (depth === 1) {
      if (selfClosing) root!.children.push({ name: localName(qname), start: m.index, end: m.index + whole.length, text: whole });
      else open = { name: localName(qname), start: m.index };
    }
    if (!selfClosing) depth++;
  }
  throw new Error("the XML part has no complete root element");
}

/** An attribute of a start tag (by qualified name), unescaped only of nothing: values are compared raw. */
export function attr(tag: string, qname: string): string | undefined {
  const m = new RegExp(`\\s${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Every start tag of an element with this local name anywhere in the text. */
export function startTags(xml: string, local: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s+[^\\s=>/]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*/?>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[0]);
  return out;
}

/** The `xmlns…` declarations of a start tag, by attribute name (`xmlns:x14` → its URI). */
export function namespaceDeclarations(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s(xmlns(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out.set(m[1], m[2] ?? m[3]);
  return out;
}

/** Adds (or replaces) an attribute on a start tag. */
export function withAttr(tag: string, qname: string, value: string): string {
  const escaped = qname.replace(/[.:]/g, "\\$&");
  const existing = new RegExp(`\\s${escaped}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, ` ${qname}="${value}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${qname}="${value}"$1>`);
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** One relationship of a `.rels` part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The whole `<Relationship …/>` element as written, kept when the relationship is kept. */
  text: string;
  external: boolean;
}

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return startTags(xml, "Relationship").map((text) => ({
    id: attr(text, "Id") ?? "",
    type: attr(text, "Type") ?? "",
    target: unescapeXml(attr(text, "Target") ?? ""),
    text: text.endsWith("/>") ? text : text.replace(/>$/, "/>"),
    external: attr(text, "TargetMode") === "External",
  }));
}

export function writeRels(rels: Relationship[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => withAttr(withAttr(r.text, "Id", r.id), "Target", escapeAttr(r.target))).join("")}</Relationships>`
  );
}

/** The last segment of a relationship type URI ("…/relationships/worksheet" → "worksheet"). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** Where a part's relationships live: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a package path (no leading slash), resolved against its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/")).split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/**
 * Renames relationship ids inside a kept fragment: any `prefix:id`, `prefix:embed`, `prefix:link`
 * or `prefix:pict` attribute (the relationship attributes of SpreadsheetML and DrawingML) whose
 * value is a renamed id.
 */
export function renameRelIds(fragment: string, renamed: Map<string, string>): string {
  if (renamed.size === 0) return fragment;
  return fragment.replace(/(\s[\w.-]+:(?:id|embed|link|pict)\s*=\s*")([^"]*)(")/g, (whole, before: string, id: string, after: string) =>
    renamed.has(id) ? `${before}${renamed.get(id)}${after}` : whole,
  );
}
