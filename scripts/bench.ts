/**
 * npm run bench [-- --json]: round trips per command in Excel (Office.js adapter on the in-memory
 * Excel, which counts context.sync() calls) for generated plans of several sizes, run one after
 * another on one adapter as the pane does, and the time to
 * build an .xlsx file (new plan + toBuffer, median of 5 runs). With --json, one JSON object on
 * stdout and nothing else.
 */
import * as fs from "fs";
import * as path from "path";
import { addInitiative } from "../src/commands/addInitiative";
import { exportPlan } from "../src/commands/exportPlan";
import { newPlan } from "../src/commands/newPlan";
import { refreshQuarters } from "../src/commands/refreshQuarters";
import type { Plan } from "../src/domain/plan";
import { parsePlan } from "../src/domain/validate";
import { OfficeWorkbook } from "../src/workbook/office/OfficeWorkbook";
import type { WorkbookPort } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel, type FakeExcel } from "../tests/fakes/excel";
import { generatePlan } from "../tests/support/generatePlan";

const SIZES = [
  [1, 1],
  [5, 5],
  [10, 5],
] as const;
const COMMANDS = ["newPlan", "addInitiative", "refreshQuarters", "exportPlan"] as const;
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

/** Syncs of one command on the pane's adapter (it learnt the workbook's names when the pane opened). */
async function syncsOf(fake: FakeExcel, port: WorkbookPort, command: (port: WorkbookPort) => Promise<unknown>): Promise<number> {
  fake.resetSyncCount();
  await command(port);
  return fake.syncCount;
}

async function syncCounts(plan: Plan): Promise<Record<Command, number>> {
  const fake = createFakeExcel();
  fake.addSheet("Sheet1"); // a new Excel workbook has one sheet
  const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  await port.listSheets(); // what the pane does when it opens
  const extra = generatePlan(1, 1).objectives[0].initiatives[0];
  return {
    newPlan: await syncsOf(fake, port, (p) => newPlan(p, plan)),
    addInitiative: await syncsOf(fake, port, (p) => addInitiative(p, { objective: 1, initiative: extra })),
    refreshQuarters: await syncsOf(fake, port, refreshQuarters),
    exportPlan: await syncsOf(fake, port, exportPlan),
  };
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

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const syncs = Object.fromEntries(COMMANDS.map((c) => [c, {} as Record<string, number>])) as Record<Command, Record<string, number>>;
  for (const [o, i] of SIZES) {
    const counts = await syncCounts(generatePlan(o, i));
    for (const c of COMMANDS) syncs[c][`${o}x${i}`] = counts[c];
  }
  const sample = parsePlan(JSON.parse(fs.readFileSync(path.join(repoRoot(), "examples", "sample-plan.json"), "utf8")));
  const xlsxBuildMs = { sample: await buildMs(sample), "5x5": await buildMs(generatePlan(5, 5)) };

  if (json) {
    process.stdout.write(`${JSON.stringify({ syncs, xlsxBuildMs })}\n`);
    return;
  }
  const sizes = SIZES.map(([o, i]) => `${o}x${i}`);
  const lines = [
    "Round trips in Excel (context.sync() calls per command; objectives x initiatives, 6 activities each)",
    "",
    ["command".padEnd(18), ...sizes.map((s) => s.padStart(6))].join(""),
    ...COMMANDS.map((c) => [c.padEnd(18), ...sizes.map((s) => String(syncs[c][s]).padStart(6))].join("")),
    "",
    `.xlsx build time (new plan + save, median of ${RUNS} runs)`,
    "",
    `${"sample plan".padEnd(18)}${String(xlsxBuildMs.sample).padStart(6)} ms`,
    `${"5x5 plan".padEnd(18)}${String(xlsxBuildMs["5x5"]).padStart(6)} ms`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
