/**
 * aip qpr BOOK.xlsx --period Jan|Mar|Jun|Sep [-o OUT.xlsx]: build or update the "QPR <period>" sheet.
 * With --docx QPR.docx [--status S]: the QPR as a Word document instead; the workbook is only read.
 * The document is in the review round the view records (status, corrections); --status overrides
 * the status.
 */
import { qprReport } from "../../commands/qprReport";
import { qprView } from "../../commands/qprView";
import { QPR_PERIODS, type QprPeriod } from "../../domain/plan";
import { suggest } from "../../domain/suggest";
import { qprDocxBytes } from "../../export/qprDocx";
import { reviewStatusOf } from "../../domain/review";
import { QPR_REVIEW_STATUSES, type QprReviewStatus } from "../../export/qprModel";
import { pageMark } from "../../export/review";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg, type FileArg } from "../files";
import type { CliIo } from "../io";
import { writeSafely } from "../safeWrite";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { docxOutputFor, outputFor } from "./output";
import { writeProblems } from "./problems";

export async function runQpr(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("qpr", argv, { period: { type: "string" }, docx: { type: "string" }, status: { type: "string" }, ...OUTPUT_OPTIONS }, [
    { name: "BOOK.xlsx", what: "the AIP workbook to build the QPR view in" },
  ]);
  const period = periodArg(args.strings.period);
  const book = fileArg(args.positionals[0], io.cwd);
  if (args.strings.docx !== undefined) {
    if (args.strings.output !== undefined) {
      throw new UsageError("aip qpr: --docx only reads the workbook, so -o has nothing to save; build the view with its own aip qpr run (without --docx).", "qpr");
    }
    return writeDocx(book, period, statusArg(args.strings.status), await docxOutputFor(args.strings.docx, [book], args.flags.force, io.cwd), io);
  }
  if (args.strings.status !== undefined) throw new UsageError("aip qpr: --status goes with --docx (the Word document's review status).", "qpr");
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const result = await aboutFile(book.shown, () => qprView(wb, { period }));
  await saveWorkbook(wb, out);

  for (const p of result.problems) io.stderr.write(`${book.shown}: ${p.where}: ${p.message}\n`);
  const count = `${result.initiatives} initiative${result.initiatives === 1 ? "" : "s"}`;
  io.stdout.write(`Built the sheet "${result.sheet}" (${count}, ratings live from the strategy sheets; narrative kept); saved ${out.shown}.\n`);
  return EXIT.ok;
}

async function writeDocx(book: FileArg, period: QprPeriod, status: QprReviewStatus | undefined, out: FileArg, io: CliIo): Promise<number> {
  const wb = await openWorkbook(book);
  const read = await aboutFile(book.shown, () => qprReport(wb, { period }));
  const { report, problems } = read;
  const review = status === undefined ? read.review : { ...read.review, status };
  await writeSafely(out, await qprDocxBytes(report, review));
  writeProblems(io, book, problems, "the rest was written");
  const mark = pageMark(review);
  const draft = mark ? `, marked ${mark}` : "";
  io.stdout.write(`Wrote the QPR for ${report.publication} as a Word document${draft}: ${out.shown}.\n`);
  return EXIT.ok;
}

/** --status, or undefined to take the status the QPR view records. */
function statusArg(value: string | undefined): QprReviewStatus | undefined {
  if (value === undefined) return undefined;
  const status = reviewStatusOf(value);
  if (status) return status;
  throw new UsageError(`aip qpr: --status must be one of ${QPR_REVIEW_STATUSES.join(", ")}, got "${value}".`, "qpr");
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
