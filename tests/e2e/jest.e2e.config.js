/** Browser tests of the built task pane (run by scripts/e2e.js, which builds what they need). */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 120000,
  maxWorkers: 1,
  verbose: true, // one line per test: the pass/fail summary people read
};
