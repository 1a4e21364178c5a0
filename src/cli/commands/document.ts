/**
 * aip document BOOK.xlsx [-o PLAN.docx] [--force]: the plan as the state's Word document
 * (Appendix C layout). The workbook is only read; what could not be read is listed on stderr with
 * its sheet and cell, and the rest is written.
 */
import { exportPlan } from "../../commands/exportPlan";
import { planDocxBytes } from "../../export/planDocx";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg } from "../files";
import type { CliIo } from "../io";
import { writeSafely } from "../safeWrite";
import { openWorkbook } from "../workbookFile";
import { docxOutputFor } from "./output";
import { writeProblems } from "./problems";

export async function runDocument(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("document", argv, OUTPUT_OPTIONS, [{ name: "BOOK.xlsx", what: "the AIP workbook to write as a Word document" }]);
  const book = fileArg(args.positionals[0], io.cwd);
  const out = await docxOutputFor(args.strings.output ?? book.shown.replace(/\.xls[xm]$/i, "") + ".docx", [book], args.flags.force, io.cwd);

  const wb = await openWorkbook(book);
  const { plan, problems } = await aboutFile(book.shown, () => exportPlan(wb));
  await writeSafely(out, await planDocxBytes(plan));
  writeProblems(io, book, problems, "the rest was written");
  const initiatives = plan.objectives.reduce((n, o) => n + o.initiatives.length, 0);
  io.stdout.write(`Wrote the plan as a Word document (Section 1 and ${initiatives} strategy sheet${initiatives === 1 ? "" : "s"}): ${out.shown}.\n`);
  return EXIT.ok;
}
