/**
 * The checker's engine: one snapshot in, every rule run, findings out, sorted for reading. Pure:
 * it never writes. It survives what people do to workbooks (empty cells, numbers or formulas
 * where text belongs, 32,000-character cells, merged cells, renamed or deleted sheets and names):
 * each becomes a finding, and a rule that fails is reported instead of stopping the others.
 */
import { parseInitiativeName, PLAN_NAMES } from "../layout/names";
import { gapState, nameGaps } from "../layout/nameGaps";
import { asText, isErrorValue, type Problem } from "../layout/readCells";
import { parseCell, splitRef } from "../util/a1";
import type { WorkbookSnapshot } from "../workbook/port";
import { shorten } from "./planCells";
import { RULES } from "./registry";
import { checkSubject, type CellRead, type CheckSubject, type LocatedBenchmark } from "./subject";
import { SEVERITIES, type CheckOptions, type Finding, type PlanRule, type Severity, type TextRule } from "./types";

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
}

/** Benchmarks longer than this are judged on their start only (a benchmark is a sentence or two). */
export const MAX_BENCHMARK_CHARS = 2000;

/** Rule ids of the engine's own findings about the workbook rather than the plan. */
export const WORKBOOK_NAMES = "workbook-names";
export const WORKBOOK_CELLS = "workbook-cells";

const BENCHMARK_LABELS: Record<LocatedBenchmark["type"], string> = {
  activity: "activity",
  early_evidence: "early-evidence indicator",
  short_term_outcome: "short-term outcome",
  final_outcome: "final outcome",
};

export function runChecks(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  return runChecksOn(checkSubject(snapshot), options);
}

/** The same, on a subject already read (its `plan` is readPlan's: callers that need both read once). */
export function runChecksOn(subject: CheckSubject, options: CheckOptions): CheckResult {
  const findings: Finding[] = [...textFindings(subject), ...planFindings(subject, options)];
  findings.push(...problemFindings(subject, findings));
  findings.sort(compareFindings);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return { findings, counts };
}

function placed(cell: CellRead, rule: string, severity: Severity, message: string, suggestion?: string): Finding {
  const f: Finding = { rule, severity, sheet: cell.at.sheet, cell: cell.at.cell, message };
  if (suggestion) f.suggestion = suggestion;
  if (cell.at.initiative) f.initiative = { ...cell.at.initiative };
  return f;
}

/** A rule that throws is a bug in the checker: say so on the cell, and carry on with the others. */
function failed(rule: string, cell: CellRead | undefined, error: unknown): Finding {
  const why = error instanceof Error ? error.message : String(error);
  const at = cell ?? { value: "", at: { sheet: "", cell: "" } };
  return placed(at, rule, "note", `The checker could not apply ${rule} here (${shorten(why, 80)}). This is a bug in the add-in; the other rules ran.`);
}

function textFindings(subject: CheckSubject): Finding[] {
  const rules = RULES.filter((r): r is TextRule => r.kind === "text");
  const context = subject.plan.schoolYear ? { schoolYear: subject.plan.schoolYear } : {};
  const out: Finding[] = [];
  for (const b of subject.benchmarks) {
    const label = BENCHMARK_LABELS[b.type];
    const { value, formula } = b.cell;
    if (typeof value !== "string") {
      // A number or TRUE/FALSE where a sentence belongs: say so rather than judge "0.8" as prose.
      out.push(placed(b.cell, WORKBOOK_CELLS, "warning", `This ${label} holds ${typeof value === "number" ? "the number" : "the value"} ${asText(value)}, not a sentence: a benchmark says what will change, by how much and by when.`, "Type the benchmark as a sentence, e.g. \"By June 2027, 80% of …, as measured by …\"."));
      continue;
    }
    if (isErrorValue(value)) {
      out.push(placed(b.cell, WORKBOOK_CELLS, "warning", `This ${label} shows the error ${value}${formula ? ` from its formula ${shorten(formula, 40)}` : ""}.`, "Fix the formula, or type the benchmark as text."));
      continue;
    }
    if (formula) {
      out.push(placed(b.cell, WORKBOOK_CELLS, "note", `This ${label} is a formula (${shorten(formula, 40)}); its result "${shorten(value)}" was checked. Typed text keeps the plan readable outside the workbook.`));
    }
    let text = value;
    if (text.length > MAX_BENCHMARK_CHARS) {
      out.push(placed(b.cell, WORKBOOK_CELLS, "warning", `This ${label} is ${text.length.toLocaleString("en-US")} characters long; a benchmark is a sentence or two, so only its first ${MAX_BENCHMARK_CHARS.toLocaleString("en-US")} were checked.`, "Keep one measurable benchmark per cell; move background to the key issues."));
      text = text.slice(0, MAX_BENCHMARK_CHARS);
    }
    for (const rule of rules) {
      if (rule.appliesTo && !rule.appliesTo.includes(b.type)) continue;
      try {
        for (const tf of rule.check({ text, type: b.type }, context)) {
          out.push(placed(b.cell, rule.id, rule.severity, tf.message, tf.suggestion));
        }
      } catch (e) {
        out.push(failed(rule.id, b.cell, e));
      }
    }
  }
  return out;
}

function planFindings(subject: CheckSubject, options: CheckOptions): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES.filter((r): r is PlanRule => r.kind === "plan")) {
    try {
      out.push(...rule.check(subject, options));
    } catch (e) {
      out.push(failed(rule.id, subject.planCell(PLAN_NAMES.district), e));
    }
  }
  return out;
}

/** readPlan's messages for a name or a whole sheet that is gone (errors); the rest are warnings. */
const GONE = /is missing|is broken|not in this workbook|is gone|none of its rating names|covers no cells/;

/**
 * One `workbook-names` error per name the layout expects that is missing or broken, naming the
 * sheet it belongs on and the fix (Repair names when that sheet is there). A strategy sheet that
 * is gone altogether is left to readPlan's one message about it. Returns the names covered.
 */
function gapFindings(subject: CheckSubject): { findings: Finding[]; covered: Set<string> } {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const gap of nameGaps(subject.snapshot)) {
    const { group } = gap;
    if (group.kind === "initiative" && group.sheet === "") continue;
    covered.add(gap.name);
    const f: Finding = group.sheet
      ? {
          rule: WORKBOOK_NAMES,
          severity: "error",
          sheet: group.sheet,
          cell: "",
          message: `The defined name ${gap.name} ${gapState(gap)}; it belongs on the sheet "${group.sheet}" (${group.label}), and the add-in reads and updates those cells only through it.`,
          suggestion: `Run Repair names (Check page, or aip repair BOOK.xlsx): it points ${gap.name} back at its cells from the sheet's labels and changes no value. If the labels were removed, point the name at its cells in Formulas > Name Manager.`,
        }
      : {
          rule: WORKBOOK_NAMES,
          severity: "error",
          sheet: "",
          cell: "",
          message: `The defined name ${gap.name} ${gapState(gap)}, and ${group.label} it belongs on is not in this workbook.`,
          suggestion: "Restore the sheet (Undo, or copy it back from a saved copy of the workbook), then run Repair names; if it was removed on purpose, delete the name in Formulas > Name Manager.",
        };
    if (group.initiative) f.initiative = { ...group.initiative };
    findings.push(f);
  }
  return { findings, covered };
}

/**
 * readPlan's problems as findings: problems about defined names are `workbook-names` (a missing
 * or broken name the layout expects gets its own finding from gapFindings instead); problems
 * about a cell are `workbook-cells`, unless a rule already reported that cell (a junk date, an
 * unknown rating), so nothing is said twice.
 */
function problemFindings(subject: CheckSubject, already: Finding[]): Finding[] {
  const gaps = gapFindings(subject);
  const problems: Problem[] = subject.problems.filter((p) => !gaps.covered.has(p.where));
  const sheetOwner = new Map(subject.initiatives.filter((li) => li.sheet !== "").map((li) => [li.sheet, li.ref]));
  const seen = new Set(already.map((f) => `${f.sheet}!${f.cell}`));
  const out: Finding[] = [...gaps.findings];
  for (const p of problems) {
    const ref = splitRef(p.where);
    if (ref) {
      const cell = ref.range.split(":")[0];
      if (seen.has(`${ref.sheet}!${cell}`)) continue;
      seen.add(`${ref.sheet}!${cell}`);
      const f: Finding = { rule: WORKBOOK_CELLS, severity: "warning", sheet: ref.sheet, cell, message: p.message };
      const owner = sheetOwner.get(ref.sheet);
      if (owner) f.initiative = { ...owner };
      out.push(f);
      continue;
    }
    const f: Finding = { rule: WORKBOOK_NAMES, severity: GONE.test(p.message) ? "error" : "warning", sheet: "", cell: "", message: p.message };
    const parsed = parseInitiativeName(p.where) ?? parseInitiativeName(`${p.where}.x`);
    if (parsed) f.initiative = { o: parsed.o, i: parsed.i };
    out.push(f);
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function cellOrder(cell: string): [number, number] {
  try {
    const c = parseCell(cell);
    return [c.row, c.col];
  } catch {
    return [-1, -1];
  }
}

/** Plan-level first, then initiatives in plan order; within each: errors, warnings, notes; then sheet and cell. */
export function compareFindings(a: Finding, b: Finding): number {
  const ao = a.initiative ? [a.initiative.o, a.initiative.i] : [0, 0];
  const bo = b.initiative ? [b.initiative.o, b.initiative.i] : [0, 0];
  if (ao[0] !== bo[0]) return ao[0] - bo[0];
  if (ao[1] !== bo[1]) return ao[1] - bo[1];
  if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] - RANK[b.severity];
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const [ar, ac] = cellOrder(a.cell);
  const [br, bc] = cellOrder(b.cell);
  return ar - br || ac - bc || a.rule.localeCompare(b.rule);
}
