/** aip add-initiative BOOK.xlsx --objective N --from INITIATIVE.json [-o OUT.xlsx] */
import { addInitiative } from "../../commands/addInitiative";
import { parseInitiativeJson } from "../../domain/validate";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg, readTextFile } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";
import { outputFor } from "./output";

export async function runAddInitiative(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(
    "add-initiative",
    argv,
    {
      objective: { type: "string" },
      from: { type: "string" },
      "objective-title": { type: "string" },
      "objective-lead": { type: "string" },
      ...OUTPUT_OPTIONS,
    },
    [{ name: "BOOK.xlsx", what: "the AIP workbook to add the initiative to" }],
  );
  const objective = objectiveNumber(args.strings.objective);
  if (args.strings.from === undefined) {
    throw new UsageError('aip add-initiative: missing --from INITIATIVE.json: the initiative to add, as JSON { "description": …, "lead": …, … }.', "add-initiative");
  }
  const book = fileArg(args.positionals[0], io.cwd);
  const from = fileArg(args.strings.from, io.cwd);
  const out = await outputFor(book, args.strings.output, args.flags.force, io.cwd);

  const text = await readTextFile(from, "initiative");
  const initiative = await aboutFile(from.shown, () => parseInitiativeJson(text));
  const wb = await openWorkbook(book);
  const { sheet, ref } = await aboutFile(book.shown, () =>
    addInitiative(wb, {
      objective,
      objectiveTitle: args.strings["objective-title"],
      objectiveLead: args.strings["objective-lead"],
      initiative,
    }),
  );
  await saveWorkbook(wb, out);
  io.stdout.write(`Added initiative ${ref.o}.${ref.i} on the sheet "${sheet}"; the quarter tabs and the Plan sheet are updated. Saved ${out.shown}.\n`);
  return EXIT.ok;
}

function objectiveNumber(value: string | undefined): number {
  if (value === undefined) {
    throw new UsageError("aip add-initiative: missing --objective N: the number of the objective to add the initiative to (1, 2, …).", "add-initiative");
  }
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
    throw new UsageError(`aip add-initiative: --objective must be an objective's number (1, 2, …), got "${value}".`, "add-initiative");
  }
  return Number(value);
}
