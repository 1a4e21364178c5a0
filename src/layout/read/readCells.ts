/**
 * Reading a workbook snapshot through its defined names, turning every oddity into a Problem that
 * names where it is and how to fix it, instead of throwing. Values follow Office.js semantics:
 * dates are serial numbers and an empty cell is "".
 */
import type { IsoDate } from "../../domain/plan";
import { isIsoDate, monthNumber, serialToIso } from "../../domain/calendar";
import type { CellValue, NamedRangeRead, WorkbookSnapshot } from "../../workbook/port";
import { cellAddress, parseRange, quoteSheet } from "../../util/a1";

/** Something odd found while reading; `where` is "'1.2 Reading'!D14" or a defined name. */
export interface Problem {
  where: string;
  message: string;
}

const NAME_MANAGER = "Formulas > Name Manager";

/** The name points at cells of a sheet still in the workbook: not missing, not #REF!, not on a deleted tab. */
export function isLive(snap: WorkbookSnapshot, read: NamedRangeRead | undefined): read is NamedRangeRead {
  return !!read && !!read.sheet && !!read.range && snap.sheets.includes(read.sheet);
}
/** Excel's largest date serial (31 Dec 9999). */
const MAX_SERIAL = 2_958_465;

/** A usable name: it exists, points at a range, and its sheet is still in the workbook. */
export interface GoodName {
  read: NamedRangeRead;
  /** 0-based top-left of the range */
  row: number;
  col: number;
}

export class NameReader {
  readonly problems: Problem[] = [];
  /** Cells already reported as having no stored result, so a name read twice reports them once. */
  private readonly noResultSeen = new Set<string>();

  constructor(readonly snap: WorkbookSnapshot) {}

  has(name: string): boolean {
    return name in this.snap.names;
  }

  /** The name if it can be read; otherwise a problem is recorded (when `required`) and undefined returned. */
  get(name: string, required = true): GoodName | undefined {
    const read = this.snap.names[name];
    if (!read) {
      if (required) this.add(name, `The defined name ${name} is missing. Run the add-in's command again, or recreate the name in ${NAME_MANAGER}.`);
      return undefined;
    }
    if (!read.sheet || !read.range) {
      this.add(name, `The defined name ${name} is broken (it points at #REF!, usually because its cells or sheet were deleted). Point it at the right cells in ${NAME_MANAGER}.`);
      return undefined;
    }
    if (!this.snap.sheets.includes(read.sheet)) {
      this.add(name, `The defined name ${name} points at the sheet "${read.sheet}", which is not in this workbook. Point it at the right cells in ${NAME_MANAGER}.`);
      return undefined;
    }
    const { start } = parseRange(read.range);
    const good = { read, row: start.row, col: start.col };
    this.reportNoResults(name, good);
    return good;
  }

  /**
   * A formula the file stores no result for (some tools save formulas without calculating them) is
   * read as empty: say so with its cell, so nothing is silently dropped.
   */
  private reportNoResults(name: string, g: GoodName): void {
    for (const address of g.read.noResult ?? []) {
      const where = `${quoteSheet(g.read.sheet)}!${address}`;
      if (this.noResultSeen.has(where)) continue;
      this.noResultSeen.add(where);
      const { start } = parseRange(address);
      const formula = g.read.formulas[start.row - g.row]?.[start.col - g.col];
      this.add(
        where,
        `${where} (${name}) holds the formula ${asText(formula ?? "")} but the file stores no result for it (the program that saved it did not calculate it), so it was read as empty. Open the workbook in Excel or LibreOffice, save it, and run again.`,
      );
    }
  }

  /** "'1.2 Reading'!D14" for the cell at (r, c) inside the name's range. */
  where(g: GoodName, r = 0, c = 0): string {
    return `${quoteSheet(g.read.sheet)}!${cellAddress(g.row + r, g.col + c)}`;
  }

  add(where: string, message: string): void {
    this.problems.push({ where, message });
  }

  /** The value of a name meant to be one cell (its top-left cell if it is larger, with a problem). */
  single(name: string, required = true): { value: CellValue; where: string } | undefined {
    const g = this.get(name, required);
    if (!g) return undefined;
    const rows = g.read.values.length;
    const cols = rows > 0 ? g.read.values[0].length : 0;
    if (rows === 0 || cols === 0) {
      this.add(name, `The defined name ${name} covers no cells. Point it at one cell in ${NAME_MANAGER}.`);
      return undefined;
    }
    if (rows !== 1 || cols !== 1) {
      this.add(name, `The defined name ${name} should be one cell but covers ${g.read.range}; only ${this.where(g)} was read. Point it at one cell in ${NAME_MANAGER}.`);
    }
    const value = g.read.values[0][0];
    const formula = g.read.formulas[0]?.[0];
    if (isErrorValue(value) && typeof formula === "string" && formula.startsWith("=")) {
      this.add(this.where(g), `${this.where(g)} (${name}) shows the error ${value}: its formula ${formula} no longer works. Fix the formula or type the value.`);
      return { value: "", where: this.where(g) };
    }
    return { value, where: this.where(g) };
  }

  /** A one-cell text field; "" when it cannot be read (the problem is recorded). */
  text(name: string, required = true): string {
    const cell = this.single(name, required);
    return cell ? asText(cell.value) : "";
  }

  /**
   * The non-blank cells of a name meant to be one column, top to bottom. A wider range is read
   * row by row so nothing is lost, with a problem.
   */
  column(name: string): string[] {
    const g = this.get(name);
    if (!g) return [];
    const width = g.read.values[0]?.length ?? 0;
    if (width > 1) {
      this.add(
        name,
        `The defined name ${name} should be one column but covers ${g.read.range}; every filled cell was read, row by row. Point it at one column in ${NAME_MANAGER}.`,
      );
    }
    const out: string[] = [];
    g.read.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = g.read.formulas[r]?.[c];
        if (isErrorValue(value) && typeof formula === "string" && formula.startsWith("=")) {
          // An error is never passed on as if a person had typed "#REF!".
          this.add(this.where(g, r, c), `${this.where(g, r, c)} (${name}) shows the error ${value}: its formula ${formula} no longer works. Fix the formula or type the value.`);
        } else if (asText(value).trim() !== "") out.push(asText(value));
      }),
    );
    return out;
  }
}

const ERROR_VALUES = /^#(REF!|NAME\?|VALUE!|N\/A|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** Excel shows a formula's error as a value such as "#REF!". */
export function isErrorValue(v: CellValue): boolean {
  return typeof v === "string" && ERROR_VALUES.test(v);
}

/** A cell value as text: numbers and booleans as Excel would show them without formatting. */
export function asText(v: CellValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || (typeof v === "string" && v.trim() === "");
}

function iso(y: number, m: number, d: number): IsoDate | undefined {
  const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIsoDate(s) ? s : undefined;
}

/**
 * Text that is clearly a date → ISO: "2026-09-15", "2026/09/15", "9/15/2026" (US month first),
 * "Sep 15, 2026", "September 15 2026", "15 September 2026". Anything else → undefined.
 */
export function parseTextDate(text: string): IsoDate | undefined {
  const s = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? iso(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? iso(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

/**
 * A date cell → ISO date; blank → undefined. Text that is not clearly a date is kept as typed
 * (export is read-only: nothing is lost) and reported.
 */
export function readDate(v: CellValue, where: string, problems: Problem[]): IsoDate | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === "number") {
    if (v >= 1 && v <= MAX_SERIAL) return serialToIso(v);
    problems.push({ where, message: `${where} holds the number ${v}, which is not a date. Type a date such as 9/15/2026.` });
    return String(v);
  }
  const text = asText(v);
  const parsed = parseTextDate(text);
  if (parsed) return parsed;
  problems.push({ where, message: `${where} holds "${text}", which is not a date; it was kept as typed. Type a date such as 9/15/2026.` });
  return text;
}
