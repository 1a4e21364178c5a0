/** Which files a portfolio reads under the folders it is given. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { scanFolders } from "../../../src/portfolio/scan";

let dir = "";
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-scan-"));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

async function touch(...parts: string[]): Promise<string> {
  const file = path.join(dir, ...parts);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, "x");
  return file;
}

test("every .xlsx at any depth in name order, lock files apart, other files and linked folders left out", async () => {
  await touch("lib", "b", "two.XLSX");
  await touch("lib", "a", "one.xlsx");
  await touch("lib", "a", "~$one.xlsx");
  await touch("lib", "a", "notes.docx");
  await touch("lib", "a", "old.xls");
  const elsewhere = await touch("elsewhere", "linked.xlsx");
  await fs.symlink(elsewhere, path.join(dir, "lib", "a", "link.xlsx"));
  await fs.symlink(path.join(dir, "lib"), path.join(dir, "lib", "b", "loop"));
  const scan = await scanFolders([{ path: path.join(dir, "lib"), shown: "lib/" }]);
  expect(scan.files.map((f) => f.shown)).toEqual(["lib/a/link.xlsx", "lib/a/one.xlsx", "lib/b/two.XLSX"]);
  expect(scan.lockFiles).toEqual(["lib/a/~$one.xlsx"]);
  expect(scan.unreadableFolders).toEqual([]);
});

test("a file given by name is read; a file reached twice is read once; the portfolio itself is left out", async () => {
  const one = await touch("lib", "one.xlsx");
  const out = await touch("lib", "portfolio.xlsx");
  const scan = await scanFolders(
    [
      { path: path.join(dir, "lib"), shown: "lib" },
      { path: one, shown: "lib/one.xlsx" },
    ],
    out,
  );
  expect(scan.files.map((f) => f.shown)).toEqual(["lib/one.xlsx"]);
});

test("a folder that is not there is the caller's to word", async () => {
  await expect(scanFolders([{ path: path.join(dir, "nowhere"), shown: "nowhere" }])).rejects.toMatchObject({ code: "ENOENT" });
});
