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

/** ExcelJS, JSZip, the CLI, the xlsx adapter's file code and Node built-ins: none belongs in a browser bundle. */
const FORBIDDEN = /node_modules\/(exceljs|jszip)\/|\/src\/cli\/|\/src\/workbook\/xlsx\/(XlsxWorkbook|files)\.ts$|^webpack:\/\/[^/]*\/(fs|path|os|stream|zlib|child_process)$/;

test.each(["taskpane", "commands"])("the %s bundle has no ExcelJS, JSZip, CLI or Node code", (entry) => {
  const sources = bundledSources(entry);
  expect(sources.length).toBeGreaterThan(0);
  // The pane loads its Office adapter in a chunk of its own, right after its first paint.
  const adapter = entry === "taskpane" ? bundledSources("office-adapter") : sources;
  expect(adapter.some((s) => s.includes("/src/workbook/office/OfficeWorkbook.ts"))).toBe(true);
  expect(sources.filter((s) => FORBIDDEN.test(s))).toEqual([]);
});

test("the chunks loaded later (the follow-up pages, the Word export) have none of it either", () => {
  const maps = readdirSync(DIST).filter((f) => f.endsWith(".js.map") && !/^(taskpane|commands)\./.test(f));
  expect(maps.some((f) => f.startsWith("page-check."))).toBe(true);
  for (const map of maps) {
    const sources = (JSON.parse(readFileSync(path.join(DIST, map), "utf8")) as { sources: string[] }).sources;
    expect({ chunk: map, offending: sources.filter((s) => FORBIDDEN.test(s)) }).toEqual({ chunk: map, offending: [] });
  }
});

test("taskpane.html loads office.js from Microsoft's CDN, as store add-ins must", () => {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  expect(html).toMatch(/<script[^>]+src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/);
});

test("the docx library loads only with a Word export: never in the pane's first load or a page's chunk", () => {
  const maps = readdirSync(DIST).filter((f) => f.endsWith(".js.map") && /^(taskpane|commands|page-[a-z]+)\./.test(f));
  expect(maps.some((f) => f.startsWith("page-ratings."))).toBe(true);
  for (const map of maps) {
    const sources = (JSON.parse(readFileSync(path.join(DIST, map), "utf8")) as { sources: string[] }).sources;
    expect({ chunk: map, docx: sources.filter((s) => /node_modules\/docx\/|\/src\/export\/\w+Docx\.ts$/.test(s)) }).toEqual({ chunk: map, docx: [] });
  }
  const exports = readdirSync(DIST).filter((f) => /^(minutes|summative)-docx\..*\.js\.map$/.test(f));
  expect(exports.length).toBe(2);
});
