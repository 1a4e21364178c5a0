/**
 * Agreement with human labels, per attribute (docs/checker-accuracy.md). Printed on purpose, with
 * false positives and negatives: `npx jest tests/unit/checks/text/agreement.test.ts --maxWorkers=1`.
 * - the guidance's own examples (tests/fixtures/benchmarks/dev.json): all of them (1.000);
 * - real district benchmarks (tests/fixtures/benchmarks/real.json), split by source
 *   (tests/fixtures/benchmarks/split.ts): the tuning half the rules were written against ≥ 0.97, the
 *   held-back half ≥ 0.95 (only its aggregate figures are printed; its texts are not read while tuning);
 * - our district-style cases (tests/fixtures/benchmarks-extra*.json): regression floors.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeBenchmark } from "../../../../src/checks/text";
import { BENCHMARK_TYPES, LINE_KINDS, type BenchmarkType, type LineKind } from "../../../../src/checks/types";
import { splitBySource, type RealBenchmark } from "../../../fixtures/benchmarks/split";

interface Labelled {
  text: string;
  type: string;
  has_date: boolean;
  has_measurable_target: boolean;
  has_evidence_source: boolean;
}

const ROOT = path.resolve(__dirname, "../../../..");
const DEV = path.resolve(ROOT, "tests/fixtures/benchmarks/dev.json");
const REAL = path.resolve(ROOT, "tests/fixtures/benchmarks/real.json");
const EXTRA = path.resolve(ROOT, "tests/fixtures/benchmarks-extra.json");
/**
 * Written after the rules were frozen. Its first run (date 0.925, target 0.875, evidence 0.950) is the
 * honest estimate for unseen text; five general rules were added after it (weekdays, school holidays,
 * unit sequence points, "twice as many", trackers and possessive rubrics), so it is no longer unseen.
 */
const HOLDOUT = path.resolve(ROOT, "tests/fixtures/benchmarks-extra-holdout.json");
/** A third batch, written after the second round of changes; its first run is reported in the README. */
const HOLDOUT2 = path.resolve(ROOT, "tests/fixtures/benchmarks-extra-holdout2.json");
/**
 * Real plan lines reworded from public pages that are not sources of real.json (docs/checker-accuracy.md):
 * three batches, each measured once before the rules were changed against it (0.980 / 0.863 / 0.882,
 * 0.957 / 0.826 / 0.913, 0.897 / 0.862 / 0.931); tuned against since, so now a regression floor.
 */
const WEB = path.resolve(ROOT, "tests/fixtures/benchmarks/web.json");
/**
 * Plan lines from 2,084 more public pages, gathered and labelled blind in fifteen rounds by the
 * project's labellers (tests/fixtures/benchmarks/README.md). Each batch was first read by the checker
 * before any rule was changed against it; those first runs are the honest figures for text the rules
 * have not seen (docs/checker-accuracy.md). Rounds 1–11, half of round 13 and round 14 have been read
 * since their first runs; round 12, the other half of round 13 and round 15 (NEVER_READ_BATCHES below) have not.
 */
const GATHERED = path.resolve(ROOT, "tests/fixtures/benchmarks/gathered.json");
/** Our labellers' blind labels for the real set's tuning half: how closely they follow the real set's labeller. */
const CALIBRATION = path.resolve(ROOT, "tests/fixtures/benchmarks/calibration.json");
/**
 * Two labellers who read only the tuning half's labels and notes and the guidance set labelled the
 * held-back half's texts blind: how closely a careful person follows the real set's labeller on lines
 * the conventions were not learned from (the level the checker's goal sits below).
 */
const CALIBRATION_HELD_BACK = path.resolve(ROOT, "tests/fixtures/benchmarks/calibration-heldback.json");
/**
 * A second labeller for every line of gathered rounds 14 and 15, blind to the first labels: how often two
 * careful people agree on district text neither wrote the conventions from, and how the checker reads
 * the lines they agree on.
 */
const CALIBRATION_GATHERED = path.resolve(ROOT, "tests/fixtures/benchmarks/calibration-gathered.json");

export interface Agreement {
  n: number;
  date: number;
  target: number;
  evidence: number;
  misses: string[];
  /** False positives and false negatives per attribute. */
  errors: Record<Attribute, { fp: number; fn: number }>;
}

type Attribute = "date" | "target" | "evidence";

/** School year used to resolve month names; agreement does not depend on it. */
const SCHOOL_YEAR = 2026;

/** The type the checker is given, as `aip benchmarks` reads a labelled set: one of the four benchmark types, a goal or an "other" line. */
function typeOf(x: Labelled): BenchmarkType | LineKind | undefined {
  return ([...BENCHMARK_TYPES, ...LINE_KINDS] as readonly string[]).includes(x.type) ? (x.type as BenchmarkType | LineKind) : undefined;
}

export function agreement(items: Labelled[]): Agreement {
  let date = 0;
  let target = 0;
  let evidence = 0;
  const misses: string[] = [];
  const errors: Agreement["errors"] = { date: { fp: 0, fn: 0 }, target: { fp: 0, fn: 0 }, evidence: { fp: 0, fn: 0 } };
  const count = (attr: Attribute, labelled: boolean) => errors[attr][labelled ? "fn" : "fp"]++;
  items.forEach((x, k) => {
    const a = analyzeBenchmark(x.text, typeOf(x), { schoolYear: SCHOOL_YEAR });
    const wrong: string[] = [];
    if (a.hasDate === x.has_date) date++;
    else {
      count("date", x.has_date);
      wrong.push(`date: labelled ${x.has_date}, read ${a.hasDate} ${JSON.stringify(a.dateMentions.map((m) => m.text))}`);
    }
    if (a.hasTarget === x.has_measurable_target) target++;
    else {
      count("target", x.has_measurable_target);
      wrong.push(`target: labelled ${x.has_measurable_target}, read ${a.hasTarget} ${JSON.stringify(a.targets)}`);
    }
    if (a.hasEvidence === x.has_evidence_source) evidence++;
    else {
      count("evidence", x.has_evidence_source);
      wrong.push(`evidence: labelled ${x.has_evidence_source}, read ${a.hasEvidence} ${JSON.stringify(a.evidence)}`);
    }
    if (wrong.length > 0) misses.push(`#${k} ${x.text.slice(0, 120)}\n    ${wrong.join("\n    ")}`);
  });
  const n = items.length;
  return { n, date: date / n, target: target / n, evidence: evidence / n, misses, errors };
}

/** `showMisses: false` for the held-back half: its texts stay unread, only its figures are shown. */
function report(name: string, a: Agreement, showMisses = true): void {
  const f = (attr: Attribute) => `${attr} ${a[attr].toFixed(3)} (FP ${a.errors[attr].fp}, FN ${a.errors[attr].fn})`;
  // Printed on purpose: these are docs/checker-accuracy.md's figures.
  const misses = showMisses && a.misses.length ? `\n  ${a.misses.join("\n  ")}` : "";
  console.log(`${name}: n=${a.n} ${f("date")} ${f("target")} ${f("evidence")}${misses}`);
}

/** Per benchmark type, per attribute: labelled yes/no × read yes/no (docs/checker-accuracy.md). */
function confusionByType(name: string, items: Labelled[]): void {
  const rows: string[] = [`${name}: type | attribute | TP | FP | FN | TN`];
  const types = [...new Set(items.map((x) => x.type))].sort();
  for (const type of types) {
    const of = items.filter((x) => x.type === type);
    // read as agreement() and `aip benchmarks` read them: with the type when it is a benchmark type
    const read = of.map((x) => analyzeBenchmark(x.text, typeOf(x), { schoolYear: SCHOOL_YEAR }));
    for (const [attr, label, got] of [
      ["date", (x: Labelled) => x.has_date, (k: number) => read[k].hasDate],
      ["target", (x: Labelled) => x.has_measurable_target, (k: number) => read[k].hasTarget],
      ["evidence", (x: Labelled) => x.has_evidence_source, (k: number) => read[k].hasEvidence],
    ] as const) {
      const c = [0, 0, 0, 0];
      of.forEach((x, k) => c[label(x) ? (got(k) ? 0 : 2) : got(k) ? 1 : 3]++);
      rows.push(`${type} | ${attr} | ${c.join(" | ")}`);
    }
  }
  console.log(rows.join("\n"));
}

function load(file: string): Labelled[] {
  return JSON.parse(readFileSync(file, "utf8")) as Labelled[];
}

test("dev set (the guidance's examples): every example read as the guidance labels it", () => {
  const a = agreement(load(DEV));
  report("benchmarks/dev.json", a);
  expect(a.n).toBeGreaterThanOrEqual(60);
  expect(a.misses).toEqual([]);
});

const real = splitBySource(JSON.parse(readFileSync(REAL, "utf8")) as RealBenchmark[]);

test("the real set splits by source into two halves of about the same size, no source in both", () => {
  expect(real.tuning.length).toBe(95);
  expect(real.heldBack.length).toBe(103);
  const tuningSources = new Set(real.tuning.map((x) => x.source_url));
  expect(real.heldBack.some((x) => tuningSources.has(x.source_url))).toBe(false);
});

test("real benchmarks, tuning half: agreement ≥ 0.97 on date, target and evidence", () => {
  const a = agreement(real.tuning);
  report("benchmarks/real.json tuning half", a);
  confusionByType("tuning half", real.tuning);
  expect(a.date).toBeGreaterThanOrEqual(0.97);
  expect(a.target).toBeGreaterThanOrEqual(0.97);
  expect(a.evidence).toBeGreaterThanOrEqual(0.97);
});

/**
 * The goal is 0.95 on each attribute; date reaches it, target and evidence do not yet
 * (docs/checker-accuracy.md: 0.981 / 0.932 / 0.922 when the rules were last changed). Until the goal
 * is met, those figures are a floor: a change that makes the checker read unseen district text worse
 * fails here. Raise the floor as the figures rise.
 */
const HELD_BACK_FLOOR = { date: 0.98, target: 0.94, evidence: 0.93 };

test("real benchmarks, held-back half: never below the last measured agreement (goal 0.95)", () => {
  const a = agreement(real.heldBack);
  report("benchmarks/real.json held-back half", a, false);
  confusionByType("held-back half", real.heldBack);
  expect(a.date).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.date);
  expect(a.target).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.target);
  expect(a.evidence).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.evidence);
});

test("real plan lines gathered from public pages (not in real.json): agreement ≥ 0.95 on date, target and evidence", () => {
  const items = load(WEB);
  const a = agreement(items);
  report("benchmarks/web.json", a);
  confusionByType("web.json", items);
  expect(a.n).toBeGreaterThanOrEqual(100);
  expect(a.date).toBeGreaterThanOrEqual(0.95);
  expect(a.target).toBeGreaterThanOrEqual(0.95);
  expect(a.evidence).toBeGreaterThanOrEqual(0.95);
});

interface Gathered extends Labelled {
  batch: string;
  round: number;
}
const gathered = JSON.parse(readFileSync(GATHERED, "utf8")) as Gathered[];
/**
 * Never read: round 12 (gathered when the search corpus ran out a third time), the second half of
 * round 13 (batches BB, BC and BD) and round 15 (BK–BP). No rule was written against them, their texts
 * are not printed here, and their figures are the honest estimate for text the rules have not seen
 * (first runs 0.965 / 0.863 / 0.898, 0.975 / 0.876 / 0.935 and 0.957 / 0.907 / 0.920;
 * docs/checker-accuracy.md). Round 13's first half (AY, AZ, BA) and round 14 (BE–BJ) were read after their first runs.
 */
const NEVER_READ_BATCHES: ReadonlySet<string> = new Set(["AS", "AT", "AU", "AV", "AW", "AX", "BB", "BC", "BD", "BK", "BL", "BM", "BN", "BO", "BP"]);
const readRounds = gathered.filter((x) => !NEVER_READ_BATCHES.has(x.batch));
const neverRead = gathered.filter((x) => NEVER_READ_BATCHES.has(x.batch));
/** Floors at the figures last measured (docs/checker-accuracy.md); raise them as the figures rise. */
const GATHERED_FLOOR = { read: { date: 0.965, target: 0.95, evidence: 0.935 }, neverRead: { date: 0.96, target: 0.89, evidence: 0.91 } };

test("plan lines gathered from public pages, rounds 1–11, round 13's first half and round 14, each read after its first run: never below the last measured agreement", () => {
  const a = agreement(readRounds);
  report("benchmarks/gathered.json, read (rounds 1-11, round 13 AY-BA, round 14)", a);
  confusionByType("gathered.json (read)", readRounds);
  expect(a.n).toBeGreaterThanOrEqual(4000);
  expect(a.date).toBeGreaterThanOrEqual(GATHERED_FLOOR.read.date);
  expect(a.target).toBeGreaterThanOrEqual(GATHERED_FLOOR.read.target);
  expect(a.evidence).toBeGreaterThanOrEqual(GATHERED_FLOOR.read.evidence);
});

test("the never-read gathered batches: never below their first runs (goal 0.95); only their figures are printed", () => {
  const a = agreement(neverRead);
  report("benchmarks/gathered.json, never read (round 12, round 13 BB-BD, round 15)", a, false);
  confusionByType("gathered.json (never read)", neverRead);
  for (const round of [12, 13, 15]) report(`  of which round ${round}`, agreement(neverRead.filter((x) => x.round === round)), false);
  expect(a.n).toBeGreaterThanOrEqual(970);
  expect(a.date).toBeGreaterThanOrEqual(GATHERED_FLOOR.neverRead.date);
  expect(a.target).toBeGreaterThanOrEqual(GATHERED_FLOOR.neverRead.target);
  expect(a.evidence).toBeGreaterThanOrEqual(GATHERED_FLOOR.neverRead.evidence);
});

test("the gathered set is what the README says: blind labels, no page of real.json or web.json, one batch per labeller and round", () => {
  const used = new Set([...real.tuning, ...real.heldBack, ...(load(WEB) as unknown as RealBenchmark[])].map((x) => x.source_url));
  expect(gathered.filter((x) => used.has((x as unknown as RealBenchmark).source_url))).toEqual([]);
  expect(new Set(gathered.map((x) => (x as unknown as RealBenchmark).id)).size).toBe(gathered.length);
  const pages = new Set(gathered.map((x) => (x as unknown as RealBenchmark).source_url));
  expect(pages.size).toBeGreaterThanOrEqual(2080);
});

test("our labellers, labelling the real tuning half blind, agree with the real set's labeller ≥ 0.95 on each attribute", () => {
  const ours = new Map((JSON.parse(readFileSync(CALIBRATION, "utf8")) as (Labelled & { id: string })[]).map((x) => [x.id, x]));
  const pairs = real.tuning.map((x) => [x, ours.get(x.id)!] as const);
  expect(pairs.every(([, o]) => o !== undefined)).toBe(true);
  const rate = (key: "has_date" | "has_measurable_target" | "has_evidence_source") => pairs.filter(([r, o]) => r[key] === o[key]).length / pairs.length;
  const figures = { date: rate("has_date"), target: rate("has_measurable_target"), evidence: rate("has_evidence_source") };
  console.log(`calibration (our labellers vs the real set's, ${pairs.length} texts): ${JSON.stringify(figures)}`);
  expect(figures.date).toBeGreaterThanOrEqual(0.95);
  expect(figures.target).toBeGreaterThanOrEqual(0.95);
  expect(figures.evidence).toBeGreaterThanOrEqual(0.95);
});

test("two people labelling the held-back half blind, from the tuning half's notes only, agree with the real set's labeller ≥ 0.95 on each attribute", () => {
  const all = JSON.parse(readFileSync(CALIBRATION_HELD_BACK, "utf8")) as (Labelled & { id: string; labeller: string })[];
  const labellers = [...new Set(all.map((x) => x.labeller))];
  expect(labellers).toHaveLength(2);
  for (const who of labellers) {
    const theirs = new Map(all.filter((x) => x.labeller === who).map((x) => [x.id, x]));
    expect(real.heldBack.every((x) => theirs.has(x.id))).toBe(true);
    const rate = (key: "has_date" | "has_measurable_target" | "has_evidence_source") =>
      real.heldBack.filter((r) => r[key] === theirs.get(r.id)![key]).length / real.heldBack.length;
    const figures = { date: rate("has_date"), target: rate("has_measurable_target"), evidence: rate("has_evidence_source") };
    console.log(`held-back calibration (labeller ${who} vs the real set's, ${real.heldBack.length} texts): ${JSON.stringify(figures)}`);
    expect(Math.min(figures.date, figures.target, figures.evidence)).toBeGreaterThanOrEqual(0.95);
  }
});

test("a second labeller on gathered rounds 14 and 15: how often two people agree, and the checker on the lines they agree on", () => {
  const second = new Map((JSON.parse(readFileSync(CALIBRATION_GATHERED, "utf8")) as (Labelled & { id: string; labeller: string })[]).map((x) => [x.id, x]));
  for (const round of [14, 15]) {
    const lines = (gathered as (Gathered & { id: string })[]).filter((x) => x.round === round);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((x) => second.has(x.id))).toBe(true);
    const people: Record<string, number> = {};
    const onAgreed: Record<string, string> = {};
    for (const [attr, key] of [
      ["date", "has_date"],
      ["target", "has_measurable_target"],
      ["evidence", "has_evidence_source"],
    ] as const) {
      const agreed = lines.filter((x) => x[key] === second.get(x.id)![key]);
      people[attr] = agreed.length / lines.length;
      const a = agreement(agreed);
      onAgreed[attr] = `${a[attr].toFixed(3)} of ${agreed.length}`;
    }
    console.log(`round ${round} (${lines.length} lines): two labellers agree ${JSON.stringify(people)}; the checker on the lines they agree on ${JSON.stringify(onAgreed)}`);
    // two careful people agree well short of perfect on unseen text, and well above chance
    expect(Math.min(people.date, people.target, people.evidence)).toBeGreaterThanOrEqual(0.93);
  }
});

test("our district-style cases: agreement ≥ 0.9 on date, target and evidence", () => {
  const a = agreement(load(EXTRA));
  report("benchmarks-extra.json", a);
  expect(a.n).toBeGreaterThanOrEqual(100);
  expect(a.date).toBeGreaterThanOrEqual(0.9);
  expect(a.target).toBeGreaterThanOrEqual(0.9);
  expect(a.evidence).toBeGreaterThanOrEqual(0.9);
});

test("our held-out district-style cases: agreement ≥ 0.85 on date, target and evidence", () => {
  const a = agreement(load(HOLDOUT));
  report("benchmarks-extra-holdout.json", a);
  expect(a.n).toBeGreaterThanOrEqual(40);
  expect(a.date).toBeGreaterThanOrEqual(0.85);
  expect(a.target).toBeGreaterThanOrEqual(0.85);
  expect(a.evidence).toBeGreaterThanOrEqual(0.85);
});

test("our third batch of district-style cases: agreement ≥ 0.85 on date, target and evidence", () => {
  const a = agreement(load(HOLDOUT2));
  report("benchmarks-extra-holdout2.json", a);
  expect(a.n).toBeGreaterThanOrEqual(40);
  expect(a.date).toBeGreaterThanOrEqual(0.85);
  expect(a.target).toBeGreaterThanOrEqual(0.85);
  expect(a.evidence).toBeGreaterThanOrEqual(0.85);
});
