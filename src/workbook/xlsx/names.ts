/**
 * Defined names for the ExcelJS adapter.
 *
 * ExcelJS keeps names as sets of cells and silently drops, on load, every name it cannot turn into
 * cells: "#REF!" names, whole-column references, sheet-scoped names (it makes them global). Saving
 * would then lose them. So each workbook gets its own store of names as their reference text,
 * installed over ExcelJS's `definedNames.model` (the only thing ExcelJS reads and writes from a
 * file): whatever was in the file is written back as it was, and the adapter re-points names by
 * replacing their text. Names added through ExcelJS's own `definedNames.add` still work.
 */
import type * as ExcelJS from "exceljs";
import { absoluteRef, splitRef } from "../../util/a1";

/** One defined name as ExcelJS's file reader and writer see it. */
interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface StoredName {
  name: string;
  /** Reference texts as in the file, e.g. "'It''s plan'!$A$1:$B$2" or "#REF!". */
  refs: string[];
  /** The sheet a sheet-scoped name belongs to (kept by object, so tab moves don't break it). */
  scope?: ExcelJS.Worksheet;
}

/** A workbook-scoped name and where it points; sheet "" and range "" when it is not one range. */
export interface NameTarget {
  name: string;
  sheet: string;
  range: string;
  /** The reference text as stored, for dumps and messages. */
  text: string;
}

const key = (name: string) => name.toLowerCase(); // Excel names are case-insensitive

export class NameStore {
  private readonly names = new Map<string, StoredName>();
  /** Names written only while saving (print titles and areas, see printNames.ts). */
  private extra: NameModel[] = [];

  private constructor(private readonly book: ExcelJS.Workbook) {}

  /** Takes over the names of `book`; call before loading a file into it. */
  static install(book: ExcelJS.Workbook): NameStore {
    const store = new NameStore(book);
    const native = book.definedNames as unknown as { model: NameModel[] };
    const proto = Object.getPrototypeOf(native) as object;
    const nativeModel = Object.getOwnPropertyDescriptor(proto, "model");
    Object.defineProperty(native, "model", {
      configurable: true,
      get: () => store.toModel(nativeModel?.get?.call(native) as NameModel[] | undefined),
      set: (value: NameModel[] | undefined) => store.fromModel(value ?? []),
    });
    return store;
  }

  /** Creates or re-points a workbook-scoped name to one rectangle. */
  set(name: string, sheet: string, range: string): void {
    const existing = this.names.get(key(name));
    // Drop any cells ExcelJS's own API recorded for this name, so only the new target remains.
    const matrices = (this.book.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap;
    for (const n of Object.keys(matrices)) if (key(n) === key(name)) delete matrices[n];
    this.names.set(key(name), { name: existing && !existing.scope ? existing.name : name, refs: [absoluteRef(sheet, range)] });
  }

  /** Names to add to the file while it is being written. */
  setExtra(names: NameModel[]): void {
    this.extra = names;
  }

  /** Every workbook-scoped name (sheet-scoped and Excel's hidden "_xlnm." names are left out). */
  list(): NameTarget[] {
    const out: NameTarget[] = [];
    for (const n of this.toModel(this.nativeModel())) {
      if (n.localSheetId !== undefined || n.name.startsWith("_xlnm.")) continue;
      const text = n.ranges.join(",");
      const target = n.ranges.length === 1 ? splitRef(n.ranges[0]) : undefined;
      const exists = target !== undefined && this.book.worksheets.some((ws) => ws.name === target.sheet);
      out.push(exists ? { name: n.name, sheet: target.sheet, range: target.range, text } : { name: n.name, sheet: "", range: "", text });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private nativeModel(): NameModel[] {
    const proto = Object.getPrototypeOf(this.book.definedNames) as object;
    return (Object.getOwnPropertyDescriptor(proto, "model")?.get?.call(this.book.definedNames) as NameModel[]) ?? [];
  }

  private fromModel(models: NameModel[]): void {
    this.names.clear();
    const sheets = this.book.worksheets; // already loaded, in tab order: localSheetId indexes them
    for (const m of models) {
      if (!m.ranges.length) continue; // a constant or formula ExcelJS could not read: nothing to keep
      const scope = m.localSheetId === undefined ? undefined : sheets[m.localSheetId];
      if (m.localSheetId !== undefined && !scope) continue;
      const id = scope ? `${key(m.name)}@${scope.id}` : key(m.name);
      this.names.set(id, { name: m.name, refs: [...m.ranges], scope });
    }
  }

  private toModel(fromExcelJs: NameModel[] | undefined): NameModel[] {
    const order = this.book.worksheets;
    const out: NameModel[] = [];
    for (const n of this.names.values()) {
      if (!n.scope) {
        out.push({ name: n.name, ranges: [...n.refs] });
        continue;
      }
      const localSheetId = order.indexOf(n.scope);
      if (localSheetId >= 0) out.push({ name: n.name, ranges: [...n.refs], localSheetId });
    }
    for (const m of fromExcelJs ?? []) {
      if (!this.names.has(key(m.name))) out.push({ name: m.name, ranges: m.ranges.map(quoteSheetInRef) });
    }
    return [...out, ...this.extra];
  }
}

/**
 * ExcelJS writes the sheet of a name it built from cells as 'It's'!$A$1 (apostrophe not doubled,
 * which Excel rejects) unless the sheet's key already holds the doubled form. Re-quote properly.
 */
function quoteSheetInRef(ref: string): string {
  const m = /^'(.*)'!(.+)$/.exec(ref);
  if (!m) return ref;
  const sheet = m[1].replace(/''/g, "'");
  return `'${sheet.replace(/'/g, "''")}'!${m[2]}`;
}
