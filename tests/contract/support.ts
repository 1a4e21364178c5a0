/** Shared by the contract tests: an xlsx workbook and an in-memory Excel side by side. */
import type { WorkbookPort } from "../../src/workbook/port";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel, type FakeExcel } from "../fakes/excel";
import type { WorkbookDump } from "../support/dump";
import { realExcelRun } from "../support/officeJs";

export interface Pair {
  xlsx: XlsxWorkbook;
  fake: FakeExcel;
  office: OfficeWorkbook;
}

/**
 * Both start as Excel starts a new workbook: one empty "Sheet1". The Office side runs through the
 * real office.js Excel web client (../support/officeJs.ts), so every request is measured and held
 * to Excel on the web's 5 MB limits.
 */
export async function pair(): Promise<Pair> {
  const xlsx = XlsxWorkbook.create();
  await xlsx.apply({ sheets: [{ name: "Sheet1", create: true, blocks: [] }], names: [] });
  const fake = createFakeExcel();
  fake.addSheet("Sheet1");
  return { xlsx, fake, office: new OfficeWorkbook(realExcelRun(fake), { isSetSupported: fake.isSetSupported }) };
}

/** Runs a command on both; returns both results and the Office side's sync count. */
export async function both<T>(p: Pair, command: (port: WorkbookPort) => Promise<T>): Promise<{ xlsx: T; office: T; syncs: number }> {
  const x = await command(p.xlsx);
  p.fake.resetSyncCount();
  const o = await command(p.office);
  return { xlsx: x, office: o, syncs: p.fake.syncCount };
}

/** As both, with the Office side primed as the pane is (it has listed the sheets and knows the names) before counting. */
export async function bothPrimed<T>(p: Pair, command: (port: WorkbookPort) => Promise<T>): Promise<{ xlsx: T; office: T; syncs: number }> {
  const xlsx = await command(p.xlsx);
  await p.office.listSheets();
  p.fake.resetSyncCount();
  const office = await command(p.office);
  return { xlsx, office, syncs: p.fake.syncCount };
}

/** Cell-by-cell comparison; a failure names the sheet and cell. */
export function expectSameWorkbook(xlsx: WorkbookDump, office: WorkbookDump): void {
  expect(office.sheets.map((s) => s.name)).toEqual(xlsx.sheets.map((s) => s.name));
  xlsx.sheets.forEach((xs, i) => {
    const os = office.sheets[i];
    const addresses = [...new Set([...Object.keys(xs.cells), ...Object.keys(os.cells)])];
    for (const a of addresses) expect({ cell: `${xs.name}!${a}`, ...os.cells[a] }).toEqual({ cell: `${xs.name}!${a}`, ...xs.cells[a] });
    expect({ sheet: xs.name, merges: os.merges }).toEqual({ sheet: xs.name, merges: xs.merges });
    expect({ sheet: xs.name, validations: os.validations }).toEqual({ sheet: xs.name, validations: xs.validations });
    expect({ sheet: xs.name, freeze: os.freeze }).toEqual({ sheet: xs.name, freeze: xs.freeze });
  });
  expect(office.names).toEqual(xlsx.names);
}
