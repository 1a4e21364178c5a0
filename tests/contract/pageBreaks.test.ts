/**
 * Contract: manual page breaks (PrintSetup.breaksBefore) land alike through both adapters: the rows
 * the saved .xlsx breaks above (its <rowBreaks>) are the rows the in-memory Excel's
 * horizontalPageBreaks hold; a rewrite replaces the old breaks rather than adding to them; and the
 * Summary and the Rubric carry theirs.
 */
import JSZip from "jszip";
import { assess } from "../../src/commands/assess";
import { newPlan } from "../../src/commands/newPlan";
import { rollUp } from "../../src/commands/rollUp";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import type { SheetSpec } from "../../src/workbook/spec";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { generatePlan } from "../support/generatePlan";
import { both, pair } from "./support";

/** The 0-based rows a saved sheet's manual breaks start (a brk's id is the 1-based row above it). */
async function savedBreaks(wb: XlsxWorkbook, sheet: string): Promise<number[]> {
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const rid = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
  const breaks = /<rowBreaks[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(xml)?.[1] ?? "";
  return [...breaks.matchAll(/<brk [^>]*id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
}

const printed = (breaksBefore: number[]): SheetSpec => ({
  name: "Printed",
  create: false,
  blocks: [{ at: "A1", cells: Array.from({ length: 40 }, (_, i) => [`row ${i + 1}`]) }],
  print: { orientation: "portrait", fitToWidth: true, breaksBefore },
});

test("the same breaks on both adapters, and a rewrite replaces them", async () => {
  const p = await pair();
  await both(p, (port) => port.apply({ sheets: [{ name: "Printed", create: true, blocks: [] }], names: [] }));
  await both(p, (port) => port.apply({ sheets: [printed([20, 5, 20])], names: [] }));
  expect(p.fake.rowBreaks("Printed")).toEqual([5, 20]);
  expect(await savedBreaks(p.xlsx, "Printed")).toEqual([5, 20]);

  await both(p, (port) => port.apply({ sheets: [printed([8])], names: [] }));
  expect(p.fake.rowBreaks("Printed")).toEqual([8]);
  expect(await savedBreaks(p.xlsx, "Printed")).toEqual([8]);
});

test("a break above the first row is refused by both adapters alike, naming the sheet", async () => {
  const p = await pair();
  await both(p, (port) => port.apply({ sheets: [{ name: "Printed", create: true, blocks: [] }], names: [] }));
  const bad = { sheets: [printed([0])], names: [] };
  const message = /Sheet "Printed": a page break before row index 0/;
  await expect(p.xlsx.apply(bad)).rejects.toThrow(message);
  await expect(p.office.apply(bad)).rejects.toThrow(message);
  expect(p.fake.dump().sheets.find((s) => s.name === "Printed")!.cells).toEqual({}); // refused before anything is written
});

test("the Summary and the Rubric carry the same breaks through both adapters, rolled up twice", async () => {
  const p = await pair();
  await both(p, (port) => newPlan(port, generatePlan(2, 2, 3)));
  for (const today of ["2026-03-02", "2026-06-02"]) {
    await both(p, (port) => rollUp(port, { today }));
    const office = p.fake.rowBreaks(SUMMARY_SHEET);
    expect(office).toHaveLength(1);
    expect(await savedBreaks(p.xlsx, SUMMARY_SHEET)).toEqual(office);
  }
  const { xlsx } = await both(p, (port) => assess(port, { date: "2026-10-01" }));
  const office = p.fake.rowBreaks(xlsx.sheet);
  expect(office).toHaveLength(1);
  expect(await savedBreaks(p.xlsx, xlsx.sheet)).toEqual(office);
});
