/**
 * Text from a workbook or a plan reaches the terminal in aip's messages. A control character in it
 * (an escape sequence pasted into a cell, a carriage return) is shown, not obeyed: it cannot clear
 * the screen or overwrite a line of whoever runs aip. JSON output keeps the text exact.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { CONTROL, printableText } from "../../src/cli/io";
import { runAip, tempFolderEachTest } from "./runAip";

const dir = tempFolderEachTest("aip-printable-");

const HOSTILE = "\u001b[2J\u001b[HBy June 2027, 80% of students pass,\r as measured by MCAS\u0007\u009b";

test("control characters are shown as \\uNNNN; line feeds and tabs are kept", () => {
  expect(printableText("a\u001b[31mb\rc\u0000d\u009be")).toBe("a\\u001B[31mb\\u000Dc\\u0000d\\u009Be");
  expect(printableText("line one\n\tline two – café")).toBe("line one\n\tline two – café");
});

test("aip benchmarks echoes a pasted escape sequence as text, and --json keeps it exact", async () => {
  await fs.writeFile(path.join(dir(), "drafts.json"), JSON.stringify([{ text: HOSTILE, type: "early_evidence" }]), "utf8");
  const human = await runAip(dir(), ["benchmarks", "drafts.json"]);
  expect(human.stdout).toContain("\\u001B[2J\\u001B[HBy June 2027");
  expect(human.stdout).not.toMatch(new RegExp(CONTROL.source));
});

test("aip export prints JSON that parses back to the exact text, control characters and all", async () => {
  const plan = JSON.parse(await fs.readFile(path.resolve(__dirname, "../../examples/sample-plan.json"), "utf8"));
  // The plan validator refuses C0 controls (Excel cannot store them); DEL and C1 controls pass.
  const lead = "Ms. Rivera\u009b2J\u007f";
  plan.objectives[0].initiatives[0].lead = lead;
  await fs.writeFile(path.join(dir(), "plan.json"), JSON.stringify(plan), "utf8");
  expect((await runAip(dir(), ["new", "plan.json", "-o", "book.xlsx"])).code).toBe(0);
  const exported = await runAip(dir(), ["export", "book.xlsx"]);
  expect(exported.code).toBe(0);
  expect(exported.stdout).not.toMatch(new RegExp(CONTROL.source));
  expect(exported.stdout).toContain("Ms. Rivera\\u009B2J\\u007F");
  expect(JSON.parse(exported.stdout).objectives[0].initiatives[0].lead).toBe(lead);
});
