/** Shared helpers for the xlsx adapter tests. */
import type { SheetSpec, WriteBatch } from "../../src/workbook/spec";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/** Save to bytes and read them back: what a person gets when they reopen the file. */
export async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

export function sheet(name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, create: true, blocks: [], ...extra };
}

export function batch(sheets: SheetSpec[], names: WriteBatch["names"] = []): WriteBatch {
  return { sheets, names };
}

/** A new workbook with the given sheets applied. */
export async function built(sheets: SheetSpec[], names: WriteBatch["names"] = []): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply(batch(sheets, names));
  return wb;
}

/** 2020-01-15 as an Excel serial number (1900 date system). */
export const JAN_15_2020 = 43845;
