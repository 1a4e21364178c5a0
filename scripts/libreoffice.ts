/**
 * Headless LibreOffice for the tests and scripts: convert a file (recalculate a workbook, print a
 * sheet or a Word document to PDF) with a private profile, so parallel runs never share state and a
 * LibreOffice the person has open is not disturbed. Needs Debian's libreoffice-calc-nogui (and
 * libreoffice-writer-nogui for .docx); `.ci/run` installs them.
 */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/**
 * Without these settings LibreOffice trusts the results cached in an .xlsx and recalculates
 * nothing: "0" is "always recalculate" for OOXML and ODF files alike.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** LibreOffice's `--convert-to` argument, e.g. "xlsx" or `pdf:calc_pdf_Export:{…}`. */
  to: string;
  /** Folder for the output; it must not be the input's own folder (LibreOffice would overwrite it). */
  outDir: string;
  /** Recalculate every formula on load instead of trusting cached results (default true). */
  recalculate?: boolean;
  /** Milliseconds before giving up (default 180 s: a cold start on a busy 2-core machine is slow). */
  timeoutMs?: number;
}

function run(args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { env, timeout, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new Error("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui"));
      } else resolve(`${stdout}${stderr}`);
    });
  });
}

/** Converts `input` with headless LibreOffice and returns the output file's path. */
export async function convertWithLibreOffice(input: string, options: ConvertOptions): Promise<string> {
  const outDir = path.resolve(options.outDir);
  if (path.resolve(path.dirname(input)) === outDir) throw new Error("convertWithLibreOffice: outDir must differ from the input's folder");
  if (!existsSync(input)) throw new Error(`convertWithLibreOffice: no such file: ${input}`);
  await fs.mkdir(outDir, { recursive: true });
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "aip-soffice-profile-"));
  try {
    await fs.mkdir(path.join(profile, "user"));
    if (options.recalculate ?? true) await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", options.to, "--outdir", outDir, input];
    const log = await run(args, { ...process.env, HOME: profile }, options.timeoutMs ?? 180_000);
    const extension = options.to.split(":")[0];
    const output = path.join(outDir, `${path.basename(input, path.extname(input))}.${extension}`);
    // soffice exits 0 even when it could not load the file: the output file is the only proof.
    const stat = await fs.stat(output).catch(() => undefined);
    if (!stat?.size) throw new Error(`LibreOffice produced no ${output}:\n${log.trim()}`);
    return output;
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}
