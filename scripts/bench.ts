/**
 * npm run bench [-- --json]: round trips per command in Excel (Office.js adapter on the in-memory
 * Excel, which counts context.sync() calls) for generated plans of several sizes, run one after
 * another on one adapter as the pane does, and the time to
 * build an .xlsx file (new plan + toBuffer, median of 5 runs). With --json, one JSON object on
 * stdout and nothing else.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BENCHMARK_TYPES } from "../src/checks/types";
import { checkBenchmarkTexts } from "../src/checks/benchmarkReport";
import { addInitiative } from "../src/commands/addInitiative";
import { assess } from "../src/commands/assess";
import { check } from "../src/commands/check";
import { exportPlan } from "../src/commands/exportPlan";
import { newMinutes } from "../src/commands/newMinutes";
import { newPlan } from "../src/commands/newPlan";
import { qprReport } from "../src/commands/qprReport";
import { qprView } from "../src/commands/qprView";
import { summative } from "../src/commands/summative";
import { saveRating } from "../src/commands/rate";
import { repairNames } from "../src/commands/repairNames";
import { refreshQuarters } from "../src/commands/refreshQuarters";
import { rollUp } from "../src/commands/rollUp";
import type { Plan } from "../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../src/domain/scales";
import { parsePlan } from "../src/domain/validate";
import { OfficeWorkbook } from "../src/workbook/office/OfficeWorkbook";
import type { WorkbookPort } from "../src/workbook/port";
import { keepUnwrittenParts } from "../src/workbook/xlsx/package/keepParts";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel, type FakeExcel } from "../tests/fakes/excel";
import { main as aip } from "../src/cli/main";
import { generatePlan } from "../tests/support/generatePlan";
import { writeDistricts } from "../tests/support/generateDistricts";
import { realExcelRun } from "../tests/support/officeJs";

/** Objectives × initiatives × activities, and benchmark length (0: short texts). */
const SIZES = [
  [1, 1, 6, 0],
  [5, 5, 6, 0],
  [10, 5, 6, 0],
  [10, 8, 12, 400],
] as const;
const sizeKey = ([o, i, a, long]: (typeof SIZES)[number]) => (long ? `${o}x${i}x${a}-long` : `${o}x${i}`);
const COMMANDS = [
  "newPlan",
  "addInitiative",
  "refreshQuarters",
  "exportPlan",
  "check",
  "rollUp",
  "qprView",
  "qprDocument",
  "summative",
  "newMinutes",
  "saveRating",
  "assess",
  "repairNames",
] as const;
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
    // As the pane's Check page runs it: the report and the marks on the flagged cells.
    check: await syncsOf(fake, port, (p) => check(p, { today: "2027-01-15", report: true, mark: true })),
    rollUp: await syncsOf(fake, port, rollUp),
    qprView: await syncsOf(fake, port, (p) => qprView(p, { period: "Mar" })),
    // QPR as Word: the read of the report and its review round (the .docx is made in the pane, no Excel call).
    qprDocument: await syncsOf(fake, port, (p) => qprReport(p, { period: "Mar" })),
    summative: await syncsOf(fake, port, (p) => summative(p, { today: "2027-06-15" })),
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

/**
 * Saving a workbook the CLI opened: ExcelJS's write plus the merge that keeps every part it does
 * not write (src/workbook/xlsx/package/keepParts.ts), medians in ms.
 */
async function resaveMs(plan: Plan): Promise<{ save: number; merge: number }> {
  const built = XlsxWorkbook.create();
  await newPlan(built, plan);
  const original = await built.toBuffer();
  const saves: number[] = [];
  const merges: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const wb = await XlsxWorkbook.fromBuffer(original);
    let started = performance.now();
    const written = new Uint8Array((await wb.book.xlsx.writeBuffer()) as ArrayBuffer);
    const write = performance.now() - started;
    started = performance.now();
    await keepUnwrittenParts(original, written);
    merges.push(performance.now() - started);
    saves.push(write + merges[merges.length - 1]);
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
  return { save: median(saves), merge: median(merges) };
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

const PORTFOLIO_FILES = 100;

export interface PortfolioBench {
  workbooks: number;
  seconds: number;
  /** Of which reading the workbooks (the worker pool), from the run's last progress line. */
  readSeconds: number;
  /** Processor time of all threads: on a machine shared with other work, the wall time says less than this. */
  cpuSeconds: number;
  workbooksPerSecond: number;
  /** Peak resident set of this process (its worker threads included), in MB. */
  peakRssMb: number;
}

/**
 * aip portfolio over 100 district workbooks of 5 x 5 plans, in 10 sub-folders: four distinct
 * workbooks built once, copied 25 times each (building 100 would time newPlan, not the portfolio).
 * Read by the worker pool when run from lib/ (npm run bench).
 */
async function portfolioBench(): Promise<PortfolioBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aip-bench-portfolio-"));
  try {
    const built = await writeDistricts(path.join(dir, "built"), 4, 5, 5);
    for (let k = 0; k < PORTFOLIO_FILES; k++) {
      const into = path.join(dir, "districts", `region-${(k % 10) + 1}`);
      fs.mkdirSync(into, { recursive: true });
      fs.copyFileSync(built[k % built.length], path.join(into, `district-${String(k + 1).padStart(3, "0")}.xlsx`));
    }
    const quiet = { write: () => true };
    const progress: string[] = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    const code = await aip(["portfolio", "districts", "-o", "portfolio.xlsx", "--today", "2027-03-10", "--csv", "csv"], {
      stdout: quiet,
      stderr: { write: (t: string) => progress.push(t) },
      cwd: dir,
    });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`bench: aip portfolio exited ${code}: ${progress.join("")}`);
    const used = process.cpuUsage(cpu);
    const read = /read \d+ of \d+ workbooks \(([\d.]+) s\)\n?$/.exec(progress.filter((l) => l.includes("workbooks (")).pop() ?? "");
    const tenth = (n: number) => Math.round(n * 10) / 10;
    return {
      workbooks: PORTFOLIO_FILES,
      seconds: tenth(seconds),
      readSeconds: read ? Number(read[1]) : NaN,
      cpuSeconds: tenth((used.user + used.system) / 1e6),
      workbooksPerSecond: tenth(PORTFOLIO_FILES / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const kB = (bytes: number) => (bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0);

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  // First, so the peak RSS it reports is its own.
  const portfolio = await portfolioBench();
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
  const xlsxResaveMs = { sample: await resaveMs(sample), "5x5": await resaveMs(generatePlan(5, 5)) };
  const textsPerSecond = checkerTextsPerSecond();

  if (json) {
    process.stdout.write(
      `${JSON.stringify({ syncs, requestBytes, responseBytes, xlsxBuildMs, xlsxResaveMs, checkerTextsPerSecond: textsPerSecond, portfolioWorkbooksPerSecond: portfolio.workbooksPerSecond, portfolio })}\n`,
    );
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
    `.xlsx save of an opened file (ExcelJS write + keeping the parts it does not write; median of ${RUNS} runs)`,
    "",
    ...(["sample", "5x5"] as const).map(
      (k) => `${(k === "sample" ? "sample plan" : "5x5 plan").padEnd(18)}${String(xlsxResaveMs[k].save).padStart(6)} ms, of which the merge ${xlsxResaveMs[k].merge} ms`,
    ),
    "",
    `Benchmark checker: ${textsPerSecond} texts per second (10,000 texts, median of ${RUNS} runs; 10,000 take ${(10_000 / textsPerSecond).toFixed(2)} s)`,
    "",
    `Portfolio: ${portfolio.workbooksPerSecond} workbooks per second (portfolioWorkbooksPerSecond; ${portfolio.workbooks} district workbooks of 5x5 plans in ${portfolio.seconds} s (reading ${portfolio.readSeconds} s), workbook and CSV written; ${portfolio.cpuSeconds} s of processor time; peak RSS ${portfolio.peakRssMb} MB)`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
