/**
 * aip repair BOOK.xlsx [-o OUT.xlsx] [--force]: points missing or broken defined names back at
 * their cells from the sheet layout. Only names are written; no cell value changes.
 */
import { repairNames } from "../../commands/repairNames";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

export async function runRepair(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("repair", argv, OUTPUT_OPTIONS, [{ name: "BOOK.xlsx", what: "the AIP workbook whose defined names to repair" }]);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const { repaired, notRepaired } = await aboutFile(book.shown, () => repairNames(wb));
  // Nothing re-pointed: the file is left as it was (a copy is still written when -o asks for one).
  const save = repaired.length > 0 || out.path !== book.path;
  if (save) await saveWorkbook(wb, out);

  if (repaired.length === 0 && notRepaired.length === 0) {
    io.stdout.write(`Every defined name the plan needs is in place; nothing to repair${save ? `; saved ${out.shown}` : ""}.\n`);
    return EXIT.ok;
  }
  if (repaired.length > 0) {
    const lines = repaired.map((r) => `  ${r.name} -> '${r.sheet.replace(/'/g, "''")}'!${r.range}`);
    io.stdout.write([`Re-anchored ${plural(repaired.length, "name")} from the sheet layout (no cell value changed):`, ...lines, ""].join("\n"));
  }
  if (notRepaired.length > 0) {
    const lines = notRepaired.flatMap((n) => [`  ${n.name}${n.sheet ? ` (sheet "${n.sheet}")` : ""}: ${n.why}`, `      fix: ${n.fix}`]);
    io.stderr.write([`${book.shown}: ${plural(notRepaired.length, "name")} could not be repaired:`, ...lines, ""].join("\n"));
  }
  if (save) io.stdout.write(`Saved ${out.shown}.\n`);
  // 1, as for check's errors: a result the person must act on, not a failure of aip.
  return notRepaired.length > 0 ? EXIT.checkFoundErrors : EXIT.ok;
}
