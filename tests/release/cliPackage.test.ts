/**
 * The command line as a district's data team gets it (docs/command-line-package.md): `npm pack`
 * of a clean copy of the project, then `npm install ./aip-excel-addin-….tgz` in an empty folder
 * (runtime dependencies from the npm registry, no dev dependencies, no build step, no native
 * build), then `npx aip` there. The copy keeps the developer's lib/ untouched while other tests
 * run, and proves the tarball does not depend on a stale lib/ left in a working tree.
 */
import { spawnSync, type SpawnSyncReturns } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

let work = "";
let tarball = "";
let packed: string[] = [];
let app = "";

/** The calling npm's settings for this project (its folder, its scripts) must not leak into the npm runs here. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|command$|config_(local_prefix|prefix|global_prefix|call)$)/i.test(key)) delete env[key];
  }
  return env;
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024, shell: process.platform === "win32" });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  return result.stdout;
}

/** The project as a fresh clone has it: everything but what .gitignore names (lib/, dist/, node_modules/ …) and .git. */
function cleanCopy(to: string): void {
  const ignored = new Set(
    readFileSync(path.join(ROOT, ".gitignore"), "utf8")
      .split("\n")
      .map((l) => l.trim().replace(/^\//, "").replace(/\/$/, ""))
      .filter((l) => l && !l.startsWith("#") && !/[*!]/.test(l)),
  );
  ignored.add(".git");
  cpSync(ROOT, to, { recursive: true, filter: (src) => !ignored.has(path.relative(ROOT, src).split(path.sep)[0]) });
  // tsc (the prepare script that npm pack runs) needs the dev tools; the copy borrows the project's.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(to, "node_modules"), "junction");
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "aip-package-"));
  const source = path.join(work, "source");
  cleanCopy(source);
  const report = JSON.parse(ok(run(NPM, ["pack", "--json", "--pack-destination", work], source), "npm pack")) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  tarball = path.join(work, report[0].filename);
  packed = report[0].files.map((f) => f.path).sort();

  app = path.join(work, "app");
  mkdirSync(app);
  // A package.json of its own, so npm installs here and never into a project above the temp folder.
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "district-data-team", private: true }, null, 2));
  ok(run(NPM, ["install", "--no-audit", "--no-fund", "--prefer-offline", `../${path.basename(tarball)}`], app), "npm install of the tarball");
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the tarball", () => {
  test(`is ${PKG.name}-${PKG.version}.tgz, named for the package`, () => {
    expect(path.basename(tarball)).toBe(`${PKG.name}-${PKG.version}.tgz`);
  });

  test("holds the command, its compiled modules and the sample plan, and nothing else", () => {
    const unexpected = packed.filter((f) => !/^(package\.json|README\.md|LICENSE|bin\/aip\.js|examples\/sample-plan\.json|lib\/src\/.+\.js)$/.test(f));
    expect(unexpected).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(["bin/aip.js", "lib/src/cli/main.js", "examples/sample-plan.json", "package.json"]));
  });

  test("has no tests, TypeScript sources, task pane or Office.js adapter", () => {
    expect(packed.filter((f) => /(^|\/)(tests?|taskpane|ribbon|office)\/|\.tsx?$|^dist\/|^src\//.test(f))).toEqual([]);
  });
});

describe("installed from the tarball into an empty folder", () => {
  const installed = () => path.join(app, "node_modules", PKG.name);
  const installedLock = () =>
    JSON.parse(readFileSync(path.join(app, "node_modules/.package-lock.json"), "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean; dependencies?: Record<string, string> }>;
    };

  test("brings only the runtime dependencies: no React, Fluent UI, TypeScript or other development tool", () => {
    for (const name of Object.keys(PKG.dependencies)) expect(existsSync(path.join(app, "node_modules", name))).toBe(true);
    for (const tool of ["react", "react-dom", "@fluentui/react-components", "typescript", "webpack", "jest", "eslint", "office-addin-debugging"]) {
      expect({ tool, installed: existsSync(path.join(app, "node_modules", tool)) }).toEqual({ tool, installed: false });
    }
    // A dev dependency of the project may be here only as a runtime dependency's own (exceljs uses jszip).
    const lock = installedLock();
    const wanted = new Set(Object.values(lock.packages).flatMap((p) => Object.keys(p.dependencies ?? {})));
    const present = Object.keys(PKG.devDependencies).filter((name) => existsSync(path.join(app, "node_modules", name)));
    expect(present.filter((name) => !wanted.has(name))).toEqual([]);
  });

  test("needs no build: no install script and no native module anywhere in the tree, and no compiling on install", () => {
    const lock = installedLock();
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where]) => where);
    expect(scripted).toEqual([]);
    const gyp = Object.keys(lock.packages).filter((where) => where && existsSync(path.join(app, where, "binding.gyp")));
    expect(gyp).toEqual([]);
    // `prepare` (tsc) did not run: the installed package has exactly the tarball's files.
    expect(existsSync(path.join(installed(), "lib/scripts"))).toBe(false);
    expect(existsSync(path.join(installed(), "tsconfig.json"))).toBe(false);
  });

  test("npx aip --help and --version answer", () => {
    const help = ok(run(NPX, ["--no-install", "aip", "--help"], app), "npx aip --help");
    expect(help).toMatch(/^Usage: aip <command>/);
    for (const command of ["new", "check", "export", "rollup", "minutes"]) expect(help).toContain(`  ${command} `);
    expect(ok(run(NPX, ["--no-install", "aip", "--version"], app), "npx aip --version").trim()).toBe(`aip ${PKG.version}`);
  });

  test("aip new builds the sample plan it ships, and aip export reads the same plan back", () => {
    const sample = path.join(installed(), "examples/sample-plan.json");
    const made = run(NPX, ["--no-install", "aip", "new", sample, "-o", "plan.xlsx"], app);
    expect({ status: made.status, stderr: made.stderr }).toEqual({ status: 0, stderr: "" });
    expect(made.stdout).toContain("Made plan.xlsx for Riverton Public Schools");
    const back = JSON.parse(ok(run(NPX, ["--no-install", "aip", "export", "plan.xlsx"], app), "npx aip export")) as unknown;
    expect(back).toEqual(JSON.parse(readFileSync(sample, "utf8")));
  });
});
