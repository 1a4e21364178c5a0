/**
 * The edited-workbook suite (docs/safety.md): generated plan workbooks, edited as people edit them in
 * Excel (edits.ts), alone and in seeded random combinations of 1–4; then every command runs on
 * each. Asserted: no unhandled exception (a WorkbookError or PlanError whose message names the
 * sheet, cell or name is a clear refusal, counted by kind) and every cell outside the add-in's own
 * areas unchanged. Every case runs through the xlsx adapter; every 10th also through the office
 * adapter on the in-memory Excel.
 *
 * AIP_EDIT_CASES=n runs seeds 1..n (default 500); AIP_EDIT_SEED=s reruns one seed (it is printed
 * with every failure): AIP_EDIT_SEED=123 npx jest tests/robustness
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { isDeepStrictEqual } from "util";
import { assess } from "../../src/commands/assess";
import { check } from "../../src/commands/check";
import { exportPlan } from "../../src/commands/exportPlan";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { qprReport } from "../../src/commands/qprReport";
import { qprView } from "../../src/commands/qprView";
import { refreshQuarters } from "../../src/commands/refreshQuarters";
import { repairNames } from "../../src/commands/repairNames";
import { rollUp } from "../../src/commands/rollUp";
import { summative } from "../../src/commands/summative";
import { QPR_PERIODS, type Plan } from "../../src/domain/plan";
import { parsePlan, PlanError } from "../../src/domain/validate";
import { planDocxBytes } from "../../src/export/planDocx";
import { qprDocxBytes } from "../../src/export/qprDocx";
import { PLAN_NAMES } from "../../src/layout/names";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel, type FakeExcel } from "../fakes/excel";
import type { WorkbookDump } from "../support/dump";
import { fromTemplate, xlsxTemplate, type XlsxTemplate } from "../support/cloneXlsx";
import { dumpXlsx } from "../support/dumpXlsx";
import { generatePlan } from "../support/generatePlan";
import { ownedByCommands, peoplesCells } from "../support/peoplesCells";
import { mulberry32, type Rng } from "../support/prng";
import { EDITS, type Edit } from "./edits";
import { fakeTarget, xlsxTarget, type EditTarget } from "./target";

const ROOT = join(__dirname, "../..");
const sample = parsePlan(JSON.parse(readFileSync(join(ROOT, "examples/sample-plan.json"), "utf8")));

interface Base {
  label: string;
  plan: Plan;
  /** Made before the edits, as a workbook in use would have them. */
  summary?: boolean;
  qpr?: boolean;
  minutes?: boolean;
  report?: boolean;
}

const unrated = (p: Plan): Plan => ({ ...p, objectives: p.objectives.map((o) => ({ ...o, initiatives: o.initiatives.map((i) => ({ ...i, ratings: {} })) })) });

const BASES: Base[] = [
  { label: "1x1", plan: generatePlan(1, 1, 2) },
  { label: "2x2 with Summary, QPR Jan and minutes", plan: generatePlan(2, 2, 3), summary: true, qpr: true, minutes: true },
  { label: "3x3 with everything", plan: generatePlan(3, 3, 2), summary: true, qpr: true, minutes: true, report: true },
  { label: "2x1 unrated with minutes", plan: unrated(generatePlan(2, 1, 2)), minutes: true },
  { label: "1x3 with Summary and QPR Jan", plan: generatePlan(1, 3, 1), summary: true, qpr: true },
  { label: "sample plan with Summary", plan: sample, summary: true },
];

/** Builds a base through any port: the plan, the sheets made after, and notes people keep beside the add-in's areas. */
async function build(port: WorkbookPort, base: Base): Promise<void> {
  await newPlan(port, base.plan);
  if (base.summary) await rollUp(port);
  if (base.qpr) await qprView(port, { period: "Jan" });
  if (base.minutes) await newMinutes(port, { date: "2026-09-16", today: "2026-09-01" });
  if (base.report) await check(port, { today: "2026-12-01", report: true });
  const snap = await port.snapshot();
  const notes = [
    ["my own note", 42],
    ["=not a formula", "@mention"],
  ];
  const sheets = snap.sheets.filter((s) => !/^(Sept-Dec|Jan-March|April-June|July-Sept|Check Report)$/.test(s));
  await port.apply({
    sheets: sheets.map((name) => ({ name, create: false, blocks: [{ at: name === "Summary" ? "AH2" : name.startsWith("QPR") ? "Z2" : "T2", cells: notes }] })),
    names: [],
  });
  if (!snap.names[PLAN_NAMES.district]) throw new Error(`base ${base.label}: no district name`);
}

/** Each base as a file opened in the CLI, built once per worker and copied for each case. */
const xlsxBases = new Map<number, Promise<{ template: XlsxTemplate; dump: WorkbookDump }>>();
function xlsxBase(index: number): Promise<{ template: XlsxTemplate; dump: WorkbookDump }> {
  let made = xlsxBases.get(index);
  if (!made) {
    made = (async () => {
      const wb = XlsxWorkbook.create();
      await build(wb, BASES[index]);
      const opened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
      return { template: xlsxTemplate(opened), dump: dumpXlsx(opened) };
    })();
    xlsxBases.set(index, made);
  }
  return made;
}

/** Each base on the in-memory Excel, built once per worker through the Office adapter and copied for each case. */
const officeBases = new Map<number, Promise<{ fake: FakeExcel; dump: WorkbookDump }>>();
function officeBase(index: number): Promise<{ fake: FakeExcel; dump: WorkbookDump }> {
  let made = officeBases.get(index);
  if (!made) {
    made = (async () => {
      const fake = createFakeExcel();
      await build(new OfficeWorkbook(fake.run), BASES[index]);
      return { fake, dump: fake.dump() };
    })();
    officeBases.set(index, made);
  }
  return made;
}

/** The bases the cases were copied from, copied once more: unchanged if no case reached into them. */
export async function basesUntouched(): Promise<string[]> {
  const changed: string[] = [];
  for (const [index, made] of xlsxBases) {
    const { template, dump } = await made;
    if (!isDeepStrictEqual(dumpXlsx(fromTemplate(template)), dump)) changed.push(BASES[index].label);
  }
  for (const [index, made] of officeBases) {
    const { fake, dump } = await made;
    if (!isDeepStrictEqual(fake.dump(), dump)) changed.push(`${BASES[index].label} (in-memory Excel)`);
  }
  return changed;
}

type Inputs = { period: (typeof QPR_PERIODS)[number] };
export type Command = { name: string; run: (port: WorkbookPort, inputs: Inputs) => Promise<unknown> };

const COMMANDS: Command[] = [
  { name: "check", run: (port) => check(port, { today: "2027-01-15", report: true, mark: true }) },
  { name: "rollUp", run: (port) => rollUp(port) },
  { name: "refreshQuarters", run: (port) => refreshQuarters(port) },
  { name: "qprView", run: (port, { period }) => qprView(port, { period }) },
  { name: "summative", run: (port) => summative(port, { today: "2027-06-15" }) },
  { name: "newMinutes", run: (port) => newMinutes(port, { date: "2026-10-14", suffixIfExists: true, today: "2026-10-01" }) },
  { name: "exportPlan", run: (port) => exportPlan(port) },
  // The Word documents read as exportPlan does and change nothing: they must not fail on what people did to the workbook.
  { name: "wordDocuments", run: async (port, { period }) => [await planDocxBytes((await exportPlan(port)).plan), await qprDocxBytes((await qprReport(port, { period })).report)] },
  // Last, so the commands above meet the broken names first.
  { name: "repairNames", run: (port) => repairNames(port) },
  { name: "assess", run: (port) => assess(port, { date: "2027-01-20" }) },
];

export interface Counts {
  cases: number;
  officeCases: number;
  commands: number;
  ok: number;
  /** Clear refusals (a WorkbookError or PlanError naming where) by error and message shape. */
  refusals: Record<string, number>;
  /** Unhandled exceptions, unclear messages and lost cells, by kind. */
  failures: Record<string, number>;
  /** How often each edit was applied. */
  edits: Record<string, number>;
  seconds: number;
}

export const newCounts = (): Counts => ({ cases: 0, officeCases: 0, commands: 0, ok: 0, refusals: {}, failures: {}, edits: {}, seconds: 0 });
const bump = (m: Record<string, number>, k: string) => void (m[k] = (m[k] ?? 0) + 1);

/** A message's shape: quoted parts and numbers replaced, so refusals group by kind. */
export function messageKind(message: string): string {
  const shape = message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'(?:[^']|'')*'!/g, "'…'!")
    .replace(/\bAIP\.[A-Za-z0-9_.]+/g, "AIP.…")
    .replace(/\d+/g, "N");
  return shape.length > 110 ? `${shape.slice(0, 110)}…` : shape;
}

/** A clear message names where: a quoted sheet or value, a cell address or a defined name. */
export function namesWhere(message: string): boolean {
  return /"[^"]+"|'[^']+'|\b[A-Z]{1,3}\d+\b|\bAIP\.[A-Za-z]/.test(message);
}

/** Seed s: every 4th applies one edit alone (each kind in turn); the others 1–4 random edits. */
function chooseEdits(seed: number, rng: Rng): Edit[] {
  if (seed % 4 === 0) return [EDITS[(seed / 4) % EDITS.length]];
  return Array.from({ length: rng.int(1, 4) }, () => rng.pick(EDITS));
}

interface Path {
  label: string;
  port: WorkbookPort;
  target: EditTarget;
  dump: () => WorkbookDump;
}

const EXCEL_TEXT_MAX = 32_767;

/** One case on one adapter; returns the failures, each with the seed and how to rerun it. */
async function runPath(seed: number, base: Base, path: Path, counts: Counts, commands: Command[]): Promise<string[]> {
  const rng = mulberry32(seed);
  const done: string[] = [];
  const failures: string[] = [];
  const fail = (kind: string, detail: string) => {
    bump(counts.failures, kind);
    failures.push(`seed ${seed} (${path.label}, base "${base.label}"; edits: ${done.join(" | ") || "none"}): ${detail}\n  rerun: AIP_EDIT_SEED=${seed} npx jest tests/robustness`);
  };
  for (const edit of chooseEdits(seed, rng)) {
    try {
      const what = edit.apply(path.target, rng);
      if (what) {
        done.push(`${edit.kind}: ${what}`);
        bump(counts.edits, edit.kind);
      }
    } catch (e) {
      fail("edit helper failed", `the edit "${edit.kind}" itself failed: ${String(e)}`);
      return failures;
    }
  }
  const inputs: Inputs = { period: rng.pick(QPR_PERIODS) };
  const before = await path.port.snapshot();
  const dumpBefore = path.dump();
  for (const command of commands) {
    counts.commands++;
    try {
      await command.run(path.port, inputs);
      counts.ok++;
    } catch (e) {
      const known = e instanceof WorkbookError || e instanceof PlanError;
      const message = e instanceof Error ? e.message : String(e);
      if (known && namesWhere(message)) bump(counts.refusals, `${command.name}: ${messageKind(message)}`);
      else if (known) fail(`unclear message (${command.name})`, `${command.name} refused without naming the sheet or cell: ${message}`);
      else
        fail(
          `unhandled exception (${command.name})`,
          `${command.name} threw ${e instanceof Error ? `${e.name}: ${message}\n${e.stack?.split("\n").slice(1, 6).join("\n")}` : message}`,
        );
    }
  }
  const after = await path.port.snapshot();
  const gone = before.sheets.filter((s) => !after.sheets.includes(s));
  if (gone.length) fail("sheet deleted", `the commands deleted ${gone.map((s) => `"${s}"`).join(", ")}`);
  const dumpAfter = path.dump();
  // Excel refuses (and "repairs" files with) text longer than 32,767 characters.
  const tooLong = dumpAfter.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, c]) => typeof c.value === "string" && c.value.length > EXCEL_TEXT_MAX)
      .map(([a, c]) => `'${s.name}'!${a} (${String(c.value).length} characters)`),
  );
  if (tooLong.length) fail("text longer than Excel allows", `the commands wrote ${tooLong.join(", ")}`);
  const owned = ownedByCommands(before, after);
  const was = peoplesCells(dumpBefore, before.sheets, owned);
  const now = peoplesCells(dumpAfter, before.sheets, owned);
  const changed = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) => !isDeepStrictEqual(was[k], now[k]));
  if (changed.length) {
    const show = (v: unknown) => JSON.stringify(v)?.slice(0, 80);
    fail(
      "people's cells changed",
      `${changed.length} cell(s) outside the add-in's areas changed: ${changed
        .slice(0, 4)
        .map((k) => `${k} ${show(was[k])} → ${show(now[k])}`)
        .join("; ")}`,
    );
  }
  return failures;
}

/** Every n-th case also runs on the office adapter (AIP_EDIT_OFFICE_EVERY, default 10). */
const OFFICE_EVERY = Number(process.env.AIP_EDIT_OFFICE_EVERY ?? 10);

export async function runSeed(seed: number, counts: Counts, commands: Command[] = COMMANDS): Promise<string[]> {
  const index = seed % BASES.length;
  const base = BASES[index];
  counts.cases++;
  const wb = fromTemplate((await xlsxBase(index)).template);
  const failures = await runPath(seed, base, { label: "xlsx adapter", port: wb, target: xlsxTarget(wb), dump: () => dumpXlsx(wb) }, counts, commands);
  if (seed % OFFICE_EVERY === 0) {
    counts.officeCases++;
    const fake = (await officeBase(index)).fake.copy();
    const port = new OfficeWorkbook(fake.run);
    failures.push(...(await runPath(seed, base, { label: "office adapter on the in-memory Excel", port, target: fakeTarget(fake), dump: () => fake.dump() }, counts, commands)));
  }
  return failures;
}

/** The seeds of one shard: 1..AIP_EDIT_CASES split in `shards` ranges, or only AIP_EDIT_SEED (in shard 0). */
export function seedsOf(shard: number, shards: number): number[] {
  const only = process.env.AIP_EDIT_SEED;
  if (only) return shard === 0 ? [Number(only)] : [];
  const total = Number(process.env.AIP_EDIT_CASES ?? 500);
  const size = Math.ceil(total / shards);
  const out: number[] = [];
  for (let s = shard * size + 1; s <= Math.min(total, (shard + 1) * size); s++) out.push(s);
  return out;
}

const RESULTS = join(ROOT, "test-results");

/** Writes this shard's counts, then the sum of every shard's into test-results/robustness.json. */
export function report(shard: number, counts: Counts): Counts {
  mkdirSync(RESULTS, { recursive: true });
  // Only shards run with the same settings are added up (a stale file of another run is left out).
  const settings = `cases=${process.env.AIP_EDIT_CASES ?? 500} seed=${process.env.AIP_EDIT_SEED ?? ""} office=${OFFICE_EVERY}`;
  writeFileSync(join(RESULTS, `robustness-shard${shard + 1}.json`), JSON.stringify({ ...counts, settings, finished: new Date().toISOString() }, null, 2));
  const total = newCounts();
  const shards: string[] = [];
  for (const f of readdirSync(RESULTS).filter((x) => /^robustness-shard\d+\.json$/.test(x))) {
    const c = JSON.parse(readFileSync(join(RESULTS, f), "utf8")) as Counts & { finished: string; settings?: string };
    if (c.settings !== settings) continue;
    shards.push(`${f} (${c.finished})`);
    for (const k of ["cases", "officeCases", "commands", "ok"] as const) total[k] += c[k];
    total.seconds = Math.max(total.seconds, c.seconds);
    for (const k of ["refusals", "failures", "edits"] as const) for (const [key, n] of Object.entries(c[k])) total[k][key] = (total[k][key] ?? 0) + n;
  }
  const out = { ...total, settings, failed: Object.values(total.failures).reduce((a, b) => a + b, 0), shards };
  writeFileSync(join(RESULTS, "robustness.json"), JSON.stringify(out, null, 2));
  return total;
}

/** Defines one shard's tests: chunks of 25 seeds, each failing with the seeds and what went wrong. */
export function defineShard(shard: number, shards = 2): void {
  const seeds = seedsOf(shard, shards);
  const counts = newCounts();
  const started = Date.now();
  afterAll(() => {
    if (!seeds.length) return;
    counts.seconds = Math.round((Date.now() - started) / 100) / 10;
    const total = report(shard, counts);
    const failed = Object.values(counts.failures).reduce((a, b) => a + b, 0);
    const lines = [
      `Edited-workbook suite, shard ${shard + 1}/${shards}: ${counts.cases} cases (${counts.officeCases} also on the office adapter), ${counts.commands} commands: ${counts.ok} ok, ${Object.values(counts.refusals).reduce((a, b) => a + b, 0)} clear refusals, ${failed} failures (${counts.seconds} s)`,
      ...Object.entries(counts.refusals)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `  refusal ×${n}  ${k}`),
      ...Object.entries(counts.failures).map(([k, n]) => `  FAILURE ×${n}  ${k}`),
      `  all shards so far (test-results/robustness.json): ${total.cases} cases, ${total.commands} commands`,
    ];
    console.log(lines.join("\n"));
  });
  if (!seeds.length) {
    test.skip("no seeds in this shard (AIP_EDIT_SEED runs in shard 1)", () => undefined);
    return;
  }
  for (let i = 0; i < seeds.length; i += 25) {
    const chunk = seeds.slice(i, i + 25);
    test(`seeds ${chunk[0]}–${chunk[chunk.length - 1]}: every command on the edited workbooks`, async () => {
      const failures: string[] = [];
      for (const seed of chunk) failures.push(...(await runSeed(seed, counts)));
      expect(failures).toEqual([]);
    });
  }
  test("the base workbooks were not changed through their copies", async () => {
    expect(await basesUntouched()).toEqual([]);
  });
}
