/**
 * Builds WorkbookSnapshot objects by hand for the reader and quarter-tab tests: a tiny grid of
 * sheets and cells, with defined names resolved against it the way the port reports them.
 * The layout used by `initiative()` is this file's own: the readers must not depend on rows.
 */
import type { InitiativeRef, QprPeriod } from "../../src/domain/plan";
import { initiativeNames, LIST_NAMES, PLAN_NAMES, type RatingKind } from "../../src/layout/names";
import { blockRange, cellAddress, parseCell, parseRange } from "../../src/util/a1";
import type { CellValue, WorkbookPort, WorkbookSnapshot } from "../../src/workbook/port";
import type { WriteBatch } from "../../src/workbook/spec";

type Grid = Map<string, CellValue>;

export class SnapshotBuilder {
  private readonly grids = new Map<string, Grid>();
  private readonly defs = new Map<string, { sheet: string; range: string } | "broken">();

  sheet(name: string): this {
    if (!this.grids.has(name)) this.grids.set(name, new Map());
    return this;
  }

  /** Writes a block of values with its top-left at `at`. */
  set(sheet: string, at: string, rows: CellValue[][]): this {
    this.sheet(sheet);
    const grid = this.grids.get(sheet) as Grid;
    const s = parseCell(at);
    rows.forEach((row, r) => row.forEach((v, c) => grid.set(cellAddress(s.row + r, s.col + c), v)));
    return this;
  }

  name(name: string, sheet: string, range: string): this {
    this.defs.set(name, { sheet, range });
    return this;
  }

  /** Writes the block and names it in one go. */
  named(name: string, sheet: string, at: string, rows: CellValue[][]): this {
    this.set(sheet, at, rows);
    return this.name(name, sheet, blockRange(at, rows.length, rows[0].length));
  }

  broken(name: string): this {
    this.defs.set(name, "broken");
    return this;
  }

  removeName(name: string): this {
    this.defs.delete(name);
    return this;
  }

  removeSheet(sheet: string): this {
    this.grids.delete(sheet);
    return this;
  }

  /** The same workbook as a batch that creates it, to run commands through a real adapter. */
  toBatch(): WriteBatch {
    const sheets = [...this.grids].map(([name, grid]) => ({
      name,
      create: true,
      blocks: [...grid].filter(([, v]) => v !== "").map(([at, v]) => ({ at, cells: [[v]] })),
    }));
    const names = [...this.defs].flatMap(([name, def]) => (def === "broken" ? [] : [{ name, ...def }]));
    return { sheets, names };
  }

  build(): WorkbookSnapshot {
    const names: WorkbookSnapshot["names"] = {};
    for (const [name, def] of this.defs) {
      if (def === "broken") {
        names[name] = { name, sheet: "", range: "", values: [], formulas: [] };
        continue;
      }
      const grid = this.grids.get(def.sheet);
      const r = parseRange(def.range);
      const values: CellValue[][] = [];
      for (let row = r.start.row; row <= r.end.row; row++) {
        const line: CellValue[] = [];
        for (let col = r.start.col; col <= r.end.col; col++) line.push(grid?.get(cellAddress(row, col)) ?? "");
        values.push(line);
      }
      // A name whose sheet is gone is reported as broken, as Excel does (#REF!).
      names[name] = grid ? { name, sheet: def.sheet, range: def.range, values, formulas: values } : { name, sheet: "", range: "", values: [], formulas: [] };
    }
    return { sheets: [...this.grids.keys()], names };
  }
}

export interface TestActivity {
  quarter: string;
  text: CellValue;
  lead?: CellValue;
  start?: CellValue;
  complete?: CellValue;
  status?: CellValue;
}

export interface TestInitiative {
  objective?: string;
  objectiveLead?: string;
  description?: string;
  lead?: string;
  resources?: string;
  shortTermOutcomes?: CellValue[];
  earlyEvidence?: CellValue[];
  activities?: TestActivity[];
  /** Extra blank rows after the activities (the template's empty rows). */
  padding?: number;
  ratings?: Partial<Record<QprPeriod, Partial<Record<RatingKind, CellValue>>>>;
}

/** Activities table top row on the test strategy sheets (1-based), deliberately not the real layout's. */
export const ACTIVITIES_TOP = 31;

/** Lays out one strategy sheet with every AIP.O{o}.I{i}.* name. */
export function addInitiative(b: SnapshotBuilder, ref: InitiativeRef, sheet: string, t: TestInitiative): SnapshotBuilder {
  const n = initiativeNames(ref);
  b.sheet(sheet)
    .named(n.objective, sheet, "B3", [[t.objective ?? `Objective ${ref.o}`]])
    .named(n.objectiveLead, sheet, "B4", [[t.objectiveLead ?? "Pat Lee"]])
    .named(n.description, sheet, "B5", [[t.description ?? `Initiative ${ref.o}.${ref.i}`]])
    .named(n.lead, sheet, "B6", [[t.lead ?? "Sam Ortiz"]])
    .named(n.resources, sheet, "B7", [[t.resources ?? ""]]);
  const column = (values: CellValue[] | undefined) => [...(values ?? []), "", ""].map((v) => [v]);
  b.named(n.shortTermOutcomes, sheet, "B10", column(t.shortTermOutcomes));
  b.named(n.earlyEvidence, sheet, "B20", column(t.earlyEvidence));

  const rows: CellValue[][] = (t.activities ?? []).map((a) => [a.quarter, a.text, a.lead ?? "", a.start ?? "", a.complete ?? "", a.status ?? ""]);
  for (let k = 0; k < (t.padding ?? 2); k++) rows.push(["Sept-Dec", "", "", "", "", ""]);
  if (rows.length > 0) b.named(n.activities, sheet, `A${ACTIVITIES_TOP}`, rows);

  const kinds: RatingKind[] = ["Process", "ProcessEvidence", "Performance", "PerformanceEvidence"];
  const periods: QprPeriod[] = ["Jan", "Mar", "Jun", "Sep"];
  const ratingTop = ACTIVITIES_TOP + rows.length + 3;
  periods.forEach((p, r) =>
    kinds.forEach((kind, c) => {
      const at = cellAddress(ratingTop - 1 + r, 1 + c);
      b.named(n.rating(kind, p), sheet, at, [[t.ratings?.[p]?.[kind] ?? ""]]);
    }),
  );
  return b;
}

/** The Plan and Lists sheets' names, with sensible defaults. */
export function addPlanSheet(
  b: SnapshotBuilder,
  over: Partial<Record<"district" | "date" | "schoolYear" | "keyIssues" | "theoryOfAction", CellValue>> & {
    finalOutcomes?: CellValue[][];
    roster?: CellValue[];
  } = {},
): SnapshotBuilder {
  b.sheet("Plan")
    .named(PLAN_NAMES.district, "Plan", "B2", [[over.district ?? "Harbor City Public Schools"]])
    .named(PLAN_NAMES.date, "Plan", "B3", [[over.date ?? 46280]])
    .named(PLAN_NAMES.schoolYear, "Plan", "B4", [[over.schoolYear ?? 2026]])
    .named(PLAN_NAMES.keyIssues, "Plan", "B6", [[over.keyIssues ?? "Reading scores are flat."]])
    .named(PLAN_NAMES.theoryOfAction, "Plan", "B8", [[over.theoryOfAction ?? "If we coach, then..."]])
    .named(
      PLAN_NAMES.finalOutcomes,
      "Plan",
      "A20",
      over.finalOutcomes ?? [
        ["Grade 3 reading at 70%", 46630],
        ["", ""],
      ],
    );
  b.sheet("Lists").named(
    LIST_NAMES.roster,
    "Lists",
    "A2",
    (over.roster ?? ["Pat Lee", "", "Sam Ortiz"]).map((v) => [v]),
  );
  return b;
}

/** A port over a fixed snapshot that records what is applied and counts round trips. */
export class RecordingPort implements WorkbookPort {
  readonly batches: WriteBatch[] = [];
  snapshots = 0;

  constructor(private readonly snap: WorkbookSnapshot) {}

  async listSheets(): Promise<string[]> {
    return [...this.snap.sheets];
  }

  async snapshot(): Promise<WorkbookSnapshot> {
    this.snapshots++;
    return this.snap;
  }

  async apply(batch: WriteBatch): Promise<void> {
    this.batches.push(batch);
  }

  async select(): Promise<void> {}
}
