/**
 * The minutes' Word document opens in LibreOffice Writer: it is converted to PDF (a real PDF with
 * pages) and its text is checked. The text comes from pdftotext on that PDF when poppler-utils is
 * installed; otherwise from Writer's own text export of the .docx (the same document model the PDF
 * is printed from: a stronger check than unzipping document.xml, weaker than reading the PDF).
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "../../scripts/libreoffice";
import { exportMinutes } from "../../src/commands/exportMinutes";
import { newMinutes } from "../../src/commands/newMinutes";
import { newPlan } from "../../src/commands/newPlan";
import { parsePlan } from "../../src/domain/validate";
import { minutesDocxBytes } from "../../src/export/minutesDocx";
import { minutesNames } from "../../src/layout/names";
import { MINUTES_GOALS, MINUTES_HEADER_LABELS, MINUTES_SECTIONS } from "../../src/layout/minutesLabels";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { typeInto } from "../support/minutesSupport";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 180_000, env }, (error, stdout, stderr) => (error ? reject(new Error(`${command}: ${stderr || error.message}`)) : resolve(stdout)));
  });
}

async function hasCommand(name: string): Promise<boolean> {
  return run("sh", ["-c", `command -v ${name}`]).then(
    () => true,
    () => false,
  );
}

const PARTICIPANTS = "Dr. Maria Chen (superintendent), Tom Beck (Plan Manager), Ana Ruiz (Plan Monitor)";
const CHALLENGE = "=Two coaching cycles slipped: substitute shortage (need ESE help with coverage)";

test("the .docx of typed minutes converts to PDF in LibreOffice and reads as Appendix F with what was typed", async () => {
  const plan = parsePlan(JSON.parse(await fs.readFile(path.join(__dirname, "../../examples/sample-plan.json"), "utf8")));
  const wb = XlsxWorkbook.create();
  await newPlan(wb, plan);
  await newMinutes(wb, { date: "2026-10-14", today: "2026-10-01" });
  const n = minutesNames("2026-10-14");
  await typeInto(wb, n.participants, [[PARTICIPANTS]]);
  await typeInto(wb, n.section(2), [[CHALLENGE]]);
  await typeInto(wb, n.evidence, [["Walkthrough log for October", "Literacy coaches", "District shared drive"]], { row: 0, col: 1 });
  const docx = await minutesDocxBytes(await exportMinutes(wb, { date: "2026-10-14" }));

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-docx-"));
  try {
    const input = path.join(dir, "minutes.docx");
    await fs.writeFile(input, docx);
    const pdf = await fs.readFile(await convertWithLibreOffice(input, { to: "pdf", outDir: path.join(dir, "pdf"), recalculate: false }));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);

    const text = (await hasCommand("pdftotext"))
      ? await run("pdftotext", ["-layout", path.join(dir, "pdf", "minutes.pdf"), "-"])
      : await fs.readFile(await convertWithLibreOffice(input, { to: "txt:Text (encoded):UTF8", outDir: path.join(dir, "txt"), recalculate: false }), "utf8");
    const flat = text.replace(/\s+/g, " ");
    // Appendix F's labels verbatim and in order, then what people typed.
    const order = [...MINUTES_HEADER_LABELS, ...MINUTES_GOALS, ...MINUTES_SECTIONS.map((s) => s.text)].map((t) => flat.indexOf(t.replace(/\s+/g, " ")));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(flat).toContain("District: Riverton Public Schools");
    expect(flat).toContain("Highlight Discussion date: 10/14/2026");
    expect(flat).toContain(PARTICIPANTS);
    expect(flat).toContain(CHALLENGE);
    expect(flat).toContain("Walkthrough log for October");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
