/**
 * Text from a workbook or a plan reaches the terminal in aip's messages. A control character in it
 * (an escape sequence pasted into a cell, a carriage return) is shown, not obeyed: it cannot clear
 * the screen or overwrite a line of whoever runs aip. JSON output keeps the text exact.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { CONTROL, printableText } from "../../../src/cli/io";
import { runAip, tempFolderEachTest } from "./runAip";

const dir = tempFolderEachTest("aip-printable-");

const HOSTILE = "\u001b[2J\u001b[HBy June 2027, 80% of students pass,\r as measured by MCAS\u0007";

test("control characters are shown as \\xNN; line feeds and tabs are kept", () => {
  expect(printableText("a\u001b[31mb\rc\u0000d\u009be")).toBe("a\\x1B[31mb\\x0Dc\\x00d\\x9Be");
  expect(printableText("line one\n\tline two – café")).toBe("line one\n\tline two – café");
});

test("aip benchmarks echoes a pasted escape sequence as text, and --json keeps it exact", async () => {
  await fs.writeFile(path.join(dir(), "drafts.json"), JSON.stringify([{ text: HOSTILE, type: "early_evidence" }]), "utf8");
  const human = await runAip(dir(), ["benchmarks", "drafts.json"]);
  expect(human.stdout).toContain("\\x1B[2J\\x1B[HBy June 2027");
  expect(human.stdout).not.toMatch(new RegExp(CONTROL.source));
  const json = await runAip(dir(), ["benchmarks", "drafts.json", "--json"]);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout)).toHaveLength(1);
  expect(json.stdout).not.toMatch(new RegExp(CONTROL.source));
});
