#!/usr/bin/env node
/**
 * npm run test:e2e: browser tests of the production task pane (DESIGN.md "Testing" 4).
 *   1. dist/ from `npm run build` (built here if missing, or with --build);
 *   2. the in-memory Excel harness bundled into test-results/e2e-harness/;
 *   3. jest with tests/e2e/jest.e2e.config.js: headless Chromium drives the pane.
 * Screenshots go to test-results/screenshots/. Exit code 0 only when every test passed.
 * Extra arguments go to jest, e.g. `npm run test:e2e -- -t "sample"`.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const harnessDir = path.join(root, "test-results", "e2e-harness");
const args = process.argv.slice(2);
const forceBuild = args.includes("--build");
const jestArgs = args.filter((a) => a !== "--build");

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

function buildPane() {
  console.log("e2e: building the production task pane (npm run build)…");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const result = spawnSync(process.execPath, [webpackCli, "--mode", "production"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail("the production build failed; see the webpack output above.");
}

function buildHarness() {
  const webpack = require("webpack");
  const config = require(path.join(root, "tests/e2e/webpack.harness.config.js"))(harnessDir);
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.join(harnessDir, "fake-excel-harness.js"));
    });
  });
}

async function main() {
  if (forceBuild || !fs.existsSync(path.join(dist, "taskpane.html"))) buildPane();
  if (!fs.existsSync(path.join(root, "node_modules/@microsoft/office-js/dist/office.js"))) {
    fail("node_modules/@microsoft/office-js/dist/office.js is missing; run npm ci.");
  }
  const harness = await buildHarness().catch((error) => fail(`could not bundle the in-memory Excel harness:\n${error.message}`));

  const jest = require.resolve("jest/bin/jest", { paths: [root] });
  const config = path.join(root, "tests/e2e/jest.e2e.config.js");
  const result = spawnSync(process.execPath, [jest, "--config", config, ...jestArgs], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, AIP_E2E_DIST: dist, AIP_E2E_HARNESS: harness },
  });
  const passed = result.status === 0;
  console.log(`e2e: ${passed ? "PASSED" : "FAILED"} (screenshots in test-results/screenshots/)`);
  process.exit(passed ? 0 : result.status || 1);
}

main().catch((error) => fail(error.stack || String(error)));
