/**
 * aip benchmarks TEXTS.json [--json] [--school-year YYYY]: checks benchmark texts before they go
 * into a plan. A report, so it exits 0 whatever it finds; bad input exits 2 naming the item. An
 * unknown type is not bad input: the text is read without one, and stderr says so.
 */
import { checkBenchmarkTexts, type TextInput, type TextReport } from "../../checks/benchmarkReport";
import { BENCHMARK_TYPES, LINE_KINDS, type BenchmarkType, type LineKind } from "../../checks/types";
import { findJsonSyntaxProblem, lineColumn } from "../../domain/jsonSyntax";
import { suggest } from "../../domain/suggest";
import { parseCommandArgs } from "../args";
import { InputError, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg, readTextFile } from "../files";
import type { CliIo } from "../io";

const TYPE_NAMES: Record<BenchmarkType | LineKind, string> = {
  activity: "activity",
  early_evidence: "early evidence",
  short_term_outcome: "short-term outcome",
  final_outcome: "final outcome",
  goal: "goal",
  other: "not a benchmark",
};

/** Every type a text may carry, in the order the message lists them. */
const KNOWN_TYPES: readonly string[] = [...BENCHMARK_TYPES, ...LINE_KINDS];

interface ParsedTexts {
  inputs: TextInput[];
  /** One line per item whose type was not known (the text was read without one). */
  warnings: string[];
}

export async function runBenchmarks(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("benchmarks", argv, { json: { type: "boolean" }, "school-year": { type: "string" } }, [
    { name: "TEXTS.json", what: 'a JSON array of {"text": …, "type": …}, e.g. aip benchmarks drafts.json' },
  ]);
  const schoolYear = parseSchoolYear(args.strings["school-year"]);
  const file = fileArg(args.positionals[0], io.cwd);
  const { inputs, warnings } = parseTexts(await readTextFile(file, "benchmark texts"), file.shown);
  for (const w of warnings) io.stderr.write(`${w}\n`);
  const reports = checkBenchmarkTexts(inputs, schoolYear === undefined ? {} : { schoolYear });
  if (args.flags.json) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else io.stdout.write(humanReport(inputs, reports));
  return EXIT.ok;
}

function parseSchoolYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 1900 || Number(value) > 2200) {
    throw new UsageError(`aip benchmarks: --school-year needs the start year of the school year, e.g. --school-year 2026 for 2026-27 (got "${value}").`, "benchmarks");
  }
  return Number(value);
}

/** The JSON array of {text, type?}, or an InputError naming the item (1-based, as people count). */
export function parseTexts(raw: string, shown: string): ParsedTexts {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (body.trim() === "") throw new InputError(`${shown}: the file is empty; it should hold a JSON array of {"text": …, "type": …}.`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    let found;
    try {
      found = findJsonSyntaxProblem(body);
    } catch {
      found = undefined;
    }
    if (found) throw new InputError(`${shown}: not valid JSON: line ${found.line}, column ${found.column}: ${found.message}.`);
    const reason = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(reason);
    const where = at ? lineColumn(body, Number(at[1])) : undefined;
    throw new InputError(`${shown}: not valid JSON${where ? `: line ${where.line}, column ${where.column}` : ""}: ${reason}.`);
  }
  if (!Array.isArray(data)) {
    throw new InputError(`${shown}: expected a JSON array [ {"text": …, "type": …}, … ], got ${describe(data)}.`);
  }
  const warnings: string[] = [];
  const inputs = data.map((item, k) => parseItem(item, k + 1, shown, warnings));
  return { inputs, warnings };
}

function parseItem(item: unknown, n: number, shown: string, warnings: string[]): TextInput {
  const at = `${shown}: item ${n}`;
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    throw new InputError(`${at} is ${describe(item)}; each item is an object such as {"text": "By June 2027, …", "type": "short_term_outcome"}.`);
  }
  const o = item as Record<string, unknown>;
  if (!("text" in o)) throw new InputError(`${at} has no "text"; give the benchmark's words as "text": "…".`);
  if (typeof o.text !== "string") throw new InputError(`${at}: "text" should be text in quotes, got ${describe(o.text)}.`);
  if (o.text.trim() === "") throw new InputError(`${at}: "text" is empty; give the benchmark's words.`);
  const input: TextInput = { text: o.text };
  if (o.type === undefined || o.type === null) return input;
  if (typeof o.type === "string" && (LINE_KINDS as readonly string[]).includes(o.type)) input.kind = o.type as LineKind;
  else if (typeof o.type === "string" && (BENCHMARK_TYPES as readonly string[]).includes(o.type)) input.type = o.type as BenchmarkType;
  else {
    const guess = typeof o.type === "string" ? suggest(o.type, KNOWN_TYPES, { typos: true, partial: true }) : undefined;
    warnings.push(
      `${at}: unknown type ${JSON.stringify(o.type)}${guess ? ` (did you mean "${guess}"?)` : ""}, so it was checked as a benchmark without a type; the types are ${KNOWN_TYPES.join(", ")}.`,
    );
  }
  return input;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v)}`;
  if (typeof v === "object") return "an object";
  return `the ${typeof v} ${String(v)}`;
}

function shortText(text: string, max = 90): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

function humanReport(inputs: TextInput[], reports: TextReport[]): string {
  const mark = (b: boolean) => (b ? "yes" : "NO");
  const lines: string[] = [];
  let errors = 0;
  reports.forEach((r, k) => {
    const input = inputs[k];
    const kind = input.type ?? input.kind;
    lines.push(`${k + 1}. ${shortText(input.text)}${kind ? ` (${TYPE_NAMES[kind]})` : ""}`);
    lines.push(`   date: ${mark(r.hasDate)}   target: ${mark(r.hasTarget)}   evidence: ${mark(r.hasEvidence)}`);
    for (const f of r.findings) {
      if (f.severity === "error") errors++;
      lines.push(`   ${f.severity} ${f.rule}: ${f.message}`);
      if (f.suggestion) lines.push(`     → ${f.suggestion}`);
    }
    if (r.findings.length === 0) lines.push("   ok");
  });
  const n = reports.length;
  const withFindings = reports.filter((r) => r.findings.length > 0).length;
  lines.push("", `${n} ${n === 1 ? "text" : "texts"} checked: ${withFindings} with findings, ${errors} ${errors === 1 ? "error" : "errors"}.`);
  return `${lines.join("\n")}\n`;
}
