/**
 * Parts people's workbooks carry that ExcelJS does not model, added to an .xlsx package as Excel
 * writes them: a chart in a drawing, a pivot table with its cache, a sensitivity label in
 * docProps/custom.xml, a VBA project (.xlsm), threaded comments, sparklines and a cross-sheet
 * data validation in a sheet's extension list. Each helper returns the new package's bytes.
 */
import JSZip from "jszip";
import { readPackageMap, type PackageMap } from "../../src/workbook/xlsx/package/packageMap";
import { relsPathOf, resolveTarget } from "../../src/workbook/xlsx/package/xmlParts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

async function load(bytes: Uint8Array): Promise<{ zip: JSZip; map: PackageMap }> {
  const zip = await JSZip.loadAsync(bytes);
  return { zip, map: await readPackageMap(zip) };
}

function sheetPath(map: PackageMap, sheet: string): string {
  const entry = map.sheets.find((s) => s.name === sheet);
  if (!entry) throw new Error(`no sheet "${sheet}" (sheets: ${map.sheets.map((s) => s.name).join(", ")})`);
  return entry.path;
}

async function addRel(zip: JSZip, source: string, type: string, target: string, id: string): Promise<void> {
  const path = source === "" ? "_rels/.rels" : relsPathOf(source);
  const xml = (await zip.file(path)?.async("string")) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}"></Relationships>`;
  zip.file(path, xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

async function addOverride(zip: JSZip, part: string, type: string): Promise<void> {
  const xml = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

/** Inserts `fragment` into a sheet's XML before the first of `before` present (else before </worksheet>). */
async function insertInSheet(zip: JSZip, part: string, fragment: string, before: string[]): Promise<void> {
  const xml = await zip.file(part)!.async("string");
  for (const name of before) {
    const at = xml.search(new RegExp(`<${name}[\\s>/]`));
    if (at >= 0) {
      zip.file(part, xml.slice(0, at) + fragment + xml.slice(at));
      return;
    }
  }
  zip.file(part, xml.replace("</worksheet>", `${fragment}</worksheet>`));
}

const done = (zip: JSZip) => zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });

/** A clustered bar chart of `range` (e.g. "'My data'!$B$2:$B$4") anchored on `sheet`. */
export async function withChart(bytes: Uint8Array, sheet: string, range: string): Promise<Uint8Array> {
  const { zip, map } = await load(bytes);
  const part = sheetPath(map, sheet);
  zip.file(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Ratings by quarter</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${range}</c:f></c:numRef></c:val></c:ser><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  await addRel(zip, "xl/drawings/drawing1.xml", `${REL}/chart`, "../charts/chart1.xml", "rId1");
  await addRel(zip, part, `${REL}/drawing`, "../drawings/drawing1.xml", "rIdChart1");
  await insertInSheet(zip, part, `<drawing xmlns:r="${REL}" r:id="rIdChart1"/>`, ["legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "tableParts", "extLst"]);
  await addOverride(zip, "xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  await addOverride(zip, "xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  return done(zip);
}

/** A pivot table on `sheet` at E3 over `source` (a sheet with a header row "Objective","Rating" and two data rows in A1:B3). */
export async function withPivotTable(bytes: Uint8Array, sheet: string, source: string): Promise<Uint8Array> {
  const { zip, map } = await load(bytes);
  const part = sheetPath(map, sheet);
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="${source}"/></cacheSource><cacheFields count="2"><cacheField name="Objective" numFmtId="0"><sharedItems count="2"><s v="One"/><s v="Two"/></sharedItems></cacheField><cacheField name="Rating" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="2" maxValue="3"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><r><x v="0"/><n v="2"/></r><r><x v="1"/><n v="3"/></r></pivotCacheRecords>`,
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Ratings pivot" cacheId="7" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1"><location ref="E3:F6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Rating" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  await addRel(zip, "xl/pivotCache/pivotCacheDefinition1.xml", `${REL}/pivotCacheRecords`, "pivotCacheRecords1.xml", "rId1");
  await addRel(zip, "xl/pivotTables/pivotTable1.xml", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml", "rId1");
  await addRel(zip, part, `${REL}/pivotTable`, "../pivotTables/pivotTable1.xml", "rIdPivot1");
  await addRel(zip, map.workbookPath, `${REL}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml", "rIdCache7");
  const wb = await zip.file(map.workbookPath)!.async("string");
  const caches = `<pivotCaches><pivotCache cacheId="7" r:id="rIdCache7"/></pivotCaches>`;
  const at = wb.search(/<(smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s>/]/);
  zip.file(map.workbookPath, at >= 0 ? wb.slice(0, at) + caches + wb.slice(at) : wb.replace(/<\/workbook>\s*$/, `${caches}</workbook>`));
  await addOverride(zip, "xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml");
  await addOverride(zip, "xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml");
  await addOverride(zip, "xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
  return done(zip);
}

/** The label Microsoft Purview writes into docProps/custom.xml ("Confidential - Student Data"). */
export const LABEL_ID = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";

export async function withSensitivityLabel(bytes: Uint8Array): Promise<Uint8Array> {
  const { zip } = await load(bytes);
  const prop = (pid: number, name: string, value: string) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
  const base = `MSIP_Label_${LABEL_ID}`;
  zip.file(
    "docProps/custom.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      prop(2, `${base}_Enabled`, "true") +
      prop(3, `${base}_SetDate`, "2026-09-01T14:02:11Z") +
      prop(4, `${base}_Method`, "Privileged") +
      prop(5, `${base}_Name`, "Confidential - Student Data") +
      prop(6, `${base}_SiteId`, "0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5") +
      prop(7, `${base}_ContentBits`, "0") +
      `</Properties>`,
  );
  await addRel(zip, "", `${REL}/custom-properties`, "docProps/custom.xml", "rIdLabel1");
  await addOverride(zip, "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
  return done(zip);
}

/** Bytes standing for a VBA project (a compound file in real life; kept byte for byte either way). */
export const VBA_BYTES = new Uint8Array(Array.from({ length: 1536 }, (_, i) => (i * 37 + 11) % 256));

/** The package as an .xlsm: a VBA project and the macro-enabled workbook content type. */
export async function asMacroEnabled(bytes: Uint8Array): Promise<Uint8Array> {
  const { zip, map } = await load(bytes);
  zip.file("xl/vbaProject.bin", VBA_BYTES);
  await addRel(zip, map.workbookPath, "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin", "rIdVba1");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  types = types.replace("</Types>", `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`);
  zip.file("[Content_Types].xml", types);
  const wb = await zip.file(map.workbookPath)!.async("string");
  zip.file(map.workbookPath, wb.replace(/<workbookPr([\s/>])/, `<workbookPr codeName="ThisWorkbook"$1`));
  return done(zip);
}

/** Sparklines of B2:D2 in E2, and a list validation in A2 drawn from another sheet (Excel writes both as x14 extensions). */
export async function withSheetExtensions(bytes: Uint8Array, sheet: string, listSheet: string): Promise<Uint8Array> {
  const { zip, map } = await load(bytes);
  const part = sheetPath(map, sheet);
  const ext =
    `<extLst>` +
    `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>'${listSheet}'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>A2</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'${sheet}'!B2:D2</xm:f><xm:sqref>E2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>` +
    `</extLst>`;
  await insertInSheet(zip, part, ext, []);
  return done(zip);
}

/** A threaded comment on `cell` of `sheet`, with its person list and the legacy note Excel writes beside it. */
export async function withThreadedComment(bytes: Uint8Array, sheet: string, cell: string): Promise<Uint8Array> {
  const { zip, map } = await load(bytes);
  const part = sheetPath(map, sheet);
  const personId = "{6E1F1C8B-2A3D-4F5E-8B9C-0D1E2F3A4B5C}";
  zip.file(
    "xl/persons/person.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Dana Reyes" id="${personId}" userId="dana@district.example" providerId="AD"/></personList>`,
  );
  zip.file(
    "xl/threadedComments/threadedComment1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="${cell}" dT="2026-10-02T15:04:05.00" personId="${personId}" id="{1A2B3C4D-5E6F-4A1B-9C2D-3E4F5A6B7C8D}"><text>Can we get the January numbers in here?</text></threadedComment></ThreadedComments>`,
  );
  await addRel(zip, map.workbookPath, "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml", "rIdPerson1");
  await addRel(zip, part, "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml", "rIdThread1");
  await addOverride(zip, "xl/persons/person.xml", "application/vnd.ms-excel.person+xml");
  await addOverride(zip, "xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml");
  return done(zip);
}

/** The decompressed bytes of every part, by path. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) out.set(path, Buffer.from(await file.async("uint8array")));
  return out;
}

/** The parts a relationship of `kind` from `source` points at, resolved to package paths. */
export async function relTargets(bytes: Uint8Array, source: string, kind: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file(source === "" ? "_rels/.rels" : relsPathOf(source))?.async("string")) ?? "";
  const out: string[] = [];
  for (const m of xml.matchAll(/<Relationship [^>]*>/g)) {
    const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (type.endsWith(`/${kind}`)) out.push(resolveTarget(source, /Target="([^"]*)"/.exec(m[0])?.[1] ?? ""));
  }
  return out;
}

export async function mapOf(bytes: Uint8Array): Promise<PackageMap> {
  return (await load(bytes)).map;
}
