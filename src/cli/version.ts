/** aip's version: the package.json above this file (src/cli in the sources, lib/src/cli when built). */
import { readFileSync } from "fs";
import * as path from "path";

const PACKAGE_NAME = "aip-excel-addin";

export function aipVersion(): string {
  for (let dir = __dirname, k = 0; k < 6; dir = path.dirname(dir), k++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
    } catch {
      // not here; look one folder up
    }
  }
  return "unknown";
}
