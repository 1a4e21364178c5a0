/** Where a command that changes a workbook saves it: in place, or -o FILE (guarded by --force). */
import { checkCanWrite, fileArg, requireXlsxName, sameFile, type FileArg } from "../files";

export async function outputFor(book: FileArg, output: string | undefined, force: boolean, cwd: string): Promise<FileArg> {
  if (output === undefined) return book;
  const out = fileArg(output, cwd);
  if (await sameFile(out, book)) return book;
  requireXlsxName(out, book);
  await checkCanWrite(out, force);
  return out;
}
