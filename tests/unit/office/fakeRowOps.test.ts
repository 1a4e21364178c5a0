/** A person's grid edits on the in-memory Excel: everything that refers to a cell follows it, as in Excel. */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { shiftFormula, shiftRect } from "../../fakes/excel/shiftRefs";

/** Plan!B2:B4 named Body, a merge, a dropdown, and formulas on this and another sheet pointing at them. */
async function workbook(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  fake.addSheet("Plan");
  fake.addSheet("Other");
  for (const [i, v] of ["one", "two", "three"].entries()) fake.setValue("Plan", `B${i + 2}`, v);
  fake.setFormula("Plan", "D2", "=SUM(B2:B4)&$B$3");
  fake.setFormula("Other", "A1", '=Plan!B3&"B3 stays"&Body');
  fake.mergeCells("Plan", "C5:D5");
  await fake.run(async (context) => {
    context.workbook.names.add("Body", "=Plan!$B$2:$B$4");
    context.workbook.names.add("Cell", "=Plan!$B$3");
    context.workbook.worksheets.getItem("Plan").getRange("B3").dataValidation.rule = { list: { inCellDropDown: true, source: "=Body" } };
    await context.sync();
  });
  return fake;
}

describe("references follow their cells", () => {
  test("rectangles grow when rows go in inside them, move when above, shrink or break when deleted", () => {
    const r = { top: 2, bottom: 5, left: 1, right: 2 };
    expect(shiftRect(r, { kind: "insert", at: 3, count: 2 })).toEqual({ ...r, bottom: 7 });
    expect(shiftRect(r, { kind: "insert", at: 2, count: 1 })).toEqual({ ...r, top: 3, bottom: 6 });
    expect(shiftRect(r, { kind: "insert", at: 6, count: 1 })).toEqual(r);
    expect(shiftRect(r, { kind: "delete", at: 0, count: 3 })).toEqual({ ...r, top: 0, bottom: 2 });
    expect(shiftRect(r, { kind: "delete", at: 2, count: 4 })).toBeNull();
    expect(shiftRect(r, { kind: "move", from: { top: 0, bottom: 9, left: 0, right: 3 }, rows: 10, cols: 1 })).toEqual({ top: 12, bottom: 15, left: 2, right: 3 });
    expect(shiftRect(r, { kind: "move", from: { top: 0, bottom: 3, left: 0, right: 3 }, rows: 10, cols: 0 })).toEqual(r);
  });

  test("formulas: only references to the edited sheet move; names, functions and quoted text do not", () => {
    const insert = { kind: "insert", at: 2, count: 2 } as const;
    expect(shiftFormula('=SUM(B2:B4)+$C$3+AIP.O1.I1.Lead+LOG10(5)&"B3"', "Plan", "Plan", insert)).toBe('=SUM(B2:B6)+$C$5+AIP.O1.I1.Lead+LOG10(5)&"B3"');
    expect(shiftFormula("='Sept-Dec'!A3+Plan!A3+A3", "Other", "Sept-Dec", insert)).toBe("='Sept-Dec'!A5+Plan!A3+A3");
    expect(shiftFormula("=Plan!B3+1", "Other", "Plan", { kind: "delete", at: 2, count: 1 })).toBe("=Plan!#REF!+1");
  });

  test("inserting rows inside a named table grows the name; cells, merges, dropdowns and formulas move", async () => {
    const fake = await workbook();
    fake.insertRows("Plan", 3, 2);
    const d = fake.dump();
    expect(d.names).toMatchObject({ Body: "'Plan'!$B$2:$B$6", Cell: "'Plan'!$B$5" });
    const plan = d.sheets.find((s) => s.name === "Plan")!;
    expect(plan.cells).toMatchObject({ B2: { value: "one" }, B5: { value: "two" }, B6: { value: "three" }, D2: { formula: "=SUM(B2:B6)&$B$5" } });
    expect(plan.cells.B3).toBeUndefined();
    expect(plan.merges).toEqual(["C7:D7"]);
    expect(plan.validations).toEqual({ B5: "=Body" });
    expect(fake.getCell("Other", "A1").formula).toBe('=Plan!B5&"B3 stays"&Body');
  });

  test("deleting the rows of a name turns it into #REF!, as in the formulas", async () => {
    const fake = await workbook();
    fake.deleteRows("Plan", 3, 1);
    const d = fake.dump();
    expect(d.names).toMatchObject({ Body: "'Plan'!$B$2:$B$3", Cell: "#REF!" });
    expect(fake.getCell("Other", "A1").formula).toBe('=Plan!#REF!&"B3 stays"&Body');
    expect(d.sheets[0].validations).toEqual({});
    expect(d.sheets[0].merges).toEqual(["C4:D4"]);
  });

  test("cutting a block and pasting it elsewhere takes along the names and references wholly inside it", async () => {
    const fake = await workbook();
    fake.setValue("Plan", "F12", "written over");
    fake.moveRange("Plan", "B2:B4", 9, 4);
    const d = fake.dump();
    expect(d.names).toMatchObject({ Body: "'Plan'!$F$11:$F$13", Cell: "'Plan'!$F$12" });
    expect(d.sheets[0].cells).toMatchObject({ F11: { value: "one" }, F12: { value: "two" }, D2: { formula: "=SUM(F11:F13)&$F$12" } });
    expect(d.sheets[0].cells.B2).toBeUndefined();
    expect(d.sheets[0].validations).toEqual({ F12: "=Body" });
  });

  test("merging keeps the top-left value only; names can be deleted or broken", async () => {
    const fake = await workbook();
    fake.mergeCells("Plan", "B2:B3");
    expect(fake.getCell("Plan", "B2").value).toBe("one");
    expect(fake.getCell("Plan", "B3").value).toBe("");
    expect(fake.dump().sheets[0].merges).toEqual(["B2:B3", "C5:D5"]);
    fake.deleteName("Cell");
    fake.breakName("Body");
    expect(fake.dump().names).toEqual({ Body: "#REF!" });
    fake.pointName("Body", "Other", "A1:B2");
    expect(fake.dump().names).toEqual({ Body: "'Other'!$A$1:$B$2" });
    expect(() => fake.deleteName("Cell")).toThrow(expect.objectContaining({ code: "ItemNotFound" }));
  });
});

test("a copy of the in-memory workbook is equal and independent; its names still follow renamed tabs", async () => {
  const fake = await workbook();
  const copy = fake.copy();
  expect(copy.dump()).toEqual(fake.dump());
  copy.renameSheet("Plan", "It's the plan");
  copy.insertRows("It's the plan", 1, 1);
  expect(copy.dump().names).toMatchObject({ Body: "'It''s the plan'!$B$3:$B$5" });
  expect(fake.dump().names).toMatchObject({ Body: "'Plan'!$B$2:$B$4" });
  expect(fake.getCell("Plan", "B2").value).toBe("one");
});
