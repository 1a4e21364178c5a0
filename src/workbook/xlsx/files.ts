/** Opening and saving .xlsx files (Node only; the browser works with buffers). */
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookError } from "../port";
import { XlsxWorkbook } from "./XlsxWorkbook";

/** Opens an .xlsx file; a missing or unreadable file is a WorkbookError naming the path. */
export async function openXlsxFile(file: string): Promise<XlsxWorkbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookError(`${file}: no such file. Check the path and the file name.`);
    if (code === "EISDIR") throw new WorkbookError(`${file}: this is a folder, not an .xlsx file.`);
    throw new WorkbookError(`${file}: could not be read (${code ?? String(e)}). Check that you may open it.`);
  }
  try {
    return await XlsxWorkbook.fromBuffer(data);
  } catch (e) {
    if (e instanceof WorkbookError) throw new WorkbookError(`${file}: ${e.message}`);
    throw e;
  }
}

/**
 * Saves to a temporary file next to the target, then renames it over the target, so a failed
 * write (disk full, crash) never destroys the existing file. Creates the folder if needed.
 */
export async function saveXlsxFile(wb: XlsxWorkbook, file: string): Promise<void> {
  await replaceFile(file, () => wb.toBuffer());
}

/** Writes `produce()`'s bytes to a temporary file beside `file`, then renames it over `file`. */
async function replaceFile(file: string, produce: () => Promise<Uint8Array>): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const data = await produce();
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (e instanceof WorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const hint = code === "EBUSY" || code === "EPERM" || code === "EACCES" ? " If the file is open in Excel, close it first." : "";
    throw new WorkbookError(`${file}: could not be saved (${code ?? (e instanceof Error ? e.message : String(e))}).${hint}`);
  }
}
