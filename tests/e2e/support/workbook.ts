/** Reading the in-memory workbook's dump the way a person would look at it: by defined name. */
import type { CellDump, SheetDump, WorkbookDump } from "../../support/dump";

/** "'O''Brien'!$B$2:$C$3" → { sheet: "O'Brien", first: "B2" }. */
export function nameTarget(dump: WorkbookDump, name: string): { sheet: string; first: string } {
  const ref = dump.names[name];
  if (ref === undefined) throw new Error(`The workbook has no defined name ${name}.`);
  const bang = ref.lastIndexOf("!");
  const rawSheet = ref.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const first = ref
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")[0];
  return { sheet, first };
}

export function sheetOf(dump: WorkbookDump, name: string): SheetDump {
  const sheet = dump.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`The workbook has no sheet "${name}"; it has ${dump.sheets.map((s) => s.name).join(", ")}.`);
  return sheet;
}

/** The first cell of a defined name's range ({} when empty). */
export function cellOfName(dump: WorkbookDump, name: string): CellDump {
  const { sheet, first } = nameTarget(dump, name);
  return sheetOf(dump, sheet).cells[first] ?? {};
}

/** Strategy sheets, found by their initiative's Description name: "AIP.O1.I2.Description" → sheet. */
export function strategySheets(dump: WorkbookDump): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(dump.names)) {
    const m = /^AIP\.O(\d+)\.I(\d+)\.Description$/.exec(name);
    if (m) out.set(`${m[1]}.${m[2]}`, nameTarget(dump, name).sheet);
  }
  return out;
}
