/**
 * Agreement with labelled benchmarks, per attribute (issue 3 "Quality measured, not assumed"):
 * the guidance's own examples (../shared/aip/benchmarks-dev.json) must agree ≥ 0.95 on each of
 * date, target and evidence; our district-style cases (tests/fixtures/benchmarks-extra.json) ≥ 0.9,
 * and a second batch written after the rules were frozen (benchmarks-extra-holdout.json) ≥ 0.85.
 * The figures and every disagreement are printed so a reviewer can judge them.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeBenchmark } from "../../../../src/checks/text";
import { BENCHMARK_TYPES, type BenchmarkType } from "../../../../src/checks/types";

interface Labelled {
  text: string;
  type: string;
  has_date: boolean;
  has_measurable_target: boolean;
  has_evidence_source: boolean;
}

const ROOT = path.resolve(__dirname, "../../../..");
const DEV = path.resolve(ROOT, "../shared/aip/benchmarks-dev.json");
const EXTRA = path.resolve(ROOT, "tests/fixtures/benchmarks-extra.json");
/**
 * Written after the rules were frozen. Its first run (date 0.925, target 0.875, evidence 0.950) is the
 * honest estimate for unseen text; five general rules were added after it (weekdays, school holidays,
 * unit sequence points, "twice as many", trackers and possessive rubrics), so it is no longer unseen.
 */
const HOLDOUT = path.resolve(ROOT, "tests/fixtures/benchmarks-extra-holdout.json");
/** A third batch, written after the second round of changes; its first run is reported in the README. */
const HOLDOUT2 = path.resolve(ROOT, "tests/fixtures/benchmarks-extra-holdout2.json");

export interface Agreement {
  n: number;
  date: number;
  target: number;
  evidence: number;
  misses: string[];
}

/** School year used to resolve month names; agreement does not depend on it. */
const SCHOOL_YEAR = 2026;

export function agreement(items: Labelled[]): Agreement {
  let date = 0;
  let target = 0;
  let evidence = 0;
  const misses: string[] = [];
  items.forEach((x, k) => {
    const type = (BENCHMARK_TYPES as readonly string[]).includes(x.type) ? (x.type as BenchmarkType) : undefined;
    const a = analyzeBenchmark(x.text, type, { schoolYear: SCHOOL_YEAR });
    const wrong: string[] = [];
    if (a.hasDate === x.has_date) date++;
    else wrong.push(`date: labelled ${x.has_date}, read ${a.hasDate} ${JSON.stringify(a.dateMentions.map((m) => m.text))}`);
    if (a.hasTarget === x.has_measurable_target) target++;
    else wrong.push(`target: labelled ${x.has_measurable_target}, read ${a.hasTarget} ${JSON.stringify(a.targets)}`);
    if (a.hasEvidence === x.has_evidence_source) evidence++;
    else wrong.push(`evidence: labelled ${x.has_evidence_source}, read ${a.hasEvidence} ${JSON.stringify(a.evidence)}`);
    if (wrong.length > 0) misses.push(`#${k} ${x.text.slice(0, 120)}\n    ${wrong.join("\n    ")}`);
  });
  const n = items.length;
  return { n, date: date / n, target: target / n, evidence: evidence / n, misses };
}

function report(name: string, a: Agreement): void {
  const f = (x: number) => x.toFixed(3);
  // Printed on purpose: these are the README's figures.
  console.log(`${name}: n=${a.n} date ${f(a.date)} target ${f(a.target)} evidence ${f(a.evidence)}${a.misses.length ? `\n  ${a.misses.join("\n  ")}` : ""}`);
}

function load(file: string): Labelled[] {
  return JSON.parse(readFileSync(file, "utf8")) as Labelled[];
}

test("dev set (the guidance's examples): agreement ≥ 0.95 on date, target and evidence", () => {
  const a = agreement(load(DEV));
  report("benchmarks-dev.json", a);
  expect(a.n).toBeGreaterThanOrEqual(60);
  expect(a.date).toBeGreaterThanOrEqual(0.95);
  expect(a.target).toBeGreaterThanOrEqual(0.95);
  expect(a.evidence).toBeGreaterThanOrEqual(0.95);
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
