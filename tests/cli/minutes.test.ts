/** aip minutes: adds minutes to a workbook, never overwrites them, writes the .docx from what was typed. */
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runAip } from "./runAip";
import { minutesNames } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto } from "../support/minutesSupport";

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-minutes-"));
  await fs.copyFile(path.join(__dirname, "../../examples/sample-plan.json"), path.join(dir, "plan.json"));
  const made = await aip("new", "plan.json", "-o", "plan.xlsx");
  expect(made.code).toBe(0);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const aip = (...argv: string[]) => runAip(dir, argv);

const open = async (name: string) => XlsxWorkbook.fromBuffer(await fs.readFile(path.join(dir, name)));

async function documentXml(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, name)));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, " ");
}

test("adds the minutes sheet for the date to a copy, and says the deadlines and what must be discussed", async () => {
  const r = await aip("minutes", "plan.xlsx", "--date", "2026-10-14", "-o", "m1.xlsx");
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toContain(`Added the sheet "Minutes 2026-10-14"; saved m1.xlsx.`);
  expect(r.stdout).toContain("notice 10/7/2026, draft 10/17/2026, review 10/20/2026, final 10/21/2026");
  expect(r.stdout).toContain("Must be discussed at this meeting: none.");
  const wb = await open("m1.xlsx");
  expect((await wb.listSheets()).slice(-1)).toEqual(["Minutes 2026-10-14"]);
  expect((await open("plan.xlsx")).book.worksheets.map((w) => w.name)).not.toContain("Minutes 2026-10-14"); // -o leaves BOOK alone
});

test("a second run for the same date is refused and changes nothing; --suffix adds a second sheet", async () => {
  await fs.copyFile(path.join(dir, "m1.xlsx"), path.join(dir, "m2.xlsx"));
  const before = await fs.readFile(path.join(dir, "m2.xlsx"));
  const again = await aip("minutes", "m2.xlsx", "--date", "2026-10-14");
  expect(again.code).toBe(2);
  expect(again.stderr).toContain(`m2.xlsx: There are already minutes for 2026-10-14 on the sheet "Minutes 2026-10-14"; minutes are never overwritten.`);
  expect(again.stderr).toContain("--suffix");
  expect(await fs.readFile(path.join(dir, "m2.xlsx"))).toEqual(before);

  const second = await aip("minutes", "m2.xlsx", "--date", "2026-10-14", "--suffix");
  expect(second.code).toBe(0);
  const tabs = (await open("m2.xlsx")).book.worksheets.map((w) => w.name);
  expect(tabs.slice(-2)).toEqual(["Minutes 2026-10-14", "Minutes 2026-10-14 (2)"]);
});

test("--docx after the meeting exports what people typed on the existing sheet, nothing added", async () => {
  const wb = await open("m1.xlsx");
  const n = minutesNames("2026-10-14");
  await typeInto(wb, n.participants, [["Dr. Maria Chen (superintendent); Tom Beck (Plan Manager)"]]);
  await typeInto(wb, n.section(2), [["=Substitute shortage delayed two coaching cycles"]]);
  await typeInto(wb, n.evidence, [["Walkthrough log, Oct 2026", "Literacy coaches", "Shared drive / Literacy"]], { row: 0, col: 1 });
  await fs.writeFile(path.join(dir, "typed.xlsx"), await wb.toBuffer());

  const r = await aip("minutes", "typed.xlsx", "--date", "2026-10-14", "--docx", "out/minutes.docx");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("exist already; nothing was added");
  const text = await documentXml("out/minutes.docx");
  expect(text).toContain("Dr. Maria Chen (superintendent); Tom Beck (Plan Manager)");
  expect(text).toContain("=Substitute shortage delayed two coaching cycles");
  expect(text).toContain("Walkthrough log, Oct 2026");
  expect(text).toContain("Submitted by (person and date):");

  const refused = await aip("minutes", "typed.xlsx", "--date", "2026-10-14", "--docx", "out/minutes.docx");
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("out/minutes.docx already exists. Add --force");
});

test("bad input: no date, a date that is not one, a .docx name that is not one", async () => {
  const none = await aip("minutes", "plan.xlsx");
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("missing --date YYYY-MM-DD");
  const bad = await aip("minutes", "plan.xlsx", "--date", "2026-13-45", "-o", "x.xlsx");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain(`The meeting date "2026-13-45" is not a date: write it as YYYY-MM-DD`);
  const word = await aip("minutes", "plan.xlsx", "--date", "2026-10-14", "--docx", "minutes.doc", "-o", "x.xlsx");
  expect(word.code).toBe(2);
  expect(word.stderr).toContain("must end in .docx");
});

test("aip minutes --help shows --suffix", async () => {
  const r = await aip("minutes", "--help");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("--suffix");
});
