/**
 * snapshot({ sheetValues }): each listed sheet's used range (values and formulas) rides in the
 * snapshot's own request on the Office adapter, and both adapters report the same rectangle.
 */
import type { WriteBatch } from "../../../src/workbook/spec";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../../fakes/excel";

const batch: WriteBatch = {
  sheets: [
    { name: "Sheet1", create: true, blocks: [] },
    {
      name: "Data",
      create: true,
      blocks: [
        {
          at: "B3",
          cells: [
            ["Label:", 7],
            [null, { formula: "=C3*2" }],
          ],
        },
        { at: "D6", cells: [["=not a formula"]] },
      ],
      styles: [{ range: "A1:H20", style: { bold: true } }],
    },
    { name: "Empty", create: true, blocks: [], styles: [{ range: "A1:C3", style: { fill: "#FFFF00" } }] },
  ],
  names: [{ name: "AIP.Data", sheet: "Data", range: "C3" }],
};

async function setup() {
  const fake = createFakeExcel();
  fake.addSheet("Sheet0");
  const office = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  await office.apply(batch);
  const xlsx = XlsxWorkbook.create();
  await xlsx.apply({ ...batch, sheets: [{ name: "Sheet0", create: true, blocks: [] }, ...batch.sheets] });
  return { fake, office, xlsx };
}

const DATA = {
  sheet: "Data",
  range: "B3:D6",
  values: [
    ["Label:", 7, ""],
    ["", 14, ""],
    ["", "", ""],
    ["", "", "=not a formula"],
  ], // Excel computes =C3*2
  formulas: [
    ["Label:", 7, ""],
    ["", "=C3*2", ""],
    ["", "", ""],
    ["", "", "=not a formula"],
  ],
};

test("the used ranges asked for: values only (formats ignored), formulas as formulas, text as text; same on both adapters", async () => {
  const { fake, office, xlsx } = await setup();
  await office.snapshot();
  fake.resetSyncCount();
  const snap = await office.snapshot({ sheetValues: ["data", "Empty", "No such sheet"] });
  expect(fake.syncCount).toBe(1);
  expect(snap.sheetValues).toEqual({ Data: DATA, Empty: { sheet: "Empty", range: "", values: [], formulas: [] } });
  // The .xlsx holds no cached result for a formula the adapter wrote (the next app to open it computes it).
  const uncomputed = { ...DATA, values: DATA.values.map((row, r) => row.map((v, c) => (DATA.formulas[r][c] !== v ? "" : v))) };
  expect((await xlsx.snapshot({ sheetValues: ["data", "Empty", "No such sheet"] })).sheetValues).toEqual({ ...snap.sheetValues, Data: uncomputed });
  expect((await office.snapshot()).sheetValues).toBeUndefined();
});

test("'all' reads every sheet: one sync when the tabs are known, two cold, a renamed or added tab costs what a name would", async () => {
  const { fake, office } = await setup();
  const cold = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  fake.resetSyncCount();
  expect(Object.keys((await cold.snapshot({ sheetValues: "all" })).sheetValues!)).toEqual(["Sheet0", "Sheet1", "Data", "Empty"]);
  expect(fake.syncCount).toBe(2);

  await office.snapshot();
  fake.addSheet("Added");
  fake.setValue("Added", "A1", "x");
  fake.resetSyncCount();
  const added = await office.snapshot({ sheetValues: "all" });
  expect(fake.syncCount).toBe(2); // the new tab's used range needs one more
  expect(added.sheetValues!.Added).toEqual({ sheet: "Added", range: "A1", values: [["x"]], formulas: [["x"]] });

  fake.renameSheet("Data", "Data 2");
  fake.resetSyncCount();
  const renamed = await office.snapshot({ sheetValues: "all" });
  expect(fake.syncCount).toBe(3); // the known tab is gone: the request fails and the read starts cold
  expect(renamed.sheetValues!["Data 2"]).toEqual({ ...DATA, sheet: "Data 2" });
  fake.resetSyncCount();
  await office.snapshot({ sheetValues: "all" });
  expect(fake.syncCount).toBe(1);
});
