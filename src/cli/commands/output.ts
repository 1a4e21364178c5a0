/** Where a command that changes a workbook saves it: in place, or -o FILE (guarded by --force). */
import { InputError } from "../errors";
import { checkCanWrite, fileArg, requireXlsxName, sameFile, type FileArg } from "../files";

export async function outputFor(book: FileArg, output: string | undefined, force: boolean, cwd: string): Promise<FileArg> {
  if (output === undefined) return book;
  const out = fileArg(output, cwd);
  if (await sameFile(out, book)) return book;
  requireXlsxName(out, book);
  await checkCanWrite(out, force);
  return out;
}

/** Where a Word document goes: a name ending in .docx that is none of the workbooks, guarded by --force. */
export async function docxOutputFor(output: string, books: readonly FileArg[], force: boolean, cwd: string): Promise<FileArg> {
  const docx = fileArg(output, cwd);
  if (!/\.docx$/i.test(docx.shown)) throw new InputError(`${docx.shown}: a Word document's file name must end in .docx (Word Document).`);
  for (const book of books) {
    if (await sameFile(docx, book)) throw new InputError(`${docx.shown}: the Word document needs a name of its own, not the workbook's.`);
  }
  await checkCanWrite(docx, force);
  return docx;
}
