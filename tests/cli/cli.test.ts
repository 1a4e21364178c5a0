/**
 * The aip CLI, run in-process through main() with captured output and a temporary folder as
 * the working directory, so every test works on its own files.
 */
import * as ExcelJS from "exceljs";
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { parsePlanJson } from "../../src/domain/validate";
import { runAip, tempFolderEachTest } from "./runAip";

/** Raw plan JSON that the tests change at arbitrary paths, as a hand-edited file would be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const SAMPLE_TEXT = readFileSync(path.join(__dirname, "../../examples/sample-plan.json"), "utf8");
const SAMPLE = parsePlanJson(SAMPLE_TEXT);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const dir = tempFolderEachTest("aip-cli-");

const aip = (...argv: string[]) => runAip(dir(), argv);

async function write(name: string, content: string): Promise<string> {
  await fs.writeFile(path.join(dir(), name), content, "utf8");
  return name;
}

function samplePlanWith(change: (p: Loose) => void): string {
  const p = JSON.parse(SAMPLE_TEXT);
  change(p);
  return JSON.stringify(p, null, 2);
}

describe("help and version", () => {
  test.each([["--help"], ["-h"], ["help"]])("aip %s prints the usage and exits 0", async (flag) => {
    const r = await aip(flag);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: aip <command>/);
    for (const command of ["new", "export", "add-initiative", "refresh"]) expect(r.stdout).toContain(command);
    expect(r.stdout).toMatch(/Exit codes: 0 done; 1 check found errors; 2 bad input/);
    expect(r.stderr).toBe("");
  });

  test.each([
    ["new", "--help"],
    ["export", "-h"],
    ["add-initiative", "--help"],
    ["refresh", "--help"],
    ["help", "new"],
  ])("aip %s %s prints that command's usage", async (a, b) => {
    const r = await aip(a, b);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: aip ${a === "help" ? b : a} `);
  });

  test("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    const r = await aip("--version");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`aip ${pkg.version}\n`);
  });
});

describe("usage errors exit 2 with a hint", () => {
  test("no command at all", async () => {
    const r = await aip();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: aip/);
  });

  test("an unknown command, with a suggestion", async () => {
    const r = await aip("nwe", "plan.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('aip: unknown command "nwe" (did you mean "new"?)');
    expect(r.stderr).toContain('Run "aip --help" for usage.');
  });

  test("an unknown option, with a suggestion and the command's help", async () => {
    const r = await aip("new", "plan.json", "--forse");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("aip new: unknown option --forse (did you mean --force?)");
    expect(r.stderr).toContain('Run "aip new --help" for usage.');
  });

  test("an option without its value", async () => {
    const r = await aip("new", "plan.json", "-o");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("needs a value");
  });

  test("a missing file name", async () => {
    const r = await aip("new");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("aip new: missing PLAN.json");
  });

  test("one file name too many", async () => {
    const r = await aip("export", "a.xlsx", "b.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unexpected argument "b.xlsx"');
  });

  test("an unknown global option", async () => {
    const r = await aip("--verbose");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("aip: unknown option --verbose");
  });
});

describe("aip new: bad input exits 2 naming the file and the path", () => {
  test("an impossible date", async () => {
    const plan = await write(
      "plan.json",
      samplePlanWith((p) => (p.objectives[1].initiatives[0].activities[2].start = "2026-13-45")),
    );
    const r = await aip("new", plan, "-o", "out.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('aip: plan.json: objectives[1].initiatives[0].activities[2].start: not a date: "2026-13-45". Write dates as YYYY-MM-DD, e.g. 2026-09-15.\n');
    await expect(fs.stat(path.join(dir(), "out.xlsx"))).rejects.toThrow();
  });

  test("a rating that is not a scale level", async () => {
    const plan = await write(
      "plan.json",
      samplePlanWith((p) => (p.objectives[0].initiatives[0].ratings.Jan.process = "practices in place")),
    );
    const r = await aip("new", plan, "-o", "out.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.json: objectives[0].initiatives[0].ratings.Jan.process: not a process rating: "practices in place"');
  });

  test("malformed JSON names the line and column", async () => {
    const plan = await write("plan.json", '{\n  "district": "Riverton",\n  "date": "2026-08-15",\n}\n');
    const r = await aip("new", plan, "-o", "out.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plan.json: Not valid JSON: line 4, column 1: a comma before } is not allowed");
  });

  test("a missing plan file", async () => {
    const r = await aip("new", "nowhere.json", "-o", "out.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nowhere.json: no such file");
  });

  test("an output name that is not .xlsx", async () => {
    const plan = await write("plan.json", SAMPLE_TEXT);
    const r = await aip("new", plan, "-o", "out.xls");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("out.xls: a workbook's file name must end in .xlsx");
  });

  test("an existing output is not replaced without --force", async () => {
    const plan = await write("plan.json", SAMPLE_TEXT);
    await write("out.xlsx", "keep me");
    const r = await aip("new", plan, "-o", "out.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("out.xlsx already exists. Add --force to replace it");
    expect(await fs.readFile(path.join(dir(), "out.xlsx"), "utf8")).toBe("keep me");
  });

  test("a workbook given as the plan", async () => {
    await fs.writeFile(path.join(dir(), "plan.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const r = await aip("new", "plan.xlsx", "-o", "out.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('run "aip export plan.xlsx"');
  });
});

describe("aip export: bad input exits 2", () => {
  test("a missing workbook", async () => {
    const r = await aip("export", "nowhere.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nowhere.xlsx");
    expect(r.stderr).toContain("no such file");
    expect(r.stdout).toBe("");
  });

  test("a workbook that holds no plan", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Budget").getCell("A1").value = "Not a plan";
    await book.xlsx.writeFile(path.join(dir(), "budget.xlsx"));
    const r = await aip("export", "budget.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^aip: budget\.xlsx: This workbook has no AIP plan/);
  });

  test("a file that is not a workbook", async () => {
    await write("notes.xlsx", "just some text");
    const r = await aip("export", "notes.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("notes.xlsx");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

test("an unexpected failure is reported as an internal error (70), never thrown", async () => {
  const err: string[] = [];
  const code = await main(["--help"], {
    stdout: {
      write: () => {
        throw new TypeError("stdout is broken");
      },
    },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir(),
  });
  expect(code).toBe(70);
  expect(err.join("")).toMatch(/^aip: internal error: stdout is broken/);
});

describe("workbooks (needs newPlan and addInitiative)", () => {
  async function newSample(out = "sample.xlsx"): Promise<Run> {
    const plan = await write("sample-plan.json", SAMPLE_TEXT);
    return aip("new", plan, "-o", out);
  }

  async function exported(book: string): Promise<unknown> {
    const r = await aip("export", book);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout);
  }

  test("new then export gives the plan back", async () => {
    const made = await newSample("out/sample-aip.xlsx");
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("Made out/sample-aip.xlsx for Riverton Public Schools, SY 2026-27");
    expect(made.stdout).toMatch(/4 objectives, 11 initiatives, \d+ activities/);

    const r = await aip("export", "out/sample-aip.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "district": "Riverton Public Schools",')).toBe(true);
    expect(JSON.parse(r.stdout)).toStrictEqual(SAMPLE);
  });

  test("new replaces an existing workbook with --force", async () => {
    await write("sample.xlsx", "old");
    const r = await aip("new", await write("sample-plan.json", SAMPLE_TEXT), "-o", "sample.xlsx", "--force");
    expect(r.code).toBe(0);
    expect(await exported("sample.xlsx")).toStrictEqual(SAMPLE);
  });

  test("new without -o saves next to the plan", async () => {
    const plan = await write("riverton.json", SAMPLE_TEXT);
    expect((await aip("new", plan)).code).toBe(0);
    await expect(fs.stat(path.join(dir(), "riverton.xlsx"))).resolves.toBeTruthy();
  });

  test("a weak but valid plan still builds", async () => {
    const weak = samplePlanWith((p) => {
      p.objectives[0].lead = "";
      p.objectives[0].initiatives[0].activities[0].complete = "2026-01-01";
      p.objectives[1].initiatives.push(...p.objectives[1].initiatives, ...p.objectives[1].initiatives);
    });
    const r = await aip("new", await write("weak.json", weak), "-o", "weak.xlsx");
    expect(r.code).toBe(0);
    expect(await exported("weak.xlsx")).toStrictEqual(parsePlanJson(weak));
  });

  test("export -o writes the JSON to a file", async () => {
    await newSample();
    const r = await aip("export", "sample.xlsx", "-o", "back.json");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(parsePlanJson(await fs.readFile(path.join(dir(), "back.json"), "utf8"))).toStrictEqual(SAMPLE);
  });

  test("refresh rebuilds the quarter tabs and keeps the plan", async () => {
    await newSample();
    const r = await aip("refresh", "sample.xlsx");
    expect(r.code).toBe(0);
    const activities = SAMPLE.objectives.flatMap((o) => o.initiatives.flatMap((i) => i.activities));
    const septDec = activities.filter((a) => a.quarter === "Sept-Dec").length;
    expect(r.stdout).toContain(`Sept-Dec ${septDec}`);
    expect(await exported("sample.xlsx")).toStrictEqual(SAMPLE);
  });

  test("refresh -o leaves the original alone", async () => {
    await newSample();
    const before = await fs.readFile(path.join(dir(), "sample.xlsx"));
    expect((await aip("refresh", "sample.xlsx", "-o", "copy.xlsx")).code).toBe(0);
    expect(await fs.readFile(path.join(dir(), "sample.xlsx"))).toEqual(before);
    expect(await exported("copy.xlsx")).toStrictEqual(SAMPLE);
  });

  test("add-initiative adds one initiative in place", async () => {
    await newSample();
    const initiative = {
      description: "Mentor every first-year teacher",
      lead: "Grace Kim",
      shortTermOutcomes: ["By June 2027, 90% of first-year teachers will be rated proficient, as shown in evaluation data."],
      earlyEvidence: [],
      resources: "Mentor stipends",
      activities: [{ quarter: "Sept-Dec", text: "Match mentors", lead: "Principals", start: "2026-09-08", complete: "2026-09-30", status: "Complete" }],
      ratings: {},
    };
    await write("mentors.json", JSON.stringify(initiative));
    const r = await aip("add-initiative", "sample.xlsx", "--objective", "3", "--from", "mentors.json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Added initiative 3.3");

    const expected = JSON.parse(JSON.stringify(SAMPLE)) as typeof SAMPLE;
    expected.objectives[2].initiatives.push(initiative as (typeof expected.objectives)[number]["initiatives"][number]);
    expect(await exported("sample.xlsx")).toStrictEqual(expected);
  });

  test("add-initiative rejects a bad initiative file with its path, and leaves the workbook alone", async () => {
    await newSample();
    const before = await fs.readFile(path.join(dir(), "sample.xlsx"));
    await write("bad.json", JSON.stringify({ description: "x", activities: [{ quarter: "Sept-Dec", text: "y", start: "2026-02-30" }] }));
    const r = await aip("add-initiative", "sample.xlsx", "--objective", "1", "--from", "bad.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: initiative.activities[0].start: not a date: "2026-02-30"');
    expect(await fs.readFile(path.join(dir(), "sample.xlsx"))).toEqual(before);
  });

  test("add-initiative needs an objective number", async () => {
    await newSample();
    await write("i.json", JSON.stringify({ description: "x" }));
    const r = await aip("add-initiative", "sample.xlsx", "--objective", "two", "--from", "i.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--objective must be an objective\'s number (1, 2, …), got "two"');
  });
});
