/**
 * Formula cells saved with no result at all: a `<c>` with an `<f>` and no `<v>`, as tools that do
 * not calculate write them. ExcelJS reads those and a formula whose result is empty text alike (no
 * result), so the package's own sheet XML tells them apart; the reader then reports the cell
 * instead of reading it as empty (docs/safety-files.md, "Formula results").
 */
import JSZip from "jszip";
import { readPackageMap, text } from "./packageMap";
import { attr } from "./xmlParts";

/** Each `<c …>…</c>` of a sheet part (any namespace prefix), self-closing cells left out: they hold no formula. */
const CELL = /<(?:[\w.-]+:)?c\s[^>]*?(?<!\/)>([\s\S]*?)<\/(?:[\w.-]+:)?c>/g;
const FORMULA = /<(?:[\w.-]+:)?f[\s/>]/;
const VALUE = /<(?:[\w.-]+:)?v[\s/>]/;

/** The A1 addresses of one sheet part's formula cells that carry no `<v>`. */
export function uncachedCells(sheetXml: string): string[] {
  const out: string[] = [];
  for (const m of sheetXml.matchAll(CELL)) {
    if (!FORMULA.test(m[1]) || VALUE.test(m[1])) continue;
    const address = attr(m[0].slice(0, m[0].indexOf(">") + 1), "r");
    if (address) out.push(address);
  }
  return out;
}

/** By worksheet name: the addresses of formula cells the file stores no result for (none in most files). */
export async function uncachedFormulas(data: Uint8Array): Promise<Map<string, Set<string>>> {
  const map = await readPackageMap(await JSZip.loadAsync(data));
  const out = new Map<string, Set<string>>();
  for (const sheet of map.sheets) {
    if (sheet.kind !== "worksheet") continue;
    const xml = await text(map.zip, sheet.path);
    const cells = xml ? uncachedCells(xml) : [];
    if (cells.length > 0) out.set(sheet.name, new Set(cells));
  }
  return out;
}
