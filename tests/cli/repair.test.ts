/** aip repair, run in-process through main() in a temporary folder. */
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { initiativeNames, PLAN_NAMES } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { runAip, tempFolderEachTest } from "./runAip";

const SAMPLE_TEXT = readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8");
const dir = tempFolderEachTest("aip-repair-");
const aip = (...argv: string[]) => runAip(dir(), argv);
const file = (name: string) => path.join(dir(), name);
const open = async (name: string) => XlsxWorkbook.fromBuffer(await fs.readFile(file(name)));

type NameModel = { name: string; ranges: string[] };

/** Saves sample.xlsx as edited.xlsx with some names cleared and some pointing at #REF!. */
async function damaged(edit: (wb: XlsxWorkbook) => void = () => {}): Promise<Record<string, string>> {
  await fs.writeFile(file("plan.json"), SAMPLE_TEXT);
  expect((await aip("new", "plan.json", "-o", "sample.xlsx")).code).toBe(0);
  const wb = await open("sample.xlsx");
  const original = Object.fromEntries(wb.definedNames().map((n) => [n.name, n.text]));
  const names = wb.book.definedNames as unknown as { model: NameModel[] };
  const lead = initiativeNames({ o: 1, i: 2 }).lead;
  names.model = names.model.filter((m) => m.name !== PLAN_NAMES.district && m.name !== lead).map((m) => (m.name === PLAN_NAMES.finalOutcomes ? { ...m, ranges: ["#REF!"] } : m));
  edit(wb);
  await fs.writeFile(file("edited.xlsx"), await wb.toBuffer());
  return original;
}

test("repair re-anchors cleared and broken names in place, lists them, exits 0; again: nothing to do", async () => {
  const original = await damaged();
  const r = await aip("repair", "edited.xlsx");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Re-anchored 3 names from the sheet layout (no cell value changed):");
  expect(r.stdout).toContain(`  ${PLAN_NAMES.district} -> 'Plan'!B4\n`);
  expect(r.stdout).toContain("Saved edited.xlsx.");
  const repaired = Object.fromEntries((await open("edited.xlsx")).definedNames().map((n) => [n.name, n.text]));
  expect(repaired).toEqual(original);

  const before = await fs.readFile(file("edited.xlsx"));
  const again = await aip("repair", "edited.xlsx");
  expect(again.code).toBe(0);
  expect(again.stdout).toBe("Every defined name the plan needs is in place; nothing to repair.\n");
  expect(await fs.readFile(file("edited.xlsx"))).toEqual(before); // not even re-saved
});

test("repair -o leaves the original alone; a name whose label was removed exits 1 with why and the fix on stderr", async () => {
  await damaged((wb) => {
    // Someone typed over the D label of 1.2's sheet: the lead's place can no longer be told.
    const ws = wb.book.worksheets.find((s) => s.name.startsWith("1.2"))!;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).startsWith("D. Lead for this Initiative")) cell.value = "Lead";
      }),
    );
  });
  const before = await fs.readFile(file("edited.xlsx"));
  const r = await aip("repair", "edited.xlsx", "-o", "fixed.xlsx");
  expect(r.code).toBe(1);
  expect(await fs.readFile(file("edited.xlsx"))).toEqual(before);
  expect(r.stdout).toContain("Re-anchored 2 names");
  expect(r.stderr).toContain("edited.xlsx: 1 name could not be repaired:");
  expect(r.stderr).toMatch(/AIP\.O1\.I2\.Lead \(sheet "1\.2[^"]*"\): On "1\.2[^"]*", the label "D\. Lead for this Initiative…" was not found on the sheet\./);
  expect(r.stderr).toContain("fix: Type the template's label back");
  const fixed = await open("fixed.xlsx");
  expect(fixed.definedNames().find((n) => n.name === PLAN_NAMES.district)).toMatchObject({ sheet: "Plan", range: "B4" });
});

test("repair of a file that is not an AIP workbook, or a missing file, exits 2 naming it", async () => {
  const r = await aip("repair", "nothing.xlsx");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("nothing.xlsx");
  const wb = XlsxWorkbook.create();
  await wb.apply({ sheets: [{ name: "Budget", create: true, blocks: [{ at: "A1", cells: [["Item", "Cost"]] }] }], names: [] });
  await fs.writeFile(file("budget.xlsx"), await wb.toBuffer());
  const other = await aip("repair", "budget.xlsx");
  expect(other.code).toBe(2);
  expect(other.stderr).toContain("no AIP plan to repair");
});
