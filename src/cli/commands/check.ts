/**
 * aip check BOOK.xlsx [--json] [--today YYYY-MM-DD] [--mark [-o OUT.xlsx] [--force]]: every checker
 * finding with its sheet and cell. Read-only unless --mark: then the flagged cells are marked (the
 * last check's marks cleared) and the workbook saved through the safe save (in place, or to -o).
 * Exit 1 when any finding is an error (a result, not a failure of aip), 0 otherwise, 2 for input
 * it cannot read.
 */
import { check } from "../../commands/check";
import { isIsoDate, localToday } from "../../domain/calendar";
import type { Finding, Severity } from "../../checks/types";
import { parseCell } from "../../util/a1";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

/** The public JSON shape of one finding (docs/command-line.md, "aip check"): a Finding without the pane's grouping key. */
export type FindingJson = Omit<Finding, "initiative">;

export function findingJson(f: Finding): FindingJson {
  const out: FindingJson = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function rowCol(cell: string): [number, number] {
  try {
    const c = parseCell(cell);
    return [c.row, c.col];
  } catch {
    return [-1, -1];
  }
}

/** Findings grouped by sheet (in the order the sheets first appear), cells in reading order. */
export function formatFindings(findings: Finding[]): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  const lines: string[] = [];
  for (const [sheet, list] of groups) {
    lines.push("", sheet === "" ? "Workbook (defined names)" : `Sheet "${sheet}"`);
    const sorted = [...list].sort((a, b) => {
      const [ar, ac] = rowCol(a.cell);
      const [br, bc] = rowCol(b.cell);
      return ar - br || ac - bc;
    });
    for (const f of sorted) {
      const where = f.cell === "" ? "" : `${f.cell}  `;
      lines.push(`  ${where}${f.severity}  ${f.rule}: ${f.message}`);
      if (f.suggestion) lines.push(`      suggestion: ${f.suggestion}`);
    }
  }
  return lines.join("\n");
}

/** "Marked 3 cells (2 errors, 1 warning, 0 notes)", or that every mark was cleared. */
function markedLine(marked: Record<Severity, number>): string {
  const n = marked.error + marked.warning + marked.note;
  if (n === 0) return "No cell marked (the marks of an earlier check were cleared)";
  return `Marked ${plural(n, "cell")} on the plan's sheets (${plural(marked.error, "error")}, ${plural(marked.warning, "warning")}, ${plural(marked.note, "note")})`;
}

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("check", argv, { json: { type: "boolean" }, today: { type: "string" }, mark: { type: "boolean" }, ...OUTPUT_OPTIONS }, [
    { name: "BOOK.xlsx", what: "the AIP workbook to check, e.g. aip check plan.xlsx" },
  ]);
  const today = args.strings.today ?? localToday();
  if (!isIsoDate(today)) {
    throw new UsageError(`aip check: --today "${today}" is not a date written YYYY-MM-DD, e.g. --today 2027-01-15.`, "check");
  }
  const mark = args.flags.mark;
  if (!mark && (args.strings.output !== undefined || args.flags.force)) {
    throw new UsageError("aip check: -o and --force go with --mark (check alone never writes), e.g. aip check plan.xlsx --mark -o marked.xlsx.", "check");
  }
  const book = fileArg(args.positionals[0], io.cwd);
  const out = mark ? await outputFor(book, args.strings.output, args.flags.force, io.cwd) : undefined;
  const wb = await openWorkbook(book);
  const { findings, counts, marked } = await aboutFile(book.shown, () => check(wb, { today, mark }));
  if (out) await saveWorkbook(wb, out);

  if (args.flags.json) {
    io.stdout.write(`${JSON.stringify(findings.map(findingJson), null, 2)}\n`);
  } else {
    const summary = `${book.shown}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")} (checked as of ${today}).`;
    io.stdout.write(findings.length === 0 ? `${summary}\nNo findings: the plan passes every check.\n` : `${summary}\n${formatFindings(findings)}\n`);
    if (out && marked) io.stdout.write(`${markedLine(marked)}; saved ${out.shown}.\n`);
  }
  return counts.error > 0 ? EXIT.checkFoundErrors : EXIT.ok;
}
