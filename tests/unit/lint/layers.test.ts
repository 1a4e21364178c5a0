/**
 * The layers of docs/architecture-layers.md hold: lint refuses an import across them. The rule is
 * run through ESLint's Linter on one file's text (no type information, so it takes a second), and
 * the repository's eslint.config.mjs is asked whether it turns the rule on for every folder of src/.
 */
import { execFileSync } from "child_process";
import { Linter } from "eslint";
import * as fs from "fs";
import * as path from "path";
import tseslint from "typescript-eslint";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const layers = require("../../../scripts/lint/layers.cjs");

const root = path.resolve(__dirname, "../../..");
const linter = new Linter({ cwd: root, configType: "flat" });
const config: Linter.Config[] = [
  { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser as Linter.Parser }, plugins: { layers }, rules: { "layers/allowed-imports": "error" } },
];

function layerErrors(file: string, code: string): string[] {
  return linter.verify(code, config, { filename: path.join(root, file) }).map((m) => `${m.ruleId ?? "parse"}: ${m.message}`);
}

describe("lint holds the architecture", () => {
  test.each([
    ["src/layout/names.ts", 'import { runChecks } from "../checks/engine";', "layout may not import checks"],
    ["src/layout/build/checkReportSheet.ts", 'import type { CheckResult } from "../../checks/engine";', "layout/build may not import checks"],
    ["src/layout/build/minutesSheet.ts", 'import { agendaInitiatives } from "../../commands/minutes/planInputs";', "layout/build may not import commands"],
    ["src/layout/read/readPlan.ts", 'import { planSheetSpec } from "../build/planSheet";', "layout/read may not import layout/build"],
    ["src/layout/repair/anchors.ts", 'export { planSheetSpec } from "../build/planSheet";', "layout/repair may not import layout/build"],
    ["src/layout/sheetNames.ts", 'export * from "./read/readCells";', "layout may not import layout/read"],
    ["src/domain/plan.ts", 'import { parseCell } from "../util/a1";', "domain may not import util"],
    ["src/domain/minutes/agenda.ts", 'const m = import("../../layout/names");', "domain may not import layout"],
    ["src/checks/engine.ts", 'import { newPlan } from "../commands/newPlan";', "checks may not import commands"],
    ["src/checks/rules/activityLead.ts", 'import { planSheetSpec } from "../../layout/build/planSheet";', "checks may not import layout/build"],
    ["src/checks/text/dates.ts", 'import { OfficeWorkbook } from "../../workbook/office/OfficeWorkbook";', "checks may not import workbook/office"],
    ["src/workbook/port.ts", 'import type { Plan } from "../domain/plan";', "workbook may not import domain"],
    ["src/workbook/xlsx/names.ts", 'import { PLAN_NAMES } from "../../layout/names";', "workbook/xlsx may not import layout"],
    ["src/workbook/office/preflight.ts", 'import { XlsxWorkbook } from "../xlsx/XlsxWorkbook";', "workbook/office may not import workbook/xlsx"],
    ["src/commands/newPlan.ts", 'import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";', "commands may not import workbook/office"],
    ["src/commands/check.ts", 'import { main } from "../cli/main";', "commands may not import cli"],
    ["src/taskpane/App.tsx", 'import { main } from "../cli/main";', "taskpane may not import cli"],
  ])("%s: %s is refused", (file, code, expected) => {
    const errors = layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`layers/allowed-imports: ${expected}`);
    expect(errors[0]).toContain("docs/architecture-layers.md");
  });

  test.each([
    [
      "src/checks/engine.ts",
      'import { PLAN_NAMES } from "../layout/names";\nimport { readPlan } from "../layout/read/readPlan";\nimport { nameGaps } from "../layout/repair/nameGaps";',
    ],
    [
      "src/layout/build/summarySheet.ts",
      'import { readSources } from "../read/summarySources";\nimport type { SheetSpec } from "../../workbook/spec";\nimport { HEADER } from "../styles";',
    ],
    ["src/workbook/office/preflight.ts", 'import type { SheetSpec } from "../spec";\nimport { parseRange } from "../../util/a1";\nimport { x } from "./errors";'],
    ["src/commands/newPlan.ts", 'import { buildWorkbook } from "../layout/build/buildWorkbook";\nimport { runChecks } from "../checks/engine";'],
    ["src/domain/minutes/agenda.ts", 'import { QUARTERS } from "../plan";\nimport * as chrono from "chrono-node";'],
    ["src/taskpane/samplePlan.ts", 'import sample from "../../examples/sample-plan.json";'],
    ["tests/unit/anything.test.ts", 'import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";'],
  ])("%s: allowed imports pass", (file, code) => {
    expect(layerErrors(file, code)).toEqual([]);
  });

  test("every file of src/ belongs to a layer", () => {
    const files = execFileSync("git", ["ls-files", "src"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.(ts|tsx)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => layers.layerOf(f) === undefined)).toEqual([]);
  });

  test("the repository's lint configuration turns the rule on for every layer", () => {
    // A child process: jest cannot load the ES module config itself. No type information is built.
    const script = `
      const { ESLint } = require("eslint");
      const eslint = new ESLint({ cwd: process.cwd() });
      Promise.all(process.argv.slice(1).map((f) => eslint.calculateConfigForFile(f)))
        .then((cs) => console.log(JSON.stringify(cs.map((c) => c.rules["layers/allowed-imports"]))));`;
    const probes = layers.LAYERS.map((l: { layer: string }) => `src/${l.layer}/probe.ts`);
    const out = execFileSync(process.execPath, ["-e", script, ...probes], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(probes.map(() => [2]));
  });

  test("docs/architecture-layers.md shows the same table and every folder of src/", () => {
    const page = fs.readFileSync(path.join(root, "docs/architecture-layers.md"), "utf8");
    const rows = page
      .split("\n")
      .filter((line) => /^\|\s*[a-z][a-z/]*\s*\|/.test(line))
      .map((line) => line.split("|").map((c) => c.trim()));
    const documented = rows.map(([, layer, may, why]) => ({ layer, may: may === "nothing of ours" ? [] : may.split(", "), why }));
    expect(documented).toEqual(layers.LAYERS);
    const tree = page.slice(page.indexOf("```"), page.indexOf("```", page.indexOf("```") + 3));
    const folders = execFileSync("git", ["ls-files", "src"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((f) => path.posix.dirname(f))
      .filter((d, k, all) => all.indexOf(d) === k);
    for (const folder of folders) expect(tree).toMatch(new RegExp(`^ *${path.posix.basename(folder)}/( |$)`, "m"));
  });
});
