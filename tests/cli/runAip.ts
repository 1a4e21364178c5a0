/** The CLI tests' shared harness: `aip` run in-process in a temporary folder, as a person would type it. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runAip(cwd: string, argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** A fresh temporary folder for each test, removed after it; call the result for the current one. */
export function tempFolderEachTest(prefix: string): () => string {
  let dir = "";
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
