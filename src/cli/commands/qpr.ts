/** aip qpr BOOK.xlsx --period Jan|Mar|Jun|Sep [-o OUT.xlsx]: build or update the "QPR <period>" sheet. */
import { qprView } from "../../commands/qprView";
import { QPR_PERIODS, type QprPeriod } from "../../domain/plan";
import { suggest } from "../../domain/suggest";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

export async function runQpr(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("qpr", argv, { period: { type: "string" }, ...OUTPUT_OPTIONS }, [{ name: "BOOK.xlsx", what: "the AIP workbook to build the QPR view in" }]);
  const period = periodArg(args.strings.period);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const result = await aboutFile(book.shown, () => qprView(wb, { period }));
  await saveWorkbook(wb, out);

  for (const p of result.problems) io.stderr.write(`${book.shown}: ${p.where}: ${p.message}\n`);
  const count = `${result.initiatives} initiative${result.initiatives === 1 ? "" : "s"}`;
  io.stdout.write(`Built the sheet "${result.sheet}" (${count}, ratings live from the strategy sheets; narrative kept); saved ${out.shown}.\n`);
  return EXIT.ok;
}

function periodArg(value: string | undefined): QprPeriod {
  const choices = QPR_PERIODS.join(", ");
  if (value === undefined) {
    throw new UsageError(`aip qpr: missing --period P: the QPR period, one of ${choices} (named by publication month).`, "qpr");
  }
  const exact = QPR_PERIODS.find((p) => p.toLowerCase() === value.trim().toLowerCase());
  if (exact) return exact;
  const guess = suggest(value.trim(), [...QPR_PERIODS], { typos: true });
  throw new UsageError(`aip qpr: --period must be one of ${choices}, got "${value}"${guess ? ` (did you mean ${guess}?)` : ""}.`, "qpr");
}
