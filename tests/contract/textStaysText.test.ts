/**
 * Text stays text (docs/safety.md): every writer that copies text people typed (in a plan JSON or
 * in cells or in the pane) writes it as TEXT, never as a formula or a number, on both adapters:
 * the new plan, add initiative, the Rate panel's save, the quarter tabs, the minutes, the QPR view, the Summary,
 * the Check Report, the self-assessment rubric and the .docx minutes, plan and QPR.
 * Every text field holds a formula-injection string ("=HYPERLINK(…)", "+1+1", "-2", "@SUM(A1)",
 * "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"). Where the add-in builds a formula around text (a live
 * copy through a defined name, a link to a sheet whose name has quotes), LibreOffice recalculates
 * the workbook and the formula's result must be exactly the text.
 *
 * The commands run in order on one workbook pair (each test builds on the one before).
 */
import JSZip from "jszip";
import { addInitiative } from "../../src/commands/addInitiative";
import { assess } from "../../src/commands/assess";
import { check } from "../../src/commands/check";
import { exportMinutes } from "../../src/commands/exportMinutes";
import { exportPlan } from "../../src/commands/exportPlan";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { qprReport } from "../../src/commands/qprReport";
import { qprView } from "../../src/commands/qprView";
import { saveRating } from "../../src/commands/rate";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { rollUp } from "../../src/commands/rollUp";
import { QUARTERS, type Plan } from "../../src/domain/plan";
import { PROCESS_SCALE } from "../../src/domain/scales";
import { minutesDocxBytes } from "../../src/export/minutesDocx";
import { planDocxBytes } from "../../src/export/planDocx";
import { qprDocxBytes } from "../../src/export/qprDocx";
import { CHECK_REPORT_SHEET } from "../../src/layout/build/checkReportSheet";
import { initiativeNames, minutesNames, qprNames } from "../../src/layout/names";
import { SUMMARY_SHEET } from "../../src/layout/sheetNames";
import { NOT_A_LEVEL } from "../../src/layout/build/summarySheet";
import type { Cell } from "../../src/workbook/spec";
import { cellAddress, parseRange } from "../../src/util/a1";
import type { WorkbookPort } from "../../src/workbook/port";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import type { WorkbookDump } from "../support/dump";
import { dumpXlsx } from "../support/dumpXlsx";
import { formulaCode, HOSTILE, hostilePlan, hostileText } from "../support/hostile";
import { computedValue, recalcWithLibreOffice } from "../support/recalc";
import { both, expectSameWorkbook, pair, type Pair } from "./support";

/** ExcelJS.ValueType.String (a const enum in ExcelJS's types). */
const EXCELJS_STRING = 3;
const MEETING = "2026-10-14";
const PERIOD = "Jan";

const plan: Plan = hostilePlan();
const initiatives = plan.objectives.flatMap((o, oi) => o.initiatives.map((ini, ii) => ({ ref: { o: oi + 1, i: ii + 1 }, objective: o, ini })));
/** Every hostile text used anywhere, for the workbook-wide checks. */
const allHostile = new Set<string>(HOSTILE);
let tagged = 100;
/** A fresh hostile text people type into a cell (remembered for the workbook-wide checks). */
function typed(tag: string): string {
  const text = hostileText(tagged++, tag);
  allHostile.add(text);
  return text;
}
const planTexts = [
  plan.district,
  plan.keyIssues,
  plan.theoryOfAction,
  ...plan.roster,
  ...plan.finalOutcomes.map((f) => f.text),
  ...plan.objectives.flatMap((o) => [o.title, o.lead]),
  ...initiatives.flatMap(({ ini }) => [
    ini.description,
    ini.lead,
    ini.resources,
    ...ini.shortTermOutcomes,
    ...ini.earlyEvidence,
    ...ini.activities.flatMap((a) => [a.text, a.lead]),
    ...Object.values(ini.ratings).flatMap((r) => [r!.processEvidence!, r!.performanceEvidence!, r!.ratedBy!]),
  ]),
];
planTexts.forEach((t) => allHostile.add(t));

/** The add-in trims what it reads from cells (a pasted tab or line break before the text). */
const trimmed = (text: string) => text.trim();

async function typeInto(p: Pair, name: string, rows: Cell[][], offset = { row: 0, col: 0 }): Promise<void> {
  await both(p, async (port: WorkbookPort) => {
    const read = (await port.snapshot()).names[name];
    if (!read?.sheet) throw new Error(`typeInto: no name ${name}`);
    const { start } = parseRange(read.range);
    await port.apply({ sheets: [{ name: read.sheet, create: false, blocks: [{ at: cellAddress(start.row + offset.row, start.col + offset.col), cells: rows }] }], names: [] });
  });
}

/**
 * Each text is, on both adapters, held by at least one cell of `sheet` as exactly that text: an
 * ExcelJS string cell, and in the in-memory Excel a cell with no formula.
 */
function expectTextCells(p: Pair, sheet: string, texts: readonly string[]): void {
  const xlsx = dumpXlsx(p.xlsx).sheets.find((s) => s.name === sheet);
  const office = p.fake.dump().sheets.find((s) => s.name === sheet);
  expect({ sheet, xlsx: Boolean(xlsx), office: Boolean(office) }).toEqual({ sheet, xlsx: true, office: true });
  const ws = p.xlsx.book.getWorksheet(sheet)!;
  for (const text of texts) {
    const at = Object.entries(xlsx!.cells)
      .filter(([, c]) => c.value === text)
      .map(([a]) => a);
    expect({ sheet, text, found: at.length > 0 }).toEqual({ sheet, text, found: true });
    for (const a of at) {
      expect({ cell: `${sheet}!${a}`, type: ws.getCell(a).type }).toEqual({ cell: `${sheet}!${a}`, type: EXCELJS_STRING });
      expect({ cell: `${sheet}!${a}`, ...office!.cells[a] }).toEqual({ cell: `${sheet}!${a}`, value: text });
      expect(p.fake.getCell(sheet, a).formula).toBeUndefined();
    }
  }
}

/**
 * Nowhere in the workbook did a hostile text become code: no formula carries a payload outside
 * its string literals or links to the attacker's address, and no hostile number text ("-1002")
 * became a number.
 */
function expectNoInjection(dump: WorkbookDump): void {
  const numbers = new Set([...allHostile].filter((t) => /^-\d+$/.test(t)).map(Number));
  const bad: string[] = [];
  for (const s of dump.sheets) {
    for (const [a, c] of Object.entries(s.cells)) {
      const code = c.formula ? formulaCode(c.formula) : "";
      if (c.formula && (["cmd|", "SUM(A1)", "1+1"].some((m) => code.includes(m)) || c.formula.includes("http://x"))) bad.push(`${s.name}!${a} ${c.formula}`);
      if (typeof c.value === "number" && numbers.has(c.value)) bad.push(`${s.name}!${a} ${c.value}`);
    }
  }
  expect(bad).toEqual([]);
}

function expectBothSafe(p: Pair): void {
  const x = dumpXlsx(p.xlsx);
  expectSameWorkbook(x, p.fake.dump());
  expectNoInjection(x);
  expectNoInjection(p.fake.dump());
}

const sheetOf = (p: Pair, name: string) => p.xlsx.definedNames().find((n) => n.name === name)!.sheet;
const strategySheets = (p: Pair) => initiatives.map(({ ref }) => sheetOf(p, initiativeNames(ref).description));

let p: Pair;
/** Rating values people typed for March (not scale levels): the Summary quotes them. */
const ratingTyped = new Map<string, string>();
/** What people typed on the minutes sheet. */
const minutesTyped: Record<string, string> = {};
const evidenceTyped: string[][] = [];
const narrativeTyped: Record<string, string> = {};

beforeAll(async () => {
  p = await pair();
});

test("new plan: every text of the plan JSON is a text cell, on both adapters", async () => {
  await both(p, (port) => newPlan(port, plan));
  expectBothSafe(p);
  expectTextCells(p, "Plan", [plan.district, plan.keyIssues, plan.theoryOfAction, plan.finalOutcomes[0].text]);
  expectTextCells(p, "Lists", plan.roster);
  const sheets = strategySheets(p);
  // Tab names keep the quotes, apostrophes and "!" of the descriptions.
  expect(sheets.some((s) => s.includes('"'))).toBe(true);
  expect(sheets.some((s) => s.includes("'") && s.includes("!"))).toBe(true);
  initiatives.forEach(({ objective, ini }, k) => {
    const r = ini.ratings.Jan!;
    expectTextCells(p, sheets[k], [
      objective.title,
      objective.lead,
      ini.description,
      ini.lead,
      ini.resources,
      ...ini.shortTermOutcomes,
      ...ini.earlyEvidence,
      ...ini.activities.flatMap((a) => [a.text, a.lead]),
      r.processEvidence!,
      r.performanceEvidence!,
      r.ratedBy!,
    ]);
  });
});

test("Rate panel: the evidence and who rated, typed in the pane, are saved as text cells", async () => {
  const input = {
    process: PROCESS_SCALE.levels[2].name,
    processEvidence: typed("rate process evidence"),
    performance: "",
    performanceEvidence: typed("rate performance evidence"),
    ratedBy: typed("rate by"),
    ratedOn: "2027-06-05",
  };
  await both(p, (port) => saveRating(port, initiatives[1].ref, "Jun", input));
  expectBothSafe(p);
  expectTextCells(p, strategySheets(p)[1], [input.processEvidence, input.performanceEvidence, trimmed(input.ratedBy)]);
});

test("refresh quarters: the quarter tabs are live formulas; no text is copied as code", async () => {
  await both(p, (port) => refreshQuarters(port));
  expectBothSafe(p);
  // The tabs hold formulas over the strategy sheets (their results are checked in LibreOffice below).
  for (const q of QUARTERS) expect(Object.values(dumpXlsx(p.xlsx).sheets.find((s) => s.name === q)!.cells).some((c) => c.formula)).toBe(true);
});

test("new minutes: the plan's texts copied onto the minutes are text cells", async () => {
  await both(p, (port) => newMinutes(port, { date: MEETING, today: "2026-10-01" }));
  expectBothSafe(p);
  const sheet = `Minutes ${MEETING}`;
  // October's activities, and the benchmarks dated October or September (a bare number has no date).
  const dated = (text: string) => /(October|September) 2026/.test(text);
  const october = initiatives.flatMap(({ ini }) => [ini.activities[0].text, ini.activities[0].lead, ...[ini.shortTermOutcomes[0], ini.earlyEvidence[0]].filter(dated)]);
  expectTextCells(p, sheet, [plan.district, ...october, ...initiatives.map(({ ini }) => ini.description)].map(trimmed));

  // People write the minutes: the next writers (QPR view, next minutes, Word) read them.
  const n = minutesNames(MEETING);
  minutesTyped.participants = typed("participants");
  minutesTyped.submittedBy = typed("submitted");
  await typeInto(p, n.participants, [[minutesTyped.participants]]);
  await typeInto(p, n.submittedBy, [[minutesTyped.submittedBy]]);
  for (let s = 1; s <= 6; s++) {
    minutesTyped[`section${s}`] = typed(`section ${s}`);
    await typeInto(p, n.section(s), [[minutesTyped[`section${s}`]]]);
  }
  initiatives.forEach((_, k) => evidenceTyped.push([typed(`evidence ${k}`), typed(`who ${k}`), typed(`where ${k}`)]));
  await typeInto(p, n.evidence, evidenceTyped, { row: 0, col: 1 });
  expectBothSafe(p);
  expectTextCells(p, sheet, [...Object.values(minutesTyped), ...evidenceTyped.flat()]);

  // The next minutes quote item 6 of these ones.
  await both(p, (port) => newMinutes(port, { date: "2026-11-18", today: "2026-10-01" }));
  expectBothSafe(p);
  expectTextCells(p, "Minutes 2026-11-18", [`Agreed at the last discussion (${sheet}, item 6): ${trimmed(minutesTyped.section6)}`]);
});

test("QPR view: the minutes' evidence is copied as text and the narrative people type is carried over as text", async () => {
  await both(p, (port) => qprView(port, { period: PERIOD }));
  expectBothSafe(p);
  const sheet = `QPR ${PERIOD}`;
  expectTextCells(p, sheet, evidenceTyped.flat());

  const q = qprNames(PERIOD);
  narrativeTyped.overall = typed("overall");
  narrativeTyped.o1 = typed("narrative 1");
  narrativeTyped.o2 = "=cmd|' /C calc'!A0";
  await typeInto(p, q.overall, [[narrativeTyped.overall]]);
  await typeInto(p, q.objective(1), [[narrativeTyped.o1]]);
  await typeInto(p, q.objective(2), [[narrativeTyped.o2]]);
  await both(p, (port) => qprView(port, { period: PERIOD }));
  expectBothSafe(p);
  expectTextCells(p, sheet, Object.values(narrativeTyped));
});

test("roll up: ratings that are not a level are quoted in the Summary as text", async () => {
  for (const { ref } of initiatives) {
    const text = typed(`rating ${ref.o}.${ref.i}`);
    ratingTyped.set(`${ref.o}.${ref.i}`, text);
    await typeInto(p, initiativeNames(ref).rating("Process", "Mar"), [[text]]);
  }
  await both(p, (port) => rollUp(port));
  expectBothSafe(p);
  const summary = dumpXlsx(p.xlsx).sheets.find((s) => s.name === SUMMARY_SHEET)!;
  const messages = Object.values(summary.cells)
    .filter((c) => typeof c.value === "string" && c.value.includes(NOT_A_LEVEL))
    .map((c) => c.value as string);
  for (const text of ratingTyped.values()) expect(messages.some((m) => m.includes(`"${text}"`))).toBe(true);
  expectTextCells(p, SUMMARY_SHEET, messages);
});

test("check report: findings quoting hostile text, and sheet names with quotes, are text", async () => {
  await both(p, (port) => check(port, { today: "2027-01-15", report: true }));
  expectBothSafe(p);
  const report = dumpXlsx(p.xlsx).sheets.find((s) => s.name === CHECK_REPORT_SHEET)!;
  const texts = Object.values(report.cells)
    .filter((c) => typeof c.value === "string")
    .map((c) => c.value as string);
  // The report names the strategy sheets and quotes what people wrote.
  for (const s of strategySheets(p)) expect(texts).toContain(s);
  expect(texts.some((t) => [...allHostile].some((h) => h.trim().length > 6 && t.includes(h.trim())))).toBe(true);
  expectTextCells(p, CHECK_REPORT_SHEET, texts);
  // Links to sheets with quotes in their names escape them.
  const links = Object.values(report.cells).filter((c) => c.formula?.startsWith("=HYPERLINK("));
  expect(links.some((c) => c.formula!.includes('""'))).toBe(true);
});

test("self-assessment: the district and the plan texts the checker quotes are text cells on the rubric", async () => {
  for (const date of ["2027-01-20", "2027-01-20"]) {
    const made = await both(p, (port) => assess(port, { date }));
    expect(made.office.sheet).toBe(made.xlsx.sheet);
    expectBothSafe(p);
    const rubric = dumpXlsx(p.xlsx).sheets.find((s) => s.name === made.xlsx.sheet)!;
    const texts = Object.values(rubric.cells)
      .filter((c) => typeof c.value === "string")
      .map((c) => c.value as string);
    expect(texts).toContain(trimmed(plan.district));
    expect(texts.filter((t) => t !== trimmed(plan.district) && [...allHostile].some((h) => h.trim().length > 6 && t.includes(h.trim())))).not.toEqual([]);
    expectTextCells(p, made.xlsx.sheet, texts);
  }
});

/** A .docx body's run texts, the XML escapes undone. */
async function docxRuns(bytes: Uint8Array): Promise<{ xml: string; runs: string[] }> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return { xml, runs: [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])) };
}

/** No field codes or links in the body; the hostile "=HYPERLINK(" is there as text; characters XML must escape are escaped, never raw. */
function expectLiteralXml(xml: string): void {
  expect(xml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar|<w:hyperlink/);
  expect(xml).toContain("=HYPERLINK(");
  expect(xml).not.toMatch(/<w:t[^>]*>[^<]*&(?!(amp|lt|gt|quot|apos);)/);
}

test("the .docx minutes hold what people typed literally, as escaped XML, with no field codes", async () => {
  const x = await minutesDocxBytes(await exportMinutes(p.xlsx, { date: MEETING }));
  const o = await minutesDocxBytes(await exportMinutes(p.office, { date: MEETING }));
  for (const bytes of [x, o]) {
    const { xml, runs } = await docxRuns(bytes);
    expectLiteralXml(xml);
    // Each typed text is one run's text, once the XML escapes are undone.
    for (const text of [...Object.values(minutesTyped), ...evidenceTyped.flat()].map(trimmed)) {
      expect({ text, inDocument: runs.includes(text) || runs.includes(` ${text}`) }).toEqual({ text, inDocument: true });
    }
  }
});

test("the plan's and the QPR's .docx hold the plan's texts literally, as escaped XML, with no field codes in the body", async () => {
  for (const port of [p.xlsx, p.office]) {
    const docs = [await planDocxBytes((await exportPlan(port)).plan), await qprDocxBytes((await qprReport(port, { period: PERIOD })).report, { status: "draft" })];
    for (const bytes of docs) {
      expectLiteralXml((await docxRuns(bytes)).xml);
    }
    // Each single-line text of a strategy sheet is a run of its own in the plan's document (or follows its number).
    const { runs } = await docxRuns(docs[0]);
    const texts = initiatives.flatMap(({ ini }) => [ini.description, ini.lead, ...ini.activities.map((a) => a.text)]).filter((t) => !/[\r\n\t]/.test(t));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect({ text, inDocument: runs.includes(text) }).toEqual({ text, inDocument: true });
  }
});

/** Added last by Add initiative (a new objective 3), then checked in LibreOffice. */
const added = { title: "", lead: "", description: "", activity: "" };

test("add initiative: the initiative JSON's texts and a new objective's title and lead are text cells", async () => {
  Object.assign(added, { title: typed("new objective"), lead: typed("new lead"), description: hostileText(0, "added"), activity: typed("added activity") });
  allHostile.add(added.description);
  const initiative = { ...initiatives[0].ini, description: added.description, lead: added.lead, ratings: {} };
  initiative.activities = [{ ...initiative.activities[0], text: added.activity, lead: added.lead }];
  const made = await both(p, (port) => addInitiative(port, { objective: 3, objectiveTitle: added.title, objectiveLead: added.lead, initiative }));
  expect(made.office).toEqual(made.xlsx);
  expectBothSafe(p);
  expectTextCells(p, made.xlsx.sheet, [added.title, added.lead, added.description, added.activity, ...initiative.shortTermOutcomes, ...initiative.earlyEvidence]);
});

/** Strings the formula cells of a sheet show after LibreOffice recalculates. */
function results(wb: XlsxWorkbook, sheet: string): string[] {
  const ws = wb.book.getWorksheet(sheet)!;
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) out.push(String(computedValue(wb, sheet, cell.address)));
    }),
  );
  return out;
}

test("formulas built around text show exactly the text once LibreOffice recalculates", async () => {
  const wb = await recalcWithLibreOffice(p.xlsx);
  const errors: string[] = [];
  for (const ws of wb.book.worksheets) {
    for (const v of results(wb, ws.name)) if (/^(#|Err:)/.test(v)) errors.push(`${ws.name}: ${v}`);
  }
  expect(errors).toEqual([]);
  // Saved, opened and saved again by LibreOffice: every text is still a text cell, nothing became code.
  const dump = dumpXlsx(wb);
  expectNoInjection(dump);
  const stored = new Set(dump.sheets.flatMap((s) => Object.values(s.cells).map((c) => c.value)));
  expect(planTexts.filter((t) => !stored.has(t))).toEqual([]);
  const expectShown = (sheet: string, texts: string[]) => {
    const shown = results(wb, sheet);
    for (const text of texts) expect({ sheet, text, shown: shown.includes(text) }).toEqual({ sheet, text, shown: true });
  };
  const number = (k: number) => `${initiatives[k].ref.o}.${initiatives[k].ref.i}`;
  // Plan: the objectives-and-initiatives list copies titles, leads and descriptions live.
  expectShown("Plan", [...plan.objectives.flatMap((o) => [o.title, o.lead]), ...initiatives.flatMap(({ ini }) => [ini.description, ini.lead]), added.title, added.description]);
  // Strategy sheets show the district; quarter tabs every activity, its lead and its initiative.
  for (const s of strategySheets(p)) expectShown(s, [plan.district]);
  QUARTERS.forEach((q, k) =>
    expectShown(
      q,
      initiatives.flatMap(({ ini }, j) => [ini.activities[k].text, ini.activities[k].lead, `${number(j)} ${ini.description}`]),
    ),
  );
  expectShown(QUARTERS[0], [added.activity, `3.1 ${added.description}`]);
  // Summary: descriptions, leads, objective titles, and the ratings that are not a level.
  expectShown(SUMMARY_SHEET, [
    ...initiatives.flatMap(({ ini }) => [ini.description, ini.lead]),
    ...plan.objectives.map((o, k) => `Objective ${k + 1}: ${o.title}`),
    ...[...ratingTyped.values()].map((t) => `${NOT_A_LEVEL}: ${t}`),
  ]);
  // QPR view: the district, the initiatives, their evidence and who rated them.
  expectShown(`QPR ${PERIOD}`, [
    plan.district,
    ...plan.objectives.map((o, k) => `Objective ${k + 1}: ${o.title}`),
    ...initiatives.flatMap(({ ini }, k) => [
      `${number(k)} ${ini.description}`,
      ini.lead,
      ini.ratings.Jan!.processEvidence!,
      ini.ratings.Jan!.performanceEvidence!,
      ini.ratings.Jan!.ratedBy!,
    ]),
  ]);
  // Check Report: each link to a sheet with quotes in its name works and shows its cell.
  const ws = wb.book.getWorksheet(CHECK_REPORT_SHEET)!;
  let links = 0;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const m = /^HYPERLINK\(".*","([A-Z]+\d+)"\)$/.exec(cell.formula ?? "");
      if (!m) return;
      links++;
      expect({ cell: cell.address, shown: computedValue(wb, CHECK_REPORT_SHEET, cell.address) }).toEqual({ cell: cell.address, shown: m[1] });
    }),
  );
  expect(links).toBeGreaterThan(10);
}, 180_000);
