/** aip benchmarks, run in-process through main() with captured output in a temporary folder. */
import { promises as fs } from "fs";
import * as path from "path";
import { analyzeBenchmark } from "../../src/checks/text";
import { BENCHMARK_TYPES, LINE_KINDS, type BenchmarkType, type LineKind } from "../../src/checks/types";
import { runAip, tempFolderEachTest } from "./runAip";

const dir = tempFolderEachTest("aip-bench-");

const aip = (...argv: string[]) => runAip(dir(), argv);

async function write(name: string, content: unknown): Promise<string> {
  await fs.writeFile(path.join(dir(), name), typeof content === "string" ? content : JSON.stringify(content), "utf8");
  return name;
}

const DRAFTS = [
  { text: "By November 2026, 60% of staff use sheltered instruction, measured through learning walks.", type: "early_evidence" },
  { text: "100% of teachers participate in SMART goal training", type: "early_evidence" },
  { text: "Administrators will complete weekly classroom observations....", type: "activity" },
  { text: "Chronic absenteeism falls to 12%" },
];

test("--json prints, in input order, {hasDate, hasTarget, hasEvidence, findings} and exits 0", async () => {
  const r = await aip("benchmarks", await write("drafts.json", DRAFTS), "--json");
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  const out = JSON.parse(r.stdout);
  expect(out).toHaveLength(4);
  expect(Object.keys(out[0]).sort()).toEqual(["findings", "hasDate", "hasEvidence", "hasTarget"]);
  expect(out[0]).toEqual({ hasDate: true, hasTarget: true, hasEvidence: true, findings: [] });
  expect(out[1]).toMatchObject({ hasDate: false, hasTarget: true, hasEvidence: false });
  expect(out[1].findings.map((f: { rule: string; severity: string }) => `${f.severity} ${f.rule}`)).toEqual([
    "error benchmark-date",
    "error benchmark-evidence",
    "warning benchmark-attendance",
  ]);
  // An activity: only the placeholder matters; its dates live in J/K.
  expect(out[2].findings.map((f: { rule: string }) => f.rule)).toEqual(["benchmark-placeholder"]);
  // No type: judged as a performance benchmark.
  expect(out[3].findings.map((f: { rule: string }) => f.rule)).toEqual(["benchmark-date", "benchmark-evidence"]);
  for (const f of out[1].findings) expect(typeof f.suggestion).toBe("string");
});

test("the human report lists each text, its three attributes and what to fix", async () => {
  const r = await aip("benchmarks", await write("drafts.json", DRAFTS));
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    "1. By November 2026, 60% of staff use sheltered instruction, measured through learning walks. (early evidence)\n   date: yes   target: yes   evidence: yes\n   ok\n",
  );
  expect(r.stdout).toContain("2. 100% of teachers participate in SMART goal training (early evidence)\n   date: NO   target: yes   evidence: NO\n   error benchmark-date:");
  expect(r.stdout).toContain('     → Add a date: "By <month> <year>, 100% of teachers participate in SMART goal training"');
  expect(r.stdout).toContain("warning benchmark-attendance:");
  expect(r.stdout).toMatch(/4 texts checked: 3 with findings, \d+ errors\.\n$/);
});

test("--school-year places month names and warns about dates outside the school year", async () => {
  const file = await write("t.json", [{ text: "By October 1, 2012, each school develops a plan, as evidenced by SIP drafts.", type: "short_term_outcome" }]);
  const without = JSON.parse((await aip("benchmarks", file, "--json")).stdout);
  expect(without[0].findings).toEqual([]);
  const within = JSON.parse((await aip("benchmarks", file, "--json", "--school-year", "2026")).stdout);
  expect(within[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["benchmark-date-window"]);
  expect(within[0].findings[0].message).toContain("SY 2026-27");
});

test("a final outcome without a date gets the final-outcome-date note (DECISIONS.md 14), not an error", async () => {
  const file = await write("t.json", [{ text: "Each school will reduce chronic absence to 10% or less on the SIS attendance report.", type: "final_outcome" }]);
  const out = JSON.parse((await aip("benchmarks", file, "--json", "--school-year", "2026")).stdout);
  expect(out[0].findings).toEqual([
    expect.objectContaining({ rule: "final-outcome-date", severity: "note", message: "This final outcome has no date; 8/31/2027 (the end of the school year) is assumed." }),
  ]);
});

describe("bad input exits 2 with a message naming the item", () => {
  test.each([
    ["not JSON", '[{"text": "a",}]', /t\.json: not valid JSON: line 1, column \d+/],
    ["empty", "  ", /t\.json: the file is empty/],
    ["not an array", { text: "By June" }, /t\.json: expected a JSON array .*got an object/],
    ["an item that is not an object", [{ text: "ok" }, "By June"], /t\.json: item 2 is the text "By June"/],
    ["an item without text", [{ text: "ok" }, { type: "activity" }], /t\.json: item 2 has no "text"/],
    ["text that is a number", [{ text: 42 }], /t\.json: item 1: "text" should be text in quotes, got the number 42/],
    ["empty text", [{ text: "  " }], /t\.json: item 1: "text" is empty/],
  ])("%s", async (_what, content, message) => {
    const r = await aip("benchmarks", await write("t.json", content as unknown));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  test("a missing file, a missing argument and a bad --school-year", async () => {
    const missing = await aip("benchmarks", "nope.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json: no such file");
    const none = await aip("benchmarks");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("aip benchmarks: missing TEXTS.json");
    const year = await aip("benchmarks", await write("t.json", [{ text: "ok" }]), "--school-year", "26-27");
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('--school-year needs the start year of the school year, e.g. --school-year 2026 for 2026-27 (got "26-27")');
  });
});

describe("types", () => {
  test('a goal is judged as a performance benchmark; an "other" line is read but judged by no benchmark rule', async () => {
    const texts = [
      { text: "Chronic absenteeism falls to 12%", type: "goal" },
      { text: "Chronic absenteeism falls to 12%", type: "other" },
    ];
    const r = await aip("benchmarks", await write("t.json", texts), "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const [goal, other] = JSON.parse(r.stdout);
    expect(goal.findings.map((f: { rule: string }) => f.rule)).toEqual(["benchmark-date", "benchmark-evidence"]);
    expect(other).toEqual({ hasDate: false, hasTarget: true, hasEvidence: false, findings: [] });
    const human = await aip("benchmarks", "t.json");
    expect(human.stdout).toContain("1. Chronic absenteeism falls to 12% (goal)\n");
    expect(human.stdout).toContain("2. Chronic absenteeism falls to 12% (not a benchmark)\n   date: NO   target: yes   evidence: NO\n   ok\n");
  });

  test("the same words are read by their type, one after the other", async () => {
    const texts = [
      { text: "Coaches complete 12 walkthroughs.", type: "other" },
      { text: "Coaches complete 12 walkthroughs.", type: "early_evidence" },
      { text: "Coaches complete 12 walkthroughs.", type: "other" },
    ];
    const out = JSON.parse((await aip("benchmarks", await write("t.json", texts), "--json")).stdout);
    expect(out.map((x: { hasTarget: boolean }) => x.hasTarget)).toEqual([false, true, false]);
  });

  test("a labelled set as it is (its ids, notes and labels beside each text) is read, in order", async () => {
    const labelled = [
      { id: "R1", text: "By June 2027, 80% of students will be proficient on the state test.", type: "goal", has_date: true, notes: "…" },
      { id: "R2", text: "Strategy 2: family engagement", type: "other", has_date: false, notes: "a heading" },
      { id: "R3", text: "Principals hold monthly data meetings.", type: "activity", has_date: true, notes: "…" },
    ];
    const r = await aip("benchmarks", await write("labelled.json", labelled), "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).map((x: { hasDate: boolean; hasTarget: boolean; hasEvidence: boolean }) => [x.hasDate, x.hasTarget, x.hasEvidence])).toEqual([
      [true, true, true],
      [false, false, false],
      [true, false, false],
    ]);
  });

  // The measure (docs/checker-accuracy.md) is `aip benchmarks SET.json --json` on the labelled sets as they are.
  test.each(["dev.json", "real.json"])("the labelled set %s runs as it is and reads as the agreement test reads it", async (name) => {
    const file = path.resolve(__dirname, "../fixtures/benchmarks", name);
    const set = JSON.parse(await fs.readFile(file, "utf8")) as { text: string; type: string }[];
    const r = await aip("benchmarks", file, "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const typeOf = (t: string) => (([...BENCHMARK_TYPES, ...LINE_KINDS] as readonly string[]).includes(t) ? (t as BenchmarkType | LineKind) : undefined);
    const read = (JSON.parse(r.stdout) as { hasDate: boolean; hasTarget: boolean; hasEvidence: boolean }[]).map((x) => [x.hasDate, x.hasTarget, x.hasEvidence]);
    expect(read).toEqual(set.map((x) => analyzeBenchmark(x.text, typeOf(x.type), {})).map((a) => [a.hasDate, a.hasTarget, a.hasEvidence]));
  });

  test.each([
    ["a misspelt type, with a guess", { text: "Chronic absenteeism falls to 12%", type: "early-evidence" }, 'unknown type "early-evidence" (did you mean "early_evidence"?)'],
    ["a type that is not text", { text: "Chronic absenteeism falls to 12%", type: 3 }, "unknown type 3"],
  ])("%s: stderr names the item, and the text is still checked, as one without a type", async (_what, item, said) => {
    const r = await aip("benchmarks", await write("t.json", [{ text: "By June 2027, 12% fewer absences." }, item]), "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `t.json: item 2: ${said}, so it was checked as a benchmark without a type; the types are activity, early_evidence, short_term_outcome, final_outcome, goal, other.\n`,
    );
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[1].findings.map((f: { rule: string }) => f.rule)).toEqual(["benchmark-date", "benchmark-evidence"]);
  });
});

test("an empty array is a valid, empty report", async () => {
  const r = await aip("benchmarks", await write("t.json", []), "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual([]);
});

test("aip benchmarks --help shows the options", async () => {
  const r = await aip("benchmarks", "--help");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Usage: aip benchmarks TEXTS.json [--json] [--school-year YYYY]");
});
