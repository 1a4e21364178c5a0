/**
 * aip minutes BOOK.xlsx --date YYYY-MM-DD [-o OUT.xlsx] [--docx OUT.docx] [--suffix] [--force]:
 * adds Highlight Discussion Minutes for a meeting date and, with --docx, writes them as a Word
 * document. When minutes for the date exist, --docx alone exports them (nothing is added).
 */
import { exportMinutes } from "../../commands/exportMinutes";
import { MinutesExistError, newMinutes } from "../../commands/newMinutes";
import { usDate } from "../../domain/calendar";
import { minutesDocxBytes } from "../../export/minutesDocx";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg, type FileArg } from "../files";
import type { CliIo } from "../io";
import { writeSafely } from "../safeWrite";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { docxOutputFor, outputFor } from "./output";

export async function runMinutes(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("minutes", argv, { ...OUTPUT_OPTIONS, date: { type: "string" }, docx: { type: "string" }, suffix: { type: "boolean" } }, [
    { name: "BOOK.xlsx", what: "the AIP workbook to add the minutes to" },
  ]);
  const date = args.strings.date;
  if (date === undefined) throw new UsageError("aip minutes: missing --date YYYY-MM-DD: the date of the Highlight Discussion, e.g. --date 2026-10-14.", "minutes");
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);
  let docx: FileArg | undefined;
  if (args.strings.docx !== undefined) docx = await docxOutputFor(args.strings.docx, [book, out], args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const made = await aboutFile(book.shown, async () => {
    try {
      return await newMinutes(wb, { date, suffixIfExists: args.flags.suffix });
    } catch (e) {
      // Existing minutes are never overwritten; with --docx alone they are exported as they are.
      if (e instanceof MinutesExistError && docx) return undefined;
      throw e;
    }
  });
  if (made) {
    await saveWorkbook(wb, out);
    const deadlines = made.deadlines.map((d) => `${d.key} ${usDate(d.date)}`).join(", ");
    const must = made.mustDiscuss.length > 0 ? made.mustDiscuss.join(", ") : "none";
    io.stdout.write(`Added the sheet "${made.sheet}"; saved ${out.shown}.\nDeadlines: ${deadlines}.\nMust be discussed at this meeting: ${must}.\n`);
    for (const note of made.notes) io.stdout.write(`Note: ${note}\n`);
  } else {
    io.stdout.write(`Minutes for ${date} exist already; nothing was added (add --suffix for a second sheet the same day).\n`);
  }
  if (docx) {
    const model = await aboutFile(book.shown, () => exportMinutes(wb, { date, seq: made?.seq }));
    await writeSafely(docx, await minutesDocxBytes(model));
    io.stdout.write(`Wrote "${model.sheet}" as a Word document: ${docx.shown}.\n`);
    for (const p of model.problems) io.stderr.write(`${p.where}: ${p.message}\n`);
  }
  return EXIT.ok;
}
