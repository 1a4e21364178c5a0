/** aip rollup BOOK.xlsx [-o OUT.xlsx]: build or rebuild the Summary sheet of QPR ratings. */
import { rollUp } from "../../commands/rollUp";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

export async function runRollup(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("rollup", argv, OUTPUT_OPTIONS, [{ name: "BOOK.xlsx", what: "the AIP workbook whose Summary sheet to build" }]);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const { initiatives, problems } = await aboutFile(book.shown, () => rollUp(wb));
  await saveWorkbook(wb, out);

  const listed = `${initiatives} initiative${initiatives === 1 ? "" : "s"}`;
  io.stdout.write(`Rolled up ${listed} onto the Summary sheet (live: it follows ratings typed later); saved ${out.shown}.\n`);
  if (problems.length > 0) {
    const heading = `${book.shown}: ${problems.length} ${problems.length === 1 ? "thing needs" : "things need"} a look (also listed on the Summary):`;
    io.stderr.write([heading, ...problems.map((p) => `  ${p.where}: ${p.message}`), ""].join("\n"));
  }
  return EXIT.ok;
}
