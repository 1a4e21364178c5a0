/**
 * Adds charts to a saved .xlsx (ExcelJS cannot write them): for each chart, a chart part, an anchor
 * in the sheet's drawing (a new drawing part when the sheet has none) and the relationships and
 * content types that tie them together. Run again, it replaces the add-in's charts of the same id
 * (their anchors are named "AIP chart: <id>") and leaves every other drawing, picture or chart on
 * the sheet as it is.
 */
import JSZip from "jszip";
import type { BarChartSpec } from "../../chartSpec";
import { barChartXml, xmlText } from "./chartXml";
import { CONTENT_TYPE, freePartName, freeRelId, readPart, readRels, REL, resolveTarget, setContentType, sheetPart, writeRels, type Relationship } from "./package";

export type { BarChartSpec, ChartSeries } from "../../chartSpec";

const ANCHOR_PREFIX = "AIP chart: ";
const DRAWING_NS = `xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`;
/** Elements that follow <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function anchorXml(spec: BarChartSpec, id: number, relId: string): string {
  const at = (p: { col: number; row: number }) => `<xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(spec.from)}</xdr:from><xdr:to>${at(spec.to)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlText(ANCHOR_PREFIX + spec.id)}" descr="${xmlText(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The sheet's drawing part, creating an empty one (and the sheet's <drawing> element) when it has none. */
async function drawingOf(zip: JSZip, sheet: string): Promise<string> {
  const part = await sheetPart(zip, sheet);
  const rels = await readRels(zip, part);
  let xml = (await readPart(zip, part)) ?? "";
  const ref = /<drawing\b[^>]*\sr:id="([^"]*)"/.exec(xml)?.[1];
  const existing = ref ? rels.find((r) => r.id === ref && r.type === REL.drawing) : undefined;
  if (existing) return resolveTarget(part, existing.target);

  const drawing = freePartName(zip, "xl/drawings", "drawing");
  zip.file(drawing, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}></xdr:wsDr>`);
  await setContentType(zip, drawing, CONTENT_TYPE.drawing);
  const id = freeRelId(rels);
  writeRels(zip, part, [...rels, { id, type: REL.drawing, target: `../drawings/${drawing.split("/").pop()}` }]);
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
  const element = `<drawing r:id="${id}"/>`;
  const next = AFTER_DRAWING.map((tag) => xml.search(new RegExp(`<${tag}\\b`))).filter((k) => k >= 0);
  const at = next.length > 0 ? Math.min(...next) : xml.lastIndexOf("</worksheet>");
  zip.file(part, xml.slice(0, at) + element + xml.slice(at));
  return drawing;
}

/** Removes the add-in's anchors of these ids, their chart parts and relationships; returns what is left. */
async function removeCharts(zip: JSZip, drawing: string, xml: string, rels: Relationship[], ids: Set<string>): Promise<{ xml: string; rels: Relationship[] }> {
  const drop = new Set<string>();
  const kept = xml.replace(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g, (anchor) => {
    const name = /<xdr:cNvPr\b[^>]*\sname="([^"]*)"/.exec(anchor)?.[1];
    if (!name?.startsWith(ANCHOR_PREFIX) || !ids.has(name.slice(ANCHOR_PREFIX.length))) return anchor;
    const rel = /<c:chart\b[^>]*\sr:id="([^"]*)"/.exec(anchor)?.[1];
    if (rel) drop.add(rel);
    return "";
  });
  for (const rel of rels.filter((r) => drop.has(r.id))) {
    const chart = resolveTarget(drawing, rel.target);
    zip.remove(chart);
    zip.remove(chart.replace(/([^/]+)$/, "_rels/$1.rels"));
    await setContentType(zip, chart, undefined);
  }
  return { xml: kept, rels: rels.filter((r) => !drop.has(r.id)) };
}

/** Adds (or replaces) charts on their sheets of the .xlsx in `data`; returns the new file's bytes. */
export async function addCharts(data: Uint8Array, charts: BarChartSpec[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const bySheet = new Map<string, BarChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, specs] of bySheet) {
    const drawing = await drawingOf(zip, sheet);
    const current = await removeCharts(zip, drawing, (await readPart(zip, drawing)) ?? "", await readRels(zip, drawing), new Set(specs.map((s) => s.id)));
    let { xml } = current;
    const rels = [...current.rels];
    let nextId = Math.max(1, ...[...xml.matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const anchors: string[] = [];
    for (const spec of specs) {
      const chart = freePartName(zip, "xl/charts", "chart");
      zip.file(chart, barChartXml(spec));
      await setContentType(zip, chart, CONTENT_TYPE.chart);
      const relId = freeRelId(rels);
      rels.push({ id: relId, type: REL.chart, target: `../charts/${chart.split("/").pop()}` });
      anchors.push(anchorXml(spec, nextId++, relId));
    }
    // An empty drawing may be written <xdr:wsDr …/>: open it up first.
    xml = xml.replace(/<xdr:wsDr\b([^>]*?)\/>\s*$/, "<xdr:wsDr$1></xdr:wsDr>").replace(/<\/xdr:wsDr>\s*$/, `${anchors.join("")}</xdr:wsDr>`);
    zip.file(drawing, xml);
    writeRels(zip, drawing, rels);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
