/**
 * Files people own: every command that saves keeps the parts of the workbook it does not write
 * (a chart on a sheet it rebuilds, a pivot table, a sensitivity label, sparklines, another sheet's
 * data validation, threaded comments, VBA in an .xlsm) byte for byte and still referenced; what it
 * cannot keep (a chart sheet) is refused with exit 2 before anything is written.
 * docs/safety-files.md lists both.
 */
import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { rollUp } from "../../src/commands/rollUp";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { runAip, tempFolderEachTest } from "../cli/runAip";
import {
  asMacroEnabled,
  LABEL_ID,
  mapOf,
  partsOf,
  relTargets,
  VBA_BYTES,
  withChart,
  withPivotTable,
  withSensitivityLabel,
  withSheetExtensions,
  withThreadedComment,
} from "../support/packageParts";

const SAMPLE = join(__dirname, "../../examples/sample-plan.json");
const dir = tempFolderEachTest("aip-kept-");

/** An AIP workbook with a Summary and a sheet of the person's own, as the CLI saves it. */
async function planBook(): Promise<Uint8Array> {
  const made = await runAip(dir(), ["new", SAMPLE, "-o", "base.xlsx"]);
  expect(made.code).toBe(0);
  const wb = await XlsxWorkbook.fromBuffer(await fs.readFile(join(dir(), "base.xlsx")));
  await rollUp(wb);
  await wb.apply({
    sheets: [
      {
        name: "My data",
        create: true,
        blocks: [
          {
            at: "A1",
            cells: [
              ["Objective", "Rating", "Q2", "Q3"],
              ["One", 2, 3, 4],
              ["Two", 3, 2, 1],
            ],
          },
        ],
      },
    ],
    names: [],
  });
  return wb.toBuffer();
}

async function peoplesParts(bytes: Uint8Array): Promise<Uint8Array> {
  let out = await withChart(bytes, "Summary", "'My data'!$B$2:$B$3");
  out = await withPivotTable(out, "My data", "My data");
  out = await withSensitivityLabel(out);
  out = await withSheetExtensions(out, "My data", "Lists");
  out = await withThreadedComment(out, "Plan", "D4");
  return out;
}

const ADDED = [
  "xl/charts/chart1.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "docProps/custom.xml",
  "xl/persons/person.xml",
  "xl/threadedComments/threadedComment1.xml",
];

/** The Summary's drawing and its relationships: kept, with the roll-up's charts added beside the person's. */
const SUMMARY_DRAWING = ["xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"];

async function sheetXml(bytes: Uint8Array, sheet: string): Promise<{ path: string; xml: string }> {
  const map = await mapOf(bytes);
  const path = map.sheets.find((s) => s.name === sheet)!.path;
  return { path, xml: await (await JSZip.loadAsync(bytes)).file(path)!.async("string") };
}

/** Every added part is there byte for byte, and each is still reachable through the package's relationships. */
async function expectKept(before: Uint8Array, after: Uint8Array): Promise<void> {
  const was = await partsOf(before);
  const now = await partsOf(after);
  for (const part of ADDED.filter((p) => !SUMMARY_DRAWING.includes(p))) {
    expect({ part, kept: now.get(part)?.equals(was.get(part)!) }).toEqual({ part, kept: true });
  }
  // The Summary's drawing also anchors the roll-up's own charts: the person's anchor and relationships are in it as they were.
  const text = (parts: Map<string, Buffer>, part: string) => parts.get(part)?.toString("utf8") ?? "";
  const [drawingPart, rels] = SUMMARY_DRAWING;
  for (const anchor of text(was, drawingPart).match(/<xdr:(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)>/g) ?? [
    "(none)",
  ]) {
    expect(text(now, drawingPart)).toContain(anchor);
  }
  for (const rel of text(was, rels).match(/<Relationship\b[^>]*>/g) ?? ["(none)"]) expect(text(now, rels)).toContain(rel);
  const map = await mapOf(after);
  expect(await relTargets(after, "", "custom-properties")).toEqual(["docProps/custom.xml"]);
  expect(await relTargets(after, map.workbookPath, "pivotCacheDefinition")).toEqual(["xl/pivotCache/pivotCacheDefinition1.xml"]);
  expect(await relTargets(after, map.workbookPath, "person")).toEqual(["xl/persons/person.xml"]);

  const summary = await sheetXml(after, "Summary");
  const [drawing] = await relTargets(after, summary.path, "drawing");
  expect(drawing).toBe("xl/drawings/drawing1.xml");
  const drawingId = /<drawing [^>]*r:id="([^"]+)"/.exec(summary.xml)?.[1];
  const summaryRels = await (await JSZip.loadAsync(after)).file(summary.path.replace(/([^/]+)$/, "_rels/$1.rels"))!.async("string");
  expect(summaryRels).toContain(`Id="${drawingId}"`);

  const mine = await sheetXml(after, "My data");
  expect(await relTargets(after, mine.path, "pivotTable")).toEqual(["xl/pivotTables/pivotTable1.xml"]);
  expect(mine.xml).toContain("x14:sparklineGroups");
  expect(mine.xml).toContain("<xm:f>'Lists'!$A$1:$A$3</xm:f>");
  const plan = await sheetXml(after, "Plan");
  expect(await relTargets(after, plan.path, "threadedComment")).toEqual(["xl/threadedComments/threadedComment1.xml"]);

  const types = await (await JSZip.loadAsync(after)).file("[Content_Types].xml")!.async("string");
  for (const part of ADDED.filter((p) => !p.endsWith(".rels"))) expect(types).toContain(`PartName="/${part}"`);
}

test("every command that saves keeps a chart, a pivot table, a sensitivity label, sparklines, validations and threaded comments", async () => {
  const original = await peoplesParts(await planBook());
  const book = join(dir(), "plan.xlsx");
  await fs.writeFile(book, original);
  const sample = JSON.parse(await fs.readFile(SAMPLE, "utf8")) as { objectives: { initiatives: unknown[] }[] };
  await fs.writeFile(join(dir(), "initiative.json"), JSON.stringify(sample.objectives[0].initiatives[0]));
  const runs = [
    ["rollup", "plan.xlsx"],
    ["qpr", "plan.xlsx", "--period", "Jan"],
    ["refresh", "plan.xlsx"],
    ["minutes", "plan.xlsx", "--date", "2026-10-14"],
    ["assess", "plan.xlsx", "--date", "2026-10-01"],
    ["repair", "plan.xlsx"],
    ["add-initiative", "plan.xlsx", "--objective", "1", "--from", "initiative.json"],
  ];
  for (const argv of runs) {
    const run = await runAip(dir(), argv);
    expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: "" });
    await expectKept(original, await fs.readFile(book));
  }
  const label = (await partsOf(await fs.readFile(book))).get("docProps/custom.xml")!.toString("utf8");
  expect(label).toContain(`MSIP_Label_${LABEL_ID}_Name`);
  // The saved file is still a workbook aip (and ExcelJS) reads.
  const exported = await runAip(dir(), ["export", "plan.xlsx"]);
  expect(exported.code).toBe(0);
});

test("an .xlsm keeps its VBA project and stays macro-enabled", async () => {
  const original = await asMacroEnabled(await planBook());
  const book = join(dir(), "plan.xlsm");
  await fs.writeFile(book, original);
  const run = await runAip(dir(), ["rollup", "plan.xlsm"]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  const saved = await fs.readFile(book);
  const parts = await partsOf(saved);
  expect(parts.get("xl/vbaProject.bin")?.equals(Buffer.from(VBA_BYTES))).toBe(true);
  const map = await mapOf(saved);
  expect(await relTargets(saved, map.workbookPath, "vbaProject")).toEqual(["xl/vbaProject.bin"]);
  const types = parts.get("[Content_Types].xml")!.toString("utf8");
  expect(types).toContain(`PartName="/${map.workbookPath}" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"`);
  expect(map.workbookXml).toContain('codeName="ThisWorkbook"');
});

test("a chart sheet, which cannot be kept, is refused with exit 2 before anything is written", async () => {
  const zip = await JSZip.loadAsync(await planBook());
  const map = await mapOf(await zip.generateAsync({ type: "uint8array" }));
  zip.file(
    "xl/chartsheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
  );
  const rels = map.workbookPath.replace(/([^/]+)$/, "_rels/$1.rels");
  zip.file(
    rels,
    (await zip.file(rels)!.async("string")).replace(
      "</Relationships>",
      `<Relationship Id="rIdCs1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    ),
  );
  zip.file(map.workbookPath, map.workbookXml.replace("</sheets>", `<sheet name="Trend chart" sheetId="99" r:id="rIdCs1"/></sheets>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>`),
  );
  const bytes = await zip.generateAsync({ type: "uint8array" });
  await fs.writeFile(join(dir(), "plan.xlsx"), bytes);
  const run = await runAip(dir(), ["rollup", "plan.xlsx"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/chart sheet "Trend chart" \(xl\/chartsheets\/sheet1\.xml\) cannot be kept.*Run the command in Excel/s);
  expect(Buffer.compare(await fs.readFile(join(dir(), "plan.xlsx")), Buffer.from(bytes))).toBe(0);
});
