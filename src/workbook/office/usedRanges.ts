/**
 * Sheets' used ranges read in bounded pieces. Excel on the web refuses a response over 5 MB
 * (docs/excel-limits.md), and a person's own sheet can hold that much by itself. The snapshot
 * first reads used ranges with everything else in one request; when Excel refuses that response,
 * this reads them again: their addresses first, then row bands of at most `cells` cells per
 * request, halving the bands whenever a response is still refused.
 */
import { cellAddress, parseRange, splitRef } from "../../util/a1";
import type { SheetRead } from "../port";
import { officeCode } from "./errors";

export const RESPONSE_LIMIT_CODE = "ResponsePayloadSizeLimitExceeded";

/** Cells per request to start with: text of ~200 characters a cell, in values and formulas, stays near 2.5 MB. */
const FIRST_BAND_CELLS = 6_000;

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Band {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

function bandsOf(sheet: string, address: string, cells: number): Band[] {
  const r = parseRange(address);
  const columns = r.end.col - r.start.col + 1;
  const perBand = Math.max(1, Math.floor(cells / columns));
  const out: Band[] = [];
  for (let top = r.start.row; top <= r.end.row; top += perBand) {
    out.push({ sheet, top, left: r.start.col, rows: Math.min(perBand, r.end.row - top + 1), columns });
  }
  return out;
}

const bandAddress = (b: Band) => `${cellAddress(b.top, b.left)}:${cellAddress(b.top + b.rows - 1, b.left + b.columns - 1)}`;

/** The used ranges' addresses, one request. */
async function addresses(run: Run, sheets: readonly string[]): Promise<Map<string, string | undefined>> {
  return run(async (context) => {
    const used = sheets.map((s) => context.workbook.worksheets.getItem(s).getUsedRangeOrNullObject(true).load("address"));
    await context.sync();
    return new Map(sheets.map((s, i) => [s, used[i].isNullObject ? undefined : splitRef(used[i].address)?.range]));
  });
}

/** Reads the bands `cells` at a time; a refused response halves the budget and tries again. */
async function readBands(run: Run, bands: Band[], cells: number): Promise<Array<Pick<SheetRead, "values" | "formulas">>> {
  const out: Array<Pick<SheetRead, "values" | "formulas">> = [];
  let i = 0;
  while (i < bands.length) {
    let n = 0;
    let size = 0;
    while (i + n < bands.length) {
      const next = bands[i + n].rows * bands[i + n].columns;
      if (n > 0 && size + next > cells) break;
      size += next;
      n++;
    }
    try {
      const group = bands.slice(i, i + n);
      out.push(
        ...(await run(async (context) => {
          const ranges = group.map((b) => context.workbook.worksheets.getItem(b.sheet).getRange(bandAddress(b)).load("values,formulas"));
          await context.sync();
          return ranges.map((r) => ({ values: r.values as SheetRead["values"], formulas: r.formulas as SheetRead["formulas"] }));
        })),
      );
      i += n;
    } catch (e) {
      const single = bands[i];
      if (officeCode(e) !== RESPONSE_LIMIT_CODE || (n === 1 && single.rows === 1)) throw e;
      if (n > 1) cells = Math.max(1, Math.floor(size / 2));
      else bands.splice(i, 1, ...bandsOf(single.sheet, bandAddress(single), Math.max(single.columns, Math.floor((single.rows * single.columns) / 2))));
    }
  }
  return out;
}

/** Every listed sheet's used range (values and formulas), each response under Excel's limit. */
export async function readUsedBounded(run: Run, sheets: readonly string[]): Promise<Record<string, SheetRead>> {
  const where = await addresses(run, sheets);
  const bands = sheets.flatMap((s) => (where.get(s) ? bandsOf(s, where.get(s)!, FIRST_BAND_CELLS) : []));
  const read = await readBands(run, bands, FIRST_BAND_CELLS);
  const out: Record<string, SheetRead> = {};
  for (const s of sheets) out[s] = { sheet: s, range: where.get(s) ?? "", values: [], formulas: [] };
  // readBands may have split bands further: walk the final list.
  bands.forEach((b, k) => {
    out[b.sheet].values.push(...read[k].values);
    out[b.sheet].formulas.push(...read[k].formulas);
  });
  return out;
}
