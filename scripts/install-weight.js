#!/usr/bin/env node
/**
 * Install weight: installs the locked dependencies into an empty temporary folder with `npm ci`
 * (as a fresh clone would, scripts skipped: the project's own `prepare` needs its sources) and
 * reports how long it took and how big `node_modules` is, on disk (`du`) and in bytes of files.
 *   npm run weight [-- --json]
 * npm's download cache makes a second run faster; clear it (`npm cache clean --force`) for a
 * first-install figure.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const json = process.argv.includes("--json");

function walk(dir, totals) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, totals);
    else if (entry.isFile()) {
      totals.files += 1;
      totals.bytes += fs.statSync(full).size;
    }
  }
  return totals;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aip-weight-"));
try {
  for (const file of ["package.json", "package-lock.json", ".npmrc"]) fs.copyFileSync(path.join(root, file), path.join(dir, file));
  const started = process.hrtime.bigint();
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, stdio: "pipe" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const modules = path.join(dir, "node_modules");
  const onDisk = Number(execFileSync("du", ["-sk", modules], { encoding: "utf8" }).split("\t")[0]) * 1024;
  const { files, bytes } = walk(modules, { files: 0, bytes: 0 });
  const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const packages = Object.keys(lock.packages).filter((key) => key !== "").length;
  const result = { npmCiSeconds: Math.round(seconds * 10) / 10, nodeModulesBytesOnDisk: onDisk, nodeModulesFileBytes: bytes, files, packages, cores: os.cpus().length };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    const mb = (n) => `${Math.round(n / 1e6)} MB`;
    console.log(`npm ci: ${result.npmCiSeconds} s on ${result.cores} cores`);
    console.log(`node_modules: ${mb(onDisk)} on disk (du), ${mb(bytes)} of files, ${files} files, ${packages} packages`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
