/** aip document and aip qpr --docx: the Word documents from a workbook that is only read, with the CLI's usual file safety. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { initiativeNames, qprNames } from "../../src/layout/names";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { docxParts, flatText, textOf } from "../support/docxParts";
import { typeInto } from "../support/minutesSupport";
import { runAip } from "./runAip";

let dir: string;
const aip = (...argv: string[]) => runAip(dir, argv);
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-document-"));
  await fs.copyFile(path.join(__dirname, "../../examples/sample-plan.json"), file("plan.json"));
  expect((await aip("new", "plan.json", "-o", "plan.xlsx")).code).toBe(0);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("aip document writes the plan as Word next to the workbook, leaves the workbook as it was, and never replaces a file without --force", async () => {
  const before = await fs.readFile(file("plan.xlsx"));
  const r = await aip("document", "plan.xlsx");
  expect(r).toEqual({ code: 0, stdout: "Wrote the plan as a Word document (Section 1 and 11 strategy sheets): plan.docx.\n", stderr: "" });
  expect(await fs.readFile(file("plan.xlsx"))).toEqual(before);
  const text = flatText((await docxParts(await fs.readFile(file("plan.docx")))).document);
  expect(text).toContain("Level 4 District Accelerated Improvement Plan District: Riverton Public Schools");
  expect(text).toContain("Section 2: Initiative Strategy Sheet, Initiative 4.3");

  const again = await aip("document", "plan.xlsx", "-o", "plan.docx");
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("plan.docx already exists. Add --force to replace it");
  const forced = await aip("document", "plan.xlsx", "-o", "out/Riverton AIP.docx");
  expect(forced.code).toBe(0);
  expect((await aip("document", "plan.xlsx", "-o", "out/Riverton AIP.docx", "--force")).code).toBe(0);
});

test("bad input: not a .docx name, the workbook itself, a missing file, a workbook with no plan", async () => {
  const doc = await aip("document", "plan.xlsx", "-o", "plan.doc");
  expect(doc).toMatchObject({ code: 2, stderr: expect.stringContaining("plan.doc: a Word document's file name must end in .docx") });
  await fs.copyFile(file("plan.xlsx"), file("book.docx"));
  const itself = await aip("document", "book.docx", "-o", "book.docx", "--force");
  expect(itself).toMatchObject({ code: 2, stderr: expect.stringContaining("the Word document needs a name of its own, not the workbook's") });
  const missing = await aip("document", "nothing.xlsx", "-o", "x.docx");
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("nothing.xlsx");
  const other = XlsxWorkbook.create();
  other.book.addWorksheet("Budget").getCell("A1").value = "Not a plan";
  await fs.writeFile(file("empty.xlsx"), await other.toBuffer());
  const empty = await aip("document", "empty.xlsx", "-o", "empty.docx");
  expect(empty).toMatchObject({ code: 2, stderr: expect.stringContaining("This workbook has no AIP plan") });
  await expect(fs.stat(file("empty.docx"))).rejects.toThrow();
  const none = await aip("document");
  expect(none.code).toBe(2);
});

test("what cannot be read is listed with its sheet and cell, and the rest is written", async () => {
  const book = await XlsxWorkbook.fromBuffer(await fs.readFile(file("plan.xlsx")));
  const activities = initiativeNames({ o: 2, i: 1 }).activities;
  await typeInto(book, activities, [["sometime in spring"]], { row: 0, col: 3 });
  await fs.writeFile(file("odd.xlsx"), await book.toBuffer());
  const cell = (await book.snapshot()).names[activities];
  const r = await aip("document", "odd.xlsx");
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("odd.xlsx: 1 thing needs a look (the rest was written as read):");
  expect(r.stderr).toContain(`'${cell.sheet}'!D`);
  expect(flatText((await docxParts(await fs.readFile(file("odd.docx")))).document)).toContain("sometime in spring");
});

test("aip qpr --docx writes the QPR as Word from the view's narratives and review round, only reading the workbook; --status overrides the view's status", async () => {
  expect((await aip("qpr", "plan.xlsx", "--period", "Jan", "-o", "qpr.xlsx")).code).toBe(0);
  const book = await XlsxWorkbook.fromBuffer(await fs.readFile(file("qpr.xlsx")));
  await typeInto(book, qprNames("Jan").overall, [["Literacy moved; attendance did not."]]);
  await typeInto(book, qprNames("Jan").review.status, [["In factual review"]]);
  await typeInto(book, qprNames("Jan").review.corrections({ o: 1, i: 2 }), [["Ten of eleven principals attended, not nine."]]);
  await fs.writeFile(file("qpr.xlsx"), await book.toBuffer());
  const before = await fs.readFile(file("qpr.xlsx"));

  const r = await aip("qpr", "qpr.xlsx", "--period", "jan", "--docx", "QPR Jan.docx");
  expect(r).toEqual({ code: 0, stdout: "Wrote the QPR for January 2027 as a Word document, marked DRAFT FOR FACTUAL REVIEW: QPR Jan.docx.\n", stderr: "" });
  expect(await fs.readFile(file("qpr.xlsx"))).toEqual(before);
  const parts = await docxParts(await fs.readFile(file("QPR Jan.docx")));
  expect(parts.headers.length).toBeGreaterThan(0);
  expect(parts.headers.every((h) => textOf(h).includes("DRAFT FOR FACTUAL REVIEW"))).toBe(true);
  const text = flatText(parts.document);
  expect(text).toContain("Narrative summary of overall progress Literacy moved; attendance did not.");
  expect(text).toContain("Factual corrections from the district");
  expect(text).toContain("Ten of eleven principals attended, not nine.");

  const published = await aip("qpr", "qpr.xlsx", "--period", "Jan", "--docx", "QPR Jan.docx", "--status", "published", "--force");
  expect(published.stdout).toBe("Wrote the QPR for January 2027 as a Word document: QPR Jan.docx.\n");
  const overridden = await docxParts(await fs.readFile(file("QPR Jan.docx")));
  expect(overridden.headers.some((h) => textOf(h).includes("DRAFT"))).toBe(false);
  expect(flatText(overridden.document)).toContain("Ten of eleven principals attended, not nine.");
  const refused = await aip("qpr", "qpr.xlsx", "--period", "Jan", "--docx", "QPR Jan.docx");
  expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("QPR Jan.docx already exists. Add --force") });
});

test("aip qpr --docx of a view set to Published: no mark on any page", async () => {
  expect((await aip("qpr", "plan.xlsx", "--period", "Jun", "-o", "jun.xlsx")).code).toBe(0);
  const fresh = await aip("qpr", "jun.xlsx", "--period", "Jun", "--docx", "jun-draft.docx");
  expect(fresh.stdout).toContain("marked DRAFT FOR FACTUAL REVIEW");
  const book = await XlsxWorkbook.fromBuffer(await fs.readFile(file("jun.xlsx")));
  await typeInto(book, qprNames("Jun").review.status, [["Published"]]);
  await fs.writeFile(file("jun.xlsx"), await book.toBuffer());

  const r = await aip("qpr", "jun.xlsx", "--period", "Jun", "--docx", "jun.docx");
  expect(r).toEqual({ code: 0, stdout: "Wrote the QPR for June 2027 as a Word document: jun.docx.\n", stderr: "" });
  const parts = await docxParts(await fs.readFile(file("jun.docx")));
  expect(parts.headers.some((h) => textOf(h).includes("DRAFT"))).toBe(false);
  expect(flatText(parts.document)).not.toContain("Factual corrections from the district");
});

test("aip qpr --docx without a view: written with empty narratives, and stderr says how to add them", async () => {
  const r = await aip("qpr", "plan.xlsx", "--period", "Mar", "--docx", "mar.docx");
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`AIP.QPR.Mar.Overall: There is no QPR view for Mar in this workbook`);
  expect(flatText((await docxParts(await fs.readFile(file("mar.docx")))).document)).toContain("No overall narrative was written on the QPR view.");
});

test("aip qpr: --status must be a status and goes with --docx; -o has nothing to save with --docx", async () => {
  const bad = await aip("qpr", "plan.xlsx", "--period", "Jan", "--docx", "x.docx", "--status", "final");
  expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining(`--status must be one of draft, in-review, published, got "final"`) });
  const label = await aip("qpr", "plan.xlsx", "--period", "Jan", "--docx", "review.docx", "--status", "In factual review");
  expect(label).toMatchObject({ code: 0, stdout: expect.stringContaining("marked DRAFT FOR FACTUAL REVIEW") });
  const alone = await aip("qpr", "plan.xlsx", "--period", "Jan", "--status", "draft");
  expect(alone).toMatchObject({ code: 2, stderr: expect.stringContaining("--status goes with --docx") });
  const both = await aip("qpr", "plan.xlsx", "--period", "Jan", "--docx", "x.docx", "-o", "x.xlsx");
  expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining("--docx only reads the workbook, so -o has nothing to save") });
  await expect(fs.stat(file("x.docx"))).rejects.toThrow();
});

test("aip help lists document, and aip document --help says what it writes", async () => {
  expect((await aip("--help")).stdout).toContain("document BOOK.xlsx -o PLAN.docx");
  const help = await aip("document", "--help");
  expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining("Appendix C layout") });
  expect((await aip("qpr", "--help")).stdout).toContain("--status S");
});
