/**
 * `npm run audit`: audits the runtime dependencies (what ships in the pane and the CLI) and exits
 * 1 on any high or critical advisory. If the advisory service is out of reach it says so and
 * exits 0, unless AIP_AUDIT_STRICT=1 (then 1), so an offline build is never taken for a clean one.
 */
import { spawnSync } from "child_process";
import { auditVerdict } from "./auditVerdict";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const verdict = auditVerdict(run.stdout ?? "");
for (const line of verdict.lines) console.log(`audit: ${line}`);
if (verdict.kind === "blocked") process.exit(1);
if (verdict.kind === "unreachable") {
  const strict = process.env.AIP_AUDIT_STRICT === "1";
  console.log(`audit: NOT CHECKED: the advisory service is unreachable from this network${strict ? " (AIP_AUDIT_STRICT=1: failing)" : ""}`);
  process.exit(strict ? 1 : 0);
}
console.log("audit: no high or critical advisory");
