/**
 * Everything that can make a batch fail, checked against the sheets Excel last reported, before
 * anything is queued: a bad batch changes nothing. The rules are shared with the xlsx adapter
 * (../excelLimits.ts), so both adapters accept and refuse exactly the same batches.
 */
import type { NameSpec, SheetSpec, WriteBatch } from "../spec";
import { parseRange } from "../../util/a1";
import { WorkbookError } from "../port";
import { assertWithinLimits, missingSheet, nameProblem, sheetNameProblem } from "../excelLimits";
import { checkedBreaks } from "../pageBreaks";

/** Tab names Excel reported, looked up without case (as Excel compares them). */
export class SheetList {
  private readonly order: string[];
  constructor(sheets: string[]) {
    this.order = [...sheets];
  }
  find(name: string): string | undefined {
    const wanted = name.toLowerCase();
    return this.order.find((s) => s.toLowerCase() === wanted);
  }
  get count(): number {
    return this.order.length;
  }
  /** Records a sheet Excel adds at the end and then moves to `position` (clamped). Returns where it went. */
  insert(name: string, position?: number): number {
    const at = position === undefined ? this.order.length : Math.max(0, Math.min(position, this.order.length));
    this.order.splice(at, 0, name);
    return at;
  }
  names(): string[] {
    return [...this.order];
  }
}

function preflightSheet(spec: SheetSpec, sheets: SheetList): void {
  if (spec.create) {
    const problem = sheetNameProblem(spec.name);
    if (problem) throw new WorkbookError(`Cannot create the sheet "${spec.name}": ${problem}.`);
    if (sheets.find(spec.name) !== undefined) {
      throw new WorkbookError(`Cannot create the sheet "${spec.name}": this workbook already has a sheet with that name. ` + `Rename or delete that tab, then try again.`);
    }
  } else if (sheets.find(spec.name) === undefined) {
    throw missingSheet(spec.name, `update the sheet "${spec.name}"`);
  }
  assertWithinLimits(spec);
  for (const c of spec.columns ?? []) {
    if (!(c.width >= 0 && c.width <= 255)) throw new WorkbookError(`Sheet "${spec.name}": column width ${c.width} is outside Excel's 0–255.`);
  }
  for (const r of spec.rows ?? []) {
    if (!(r.height >= 0 && r.height <= 409)) throw new WorkbookError(`Sheet "${spec.name}": row height ${r.height} is outside Excel's 0–409 points.`);
  }
  if (spec.print?.titleRows !== undefined && !/^\$?\d+:\$?\d+$/.test(spec.print.titleRows)) {
    throw new WorkbookError(`Sheet "${spec.name}": print title rows "${spec.print.titleRows}" must look like "5:5".`);
  }
  if (spec.print) checkedBreaks(spec.name, spec.print);
}

function preflightName(n: NameSpec, sheets: SheetList): void {
  const problem = nameProblem(n.name);
  if (problem) throw new WorkbookError(`Cannot define the name "${n.name}": ${problem}.`);
  if (sheets.find(n.sheet) === undefined) throw missingSheet(n.sheet, `point the name "${n.name}" at ${n.sheet}!${n.range}`);
  try {
    parseRange(n.range);
  } catch {
    throw new WorkbookError(`Cannot define the name "${n.name}": "${n.range}" is not a cell address like B4 or B4:F9.`);
  }
}

/** Throws the first problem of the batch; `sheets` is what Excel holds now (left unchanged). */
export function preflightBatch(batch: WriteBatch, sheets: string[]): void {
  const after = new SheetList(sheets);
  for (const spec of batch.sheets) {
    preflightSheet(spec, after);
    if (spec.create) after.insert(spec.name);
  }
  for (const n of batch.names) preflightName(n, after);
  for (const o of batch.owned ?? []) if (after.find(o.sheet) === undefined) throw missingSheet(o.sheet, `mark cells on the sheet "${o.sheet}"`);
}
