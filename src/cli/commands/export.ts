/** aip export BOOK.xlsx: the workbook's plan as JSON on stdout (or -o FILE); problems on stderr. */
import { exportPlan } from "../../commands/exportPlan";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile } from "../errors";
import { EXIT } from "../exitCodes";
import { checkCanWrite, fileArg, refuseInputAsOutput, writeTextFile } from "../files";
import type { CliIo } from "../io";
import { openWorkbook } from "../workbookFile";
import { writeProblems } from "./problems";

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("export", argv, OUTPUT_OPTIONS, [{ name: "BOOK.xlsx", what: "the AIP workbook to read, e.g. aip export plan.xlsx > plan.json" }]);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = args.strings.output === undefined ? undefined : fileArg(args.strings.output, io.cwd);
  if (out) {
    await refuseInputAsOutput(out, book, "exported plan");
    await checkCanWrite(out, args.flags.force);
  }

  const wb = await openWorkbook(book);
  const { plan, problems } = await aboutFile(book.shown, () => exportPlan(wb));
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  if (out) await writeTextFile(out, json);
  else io.stdout.write(json);

  writeProblems(io, book, problems, "the rest was exported");
  if (out) io.stderr.write(`Saved the plan to ${out.shown}.\n`);
  return EXIT.ok;
}
