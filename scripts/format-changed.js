#!/usr/bin/env node
/**
 * Prettier over the files this branch added (against the merge base with main, plus files not yet
 * committed), not the whole tree: reformatting every existing file would collide with every branch
 * in flight. Once the tree has had its one formatting commit (`npm run format`, listed in
 * .git-blame-ignore-revs), `prettier --check .` can replace this. `--write` formats.
 * Base branch: AIP_FORMAT_BASE (default main).
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

const FORMATTED = /\.(ts|tsx|js|cjs|mjs|json|md|css|html|yml|yaml)$/;
const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).split("\n").filter(Boolean);

function changedFiles() {
  const base = process.env.AIP_FORMAT_BASE || "main";
  let since = [];
  try {
    since = git("diff", "--name-only", "--diff-filter=A", `${git("merge-base", "HEAD", base)[0]}`, "HEAD");
  } catch {
    console.error(`format: no branch "${base}" to compare with; checking files not yet committed only.`);
  }
  const added = git("ls-files", "--others", "--exclude-standard");
  return [...new Set([...since, ...added])].filter((f) => FORMATTED.test(f) && fs.existsSync(f));
}

const files = changedFiles();
if (files.length === 0) {
  console.log("format: no changed files.");
  process.exit(0);
}
const mode = process.argv.includes("--write") ? "--write" : "--check";
const result = spawnSync(process.execPath, [require.resolve("prettier/bin/prettier.cjs"), mode, "--ignore-unknown", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
