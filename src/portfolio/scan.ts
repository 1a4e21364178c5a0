/**
 * The workbooks under the folders a person names: every .xlsx at any depth (a synced SharePoint or
 * OneDrive library nests folders), in a stable order. Excel's lock files ("~$plan.xlsx", left while
 * a workbook is open) are not workbooks and are passed over; symbolic links to folders are not
 * followed (a loop would never end).
 */
import { promises as fs } from "fs";
import * as path from "path";

export interface FoundFile {
  /** The path to open. */
  path: string;
  /** As shown to people and in the tables: under the folder as typed, with "/" between folders. */
  shown: string;
}

export interface Scan {
  files: FoundFile[];
  /** Lock files passed over, as shown. */
  lockFiles: string[];
  /** Sub-folders that could not be listed (no permission, gone while listing), with why. */
  unreadableFolders: { shown: string; reason: string }[];
}

const isXlsx = (name: string) => /\.xlsx$/i.test(name);
const toSlashes = (p: string) => p.split(path.sep).join("/");

/** A symbolic link to a workbook is read like the workbook (links to folders are not followed). */
async function isLinkToFile(full: string): Promise<boolean> {
  return fs.stat(full).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function walk(dir: string, shown: string, into: Scan, top = false): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    if (top) throw e; // a folder the person named: the caller words it
    into.unreadableFolders.push({ shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const seen = shown === "" ? e.name : `${shown}/${e.name}`;
    if (e.isDirectory()) await walk(full, seen, into);
    else if (isXlsx(e.name) && (e.isFile() || (e.isSymbolicLink() && (await isLinkToFile(full))))) {
      if (e.name.startsWith("~$")) into.lockFiles.push(seen);
      else into.files.push({ path: full, shown: seen });
    }
  }
}

/**
 * The .xlsx files under each root (a root may also be one .xlsx file). `exclude` (the portfolio
 * being written) is left out. A root that does not exist throws ENOENT for the caller to word.
 */
export async function scanFolders(roots: { path: string; shown: string }[], exclude?: string): Promise<Scan> {
  const scan: Scan = { files: [], lockFiles: [], unreadableFolders: [] };
  for (const root of roots) {
    const stat = await fs.stat(root.path);
    const shown = toSlashes(root.shown).replace(/\/+$/, "");
    if (stat.isDirectory()) await walk(root.path, shown === "." ? "" : shown, scan, true);
    else if (isXlsx(root.path)) scan.files.push({ path: root.path, shown });
  }
  const skip = exclude ? path.resolve(exclude) : undefined;
  const unique = new Map<string, FoundFile>();
  for (const f of scan.files) if (path.resolve(f.path) !== skip && !unique.has(path.resolve(f.path))) unique.set(path.resolve(f.path), f);
  return { ...scan, files: [...unique.values()] };
}
