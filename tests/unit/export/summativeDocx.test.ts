/**
 * The Summative Report's Word document: built on the blocks the other documents share (landscape
 * US Letter, running header with the district and title, the draft mark on every page until it is
 * published, "Page N of M"), from plain data that survives the trip to word-download.html.
 */
import * as fs from "fs";
import * as path from "path";
import { newPlan } from "../../../src/commands/newPlan";
import { summative } from "../../../src/commands/summative";
import { parsePlan } from "../../../src/domain/validate";
import { DRAFT_MARK } from "../../../src/export/review";
import { summativeDocxBytes } from "../../../src/export/summativeDocx";
import { summativeWord } from "../../../src/export/summativeWord";
import { summativeNames } from "../../../src/layout/names";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { docxParts, flatText, textOf } from "../../support/docxParts";
import { typeInto } from "../../support/minutesSupport";

const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
const s = summativeNames(2026);

async function built(status?: string) {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  await summative(wb, { today: "2027-08-20" });
  await typeInto(wb, s.review.corrections({ o: 1, i: 2 }), [["Nine coaches, not eight."]]);
  if (status) await typeInto(wb, s.review.status, [[status]]);
  return (await summative(wb, { today: "2027-08-20" })).model;
}

test("a draft: landscape Letter with one-inch margins, the district and title in the running header under the draft mark, Page N of M, the corrections beside their initiative", async () => {
  const word = summativeWord(await built());
  expect(JSON.parse(JSON.stringify(word))).toEqual(word);
  const { document, headers, footers } = await docxParts(await summativeDocxBytes(word));
  expect(headers.length).toBeGreaterThan(0);
  for (const h of headers) {
    expect(textOf(h)).toContain(DRAFT_MARK);
    expect(textOf(h)).toContain("Riverton Public Schools");
    expect(textOf(h)).toContain("Annual Summative Report: SY 2026-27");
  }
  expect(footers.length).toBeGreaterThan(0);
  expect(footers.every((f) => /PAGE/.test(f) && /NUMPAGES/.test(f) && textOf(f).includes("Page"))).toBe(true);
  expect(document).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/);
  expect(document).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
  const text = flatText(document);
  expect(text).toContain("Review status: Draft");
  expect(text).toContain("Factual corrections from the district: Nine coaches, not eight.");
});

test("published: no mark on any page", async () => {
  const { document, headers } = await docxParts(await summativeDocxBytes(summativeWord(await built("Published"))));
  expect(headers.some((h) => textOf(h).includes(DRAFT_MARK))).toBe(false);
  expect(flatText(document)).toContain("Review status: Published");
});
