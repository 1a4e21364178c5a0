/** aip refresh BOOK.xlsx [-o OUT.xlsx]: rebuild the quarter tabs from the strategy sheets. */
import { refreshQuarters } from "../../commands/refreshQuarters";
import { QUARTERS } from "../../domain/plan";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

export async function runRefresh(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("refresh", argv, OUTPUT_OPTIONS, [{ name: "BOOK.xlsx", what: "the AIP workbook whose quarter tabs to rebuild" }]);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const { rows } = await aboutFile(book.shown, () => refreshQuarters(wb));
  await saveWorkbook(wb, out);

  const counts = QUARTERS.map((q) => `${q} ${rows[q]}`).join(", ");
  io.stdout.write(`Rebuilt the quarter tabs (activities listed: ${counts}); saved ${out.shown}.\n`);
  return EXIT.ok;
}
