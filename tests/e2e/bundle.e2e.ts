/**
 * The production bundles stay lean and browser-only: the pane and the ribbon never pull in
 * ExcelJS or JSZip (the .xlsx side is for the CLI), the CLI, or Node built-ins. Read from the
 * build's source maps. (The office adapter shares pure spec checks with the xlsx folder; those
 * only import ExcelJS's types, which vanish at build time.)
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { DIST } from "./support/pane";

function bundledSources(entry: string): string[] {
  const map = readdirSync(DIST).find((f) => f.startsWith(`${entry}.`) && f.endsWith(".js.map"));
  if (!map) throw new Error(`No ${entry}.*.js.map in ${DIST}: run npm run build.`);
  return (JSON.parse(readFileSync(path.join(DIST, map), "utf8")) as { sources: string[] }).sources;
}

test.each(["taskpane", "commands"])("the %s bundle has no ExcelJS, JSZip, CLI or Node code", (entry) => {
  const sources = bundledSources(entry);
  expect(sources.length).toBeGreaterThan(0);
  expect(sources.some((s) => s.includes("/src/workbook/office/OfficeWorkbook.ts"))).toBe(true);
  const offending = sources.filter(
    (s) => /node_modules\/(exceljs|jszip)\/|\/src\/cli\/|\/src\/workbook\/xlsx\/(XlsxWorkbook|files)\.ts$|^webpack:\/\/[^/]*\/(fs|path|os|stream|zlib|child_process)$/.test(s),
  );
  expect(offending).toEqual([]);
});

test("taskpane.html loads office.js from Microsoft's CDN, as store add-ins must", () => {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  expect(html).toMatch(/<script[^>]+src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/);
});
