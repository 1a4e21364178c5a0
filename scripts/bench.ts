/**
 * npm run bench [-- --json]: round trips per command in Excel (Office.js adapter on the in-memory
 * Excel, which counts context.sync() calls) for generated plans of several sizes, run one after
 * another on one adapter as the pane does, and the time to
 * build an .xlsx file (new plan + toBuffer, median of 5 runs). With --json, one JSON object on
 * stdout and nothing else.
 */
import * as fs from "fs";
import * as path from "path";
import { BENCHMARK_TYPES } from "../src/checks/types";
import { checkBenchmarkTexts } from "../src/checks/benchmarkReport";
import { addInitiative } from "../src/commands/addInitiative";
import { assess } from "../src/commands/assess";
import { check } from "../src/commands/check";
import { exportPlan } from "../src/commands/exportPlan";
import { newMinutes } from "../src/commands/newMinutes";
import { newPlan } from "../src/commands/newPlan";
import { qprView } from "../src/commands/qprView";
import { saveRating } from "../src/commands/rate";
import { repairNames } from "../src/commands/repairNames";
import { refreshQuarters } from "../src/commands/refreshQuarters";
import { rollUp } from "../src/commands/rollUp";
import type { Plan } from "../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../src/domain/scales";
import { parsePlan } from "../src/domain/validate";
import { OfficeWorkbook } from "../src/workbook/office/OfficeWorkbook";
import type { WorkbookPort } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel, type FakeExcel } from "../tests/fakes/excel";
import { generatePlan } from "../tests/support/generatePlan";
import { realExcelRun } from "../tests/support/officeJs";

/** Objectives × initiatives × activities, and benchmark length (0: short texts). */
const SIZES = [
  [1, 1, 6, 0],
  [5, 5, 6, 0],
  [10, 5, 6, 0],
  [10, 8, 12, 400],
] as const;
const sizeKey = ([o, i, a, long]: (typeof SIZES)[number]) => (long ? `${o}x${i}x${a}-long` : `${o}x${i}`);
const COMMANDS = ["newPlan", "addInitiative", "refreshQuarters", "exportPlan", "check", "rollUp", "qprView", "newMinutes", "saveRating", "assess", "repairNames"] as const;
type Command = (typeof COMMANDS)[number];
const RUNS = 5;

/** lib/scripts/bench.js and scripts/bench.ts both sit two levels below the repository root. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("bench: cannot find the repository root (package.json) above " + __dirname);
    dir = up;
  }
  return dir;
}

/** One command in Excel: round trips, and its largest request and response as the office.js client serialized them. */
interface Cost {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
}

/** Syncs and bytes of one command on the pane's adapter (it learnt the workbook's names when the pane opened). */
async function syncsOf(fake: FakeExcel, port: WorkbookPort, command: (port: WorkbookPort) => Promise<unknown>): Promise<Cost> {
  fake.resetSyncCount();
  await command(port);
  const largest = (key: "requestBytes" | "responseBytes") => Math.max(0, ...fake.traffic.map((t) => t[key]));
  return { syncs: fake.syncCount, requestBytes: largest("requestBytes"), responseBytes: largest("responseBytes") };
}

async function syncCounts(plan: Plan): Promise<Record<Command, Cost>> {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1"); // a new Excel workbook has one sheet
  // The real Excel web client (office.js) serializes every request: the bytes are the ones Excel would get.
  const port = new OfficeWorkbook(realExcelRun(fake), { isSetSupported: fake.isSetSupported });
  await port.listSheets(); // what the pane does when it opens
  const extra = generatePlan(1, 1).objectives[0].initiatives[0];
  return {
    newPlan: await syncsOf(fake, port, (p) => newPlan(p, plan)),
    addInitiative: await syncsOf(fake, port, (p) => addInitiative(p, { objective: 1, initiative: extra })),
    refreshQuarters: await syncsOf(fake, port, refreshQuarters),
    exportPlan: await syncsOf(fake, port, exportPlan),
    check: await syncsOf(fake, port, (p) => check(p, { today: "2027-01-15", report: true })),
    rollUp: await syncsOf(fake, port, rollUp),
    qprView: await syncsOf(fake, port, (p) => qprView(p, { period: "Mar" })),
    newMinutes: await syncsOf(fake, port, (p) => newMinutes(p, { date: "2026-10-14", today: "2026-10-01" })),
    saveRating: await syncsOf(fake, port, (p) => saveRating(p, { o: 1, i: 1 }, "Mar", RATING)),
    assess: await syncsOf(fake, port, (p) => assess(p, { date: "2026-10-01" })),
    repairNames: await repairSyncs(fake, port),
  };
}

/** As in the pane: someone deletes a name and breaks another, Check lists them, then Repair names. */
async function repairSyncs(fake: FakeExcel, port: WorkbookPort): Promise<Cost> {
  fake.deleteName("AIP.O1.I1.Lead");
  fake.breakName("AIP.District");
  await check(port, { today: "2027-01-15", report: false });
  return syncsOf(fake, port, repairNames);
}

async function buildMs(plan: Plan): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const wb = XlsxWorkbook.create();
    await newPlan(wb, plan);
    await wb.toBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)]);
}

/** What the Rate panel's Save writes for one initiative. */
const RATING = {
  process: PROCESS_SCALE.levels[2].name,
  processEvidence: "Walkthroughs: 8 of 10 classrooms use the routines",
  performance: PERFORMANCE_SCALE.levels[1].name,
  performanceEvidence: "Winter screener: +6 points",
  ratedBy: "Plan Monitor",
  ratedOn: "2027-03-04",
};

/** Benchmark texts of every type, varied so no cache or shortcut helps; timed over 10,000 of them. */
function benchmarkTexts(n: number): { text: string; type: (typeof BENCHMARK_TYPES)[number] }[] {
  const shapes = [
    (k: number) => `By June ${2027 + (k % 3)}, ${40 + (k % 50)}% of grade ${3 + (k % 6)} students will score proficient on the spring MCAS, as measured by state results.`,
    (k: number) => `Teachers meet in grade-level teams every ${k % 2 ? "week" : "month"} to review student work (agendas and sign-in sheets).`,
    (k: number) => `Increase the number of students reading on grade level (item ${k}).`,
    (k: number) => `By the end of SY26-27, all ${k % 2 ? "coaches" : "principals"} complete ${2 + (k % 4)} walkthroughs a month, as evidenced by the walkthrough tool.`,
    (k: number) => `<insert date> Attendance at the family literacy night rises to ${k % 90} families.`,
  ];
  return Array.from({ length: n }, (_, k) => ({ text: shapes[k % shapes.length](k), type: BENCHMARK_TYPES[k % BENCHMARK_TYPES.length] }));
}

/** Texts per second through checkBenchmarkTexts (all text rules), median of 5 runs of 10,000. */
function checkerTextsPerSecond(): number {
  const texts = benchmarkTexts(10_000);
  checkBenchmarkTexts(texts.slice(0, 200), { schoolYear: 2026 }); // warm up the JIT
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    checkBenchmarkTexts(texts, { schoolYear: 2026 });
    rates.push(texts.length / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  return Math.round(rates[Math.floor(RUNS / 2)]);
}

const kB = (bytes: number) => (bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0);

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const table = () => Object.fromEntries(COMMANDS.map((c) => [c, {} as Record<string, number>])) as Record<Command, Record<string, number>>;
  const syncs = table();
  const requestBytes = table();
  const responseBytes = table();
  for (const size of SIZES) {
    const counts = await syncCounts(generatePlan(size[0], size[1], size[2], size[3]));
    for (const c of COMMANDS) {
      syncs[c][sizeKey(size)] = counts[c].syncs;
      requestBytes[c][sizeKey(size)] = counts[c].requestBytes;
      responseBytes[c][sizeKey(size)] = counts[c].responseBytes;
    }
  }
  const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(repoRoot(), "examples", "sample-plan.json"), "utf8")));
  const xlsxBuildMs = { sample: await buildMs(sample), "5x5": await buildMs(generatePlan(5, 5)) };
  const textsPerSecond = checkerTextsPerSecond();

  if (json) {
    process.stdout.write(`${JSON.stringify({ syncs, requestBytes, responseBytes, xlsxBuildMs, checkerTextsPerSecond: textsPerSecond })}\n`);
    return;
  }
  const sizes = SIZES.map(sizeKey);
  const lines = [
    "Round trips in Excel (context.sync() calls per command; objectives x initiatives, 6 activities each; -long: ~400-character benchmarks)",
    "",
    ["command".padEnd(18), ...sizes.map((s) => s.padStart(18))].join(""),
    ...COMMANDS.map((c) => [c.padEnd(18), ...sizes.map((s) => String(syncs[c][s]).padStart(18))].join("")),
    "",
    "Largest request / response in kB, as the office.js Excel web client serializes them (Excel on the web refuses over 5,000 kB)",
    "",
    ["command".padEnd(18), ...sizes.map((s) => s.padStart(18))].join(""),
    ...COMMANDS.map((c) => [c.padEnd(18), ...sizes.map((s) => `${kB(requestBytes[c][s])} / ${kB(responseBytes[c][s])}`.padStart(18))].join("")),
    "",
    `.xlsx build time (new plan + save, median of ${RUNS} runs)`,
    "",
    `${"sample plan".padEnd(18)}${String(xlsxBuildMs.sample).padStart(6)} ms`,
    `${"5x5 plan".padEnd(18)}${String(xlsxBuildMs["5x5"]).padStart(6)} ms`,
    "",
    `Benchmark checker: ${textsPerSecond} texts per second (10,000 texts, median of ${RUNS} runs; 10,000 take ${(10_000 / textsPerSecond).toFixed(2)} s)`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
