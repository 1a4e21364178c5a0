/**
 * workbook-cells: a cell the checker reads holds something the plan cannot use as it stands (a
 * number or an error where a sentence belongs, a formula, a formula the file stores no result for,
 * a text far too long, a date or rating it cannot read). Found by the engine before the other rules run, so they judge text only.
 */
import { asText, isErrorValue, type Problem } from "../../layout/read/readCells";
import { splitRef } from "../../util/a1";
import type { CellRead, LocatedPlan, LocatedBenchmark } from "../locatedPlan";
import { findingAt, shorten } from "../planCells";
import type { Finding, Severity, WorkbookRule } from "../types";

export const workbookCells: WorkbookRule = {
  kind: "workbook",
  id: "workbook-cells",
  severity: "warning",
  description: "A cell the checker reads holds a number, an error, a formula, an overlong text or a value it cannot read.",
  guidance: "SPEC.md §4.1 (a benchmark is a statement of what will change, by how much and by when)",
};

/** Benchmarks longer than this are judged on their start only (a benchmark is a sentence or two). */
export const MAX_BENCHMARK_CHARS = 2000;

const BENCHMARK_LABELS: Record<LocatedBenchmark["type"], string> = {
  activity: "activity",
  early_evidence: "early-evidence indicator",
  short_term_outcome: "short-term outcome",
  final_outcome: "final outcome",
};

function at(cell: CellRead, severity: Severity, message: string, suggestion?: string): Finding {
  return findingAt(workbookCells, cell, message, { severity, suggestion });
}

/**
 * What to say about a benchmark's cell before its text is judged, and the text the text rules may
 * judge (absent when the cell holds no sentence to judge).
 */
export function benchmarkCell(b: LocatedBenchmark): { findings: Finding[]; text?: string } {
  const findings: Finding[] = [];
  const label = BENCHMARK_LABELS[b.type];
  const { value, formula } = b.cell;
  if (typeof value !== "string") {
    // A number or TRUE/FALSE where a sentence belongs: say so rather than judge "0.8" as prose.
    findings.push(
      at(
        b.cell,
        "warning",
        `This ${label} holds ${typeof value === "number" ? "the number" : "the value"} ${asText(value)}, not a sentence: a benchmark says what will change, by how much and by when.`,
        'Type the benchmark as a sentence, e.g. "By June 2027, 80% of …, as measured by …".',
      ),
    );
    return { findings };
  }
  if (isErrorValue(value)) {
    findings.push(
      at(
        b.cell,
        "warning",
        `This ${label} shows the error ${value}${formula ? ` from its formula ${shorten(formula, 40)}` : ""}.`,
        "Fix the formula, or type the benchmark as text.",
      ),
    );
    return { findings };
  }
  if (formula) {
    findings.push(
      at(
        b.cell,
        "note",
        `This ${label} is a formula (${shorten(formula, 40)}); its result "${shorten(value)}" was checked. Typed text keeps the plan readable outside the workbook.`,
      ),
    );
  }
  let text = value;
  if (text.length > MAX_BENCHMARK_CHARS) {
    findings.push(
      at(
        b.cell,
        "warning",
        `This ${label} is ${text.length.toLocaleString("en-US")} characters long; a benchmark is a sentence or two, so only its first ${MAX_BENCHMARK_CHARS.toLocaleString("en-US")} were checked.`,
        "Keep one measurable benchmark per cell; move background to the key issues.",
      ),
    );
    text = text.slice(0, MAX_BENCHMARK_CHARS);
  }
  return { findings, text };
}

/** readPlan's problems about one cell, once per cell and never on a cell a rule already reported. */
export function cellProblemFindings(subject: LocatedPlan, problems: Problem[], seen: Set<string>): Finding[] {
  const sheetOwner = new Map(subject.initiatives.filter((li) => li.sheet !== "").map((li) => [li.sheet, li.ref]));
  const out: Finding[] = [];
  for (const p of problems) {
    const ref = splitRef(p.where);
    if (!ref) continue;
    const cell = ref.range.split(":")[0];
    if (seen.has(`${ref.sheet}!${cell}`)) continue;
    seen.add(`${ref.sheet}!${cell}`);
    const f: Finding = { rule: workbookCells.id, severity: "warning", sheet: ref.sheet, cell, message: p.message };
    const owner = sheetOwner.get(ref.sheet);
    if (owner) f.initiative = { ...owner };
    out.push(f);
  }
  return out;
}
