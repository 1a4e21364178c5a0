/**
 * The Summative Report computed by a real spreadsheet engine: LibreOffice recalculates the sheet's
 * formulas (ratings through the plan's names, the rank helpers, the change over the year, the
 * activity counts with TODAY()) and every figure must equal what the domain computes from the same
 * plan (src/domain/summative.ts). Then the report as a Word document: converted to PDF by
 * LibreOffice Writer and read back with pdftotext, in the sheet's order, with what people typed,
 * and DRAFT FOR FACTUAL REVIEW on every page until it is published.
 */
import { execFile } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { exportPlan } from "../../src/commands/exportPlan";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { summative } from "../../src/commands/summative";
import { localToday } from "../../src/domain/calendar";
import { QPR_PERIODS } from "../../src/domain/plan";
import { ratingRank, SCALE_KEYS, SCALE_OF } from "../../src/domain/rollup";
import { yearChange, yearEndActivities } from "../../src/domain/summative";
import { parsePlan } from "../../src/domain/validate";
import { DRAFT_MARK } from "../../src/export/review";
import { summativeDocxBytes } from "../../src/export/summativeDocx";
import { summativeWord } from "../../src/export/summativeWord";
import { CHANGE_LABELS } from "../../src/layout/build/summarySheet";
import { initiativeNames, minutesNames, summativeNames } from "../../src/layout/names";
import { cellAddress, parseRange } from "../../src/util/a1";
import { cellValue } from "../../src/workbook/xlsx/cells";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto } from "../support/minutesSupport";
import { recalcWithLibreOffice } from "../support/recalc";

const sample = parsePlan(JSON.parse(readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
const s = summativeNames(2026);

/** The sample plan with odd ratings: one not a scale level (other capitals), one period rated late. */
async function book(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await newPlan(wb, sample);
  await typeInto(wb, initiativeNames({ o: 1, i: 2 }).rating("Process", "Mar"), [["technical implementation stage"]]);
  await typeInto(wb, initiativeNames({ o: 1, i: 1 }).rating("Performance", "Jun"), [["Performance Goals Not Reached"]]);
  return wb;
}

test("every rating, rank, change and activity count LibreOffice computes equals the domain's", async () => {
  const wb = await book();
  const today = localToday();
  await summative(wb, { today });
  const { plan } = await exportPlan(wb);
  const done = await recalcWithLibreOffice(wb);
  const snap = await done.snapshot();
  const ws = done.book.getWorksheet("Summative 2026-27")!;
  const at = (row: number, col: number) => cellValue(ws.getCell(cellAddress(row, col)));
  let compared = 0;
  plan.objectives.forEach((o, oi) =>
    o.initiatives.forEach((ini, ii) => {
      const ref = { o: oi + 1, i: ii + 1 };
      const top = parseRange(snap.names[s.review.corrections(ref)].range).start.row;
      SCALE_KEYS.forEach((key, k) => {
        const texts = QPR_PERIODS.map((p) => ini.ratings[p]?.[key] ?? "");
        const ranks = texts.map((t) => ratingRank(SCALE_OF[key], t) ?? 0);
        const change = yearChange(ranks);
        const row = [2, 3, 4, 5, 6, 8, 9, 10, 11].map((c) => at(top + k, c));
        expect({ ref, key, row }).toEqual({ ref, key, row: [...texts, change ? CHANGE_LABELS[change] : "", ...ranks] });
        compared++;
      });
      const evidence = QPR_PERIODS.map((p) => ini.ratings[p]?.processEvidence ?? "");
      expect(QPR_PERIODS.map((_, c) => at(top + 2, 2 + c))).toEqual(evidence);
      const label = `${ref.o}.${ref.i} ${ini.description}`;
      const figures = yearEndActivities(ini.activities, 2026, today);
      const activityRow = ws.getColumn(1).values.findIndex((v, r) => r > top + 4 && cellValue(ws.getCell(r, 1)) === label && typeof cellValue(ws.getCell(r, 2)) === "number");
      expect(activityRow).toBeGreaterThan(0);
      expect([2, 3, 4].map((c) => cellValue(ws.getCell(activityRow, c)))).toEqual([figures.planned, figures.complete, figures.overdue]);
    }),
  );
  expect(compared).toBe(2 * plan.objectives.reduce((n, o) => n + o.initiatives.length, 0));
  // The odd ratings took the paths they should: a rank of 0, and a fall in performance.
  const top11 = parseRange(snap.names[s.review.corrections({ o: 1, i: 1 })].range).start.row;
  expect(at(top11 + 1, 6)).toBe(CHANGE_LABELS.down);
  const top12 = parseRange(snap.names[s.review.corrections({ o: 1, i: 2 })].range).start.row;
  expect(at(top12, 9)).toBe(0);
}, 240_000);

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { timeout: 180_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${command}: ${stderr || error.message}`)) : resolve(stdout))),
  );
}

test("the Word document converts to PDF and reads as the sheet does, marked as a draft on every page until published", async () => {
  const wb = await book();
  await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  await typeInto(wb, minutesNames("2026-10-14").discussed, [["Yes"]], { row: 0, col: 1 });
  await summative(wb, { today: "2027-08-20" });
  await typeInto(wb, s.successes, [["=Coaching cycles began on time in every school"]]);
  await typeInto(wb, s.review.corrections({ o: 2, i: 1 }), [["The rubric was introduced in October, not September."]]);
  await typeInto(wb, s.outcome(1).result, [["61% proficient"]]);
  await typeInto(wb, s.outcome(1).met, [["Partly met"]]);
  const draft = await summative(wb, { today: "2027-08-20" });
  await typeInto(wb, s.review.status, [["Published"]]);
  const published = await summative(wb, { today: "2027-08-20" });

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-summative-"));
  try {
    const pdfText = async (name: string, bytes: Uint8Array) => {
      const input = path.join(dir, `${name}.docx`);
      await fs.writeFile(input, bytes);
      const pdf = await convertWithLibreOffice(input, { to: "pdf", outDir: path.join(dir, name), recalculate: false });
      return (await run("pdftotext", ["-layout", pdf, "-"])).split("\f").filter((p) => p.trim() !== "");
    };
    const pages = await pdfText("draft", await summativeDocxBytes(summativeWord(draft.model)));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, k) => {
      expect({ page: k + 1, marked: page.includes(DRAFT_MARK) }).toEqual({ page: k + 1, marked: true });
      expect(page).toContain(`Page ${k + 1} of ${pages.length}`);
    });
    const flat = pages.join(" ").replace(/\s+/g, " ");
    const order = [
      "Annual Summative Report: SY 2026-27",
      "Review round",
      "Successes",
      "Areas of concern",
      "Recommendations",
      "Ratings over the year",
      "Activities at the year's end",
      "Final outcomes",
      "Highlight Discussions held",
      "Latest self-assessment",
    ].map((t) => flat.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(flat).toContain("District: Riverton Public Schools");
    expect(flat).toContain("=Coaching cycles began on time in every school");
    expect(flat).toContain("The rubric was introduced in October, not September.");
    expect(flat).toContain("61% proficient");
    expect(flat).toContain("Partly met");
    expect(flat).toContain("Technical Implementation Stage");

    const final = await pdfText("published", await summativeDocxBytes(summativeWord(published.model)));
    expect(final.join(" ")).not.toContain(DRAFT_MARK);
    expect(final.join(" ").replace(/\s+/g, " ")).toContain("Review status: Published");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);
