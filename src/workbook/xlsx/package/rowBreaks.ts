/**
 * Manual row page breaks as a sheet part stores them (ECMA-376 §18.3.1.73 "rowBreaks": each `<brk>`
 * breaks below the 1-based row `id`). ExcelJS writes a worksheet's rowBreaks but reads none back,
 * so a workbook read from a file and saved again would lose them (a person's own and the Rubric's):
 * they are read here and handed back to ExcelJS when the file is read.
 */
import JSZip from "jszip";
import { readPackageMap, text } from "./packageMap";
import { attr, startTags } from "./xmlParts";

export interface StoredRowBreak {
  id: number;
  min?: number;
  max?: number;
  man: number;
}

const ROW_BREAKS = /<(?:[\w.-]+:)?rowBreaks[\s>][\s\S]*?<\/(?:[\w.-]+:)?rowBreaks>/;

/** One sheet part's row breaks, in file order (column breaks are another element and left out). */
export function sheetRowBreaks(sheetXml: string): StoredRowBreak[] {
  const list = ROW_BREAKS.exec(sheetXml)?.[0] ?? "";
  const number = (tag: string, name: string) => {
    const value = Number(attr(tag, name));
    return Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const out: StoredRowBreak[] = [];
  for (const tag of startTags(list, "brk")) {
    const id = number(tag, "id");
    if (!id) continue;
    const [min, max] = [number(tag, "min"), number(tag, "max")];
    const manual = attr(tag, "man");
    out.push({ id, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), man: manual === "1" || manual === "true" ? 1 : 0 });
  }
  return out;
}

/** By worksheet name: the row breaks each sheet stores (sheets with none left out). */
export async function storedRowBreaks(data: Uint8Array): Promise<Map<string, StoredRowBreak[]>> {
  const map = await readPackageMap(await JSZip.loadAsync(data));
  const out = new Map<string, StoredRowBreak[]>();
  for (const sheet of map.sheets) {
    if (sheet.kind !== "worksheet") continue;
    const xml = await text(map.zip, sheet.path);
    const breaks = xml ? sheetRowBreaks(xml) : [];
    if (breaks.length > 0) out.set(sheet.name, breaks);
  }
  return out;
}
