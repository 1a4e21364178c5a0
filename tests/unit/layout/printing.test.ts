/** How sheets print (src/layout/printing.ts): Excel's column widths in points, the fit-to-width scale, the shared header and footer. */
import { readFileSync } from "fs";
import * as path from "path";
import { buildWorkbook } from "../../../src/layout/build/buildWorkbook";
import { columnPoints, MIN_PRINT_SCALE, printScale, sheetPrint } from "../../../src/layout/printing";
import { parsePlan } from "../../../src/domain/validate";
import { parseRange } from "../../../src/util/a1";
import { newPlan } from "../../../src/commands/newPlan";
import { qprView } from "../../../src/commands/qprView";
import { summative } from "../../../src/commands/summative";
import type { WorkbookPort } from "../../../src/workbook/port";
import type { SheetSpec } from "../../../src/workbook/spec";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

const sample = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));

test("column widths convert to points as Excel lays out Calibri 11 (the file's 9.140625: Excel's default 8.43 characters, 64 pixels, 48 points)", () => {
  expect(columnPoints(9.140625)).toBe(48);
  expect(columnPoints(10)).toBe(52.5); // 70 pixels
  expect(columnPoints(0)).toBe(0);
});

test("fit to width prints at 100% when the columns fit, smaller when they are wider than the page", () => {
  const cols = (widths: number[]) => widths.map((width, index) => ({ index, width }));
  expect(printScale(cols([20, 20]), 2, "portrait")).toBe(1);
  // 7.5 printable inches portrait (half-inch sides) over 200 characters (1,400 pixels, 1,050 points).
  expect(printScale(cols([100, 100]), 2, "portrait")).toBeCloseTo(540 / 1050, 5);
  expect(printScale(cols([100, 100]), 2, "landscape")).toBeCloseTo(720 / 1050, 5);
  // Columns past `count` (helpers outside the print area) do not shrink the page.
  expect(printScale(cols([20, 20, 500]), 2, "portrait")).toBe(1);
});

test("every sheet shares the header and footer: district, title, tab and Page N of M; long titles are cut", () => {
  const p = sheetPrint({ orientation: "landscape", district: "Riverton & Co", title: "Initiative 1.1: " + "x".repeat(300), titleRows: "12:12" });
  expect(p).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: "12:12", footer: { left: "&[Tab]", right: "Page &[Page] of &[Pages]" } });
  expect(p.header!.left).toBe("Riverton & Co");
  expect(p.header!.center!.length).toBeLessThanOrEqual(100);
  expect(p.header!.center!.endsWith("…")).toBe(true);
  // Each "&" is written twice in the file: the cut counts it so, and the header stays under Excel's 255.
  const ampersands = sheetPrint({ orientation: "portrait", district: "&".repeat(200), title: "R&D ".repeat(60) });
  const written = (t = "") => t.length + (t.match(/&/g)?.length ?? 0);
  expect(written(ampersands.header!.left) + written(ampersands.header!.center)).toBeLessThanOrEqual(200);
  expect(sheetPrint({ orientation: "portrait", title: "Lists" }).header).toEqual({ center: "Lists" });
});

test("a new plan's sheets all print with the district at 8 points or more, their title rows inside the sheet", () => {
  const batch = buildWorkbook(sample, []);
  for (const sheet of batch.sheets) {
    const print = sheet.print!;
    const used = Math.max(...sheet.columns!.map((c) => c.index)) + 1;
    expect({ sheet: sheet.name, district: print.header?.left, legible: printScale(sheet.columns!, used, print.orientation, print.margins) >= MIN_PRINT_SCALE }).toEqual({
      sheet: sheet.name,
      district: sample.district,
      legible: true,
    });
    if (print.titleRows) expect(parseRange(`A${print.titleRows.split(":")[0]}`).start.row).toBeGreaterThan(0);
  }
});

test("the reports built later print like the plan's sheets: the QPR view and the Summative report, district and title, at 8 points or more, helper columns outside the print area", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  const written: SheetSpec[] = [];
  const port: WorkbookPort = {
    listSheets: () => wb.listSheets(),
    snapshot: () => wb.snapshot(),
    select: (s, a) => wb.select(s, a),
    apply: (batch) => (written.push(...batch.sheets), wb.apply(batch)),
  };
  await qprView(port, { period: "Jan" });
  await summative(port, { today: "2027-05-15" });
  const expected: Record<string, { title: string; columns: number }> = {
    "QPR Jan": { title: "Quarterly Progress Report: January", columns: 9 },
    "Summative 2026-27": { title: "Annual Summative Report: SY 2026-27", columns: 8 },
  };
  for (const sheet of written) {
    const print = sheet.print!;
    const { title, columns } = expected[sheet.name];
    expect({ sheet: sheet.name, header: print.header, legible: printScale(sheet.columns!, columns, print.orientation, print.margins) >= MIN_PRINT_SCALE }).toEqual({
      sheet: sheet.name,
      header: { left: sample.district, center: title },
      legible: true,
    });
    expect(print.footer).toEqual({ left: "&[Tab]", right: "Page &[Page] of &[Pages]" });
    if (print.printArea) expect(parseRange(print.printArea).end.col).toBe(columns - 1);
  }
  expect(written.map((s) => s.name)).toEqual(Object.keys(expected));
});
