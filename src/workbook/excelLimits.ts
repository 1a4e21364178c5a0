/**
 * Excel's limits that both adapters enforce before writing anything, so a bad batch changes
 * nothing and both accept and refuse exactly the same batches.
 */
import type { Block, Cell, SheetSpec } from "./spec";
import { cellAddress, parseCell, parseRange } from "../util/a1";
import { WorkbookError } from "./port";

const FORBIDDEN_IN_TAB = /[[\]:*?/\\]/;

/** Why Excel would refuse this tab name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a tab name cannot be empty";
  if (name.length > 31) return `a tab name has at most 31 characters (this one has ${name.length})`;
  if (FORBIDDEN_IN_TAB.test(name)) return "a tab name cannot contain any of [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "a tab name cannot start or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return undefined;
}

/** Excel's limits on a defined name: starts with a letter, "_" or "\", no spaces, not a cell address. */
export function nameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return "use only letters, digits, dots and underscores, starting with a letter";
  if (name.length > 255) return "a name has at most 255 characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) return "a name cannot look like a cell address";
  return undefined;
}

/** The error for a sheet that is not (or no longer) in the workbook. */
export function missingSheet(name: string, action: string): WorkbookError {
  return new WorkbookError(
    `Cannot ${action}: there is no sheet named "${name}" in this workbook. ` +
      `If the tab was renamed or deleted, give it back the name "${name}" (or undo the deletion) and try again.`,
  );
}

/** "RRGGBB" (upper case) from "#RRGGBB"; a WorkbookError saying where otherwise. */
export function hexColour(hex: string, where: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new WorkbookError(`${where}: colour "${hex}" is not of the form #RRGGBB.`);
  return m[1].toUpperCase();
}

/** Why a cell value cannot be written, or undefined. Strings are always fine: they stay text. */
function cellProblem(value: Cell, where: string): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${where}: ${value} is not a number Excel can store.`;
  if (typeof value === "object" && typeof value.formula === "string" && value.formula.startsWith("=")) return undefined;
  return `${where}: a formula must be text starting with "=", got ${JSON.stringify(value)}.`;
}

/** Why a block cannot be written (ragged rows, a bad number or formula), or undefined. */
export function blockProblem(sheet: string, block: Block): string | undefined {
  const start = parseCell(block.at);
  const width = block.cells[0]?.length ?? 0;
  for (let i = 0; i < block.cells.length; i++) {
    const row = block.cells[i];
    if (row.length !== width) return `Sheet "${sheet}", block at ${block.at}: row ${i + 1} has ${row.length} cells but the first has ${width}.`;
    for (let j = 0; j < row.length; j++) {
      const problem = cellProblem(row[j], `Sheet "${sheet}", cell ${cellAddress(start.row + i, start.col + j)}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** The print area as a range to check, when the spec sets one. */
function printAreaOf(spec: SheetSpec): string[] {
  const area = spec.print?.printArea;
  return area === undefined ? [] : [area];
}

/** Every address a sheet spec names. */
function specRanges(spec: SheetSpec): string[] {
  return [
    ...(spec.clear ?? []),
    ...spec.blocks.map((b) => b.at),
    ...(spec.styles ?? []).map((s) => s.range),
    ...(spec.merges ?? []),
    ...[...(spec.validations ?? []), ...(spec.dateValidations ?? [])].map((v) => v.range),
    ...(spec.conditionalFormats ?? []).map((f) => f.range),
    ...printAreaOf(spec),
  ];
}

/** Addresses, blocks and colours of one sheet spec; throws the first problem. */
export function assertWithinLimits(spec: SheetSpec): void {
  for (const range of specRanges(spec)) {
    try {
      parseRange(range);
    } catch {
      throw new WorkbookError(`Sheet "${spec.name}": "${range}" is not a cell address like B4 or B4:F9.`);
    }
  }
  for (const block of spec.blocks) {
    const problem = blockProblem(spec.name, block);
    if (problem) throw new WorkbookError(problem);
  }
  if (spec.tabColor) hexColour(spec.tabColor, `Sheet "${spec.name}" tab colour`);
  for (const { range, style } of spec.styles ?? []) {
    if (style.fill) hexColour(style.fill, `Sheet "${spec.name}", ${range} fill`);
    if (style.fontColor) hexColour(style.fontColor, `Sheet "${spec.name}", ${range} font colour`);
  }
  for (const { range, formula, style } of spec.conditionalFormats ?? []) {
    if (!formula.startsWith("=")) throw new WorkbookError(`Sheet "${spec.name}", conditional format on ${range}: its formula must start with "=".`);
    if (style.fill) hexColour(style.fill, `Sheet "${spec.name}", conditional format on ${range}: fill`);
    if (style.fontColor) hexColour(style.fontColor, `Sheet "${spec.name}", conditional format on ${range}: font colour`);
  }
}
