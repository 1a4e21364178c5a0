/** What could not be read from a workbook, on stderr: a heading, then one line a problem with its sheet and cell (or defined name). */
import type { Problem } from "../../layout/read/readCells";
import type { FileArg } from "../files";
import type { CliIo } from "../io";

export function writeProblems(io: CliIo, book: FileArg, problems: readonly Problem[], rest: string): void {
  if (problems.length === 0) return;
  const heading = `${book.shown}: ${problems.length} ${problems.length === 1 ? "thing needs" : "things need"} a look (${rest} as read):`;
  io.stderr.write([heading, ...problems.map((p) => `  ${p.where}: ${p.message}`), ""].join("\n"));
}
