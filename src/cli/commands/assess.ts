/**
 * aip assess BOOK.xlsx [-o OUT.xlsx] [--force] [--date YYYY-MM-DD]: adds a dated "Rubric" self-assessment
 * sheet with what the checker finds beside the ratings, and a reflection column on "Stages toward exit".
 */
import { assess } from "../../commands/assess";
import { BENCHMARK_TYPES } from "../../checks/types";
import { isIsoDate, localToday } from "../../domain/calendar";
import { TYPE_NAMES } from "../../layout/build/rubricSheet";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

export async function runAssess(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("assess", argv, { ...OUTPUT_OPTIONS, date: { type: "string" } }, [{ name: "BOOK.xlsx", what: "the AIP workbook to add the self-assessment to" }]);
  const date = args.strings.date ?? localToday();
  if (!isIsoDate(date)) throw new UsageError(`aip assess: --date ${date} is not a date; write it as YYYY-MM-DD, e.g. --date 2026-10-01.`, "assess");
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const r = await aboutFile(book.shown, () => assess(wb, { date }));
  await saveWorkbook(wb, out);

  const exit = r.exitCreated ? `; made "${r.exitSheet}" for the yearly reflection` : r.reflection ? `; added reflection column ${r.reflection} to "${r.exitSheet}"` : "";
  io.stdout.write(`Added the sheet "${r.sheet}"${exit}; saved ${out.shown}.\n`);
  const e = r.evidence;
  if (!e.available) {
    io.stdout.write(`Figures from the plan: ${e.reason}.\n`);
  } else {
    io.stdout.write(
      `Provides Focus: ${e.focus.objectives} objectives (3–5 asked), ${e.focus.initiatives} initiatives, at most ${Math.max(...e.focus.perObjective.map((o) => o.initiatives))} under one objective (≤ 5 asked).\n`,
    );
    const byType = BENCHMARK_TYPES.map((t) => e.tracking.find((f) => f.type === t)!).map((f) => `${TYPE_NAMES[f.type]} ${f.complete} of ${f.total}`);
    io.stdout.write(`Useful For Tracking: benchmarks with all the checker asks (no error or warning from Check): ${byType.join(", ")}.\n`);
  }
  io.stdout.write("The ratings are yours to choose on the sheet; the add-in never rates the plan.\n");
  for (const note of r.notes) io.stdout.write(`Note: ${note}\n`);
  return EXIT.ok;
}
