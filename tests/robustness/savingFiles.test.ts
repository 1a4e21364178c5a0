/**
 * Files people own, saved safely (docs/safety-files.md): in place keeps the mode, writes through a
 * symbolic link, refuses a read-only file and a file that changed since it was read (so concurrent
 * runs never lose an update); an output that is not a workbook never replaces the workbook; a
 * failed write (full disk, closed pipe) exits 74 with a plain sentence. Inputs that are not an
 * .xlsx or not UTF-8 get a sentence of our own and exit 2.
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import { join } from "path";
import { runAip, tempFolderEachTest } from "../cli/runAip";

const ROOT = join(__dirname, "../..");
const SAMPLE = join(ROOT, "examples/sample-plan.json");
const dir = tempFolderEachTest("aip-saving-");

async function newBook(name = "plan.xlsx"): Promise<string> {
  expect((await runAip(dir(), ["new", SAMPLE, "-o", name])).code).toBe(0);
  return join(dir(), name);
}

async function sheetsOf(file: string): Promise<string[]> {
  const run = await runAip(dir(), ["export", file]);
  expect(run.code).toBe(0);
  const { XlsxWorkbook } = await import("../../src/workbook/xlsx/XlsxWorkbook");
  return (await XlsxWorkbook.fromBuffer(await fs.readFile(file))).listSheets();
}

describe("saving in place", () => {
  test("keeps a private file private (mode 0600)", async () => {
    const book = await newBook();
    await fs.chmod(book, 0o600);
    expect((await runAip(dir(), ["rollup", "plan.xlsx"])).code).toBe(0);
    expect((await fs.stat(book)).mode & 0o777).toBe(0o600);
    expect(await sheetsOf(book)).toContain("Summary");
  });

  test("writes through a symbolic link to its target, and the link stays a link", async () => {
    const book = await newBook("real.xlsx");
    await fs.symlink("real.xlsx", join(dir(), "link.xlsx"));
    expect((await runAip(dir(), ["rollup", "link.xlsx"])).code).toBe(0);
    expect((await fs.lstat(join(dir(), "link.xlsx"))).isSymbolicLink()).toBe(true);
    expect(await sheetsOf(book)).toContain("Summary");
  });

  test("refuses a read-only file and leaves it alone", async () => {
    const book = await newBook();
    await fs.chmod(book, 0o444);
    const before = await fs.readFile(book);
    const run = await runAip(dir(), ["rollup", "plan.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plan.xlsx is read-only, so aip did not replace it");
    expect((await fs.readFile(book)).equals(before)).toBe(true);
  });

  test("three commands at once on one file: each either saves or says to run again, and no saved update is lost", async () => {
    const book = await newBook();
    const runs = await Promise.all([
      runAip(dir(), ["rollup", "plan.xlsx"]),
      runAip(dir(), ["qpr", "plan.xlsx", "--period", "Jan"]),
      runAip(dir(), ["minutes", "plan.xlsx", "--date", "2026-10-14"]),
    ]);
    const made = ["Summary", "QPR Jan", "Minutes 2026-10-14"];
    const sheets = await sheetsOf(book);
    runs.forEach((run, i) => {
      if (run.code === 0) expect(sheets.some((s) => s.startsWith(made[i]))).toBe(true);
      else expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("plan.xlsx changed since it was opened: run again") });
    });
    expect(runs.filter((r) => r.code === 0).length).toBeGreaterThanOrEqual(1);
    expect(runs.filter((r) => r.code === 2).length).toBeGreaterThanOrEqual(1);
    const left = await fs.readdir(dir());
    expect(left.filter((f) => f.startsWith("."))).toEqual([]); // no temporary file or lock left behind
  });
});

test("export -o never replaces the workbook it reads, even with --force or through a link", async () => {
  const book = await newBook();
  const before = await fs.readFile(book);
  await fs.symlink("plan.xlsx", join(dir(), "alias.json"));
  for (const argv of [
    ["export", "plan.xlsx", "-o", "plan.xlsx", "--force"],
    ["export", "plan.xlsx", "-o", "alias.json", "--force"],
  ]) {
    const run = await runAip(dir(), argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is the workbook being read");
  }
  expect((await fs.readFile(book)).equals(before)).toBe(true);
});

/** The built command line as a person runs it, with stdout going where `shell` sends it. */
function aipShell(shell: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", shell], { cwd: dir(), env: { ...process.env, AIP: join(ROOT, "bin/aip.js") } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe("a failed write exits 74 with a plain sentence (needs the built CLI: npm run prepare)", () => {
  test("stdout on a full disk", async () => {
    await newBook();
    const run = await aipShell('node "$AIP" export plan.xlsx > /dev/full');
    expect(run).toEqual({ code: 74, stderr: "aip: could not write the output: the disk is full. What was written is incomplete.\n" });
  });

  test("stdout into a closed pipe", async () => {
    await newBook();
    const run = await aipShell('node "$AIP" export plan.xlsx | (exec 0<&-; sleep 1); exit ${PIPESTATUS[0]}');
    expect(run.code).toBe(74);
    expect(run.stderr).toContain("closed it before aip had finished (a closed pipe)");
  });

  test("-o to a full disk", async () => {
    await newBook();
    const run = await runAip(dir(), ["export", "plan.xlsx", "-o", "/dev/full", "--force"]);
    expect(run).toMatchObject({ code: 74, stderr: "aip: /dev/full: could not be written: the disk is full.\n" });
  });
});

describe("inputs that are not what they should be exit 2 with a sentence of our own", () => {
  const cases: [string, Buffer, RegExp][] = [
    [
      "old.xls",
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
      /old\.xls is an Excel 97-2003 workbook \(\.xls\): open it in Excel and save it as "Excel Workbook \(\*\.xlsx\)"/,
    ],
    ["plan.csv", Buffer.from("Objective,Lead\n1,Dana\n"), /plan\.csv is a text file \(such as \.csv\), not an Excel workbook/],
    [
      "plan.ods",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")]),
      /plan\.ods is an OpenDocument spreadsheet \(\.ods\)/,
    ],
    ["noise.xlsx", Buffer.from([0x00, 0x9f, 0x13, 0x37, 0xff, 0x00, 0x42]), /noise\.xlsx is not an Excel workbook \(\.xlsx\): it does not start like one/],
  ];
  test.each(cases)("%s", async (name, bytes, message) => {
    await fs.writeFile(join(dir(), name), bytes);
    for (const command of [
      ["export", name],
      ["rollup", name],
      ["check", name],
    ]) {
      const run = await runAip(dir(), command);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/zip|https?:/i);
    }
  });

  test("a plan in Latin-1 is refused with the byte offset and the likely encoding", async () => {
    await fs.writeFile(join(dir(), "plan.json"), Buffer.from('{\n  "district": "Espa\u00f1ola Public Schools"\n}\n', "latin1"));
    const run = await runAip(dir(), ["new", "plan.json", "-o", "out.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plan.json: the plan is not UTF-8 text: byte 21 (line 2) is 0xF1. It looks like Windows-1252 (Latin-1)");
    await expect(fs.stat(join(dir(), "out.xlsx"))).rejects.toThrow();
  });

  test("UTF-16 without a byte-order mark is named as such; with one it is read", async () => {
    const text = await fs.readFile(SAMPLE, "utf8");
    await fs.writeFile(join(dir(), "bare.json"), Buffer.from(text, "utf16le"));
    const bare = await runAip(dir(), ["new", "bare.json", "-o", "bare.xlsx"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("byte 1 (line 1) is 0x00. It looks like UTF-16 (little-endian) without a byte-order mark");
    await fs.writeFile(join(dir(), "bom.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect((await runAip(dir(), ["new", "bom.json", "-o", "bom.xlsx"])).code).toBe(0);
  });
});

test("export reports a formula's error value with its cell on stderr and never exports it as text", async () => {
  const book = await newBook();
  const { XlsxWorkbook } = await import("../../src/workbook/xlsx/XlsxWorkbook");
  const wb = await XlsxWorkbook.fromBuffer(await fs.readFile(book));
  const outcomes = (await wb.snapshot()).names["AIP.O1.I1.ShortTermOutcomes"];
  const first = outcomes.range.split(":")[0];
  wb.book.getWorksheet(outcomes.sheet)!.getCell(first).value = { formula: "Sheet9!B2/0", result: { error: "#REF!" } };
  await fs.writeFile(book, await wb.toBuffer());
  const run = await runAip(dir(), ["export", "plan.xlsx"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`!${first} (AIP.O1.I1.ShortTermOutcomes) shows the error #REF!: its formula =Sheet9!B2/0 no longer works`);
  expect(run.stdout).not.toContain("#REF!");
});

test("a formula the file stores no result for is reported with its cell (export: stderr, check: a finding); an empty-text result is not", async () => {
  const book = await newBook();
  const { XlsxWorkbook } = await import("../../src/workbook/xlsx/XlsxWorkbook");
  const wb = await XlsxWorkbook.fromBuffer(await fs.readFile(book));
  const snap = await wb.snapshot();
  const outcomes = snap.names["AIP.O1.I1.ShortTermOutcomes"];
  const [first] = outcomes.range.split(":");
  const ws = wb.book.getWorksheet(outcomes.sheet)!;
  // As a tool that does not calculate writes it: <f> and no <v>.
  ws.getCell(first).value = { formula: 'UPPER("read at school")' } as never;
  const evidence = snap.names["AIP.O1.I1.EarlyEvidence"];
  const [evidenceCell] = evidence.range.split(":");
  // A result of empty text (<v></v>) is a result: nothing to report.
  wb.book.getWorksheet(evidence.sheet)!.getCell(evidenceCell).value = { formula: '""&""', result: "" };
  await fs.writeFile(book, await wb.toBuffer());

  const exported = await runAip(dir(), ["export", "plan.xlsx"]);
  expect(exported.code).toBe(0);
  expect(exported.stderr).toContain(`!${first} (AIP.O1.I1.ShortTermOutcomes) holds the formula =UPPER("read at school") but the file stores no result for it`);
  expect(exported.stderr).not.toContain(`!${evidenceCell} (AIP.O1.I1.EarlyEvidence)`);
  expect(exported.stdout).not.toContain("READ AT SCHOOL");

  const checked = await runAip(dir(), ["check", "plan.xlsx", "--json"]);
  const findings = JSON.parse(checked.stdout) as { rule: string; sheet: string; cell: string; message: string }[];
  expect(findings.filter((f) => f.rule === "workbook-cells" && f.cell === first && f.sheet === outcomes.sheet).map((f) => f.message)).toEqual([
    expect.stringContaining("the file stores no result for it"),
  ]);
  expect(findings.some((f) => f.sheet === evidence.sheet && f.cell === evidenceCell && /no result/.test(f.message))).toBe(false);
});
