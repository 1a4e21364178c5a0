/**
 * The plans shipped in examples/: districts copy the sample, so it passes Check with nothing to fix
 * (judged as of its last QPR rating, the day the plan stands at); the practice plan is the same plan
 * with the common mistakes, for learning Check, and Check finds them.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { parsePlanJson } from "../../src/domain/validate";
import { runAip, tempFolderEachTest } from "./runAip";

const dir = tempFolderEachTest("aip-examples-");
const EXAMPLES = path.resolve(__dirname, "../../examples");

/** The day the plan stands at: the date of its latest rating. */
function asOf(file: string): string {
  const plan = parsePlanJson(readFileSync(path.join(EXAMPLES, file), "utf8"));
  const dates = plan.objectives.flatMap((o) => o.initiatives.flatMap((i) => Object.values(i.ratings).map((r) => r?.ratedOn ?? "")));
  return dates
    .filter((d) => d !== "")
    .sort()
    .at(-1)!;
}

async function check(file: string): Promise<{ code: number; findings: { severity: string; rule: string }[] }> {
  const book = path.join(dir(), file.replace(/\.json$/, ".xlsx"));
  expect((await runAip(dir(), ["new", path.join(EXAMPLES, file), "-o", book])).code).toBe(0);
  const r = await runAip(dir(), ["check", book, "--json", "--today", asOf(file)]);
  return { code: r.code, findings: JSON.parse(r.stdout) };
}

test("the sample plan passes Check: no error, no warning, no note", async () => {
  const { code, findings } = await check("sample-plan.json");
  expect(findings).toEqual([]);
  expect(code).toBe(0);
});

test("the practice plan has the common mistakes, and Check finds each kind", async () => {
  const { code, findings } = await check("practice-plan.json");
  expect(code).toBe(1);
  const rules = new Set(findings.map((f) => f.rule));
  for (const rule of [
    "benchmark-date",
    "benchmark-target",
    "benchmark-evidence",
    "benchmark-placeholder",
    "benchmark-attendance",
    "lead-one-person",
    "activity-dates-order",
    "activity-lead",
    "activity-overdue",
    "final-outcome-date",
  ]) {
    expect(rules).toContain(rule);
  }
});
