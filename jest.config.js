/**
 * The Node test suites, fastest first (tests/README.md says what each proves and needs). `npx jest`
 * runs them all; `npm run test:fast` (or `jest --selectProjects fast`) runs one. Browser tests run
 * separately: npm run test:e2e.
 */
/**
 * ts-jest transpiles each file alone (tsconfig.json's `isolatedModules`, which ts-jest 29.4 reads
 * in place of its deprecated option of that name): no type checking in the test run, which is
 * `npm run typecheck`'s job (tsconfig.json includes tests/), and the same flag there guarantees
 * every file can be transpiled alone.
 */
const base = {
  rootDir: __dirname,
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};

/** Tests that let LibreOffice recalculate a workbook: they need `soffice` and take seconds each. */
const ENGINE = "\\.engine\\.test\\.ts$";

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: "fast",
      roots: ["<rootDir>/tests/unit"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", ENGINE],
    },
    {
      ...base,
      displayName: "cli",
      roots: ["<rootDir>/tests/cli"],
      testMatch: ["**/*.test.ts"],
    },
    {
      ...base,
      displayName: "contract",
      roots: ["<rootDir>/tests/contract", "<rootDir>/tests/integration"],
      testMatch: ["**/*.test.ts"],
    },
    {
      ...base,
      displayName: "engine",
      roots: ["<rootDir>/tests/engine", "<rootDir>/tests/unit"],
      testMatch: ["<rootDir>/tests/engine/**/*.test.ts", "**/*.engine.test.ts"],
    },
    {
      ...base,
      displayName: "robustness",
      roots: ["<rootDir>/tests/robustness"],
      testMatch: ["**/*.test.ts"],
    },
    {
      ...base,
      displayName: "release",
      roots: ["<rootDir>/tests/release"],
      testMatch: ["**/*.test.ts"],
    },
  ],
};
