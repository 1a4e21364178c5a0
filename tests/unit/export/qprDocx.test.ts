/** The QPR's Word document: the state's format from a report, with the review round it is in. */
import { qprDocxBytes } from "../../../src/export/qprDocx";
import { CORRECTIONS_HEADER, DRAFT_MARK } from "../../../src/export/review";
import { REVIEW_LABELS } from "../../../src/domain/review";
import type { QprReport, QprReportInitiative } from "../../../src/export/qprModel";
import { qprDocxFileName } from "../../../src/export/wordFileNames";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../../src/domain/scales";
import { docxParts, flatText, textOf } from "../../support/docxParts";

const initiative = (number: string, over: Partial<QprReportInitiative> = {}): QprReportInitiative => ({
  number,
  description: `Initiative ${number}'s description`,
  lead: "Keisha Williams",
  process: "Practices in Place Stage",
  processEvidence: `Process evidence of ${number}`,
  performance: "Partially Reached Performance Goals",
  performanceEvidence: `Performance evidence of ${number}`,
  ratedBy: "Rosa Delgado",
  ratedOn: "2027-01-08",
  ...over,
});

const report: QprReport = {
  district: "Riverton Public Schools",
  period: "Jan",
  publication: "January 2027",
  covers: "September – November 2026",
  overall: "Steady progress on literacy.",
  objectives: [
    { o: 1, title: "Literacy", narrative: "Objective one moved.", initiatives: [initiative("1.1"), initiative("1.2", { process: "", performance: "Doing fine" })] },
    { o: 2, title: "Data", narrative: "", initiatives: [initiative("2.1")] },
  ],
  evidence: [{ date: "2026-10-14", initiative: "1.1", evidence: "Walkthrough log", who: "Coaches", where: "Shared drive" }],
};

test("published (the default): no draft mark; title, months, narratives, then every initiative's two ratings with scale, rank and evidence", async () => {
  const { document, headers, footers } = await docxParts(await qprDocxBytes(report));
  expect(headers.map(textOf).join(" ")).not.toContain(DRAFT_MARK);
  expect(headers.map(textOf).join(" ")).toContain("Riverton Public Schools");
  expect(footers.every((f) => /PAGE/.test(f) && /NUMPAGES/.test(f))).toBe(true);
  const text = flatText(document);
  const expected = [
    "Quarterly Progress Report (QPR): January 2027",
    "District: Riverton Public Schools",
    "Covers the months: September – November 2026",
    "Status: Published",
    "Narrative summary of overall progress Steady progress on literacy.",
    "Objective 1: Literacy",
    "Narrative of progress on objective 1 Objective one moved.",
    "Initiative 1.1: Initiative 1.1's description Lead: Keisha Williams",
    `Process ${PROCESS_SCALE.title} Practices in Place Stage Level 3 of 4 Process evidence of 1.1`,
    `Performance ${PERFORMANCE_SCALE.title} Partially Reached Performance Goals Level 2 of 4 Performance evidence of 1.1`,
    "Rated by Rosa Delgado on 1/8/2027",
    `Process ${PROCESS_SCALE.title} Not rated for this period`,
    `Doing fine Not a level of the ${PERFORMANCE_SCALE.title} scale`,
    "Objective 2: Data Narrative of progress on objective 2 No narrative was written for this objective on the QPR view.",
    "Evidence listed in the Highlight Discussion minutes of September – November 2026",
    "10/14/2026 1.1 Walkthrough log Coaches Shared drive",
    "QPR rubric (Appendix G)",
    `${PROCESS_SCALE.levels[3].name} (level 4) ${PROCESS_SCALE.levels[3].definition}`,
    `${PERFORMANCE_SCALE.levels[0].name} (level 1) ${PERFORMANCE_SCALE.levels[0].definition}`,
  ];
  const at = expected.map((t) => text.indexOf(t));
  expect(at.map((i, k) => (i < 0 ? expected[k] : "found"))).toEqual(expected.map(() => "found"));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).not.toContain(CORRECTIONS_HEADER);
});

test.each(["draft", "in-review"] as const)("%s: DRAFT FOR FACTUAL REVIEW at the top of every page (the header of every section)", async (status) => {
  const { document, headers } = await docxParts(await qprDocxBytes(report, { status }));
  const sections = (document.match(/<w:sectPr/g) ?? []).length;
  const defaults = [...document.matchAll(/<w:headerReference w:type="default" r:id="(\w+)"\/>/g)];
  expect(defaults).toHaveLength(sections);
  for (const h of headers) expect(textOf(h)).toContain(DRAFT_MARK);
  expect(flatText(document)).toContain(`Status: ${REVIEW_LABELS[status]}`);
});

test("the district's factual corrections show beside that initiative's evidence only; corrections for initiatives not listed are kept at the end", async () => {
  const corrections = { "1.2": "Nine principals, not eight.", "2.1": "  ", "9.9": "This initiative was merged into 1.1." };
  const text = flatText((await docxParts(await qprDocxBytes(report, { status: "in-review", corrections }))).document);
  const block = (n: string, next: string) => text.slice(text.indexOf(`Initiative ${n}:`), text.indexOf(next));
  expect(block("1.1", "Initiative 1.2:")).not.toContain(CORRECTIONS_HEADER);
  expect(block("1.2", "Objective 2:")).toContain(`Rating Level Supporting evidence ${CORRECTIONS_HEADER} Process`);
  expect(block("1.2", "Objective 2:")).toContain("Process evidence of 1.2 Nine principals, not eight.");
  expect(block("2.1", `${CORRECTIONS_HEADER}: other`)).not.toContain(CORRECTIONS_HEADER); // blank: no column
  expect(text).toContain(`${CORRECTIONS_HEADER}: other initiatives Initiative Correction 9.9 This initiative was merged into 1.1.`);
});

test("the file name says when it is a draft", () => {
  expect(qprDocxFileName(report, { status: "published" })).toBe("Riverton Public Schools QPR January 2027.docx");
  expect(qprDocxFileName(report, { status: "draft" })).toBe("Riverton Public Schools QPR January 2027 (draft for factual review).docx");
});
