/**
 * Saving a file people own (docs/safety-files.md): to a temporary file in the same folder, synced
 * to disk, then renamed over the target, so a crash or a full disk never leaves half a file. In
 * place it keeps the file's mode and owner and writes through a symbolic link to its target; it
 * refuses a read-only file, and a file that changed on disk since it was read (another aip, Excel
 * or a sync client saved it meanwhile), so no update is ever lost. Concurrent aip runs take a lock
 * beside the file for the last check and the rename.
 */
import { createHash, randomBytes } from "crypto";
import { promises as fs, type Stats } from "fs";
import * as path from "path";
import { InputError, OutputError, writeProblem } from "./errors";
import type { FileArg } from "./files";

/** What a file was when it was read: compared again just before it is replaced. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function fingerprintOf(data: Uint8Array, stat: Stats): Fingerprint {
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash("sha256").update(data).digest("hex") };
}

async function currentFingerprint(file: string): Promise<Fingerprint | undefined> {
  try {
    const data = await fs.readFile(file);
    return fingerprintOf(data, await fs.stat(file));
  } catch {
    return undefined;
  }
}

const same = (a: Fingerprint | undefined, b: Fingerprint) => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;

/** The real file a name stands for (through symbolic links), or the name itself when nothing is there yet. */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

const LOCK_WAIT_MS = 10_000;
const STALE_LOCK_MS = 60_000;

async function lock(target: string): Promise<() => Promise<void>> {
  const lockFile = path.join(path.dirname(target), `.${path.basename(target)}.aip-lock`);
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await fs.open(lockFile, "wx");
      await handle.close();
      return () => fs.rm(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const age = Date.now() - ((await fs.stat(lockFile).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) await fs.rm(lockFile, { force: true });
      else if (Date.now() > until) throw new InputError(`${path.basename(target)} is being saved by another aip command: run again when it has finished.`);
      else await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
    }
  }
}

async function writeTemp(temp: string, data: Uint8Array | string, like: Stats | undefined): Promise<void> {
  const handle = await fs.open(temp, "wx", like ? like.mode & 0o7777 : 0o666);
  try {
    await handle.writeFile(data);
    if (like) {
      await handle.chmod(like.mode & 0o7777);
      await handle.chown(like.uid, like.gid).catch(() => undefined); // only root may give a file away; the mode still holds
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `file` safely. `opened` is the fingerprint of the file as it was read, when the
 * command replaces the file it read (in place).
 */
export async function writeSafely(file: FileArg, data: Uint8Array | string, opened?: Fingerprint): Promise<void> {
  const target = await realTarget(file.path);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new InputError(`${file.shown}: this is a folder; give a file name to save to.`);
  if (stat && !stat.isFile()) return writeDirect(file, target, data); // a device or pipe: /dev/stdout, a FIFO
  if (stat && (stat.mode & 0o222) === 0) {
    throw new InputError(`${file.shown} is read-only, so aip did not replace it. Save to another name with -o, or make the file writable first.`);
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeTemp(temp, data, stat);
    const unlock = await lock(target);
    try {
      if (opened && !same(await currentFingerprint(target), opened)) {
        throw new InputError(`${file.shown} changed since it was opened: run again. (It was saved by someone or something else meanwhile; aip did not overwrite it.)`);
      }
      await fs.rename(temp, target);
    } finally {
      await unlock();
    }
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (e instanceof InputError) throw e;
    throw new OutputError(`${file.shown}: could not be saved: ${writeProblem(e)}. The file was left as it was.`);
  }
}

async function writeDirect(file: FileArg, target: string, data: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(target, data);
  } catch (e) {
    throw new OutputError(`${file.shown}: could not be written: ${writeProblem(e)}.`);
  }
}
