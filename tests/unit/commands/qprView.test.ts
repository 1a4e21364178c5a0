/**
 * The QPR view on odd workbooks: a deleted strategy sheet, a workbook made before the Rated by /
 * Date rated cells, a plan with no initiatives, no plan at all. The view still builds, says what
 * it could not read, and never writes a formula that would show #REF! or #NAME?.
 */
import { newPlan } from "../../../src/commands/newPlan";
import { qprView } from "../../../src/commands/qprView";
import { initiativeNames, qprNames } from "../../../src/layout/names";
import { readQprReview } from "../../../src/layout/read/reviewRound";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { dumpXlsx } from "../../support/dumpXlsx";
import { generatePlan } from "../../support/generatePlan";

/** The same workbook seen through a snapshot that has been changed (a sheet gone, names missing). */
function seenAs(port: WorkbookPort, change: (snap: WorkbookSnapshot) => WorkbookSnapshot): WorkbookPort {
  return { listSheets: () => port.listSheets(), apply: (b) => port.apply(b), select: (s, r) => port.select(s, r), snapshot: async () => change(await port.snapshot()) };
}

function qprCells(wb: XlsxWorkbook, sheet: string) {
  const s = dumpXlsx(wb).sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return Object.values(s.cells);
}

test("a deleted strategy sheet: that initiative is left out with a problem, the others are listed", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(2, 2));
  const gone = (await wb.snapshot()).names[initiativeNames({ o: 1, i: 2 }).description].sheet;
  const port = seenAs(wb, (snap) => ({ ...snap, sheets: snap.sheets.filter((s) => s !== gone) }));
  const r = await qprView(port, { period: "Jan" });
  expect(r.initiatives).toBe(3);
  expect(r.problems).toEqual([{ where: "AIP.O1.I2.*", message: expect.stringContaining("Initiative 1.2 was left out of the QPR view: its strategy sheet is gone") }]);
  const formulas = qprCells(wb, "QPR Jan").map((c) => c.formula ?? "");
  expect(formulas.some((f) => f.includes("AIP.O1.I2."))).toBe(false);
  expect(formulas.some((f) => f.includes("AIP.O1.I1.Process.Jan"))).toBe(true);
});

test("a workbook without Rated by / Date rated names, or with a rating name missing: blank or marked cells, no broken formulas", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(1, 1));
  const missing = initiativeNames({ o: 1, i: 1 }).rating("Performance", "Sep");
  const port = seenAs(wb, (snap) => ({
    ...snap,
    names: Object.fromEntries(Object.entries(snap.names).filter(([n]) => !/\.Rated(By|On)\./.test(n) && n !== missing)),
  }));
  await qprView(port, { period: "Sep" });
  const cells = qprCells(wb, "QPR Sep");
  expect(cells.map((c) => c.value)).toContain(`(missing: ${missing})`);
  const formulas = cells.map((c) => c.formula ?? "");
  expect(formulas.some((f) => /RatedBy|RatedOn/.test(f))).toBe(false);
  expect(formulas.some((f) => f.includes(missing))).toBe(false);
});

test("a plan with no initiatives gets a view that says so; a workbook with no plan is refused by name", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, { ...generatePlan(1, 1), objectives: [] });
  const r = await qprView(wb, { period: "Mar" });
  expect(r.initiatives).toBe(0);
  expect(qprCells(wb, "QPR Mar").map((c) => c.value)).toContain("This plan has no initiatives yet: add them, then rebuild this view.");
  expect((await wb.snapshot()).names[qprNames("Mar").overall].sheet).toBe("QPR Mar");

  const blank = XlsxWorkbook.create();
  await blank.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  await expect(qprView(blank, { period: "Mar" })).rejects.toBeInstanceOf(WorkbookError);
  expect(await blank.listSheets()).toEqual(["Sheet1"]);
});

test("a QPR tab renamed to other capitals is updated under its own name, not duplicated", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(1, 1));
  await wb.apply({
    sheets: [{ name: "qpr jun", create: true, blocks: [{ at: "A1", cells: [["old"]] }] }],
    names: [{ name: qprNames("Jun").area, sheet: "qpr jun", range: "A1:H40" }],
  });
  const r = await qprView(wb, { period: "Jun" });
  expect(r.sheet).toBe("qpr jun");
  expect((await wb.listSheets()).filter((s) => s.toLowerCase() === "qpr jun")).toEqual(["qpr jun"]);
  expect(qprCells(wb, "qpr jun").map((c) => c.value)).not.toContain("old");
});

test("a tab of a person's own called like the view (none of the view's names point at it) is refused, not written over", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(1, 1));
  await wb.apply({ sheets: [{ name: "QPR Jun", create: true, blocks: [{ at: "A1", cells: [["my own notes"]] }] }], names: [] });
  await expect(qprView(wb, { period: "Jun" })).rejects.toThrow(/the sheet "QPR Jun" is not the add-in's QPR view .*AIP\.QPR\.Jun\.Area.*Rename that sheet/);
  expect(qprCells(wb, "QPR Jun").map((c) => c.value)).toEqual(["my own notes"]);
});

test("a view built before the review round (area A:H) with a person's text in column I is not rebuilt over it; without text it is", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(1, 2));
  await qprView(wb, { period: "Jun" });
  const q = qprNames("Jun");
  const area = (await wb.snapshot()).names[q.area];
  const lastRow = Number(/\d+$/.exec(area.range)![0]);
  // As an older add-in left it: the area ends at column H.
  await wb.apply({ sheets: [], names: [{ name: q.area, sheet: area.sheet, range: `A1:H${lastRow}` }] });
  const ws = wb.book.getWorksheet(area.sheet)!;
  for (let r = 1; r <= lastRow; r++) ws.getCell(`I${r}`).value = null; // nothing of the add-in's in column I then
  ws.getCell("I40").value = "my own note";
  await expect(qprView(wb, { period: "Jun" })).rejects.toThrow(/column I of "QPR Jun", and I40 there hold text of your own/);
  expect(ws.getCell("I40").value).toBe("my own note");
  expect((await wb.snapshot()).names[q.area].range).toBe(`A1:H${lastRow}`);
  ws.getCell("I40").value = null;
  await qprView(wb, { period: "Jun" });
  expect((await wb.snapshot()).names[q.area].range).toMatch(/^A1:I\d+$/);
});

test("corrections typed for an initiative that is gone are kept in their own section; an unknown status reads as a draft, reported", async () => {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, generatePlan(1, 2));
  await qprView(wb, { period: "Jan" });
  const q = qprNames("Jan");
  const snap = await wb.snapshot();
  for (const [name, value] of [
    [q.review.corrections({ o: 1, i: 2 }), "+Figures are for October."],
    [q.review.status, "Final"],
  ]) {
    const read = snap.names[name];
    wb.book.getWorksheet(read.sheet)!.getCell(read.range).value = value;
  }
  const gone = snap.names[initiativeNames({ o: 1, i: 2 }).description].sheet;
  await qprView(
    seenAs(wb, (s) => ({ ...s, sheets: s.sheets.filter((x) => x !== gone) })),
    { period: "Jan" },
  );
  const cells = qprCells(wb, "QPR Jan");
  expect(cells.map((c) => c.value)).toContain("Factual corrections kept from initiatives no longer in the plan");
  expect(cells.map((c) => c.value)).toContain("+Figures are for October.");
  const review = readQprReview(await wb.snapshot(), "Jan");
  expect(review.status).toBe("draft");
  expect(review.problems).toEqual([{ where: q.review.status, message: expect.stringContaining('The review status "Final" is not one of Draft, In factual review, Published') }]);
  expect(review.corrections).toEqual([{ ref: { o: 1, i: 2 }, number: "1.2", text: "+Figures are for October." }]);
});
