/**
 * Opening and saving the workbook a command works on. Opening records what the file was (its
 * fingerprint) and names files that are not .xlsx in a sentence of our own (inputKinds.ts);
 * saving goes through writeSafely, which refuses to overwrite a file that changed since.
 */
import { promises as fs } from "fs";
import { WorkbookError } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import { InputError } from "./errors";
import type { FileArg } from "./files";
import { notAWorkbook } from "./inputKinds";
import { fingerprintOf, realTarget, writeSafely, type Fingerprint } from "./safeWrite";

interface Opened {
  target: string;
  fingerprint: Fingerprint;
}

const opened = new WeakMap<XlsxWorkbook, Opened>();

export async function openWorkbook(book: FileArg): Promise<XlsxWorkbook> {
  let data: Buffer;
  let stat;
  try {
    stat = await fs.stat(book.path);
    data = await fs.readFile(book.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${book.shown}: no such file. Check the path and the file name.`);
    if (code === "EISDIR") throw new InputError(`${book.shown}: this is a folder, not an .xlsx file.`);
    throw new InputError(`${book.shown}: could not be read (${code ?? String(e)}). Check that you may open it.`);
  }
  if (stat.isDirectory()) throw new InputError(`${book.shown}: this is a folder, not an .xlsx file.`);
  const other = notAWorkbook(book.shown, data);
  if (other) throw new InputError(other);
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.fromBuffer(data);
  } catch (e) {
    if (e instanceof WorkbookError) throw new InputError(`${book.shown}: ${e.message}`);
    throw e;
  }
  opened.set(wb, { target: await realTarget(book.path), fingerprint: fingerprintOf(data, stat) });
  return wb;
}

/**
 * Saves the workbook: in place it must still be the file that was opened. `finish` may add what
 * ExcelJS cannot write (the portfolio's charts) to the package before it is written.
 */
export async function saveWorkbook(wb: XlsxWorkbook, out: FileArg, finish?: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await wb.toBuffer();
    if (finish) bytes = await finish(bytes);
  } catch (e) {
    if (e instanceof WorkbookError) throw new InputError(`${out.shown}: ${e.message}`);
    throw e;
  }
  const from = opened.get(wb);
  const inPlace = from !== undefined && from.target === (await realTarget(out.path));
  await writeSafely(out, bytes, inPlace ? from.fingerprint : undefined);
}
