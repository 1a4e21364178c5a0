/** Charts added to a saved .xlsx (ExcelJS cannot write them): the parts, their ties, and a second run. */
import JSZip from "jszip";
import type { BarChartSpec } from "../../../src/workbook/chartSpec";
import { addCharts } from "../../../src/workbook/xlsx/charts/addCharts";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

async function book(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  const data = wb.book.addWorksheet("Data & more");
  data.addRows([
    ["District", "Low", "High"],
    ["North <1>", 1, 3],
    ["South", 2, 0],
  ]);
  wb.book.addWorksheet("Chart");
  return wb.toBuffer();
}

function spec(over: Partial<BarChartSpec> = {}): BarChartSpec {
  return {
    id: "levels",
    sheet: "Chart",
    from: { col: 0, row: 2 },
    to: { col: 8, row: 20 },
    title: "Levels & more",
    direction: "bar",
    grouping: "stacked",
    categories: { ref: "'Data & more'!$A$2:$A$3", cache: ["North <1>", "South"] },
    series: [
      { name: "Low", ref: "'Data & more'!$B$2:$B$3", cache: [1, 2], color: "D9534F" },
      { name: "High", ref: "'Data & more'!$C$2:$C$3", cache: [3, 0], color: "38761D" },
    ],
    valueTitle: "Initiatives",
    ...over,
  };
}

const text = async (zip: JSZip, part: string) => (await zip.file(part)?.async("string")) ?? "";

test("a chart part, a drawing on the sheet, and the relationships and content types that tie them", async () => {
  const zip = await JSZip.loadAsync(await addCharts(await book(), [spec()]));
  const chart = await text(zip, "xl/charts/chart1.xml");
  expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  expect(chart).toContain("<c:f>'Data &amp; more'!$B$2:$B$3</c:f>");
  expect(chart).toContain('<c:pt idx="0"><c:v>North &lt;1&gt;</c:v></c:pt>');
  expect(chart).toContain("<a:t>Levels &amp; more</a:t>");
  expect(chart.match(/<c:ser>/g)).toHaveLength(2);

  const sheet = await text(zip, "xl/worksheets/sheet2.xml");
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
  expect(drawingId).toBeDefined();
  expect(sheet.indexOf("<drawing")).toBeLessThan(sheet.indexOf("</worksheet>"));
  expect(await text(zip, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
    `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
  );
  const drawing = await text(zip, "xl/drawings/drawing1.xml");
  expect(drawing).toContain('name="AIP chart: levels"');
  expect(drawing).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
  expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
  const types = await text(zip, "[Content_Types].xml");
  expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  // The data sheet is untouched.
  expect(await text(zip, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
});

test("run again, the chart of the same id is replaced, not added twice; another id is added beside it", async () => {
  const once = await addCharts(await book(), [spec()]);
  const twice = await JSZip.loadAsync(await addCharts(once, [spec({ title: "Second" }), spec({ id: "other", title: "Other", direction: "col", grouping: "clustered" })]));
  const charts = Object.keys(twice.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(2);
  const drawing = await text(twice, "xl/drawings/drawing1.xml");
  expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
  expect(drawing.match(/name="AIP chart: levels"/g)).toHaveLength(1);
  const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(2);
  const bodies = await Promise.all(charts.map((c) => text(twice, c)));
  expect(bodies.some((b) => b.includes("<a:t>Second</a:t>"))).toBe(true);
  expect(bodies.some((b) => b.includes("<a:t>Levels &amp; more</a:t>"))).toBe(false);
  const sheet = await text(twice, "xl/worksheets/sheet2.xml");
  expect(sheet.match(/<drawing /g)).toHaveLength(1);
  const types = await text(twice, "[Content_Types].xml");
  for (const c of charts) expect(types).toContain(`PartName="/${c}"`);
  expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(2);
});

test("someone else's picture or chart in the sheet's drawing stays", async () => {
  const zip = await JSZip.loadAsync(await addCharts(await book(), [spec()]));
  const drawing = await text(zip, "xl/drawings/drawing1.xml");
  const theirs = `<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="7" name="My note"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;
  zip.file("xl/drawings/drawing1.xml", drawing.replace("</xdr:wsDr>", `${theirs}</xdr:wsDr>`));
  const again = await JSZip.loadAsync(await addCharts(await zip.generateAsync({ type: "uint8array" }), [spec()]));
  const after = await text(again, "xl/drawings/drawing1.xml");
  expect(after).toContain('name="My note"');
  expect(after.match(/name="AIP chart: levels"/g)).toHaveLength(1);
  expect(after).toMatch(/<xdr:cNvPr id="8" name="AIP chart: levels"/);
});

test("ExcelJS still opens the file, and an unknown sheet is a clear error", async () => {
  const data = await addCharts(await book(), [spec()]);
  const wb = await XlsxWorkbook.fromBuffer(data);
  expect(await wb.listSheets()).toEqual(["Data & more", "Chart"]);
  await expect(addCharts(data, [spec({ sheet: "Nowhere" })])).rejects.toThrow('Cannot add a chart to the sheet "Nowhere": the workbook has no such sheet.');
});
