/**
 * New plan: one listSheets and one apply, the template's labels, names on the right cells, and the
 * round trip through the real .xlsx adapter (readPlan gives the plan back unchanged).
 */
import { readFileSync } from "fs";
import { join } from "path";
import type * as ExcelJS from "exceljs";
import { newPlan } from "../../../src/commands/newPlan";
import { isoToSerial } from "../../../src/domain/calendar";
import type { Plan } from "../../../src/domain/plan";
import { parsePlan } from "../../../src/domain/validate";
import { initiativeNames, LIST_NAMES, PLAN_NAMES } from "../../../src/layout/names";
import { readPlan } from "../../../src/layout/read/readPlan";
import type { WriteBatch } from "../../../src/workbook/spec";
import { WorkbookError, type WorkbookPort, type WorkbookSnapshot } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

function sample(): Plan {
  return parsePlan(JSON.parse(readFileSync(join(__dirname, "../../../examples/sample-plan.json"), "utf8")));
}

/** A port that records calls and holds the given sheets. */
class RecordingPort implements WorkbookPort {
  calls: string[] = [];
  batches: WriteBatch[] = [];
  constructor(private readonly sheets: string[]) {}
  async listSheets(): Promise<string[]> {
    this.calls.push("listSheets");
    return [...this.sheets];
  }
  async snapshot(): Promise<WorkbookSnapshot> {
    this.calls.push("snapshot");
    return { sheets: [...this.sheets], names: {} };
  }
  async apply(batch: WriteBatch): Promise<void> {
    this.calls.push("apply");
    this.batches.push(batch);
  }
  async select(): Promise<void> {
    this.calls.push("select");
  }
}

function sheet(wb: XlsxWorkbook, name: string): ExcelJS.Worksheet {
  const ws = wb.book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("newPlan", () => {
  it("lists the sheets once and writes everything in one apply", async () => {
    const port = new RecordingPort(["Sheet1"]);
    const plan = sample();
    const result = await newPlan(port, plan);
    expect(port.calls).toEqual(["listSheets", "apply"]);
    expect(result.initiatives).toBe(plan.objectives.reduce((n, o) => n + o.initiatives.length, 0));
    expect(result.sheets[0]).toBe("Plan");
    expect(result.sheets.slice(-5)).toEqual(["Sept-Dec", "Jan-March", "April-June", "July-Aug", "Lists"]);
    expect(result.names).toBe(port.batches[0].names.length);
    // Positions follow the tab order from 0, so Plan is the first tab even beside Sheet1.
    expect(port.batches[0].sheets.map((s) => s.position)).toEqual(port.batches[0].sheets.map((_, k) => k));
  });

  it.each(["Plan", "lists", "JAN-MARCH"])("refuses a workbook that already has a %s sheet, writing nothing", async (existing) => {
    const port = new RecordingPort(["Sheet1", existing]);
    const err = await newPlan(port, sample()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as Error).message).toContain(`"${existing}"`);
    expect((err as Error).message).toMatch(/already holds a plan/);
    expect(port.calls).toEqual(["listSheets"]);
  });

  it("round-trips the sample plan through an .xlsx workbook", async () => {
    const wb = XlsxWorkbook.create();
    const plan = sample();
    await newPlan(wb, plan);
    const { plan: back, problems } = readPlan(await wb.snapshot());
    expect(problems).toEqual([]);
    expect(back).toEqual(plan);
  });

  it("keeps other sheets and orders the plan's tabs first: Plan, strategy sheets by o then i, quarters, Lists", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [{ at: "A1", cells: [["mine"]] }] }], names: [] });
    const plan = sample();
    const { sheets } = await newPlan(wb, plan);
    const tabs = await wb.listSheets();
    expect(tabs.slice(0, sheets.length)).toEqual(sheets);
    expect(tabs).toContain("Sheet1");
    expect(sheet(wb, "Sheet1").getCell("A1").value).toBe("mine");
    const strategy = sheets.slice(1, -5);
    const numbers = strategy.map((s) => s.split(" ")[0]);
    const expected = plan.objectives.flatMap((o, oi) => o.initiatives.map((_, ii) => `${oi + 1}.${ii + 1}`));
    expect(numbers).toEqual(expected);
  });

  it("writes the template's labels verbatim and names on the cells they describe", async () => {
    const wb = XlsxWorkbook.create();
    const plan = sample();
    const { sheets } = await newPlan(wb, plan);
    const snap = await wb.snapshot();
    const values = (ws: ExcelJS.Worksheet) => {
      const out: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => void out.push(c.value)));
      return out;
    };
    const planValues = values(sheet(wb, "Plan"));
    for (const label of ["District:", "Date:", "Section 1: Explanation of key issues and how the district will address them", "(Maximum 1,000 words)"]) {
      expect(planValues).toContain(label);
    }
    expect(snap.names[PLAN_NAMES.district].values).toEqual([[plan.district]]);
    expect(snap.names[PLAN_NAMES.keyIssues].values).toEqual([[plan.keyIssues]]);
    expect(snap.names[PLAN_NAMES.schoolYear].values).toEqual([[plan.schoolYear]]);
    expect(snap.names[PLAN_NAMES.finalOutcomes].values[0].length).toBe(2);

    const first = sheet(wb, sheets[1]);
    const firstValues = values(first);
    for (const label of [
      "Section 2: Initiative Strategy Sheet",
      "(There is one Strategy Sheet for each Initiative under an Objective; duplicate as necessary)",
      "A. District Strategic Objective 1:",
      "B. Overall Lead for this Objective (one person):",
      "C. Initiative Number and Description:",
      "D. Lead for this Initiative (one person):",
      "E. Short-term outcomes for the Initiative, with dates/frequency for each:",
      "F. What are the key indicators for this Initiative to show early evidence of change? By when?",
      "G. Key resources (e.g., other leaders/supporters of the Initiative, funds, external partners, time, staffing, materials, etc.):",
      "Quarter",
      "H. Activities to Achieve the Outcomes for the Initiative (Action Steps)",
      "I. Who will Lead?",
      "J. When will it Start?",
      "K. When will it be Complete?",
      "Status",
    ]) {
      expect(firstValues).toContain(label);
    }
    const n = initiativeNames({ o: 1, i: 1 });
    const init = plan.objectives[0].initiatives[0];
    expect(snap.names[n.description]).toMatchObject({ sheet: sheets[1], values: [[init.description]] });
    expect(snap.names[n.activities].values[0].length).toBe(6);
    expect(snap.names[n.ratings].values.length).toBe(4);

    // Lists: single-column dropdown sources; the roster has room to grow.
    for (const name of Object.values(LIST_NAMES)) {
      expect(snap.names[name].sheet).toBe("Lists");
      expect(snap.names[name].values.every((row) => row.length === 1)).toBe(true);
    }
  });

  it("writes dates as serials with a date format, and text starting with = as text", async () => {
    const plan = sample();
    const act = plan.objectives[0].initiatives[0].activities[0];
    act.text = "=1+1 is not a formula";
    act.start = "2026-09-14";
    act.complete = "mid October";
    const wb = XlsxWorkbook.create();
    const { sheets } = await newPlan(wb, plan);
    const ws = sheet(wb, sheets[1]);
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === act.text) found = row;
    });
    expect(found).toBeDefined();
    const row = found as ExcelJS.Row;
    expect(row.getCell(2).formula).toBeUndefined();
    expect(row.getCell(4).value).toBe(isoToSerial("2026-09-14"));
    expect(row.getCell(4).numFmt).toMatch(/y/);
    expect(row.getCell(5).value).toBe("mid October");
    const { plan: back } = readPlan(await wb.snapshot());
    expect(back.objectives[0].initiatives[0].activities[0]).toEqual(act);
  });

  it("gives the word count as a formula naming the Section 1 cells", async () => {
    const port = new RecordingPort([]);
    await newPlan(port, sample());
    const batch = port.batches[0];
    const wc = batch.names.find((n) => n.name === PLAN_NAMES.wordCount);
    expect(wc?.sheet).toBe("Plan");
    const planSpec = batch.sheets.find((s) => s.name === "Plan");
    const formulas = JSON.stringify(planSpec?.blocks);
    expect(formulas).toContain("SUMPRODUCT");
    expect(formulas).not.toMatch(/FILTER\(|LET\(|XLOOKUP|TEXTJOIN/);
    expect(formulas).toContain(PLAN_NAMES.keyIssues);
  });
});
