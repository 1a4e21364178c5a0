/**
 * aip summative BOOK.xlsx [--year 2026-27] [-o OUT.xlsx] [--docx OUT.docx] [--force]: builds or
 * updates the "Summative YYYY-YY" sheet and, with --docx, writes the report as a Word document in
 * the same layout. The year is the plan's (a workbook holds one school year's plan and ratings);
 * --year only confirms it.
 */
import { summative } from "../../commands/summative";
import { parseSchoolYear, shortSchoolYear } from "../../domain/summative";
import { summativeDocxBytes } from "../../export/summativeDocx";
import { summativeWord } from "../../export/summativeWord";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, InputError, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { checkCanWrite, fileArg, sameFile, type FileArg } from "../files";
import type { CliIo } from "../io";
import { writeSafely } from "../safeWrite";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

export async function runSummative(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("summative", argv, { ...OUTPUT_OPTIONS, year: { type: "string" }, docx: { type: "string" } }, [
    { name: "BOOK.xlsx", what: "the AIP workbook to build the Summative Report in" },
  ]);
  const chosen = args.strings.year;
  const year = chosen === undefined ? undefined : yearArg(chosen);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);
  const docx = args.strings.docx === undefined ? undefined : await docxArg(args.strings.docx, book, out, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const result = await aboutFile(book.shown, () => summative(wb, { year }));
  await saveWorkbook(wb, out);
  for (const p of result.problems) io.stderr.write(`${book.shown}: ${p.where}: ${p.message}\n`);
  const count = `${result.initiatives} initiative${result.initiatives === 1 ? "" : "s"}`;
  io.stdout.write(`Built the sheet "${result.sheet}" (${count}; narratives, review round, corrections and outcomes' results kept); saved ${out.shown}.\n`);
  if (docx) {
    await writeSafely(docx, await summativeDocxBytes(summativeWord(result.model)));
    io.stdout.write(`Wrote the Summative Report of ${shortSchoolYear(result.model.startYear)} as a Word document: ${docx.shown}.\n`);
  }
  return EXIT.ok;
}

function yearArg(value: string): number {
  const year = parseSchoolYear(value);
  if (year === undefined) throw new UsageError(`aip summative: --year must be a school year such as 2026-27, got "${value}".`, "summative");
  return year;
}

async function docxArg(value: string, book: FileArg, out: FileArg, force: boolean, cwd: string): Promise<FileArg> {
  const docx = fileArg(value, cwd);
  if (!/\.docx$/i.test(docx.shown)) throw new InputError(`${docx.shown}: a Word document's file name must end in .docx, e.g. summative.docx.`);
  if ((await sameFile(docx, book)) || (await sameFile(docx, out))) throw new InputError(`${docx.shown}: the Word document needs a name of its own, not the workbook's.`);
  await checkCanWrite(docx, force);
  return docx;
}
