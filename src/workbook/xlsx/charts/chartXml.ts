/**
 * A bar or column chart as a DrawingML chart part (ECMA-376 Part 1, §21.2 "chart"), the XML Excel
 * and LibreOffice read. ExcelJS cannot write charts, so the add-in writes this part itself (see
 * addCharts.ts). Each series references cells on a sheet and carries a cache of their values, so a
 * viewer that does not recalculate (a preview, a converter) still draws the bars.
 * Elements are written in the schema's order: Excel refuses a chart whose children are out of order.
 */
import type { BarChartSpec, ChartSeries } from "../../chartSpec";

/** Characters XML 1.0 cannot hold: dropped from chart text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(s: string): string {
  return s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NS = `xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
/** Every chart text but the title, in hundredths of a point: 11 pt, the sheets' own size, so a page scaled to fit stays legible. */
export const TEXT_SIZE = 1100;
const CAT_AXIS = 500001;
const VAL_AXIS = 500002;

function rich(text: string, size: number, bold: boolean): string {
  const b = bold ? ` b="1"` : ` b="0"`;
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}"${b}/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, k) => `<c:pt idx="${k}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numCache(values: number[]): string {
  const points = values.map((v, k) => (Number.isFinite(v) ? `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function series(s: ChartSeries, k: number, categories: BarChartSpec["categories"]): string {
  return (
    `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${xmlText(categories.ref)}</c:f>${strCache(categories.cache)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(s.ref)}</c:f>${numCache(s.cache)}</c:numRef></c:val></c:ser>`
  );
}

/** Whole-number steps while the longest bar is short; beyond that the viewer picks the steps. */
function majorUnit(spec: BarChartSpec): string {
  const totals = spec.categories.cache.map((_, k) => spec.series.reduce((sum, s) => sum + (Number.isFinite(s.cache[k]) ? s.cache[k] : 0), 0));
  const longest = spec.grouping === "stacked" ? Math.max(0, ...totals) : Math.max(0, ...spec.series.flatMap((s) => s.cache.filter(Number.isFinite)));
  return longest <= 10 ? `<c:majorUnit val="1"/>` : "";
}

function axes(spec: BarChartSpec): string {
  const horizontal = spec.direction === "bar";
  // Bars: the first category at the top (maxMin), the value axis then crosses at the bottom ("max").
  const catPos = horizontal ? "l" : "b";
  const valPos = horizontal ? "b" : "l";
  const valTitle = spec.valueTitle ? `<c:title>${rich(spec.valueTitle, TEXT_SIZE, false)}<c:overlay val="0"/></c:title>` : "";
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>${valTitle}` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/>${majorUnit(spec)}</c:valAx>`
  );
}

/** The chart part's XML. */
export function barChartXml(spec: BarChartSpec): string {
  const overlap = spec.grouping === "stacked" ? `<c:overlap val="100"/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${rich(spec.title, 1400, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${spec.direction}"/><c:grouping val="${spec.grouping}"/><c:varyColors val="0"/>` +
    spec.series.map((s, k) => series(s, k, spec.categories)).join("") +
    `<c:gapWidth val="60"/>${overlap}<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>${axes(spec)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TEXT_SIZE}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr></c:chartSpace>`
  );
}
