/**
 * Reading input files and guarding output files for the CLI. Every failure is an InputError
 * naming the file as the person typed it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { InputError } from "./errors";
import { writeSafely } from "./safeWrite";
import { decodeText } from "./textEncoding";

/** A file as the person typed it (for messages) and the path to open (relative to the CLI's cwd). */
export interface FileArg {
  shown: string;
  path: string;
}

export function fileArg(arg: string, cwd: string): FileArg {
  // Keep a relative path relative when cwd is the process's own, so fs errors show it as typed.
  const resolved = path.isAbsolute(arg) || path.resolve(cwd) === process.cwd() ? arg : path.resolve(cwd, arg);
  return { shown: arg, path: resolved };
}

export function samePath(a: FileArg, b: FileArg): boolean {
  return path.resolve(a.path) === path.resolve(b.path);
}

/** Whether two names are one file: the same path, a symbolic link to it, or a hard link. */
export async function sameFile(a: FileArg, b: FileArg): Promise<boolean> {
  if (samePath(a, b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a.path).catch(() => undefined), fs.stat(b.path).catch(() => undefined)]);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** An output that is not a workbook (JSON, .docx) may never replace the workbook it was read from, even with --force. */
export async function refuseInputAsOutput(out: FileArg, book: FileArg, what: string): Promise<void> {
  if (await sameFile(out, book)) {
    throw new InputError(`${out.shown} is the workbook being read: the ${what} needs a file of its own (e.g. plan.json), or leave out -o to print it.`);
  }
}

/** Reads a text file: UTF-8, or UTF-16 as PowerShell's ">" writes it. */
export async function readTextFile(file: FileArg, what: string): Promise<string> {
  let data: Buffer;
  try {
    data = await fs.readFile(file.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${file.shown}: no such file. Check the path and the file name of the ${what}.`);
    if (code === "EISDIR") throw new InputError(`${file.shown}: this is a folder; give the ${what} file's name.`);
    throw new InputError(`${file.shown}: could not be read (${code ?? String(e)}). Check that you may open it.`);
  }
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new InputError(
      `${file.shown}: this is an Excel workbook or another zip file, not the ${what} (JSON text). To get a plan out of a workbook, run "aip export ${file.shown}".`,
    );
  }
  return decodeText(file.shown, data, what);
}

/** Refuses to replace an existing file unless --force; never replaces a folder. */
export async function checkCanWrite(file: FileArg, force: boolean): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file.path);
  } catch {
    return; // nothing there yet
  }
  if (stat.isDirectory()) throw new InputError(`${file.shown}: this is a folder; give a file name to save to.`);
  if (!force) throw new InputError(`${file.shown} already exists. Add --force to replace it, or choose another name with -o.`);
}

/**
 * Workbooks are saved as .xlsx; another extension would make Excel refuse or warn on opening. A
 * macro-enabled workbook (.xlsm) keeps its VBA, so its copy must be an .xlsm too.
 */
export function requireXlsxName(file: FileArg, from?: FileArg): void {
  if (from && /\.xlsm$/i.test(from.shown)) {
    if (!/\.xlsm$/i.test(file.shown)) throw new InputError(`${file.shown}: ${from.shown} holds macros, so its copy must be a macro-enabled workbook too: end the name in .xlsm.`);
    return;
  }
  if (!/\.xlsx$/i.test(file.shown)) {
    throw new InputError(`${file.shown}: a workbook's file name must end in .xlsx (Excel Workbook), e.g. plan.xlsx.`);
  }
}

/** Writes a text output (JSON) safely: see safeWrite.ts. */
export async function writeTextFile(file: FileArg, text: string): Promise<void> {
  await writeSafely(file, text);
}
