/**
 * `npm run audit`: audits what ships (the CLI's runtime dependencies and the packages bundled into
 * the pane: scripts/auditScope.ts) and exits 1 on any high or critical advisory. If the advisory
 * service is out of reach it says so and exits 0, unless AIP_AUDIT_STRICT=1 (then 1), so an
 * offline build is never taken for a clean one.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { shippedAdvisories, shippedPackages, type PackageLock } from "./auditScope";
import { auditVerdict } from "./auditVerdict";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
// The whole tree is audited, then cut down to what ships: React and Fluent UI are devDependencies
// (the CLI package must not install them) but reach every user inside the pane's bundle.
const run = spawnSync(npm, ["audit", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const lock = JSON.parse(readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as PackageLock;
const verdict = auditVerdict(shippedAdvisories(run.stdout ?? "", shippedPackages(lock)));
for (const line of verdict.lines) console.log(`audit: ${line}`);
if (verdict.kind === "blocked") process.exit(1);
if (verdict.kind === "unreachable") {
  const strict = process.env.AIP_AUDIT_STRICT === "1";
  console.log(`audit: NOT CHECKED: the advisory service is unreachable from this network${strict ? " (AIP_AUDIT_STRICT=1: failing)" : ""}`);
  process.exit(strict ? 1 : 0);
}
console.log("audit: no high or critical advisory");
