/** The in-memory Excel's computed results for the formula shapes the add-in writes (tests/fakes/excel/evaluate.ts). */
import { createFakeExcel } from "../../fakes/excel";

async function valuesOf(setup: Record<string, string | number>, read: string): Promise<unknown[][]> {
  const fake = createFakeExcel();
  fake.addSheet("It's data");
  fake.addSheet("Plan");
  for (const [address, v] of Object.entries(setup)) {
    const [sheet, cell] = address.includes("!") ? address.split("!") : ["Plan", address];
    if (typeof v === "string" && v.startsWith("=")) fake.setFormula(sheet, cell, v);
    else fake.setValue(sheet, cell, typeof v === "string" ? `'${v}` : v);
  }
  await fake.run(async (context) => {
    context.workbook.names.add("AIP.Lead", "='It''s data'!$B$2");
    await context.sync();
  });
  return fake.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Plan").getRange(read).load("values");
    await context.sync();
    return r.values;
  });
}

test.each([
  ["a reference to another sheet", { "It's data!B2": "Dr. Maria Chen", A1: "='It''s data'!$B$2" }, "Dr. Maria Chen"],
  ['IF(x="","",x)', { "It's data!B2": "Tom Beck", A1: "=IF('It''s data'!$B$2=\"\",\"\",'It''s data'!$B$2)" }, "Tom Beck"],
  ["text joined to a name", { "It's data!B2": "Sam", A1: '="Lead: "&AIP.Lead' }, "Lead: Sam"],
  ["a hyperlink shows its text", { A1: '=HYPERLINK("#AIP.Lead","Open 1.1")' }, "Open 1.1"],
  ["COUNTIF of a number", { B1: 2, B2: 3, B3: 2, A1: "=COUNTIF($B$1:$B$3,2)" }, 2],
  ["arithmetic", { B1: 4, A1: "=(B1+2)*3/2-1" }, 8],
  ["division by zero", { A1: "=1/0" }, "#DIV/0!"],
  ["an unknown name", { A1: "=+x" }, "#NAME?"],
])("%s", async (_, setup, expected) => {
  expect((await valuesOf(setup, "A1"))[0][0]).toEqual(expected);
});
