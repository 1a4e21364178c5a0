import { readdirSync, readFileSync } from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { PANE_BUNDLE, shippedAdvisories, shippedPackages, type PackageLock } from "../../../scripts/auditScope";
import { auditVerdict } from "../../../scripts/auditVerdict";

const ROOT = path.resolve(__dirname, "../../..");
const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };

/** A small tree: a runtime dependency with a nested copy, a pane package with a peer, and build tools. */
const LOCK: PackageLock = {
  packages: {
    "": { dependencies: { exceljs: "^4" }, devDependencies: { react: "^19", webpack: "^5" } } as PackageLock["packages"][string],
    "node_modules/exceljs": { dependencies: { jszip: "^3", "fast-csv": "^4" } },
    "node_modules/exceljs/node_modules/jszip": { dependencies: { pako: "^1" } },
    "node_modules/jszip": { dependencies: { pako: "^2" } }, // a different jszip, for a dev tool only
    "node_modules/pako": {},
    "node_modules/fast-csv": {},
    "node_modules/react": {},
    "node_modules/react-dom": { peerDependencies: { react: "^19" }, dependencies: { scheduler: "^0.26" } },
    "node_modules/scheduler": {},
    "node_modules/webpack": { dependencies: { jszip: "^3" } },
  },
};

function audit(vulnerabilities: Record<string, { severity: string; nodes: string[] }>): string {
  const counts: Record<string, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const v of Object.values(vulnerabilities)) counts[v.severity] += 1;
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });
}

test("what ships: the runtime dependencies and the pane's bundle, with everything they need, found as Node finds it", () => {
  const shipped = shippedPackages(LOCK, ["react-dom"]);
  expect([...shipped].sort()).toEqual([
    "node_modules/exceljs",
    "node_modules/exceljs/node_modules/jszip",
    "node_modules/fast-csv",
    "node_modules/pako",
    "node_modules/react",
    "node_modules/react-dom",
    "node_modules/scheduler",
  ]);
});

test("an advisory against a build tool is left out; one against a shipped package fails the audit", () => {
  const shipped = shippedPackages(LOCK, ["react-dom"]);
  const toolOnly = auditVerdict(
    shippedAdvisories(audit({ webpack: { severity: "high", nodes: ["node_modules/webpack"] }, jszip: { severity: "high", nodes: ["node_modules/jszip"] } }), shipped),
  );
  expect(toolOnly.kind).toBe("clean");
  expect(toolOnly.lines[0]).toBe("runtime dependencies audited: 0 critical, 0 high, 0 moderate, 0 low, 0 info");
  const inPane = auditVerdict(shippedAdvisories(audit({ scheduler: { severity: "critical", nodes: ["node_modules/scheduler"] } }), shipped));
  expect(inPane.kind).toBe("blocked");
  expect(inPane.lines.at(-1)).toContain("scheduler");
});

test("a refused audit request passes through untouched, so it still reads as not checked", () => {
  const refused = JSON.stringify({ message: "405 Method Not Allowed", statusCode: 405 });
  expect(shippedAdvisories(refused, new Set())).toBe(refused);
  expect(auditVerdict(shippedAdvisories(refused, new Set())).kind).toBe("unreachable");
});

test("in this project, React and Fluent UI ship (in the pane) and the build tools do not", () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as PackageLock;
  const shipped = shippedPackages(lock);
  for (const name of ["exceljs", "docx", "chrono-node", "react", "react-dom", "@fluentui/react-components"]) expect(shipped).toContain(`node_modules/${name}`);
  for (const name of ["webpack", "typescript", "jest", "eslint"]) expect(shipped).not.toContain(`node_modules/${name}`);
});

/** Every file under src/ with the packages it imports. */
function importsUnder(dir: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(ts|tsx|js)$/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const source = readFileSync(file, "utf8");
    const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"'.][^"']*)["']|^\s*import\s*["']([^"'.][^"']*)["']|\b(?:import|require)\(\s*["']([^"'.][^"']*)["']\s*\)/gm;
    for (const m of source.matchAll(statements)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
      found.push([path.relative(ROOT, file), name]);
    }
  }
  return found;
}

test("every package the sources import is a runtime dependency or in the pane's bundle list, so the audit sees it", () => {
  const known = new Set([...Object.keys(PKG.dependencies), ...PANE_BUNDLE, ...builtinModules, ...builtinModules.map((b) => `node:${b}`)]);
  const imports = importsUnder(path.join(ROOT, "src"));
  expect(imports.map(([, name]) => name)).toEqual(expect.arrayContaining(["exceljs", "react", "@fluentui/react-components"]));
  expect(imports.filter(([, name]) => !known.has(name))).toEqual([]);
});
