/**
 * A fresh machine with Node and nothing else installs the project: no locked package compiles on
 * install (a native build needs a compiler and system libraries), and every package runs on the
 * oldest Node that package.json's `engines` promises.
 */
import { readFileSync } from "fs";
import * as path from "path";
import * as semver from "semver";

interface LockedPackage {
  version?: string;
  hasInstallScript?: boolean;
  optional?: boolean;
  engines?: Record<string, string> | string[];
}

const ROOT = path.resolve(__dirname, "../../..");
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const locked = Object.entries(lock.packages).filter(([key]) => key !== "");

test("no package that every install gets runs an install script", () => {
  const compiling = locked.filter(([, p]) => p.hasInstallScript && !p.optional).map(([key, p]) => `${key}@${p.version}`);
  expect(compiling).toEqual([]);
});

test("the Microsoft 365 Agents Toolkit and keytar stay out of the install (.npmrc keeps peers out)", () => {
  const names = locked.map(([key]) => key.split("node_modules/").pop());
  expect(names).not.toContain("keytar");
  expect(names).not.toContain("@microsoft/m365agentstoolkit-cli");
});

/**
 * Packages whose `engines` is not the Node they need here, each with the reason, checked below.
 * docx (9.8+) lists nanoid 6 (Node >= 22) but inlines it into both of its builds, so the
 * installed package is never loaded.
 */
const NEVER_LOADED: Record<string, () => boolean> = {
  "node_modules/nanoid": () =>
    ["index.cjs", "index.mjs"].every((build) => !/(require\(|from\s*|import\(\s*)["']nanoid/.test(readFileSync(path.join(ROOT, "node_modules/docx/dist", build), "utf8"))),
};

test("the packages excused from the engines check are really never loaded", () => {
  for (const [key, neverLoaded] of Object.entries(NEVER_LOADED)) expect([key, neverLoaded()]).toEqual([key, true]);
});

test("engines names a Node that every locked package accepts", () => {
  const oldest = semver.minVersion(manifest.engines.node);
  expect(oldest).not.toBeNull();
  const refused = locked
    .filter(([key, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !p.optional && !(key in NEVER_LOADED))
    .filter(([, p]) => !semver.satisfies(oldest!, (p.engines as Record<string, string>).node, { includePrerelease: true }))
    .map(([key, p]) => `${key} wants node ${(p.engines as Record<string, string>).node}`);
  expect(refused).toEqual([]);
});
