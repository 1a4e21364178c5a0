/**
 * Reading input files and guarding output files for the CLI. Every failure is an InputError
 * naming the file as the person typed it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { InputError } from "./errors";

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
    throw new InputError(`${file.shown}: this is an Excel workbook or another zip file, not the ${what} (JSON text). To get a plan out of a workbook, run "aip export ${file.shown}".`);
  }
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString("utf16le");
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString("utf16le");
  return data.toString("utf8");
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

/** Workbooks are saved as .xlsx; another extension would make Excel refuse or warn on opening. */
export function requireXlsxName(file: FileArg): void {
  if (!/\.xlsx$/i.test(file.shown)) {
    throw new InputError(`${file.shown}: a workbook's file name must end in .xlsx (Excel Workbook), e.g. plan.xlsx.`);
  }
}

/** Writes text atomically enough for a JSON export: to a temporary file, then renamed. */
export async function writeTextFile(file: FileArg, text: string): Promise<void> {
  const dir = path.dirname(path.resolve(file.path));
  const temp = path.join(dir, `.${path.basename(file.path)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, text, "utf8");
    await fs.rename(temp, file.path);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file.shown}: could not be saved (${code ?? String(e)}). Check the folder exists and you may write to it.`);
  }
}
