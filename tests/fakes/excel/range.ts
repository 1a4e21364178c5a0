/** Range proxies: values, formulas, number formats, formats, merges, clear, validation, select. */
import { ClientObject, writeOnly, type FakeContext } from "./client";
import { FakeOfficeError } from "./errors";
import { checkShape, storedInput } from "./input";
import { DEFAULT_FORMAT, type BookData, cellAt, cellKey, existingCells, overlaps, type CellData, type CellFormat, type Rect, type SheetData, type ValidationData } from "./model";
import { formulaResult } from "./evaluate";
import { rectAddress, sheetRefName } from "./references";
import { FakeConditionalFormats } from "./conditionalFormats";

export interface RangeTarget {
  sheet: SheetData;
  rect: Rect;
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function forEachCell(t: RangeTarget, fn: (cell: CellData, row: number, col: number) => void): void {
  for (let row = t.rect.top; row <= t.rect.bottom; row++) for (let col = t.rect.left; col <= t.rect.right; col++) fn(cellAt(t.sheet, row, col), row, col);
}

function matrix<V>(t: RangeTarget, read: (cell: CellData | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let row = t.rect.top; row <= t.rect.bottom; row++) {
    const line: V[] = [];
    for (let col = t.rect.left; col <= t.rect.right; col++) line.push(read(t.sheet.cells.get(cellKey(row, col))));
    out.push(line);
  }
  return out;
}

function invalid(label: string, what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${label}: ${what}).`);
}

export class FakeRange extends ClientObject<RangeTarget> {
  protected readonly scalarProperties = ["address", "addressLocal", "values", "formulas", "numberFormat", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(ctx: FakeContext, locate: () => RangeTarget | undefined, label: string, nullable = false) {
    super(ctx, locate, label, nullable);
    this.format = new FakeRangeFormat(this, label, (fn) => this.write(fn));
    this.dataValidation = new FakeDataValidation(
      label,
      (fn) => this.write(fn),
      () => ctx.book,
    );
    this.conditionalFormats = new FakeConditionalFormats(
      ctx,
      label,
      (fn) => this.write(fn),
      () => this.resolve(),
    );
  }

  /** The target at sync time, for other proxies (freezeAt, names.add). */
  resolveTarget(): RangeTarget {
    return this.resolve();
  }

  protected readProperty(t: RangeTarget, property: string): unknown {
    switch (property) {
      case "address":
      case "addressLocal":
        return `${sheetRefName(t.sheet.name)}!${rectAddress(t.rect)}`;
      case "values":
        // A formula cell reads back its computed result (evaluate.ts), as in Excel.
        return matrix(t, (c) => (c?.formula ? formulaResult(this.ctx.book, t.sheet, c.formula) : (c?.value ?? "")));
      case "formulas":
        return matrix(t, (c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return matrix(t, (c) => c?.numberFormat ?? DEFAULT_FORMAT);
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "rowIndex":
        return t.rect.top;
      default:
        return t.rect.left;
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.write((t) => this.store(t, v, "values"));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write((t) => this.store(t, v, "formulas"));
  }
  /** Range.columnHidden (ExcelApi 1.2): hides or shows the range's whole columns. */
  set columnHidden(v: boolean) {
    this.write((t) => {
      if (typeof v !== "boolean") throw new FakeOfficeError("InvalidArgument", `${this.label}: columnHidden ${JSON.stringify(v)}.`);
      for (let col = t.rect.left; col <= t.rect.right; col++) {
        if (v) t.sheet.hiddenColumns.add(col);
        else t.sheet.hiddenColumns.delete(col);
      }
    });
  }
  get columnHidden(): boolean {
    return this.loadedValue("columnHidden");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write((t) => {
      const rows = checkShape(v, t.rect.bottom - t.rect.top + 1, t.rect.right - t.rect.left + 1, "numberFormat", this.label);
      for (const row of rows) for (const f of row) if (f !== null && typeof f !== "string") throw invalid(this.label, `number format ${JSON.stringify(f)}`);
      forEachCell(t, (cell, row, col) => {
        const f = rows[row - t.rect.top][col - t.rect.left];
        if (typeof f === "string") cell.numberFormat = f;
      });
    });
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  private store(t: RangeTarget, input: unknown, property: string): void {
    const rows = checkShape(input, t.rect.bottom - t.rect.top + 1, t.rect.right - t.rect.left + 1, property, this.label);
    // Check every entry first: Excel rejects the whole array, it does not write half of it.
    const stored = rows.map((row, i) =>
      row.map((entry, j) =>
        storedInput(entry, `${this.label}, cell ${rectAddress({ top: t.rect.top + i, left: t.rect.left + j, bottom: t.rect.top + i, right: t.rect.left + j })}`),
      ),
    );
    stored.forEach((row, i) =>
      row.forEach((s, j) => {
        if (s === "skip") return;
        const key = cellKey(t.rect.top + i, t.rect.left + j);
        if (s.value === "" && s.formula === undefined && !t.sheet.cells.has(key)) return;
        const cell = cellAt(t.sheet, t.rect.top + i, t.rect.left + j);
        cell.value = s.value;
        cell.formula = s.formula;
        if (s.dateFormat && cell.numberFormat === DEFAULT_FORMAT) cell.numberFormat = "m/d/yyyy";
      }),
    );
  }

  /** Clears contents and formats ("All", the default), or only "Contents" / "Formats". */
  clear(applyTo: string = "All"): void {
    if (!["All", "Contents", "Formats"].includes(applyTo)) throw invalid(this.label, `clear(${applyTo}) is not supported by the fake`);
    this.write((t) => {
      const cells = [...existingCells(t.sheet, t.rect)];
      for (const [row, col, cell] of cells) {
        if (applyTo === "All") t.sheet.cells.delete(cellKey(row, col));
        else if (applyTo === "Contents") Object.assign(cell, { value: "", formula: undefined });
        else Object.assign(cell, { numberFormat: DEFAULT_FORMAT, format: {} });
      }
      if (applyTo !== "Contents") t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
      if (applyTo === "All") removeValidations(t);
    });
  }

  merge(across = false): void {
    this.write((t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
      const rows = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => t.rect.top + i) : [t.rect.top];
      for (const top of rows) {
        const area: Rect = { top, left: t.rect.left, bottom: across ? top : t.rect.bottom, right: t.rect.right };
        if (area.top === area.bottom && area.left === area.right) continue;
        // Excel keeps only the top-left value of a merged area.
        for (const [row, col, cell] of existingCells(t.sheet, area)) if (row !== area.top || col !== area.left) Object.assign(cell, { value: "", formula: undefined });
        t.sheet.merges.push(area);
      }
    });
  }

  unmerge(): void {
    this.write((t) => (t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect))));
  }

  select(): void {
    this.write((t) => {
      t.sheet.selection = rectAddress(t.rect);
      this.ctx.book.active = t.sheet;
    });
  }

  /** Row `row` of the range (office.js sends arrays over 1,500 cells as bands: getRow(a).getBoundingRect(getRow(b))). */
  getRow(row: number): FakeRange {
    return this.derived(`row ${row}`, (r) => {
      if (row < 0 || r.top + row > r.bottom) throw invalid(this.label, `row ${row} is outside the range`);
      return { ...r, top: r.top + row, bottom: r.top + row };
    });
  }

  getBoundingRect(other: FakeRange): FakeRange {
    return this.derived("bounding rectangle", (r) => {
      const o = other.resolveTarget().rect;
      return { top: Math.min(r.top, o.top), left: Math.min(r.left, o.left), bottom: Math.max(r.bottom, o.bottom), right: Math.max(r.right, o.right) };
    });
  }

  /** office.js bookkeeping: the fake tracks nothing. */
  untrack(): this {
    return this;
  }

  private derived(what: string, rect: (r: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.resolve();
        return { sheet: t.sheet, rect: rect(t.rect) };
      },
      `${this.label} ${what}`,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.resolve();
        return { sheet: t.sheet, rect: { top: t.rect.top + row, left: t.rect.left + column, bottom: t.rect.top + row, right: t.rect.left + column } };
      },
      `${this.label} cell (${row}, ${column})`,
    );
  }
}

function removeValidations(t: RangeTarget): void {
  for (let row = t.rect.top; row <= t.rect.bottom; row++) for (let col = t.rect.left; col <= t.rect.right; col++) t.sheet.validations.delete(cellKey(row, col));
}

type Queue = (fn: (t: RangeTarget) => void) => void;

export class FakeRangeFormat {
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare columnWidth: number;
  declare rowHeight: number;
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string };
  readonly borders: { getItem(index: string): { style: string; weight: string } };

  constructor(range: FakeRange, label: string, queue: Queue) {
    const setCells = (fn: (f: CellFormat) => void) => queue((t) => forEachCell(t, (cell) => fn(cell.format)));
    const oneOf = (allowed: string[], what: string, v: unknown) => {
      if (typeof v !== "string" || !allowed.includes(v)) throw invalid(label, `${what} ${JSON.stringify(v)}`);
      return v;
    };
    writeOnly(this, `${label} format`, {
      wrapText: (v) => setCells((f) => (f.wrapText = Boolean(v))),
      horizontalAlignment: (v) => queue((t) => forEachCell(t, (c) => (c.format.horizontalAlignment = oneOf(H_ALIGN, "horizontalAlignment", v)))),
      verticalAlignment: (v) => queue((t) => forEachCell(t, (c) => (c.format.verticalAlignment = oneOf(V_ALIGN, "verticalAlignment", v)))),
      columnWidth: (v) =>
        queue((t) => {
          if (typeof v !== "number" || !(v >= 0)) throw invalid(label, `columnWidth ${JSON.stringify(v)}`);
          for (let col = t.rect.left; col <= t.rect.right; col++) t.sheet.columnWidths.set(col, v);
        }),
      rowHeight: (v) =>
        queue((t) => {
          if (typeof v !== "number" || !(v >= 0 && v <= 409)) throw invalid(label, `rowHeight ${JSON.stringify(v)}`);
          for (let row = t.rect.top; row <= t.rect.bottom; row++) t.sheet.rowHeights.set(row, v);
        }),
    });
    const color = (what: string, v: unknown) => {
      if (typeof v !== "string" || !COLOR.test(v)) throw invalid(label, `${what} ${JSON.stringify(v)}`);
      return v.toUpperCase();
    };
    this.font = {} as FakeRangeFormat["font"];
    writeOnly(this.font, `${label} font`, {
      bold: (v) => setCells((f) => (f.bold = Boolean(v))),
      italic: (v) => setCells((f) => (f.italic = Boolean(v))),
      size: (v) =>
        queue((t) => {
          if (typeof v !== "number" || !(v >= 1 && v <= 409)) throw invalid(label, `font size ${JSON.stringify(v)}`);
          forEachCell(t, (c) => (c.format.size = v));
        }),
      color: (v) => queue((t) => forEachCell(t, (c) => (c.format.color = color("font color", v)))),
    });
    this.fill = {} as FakeRangeFormat["fill"];
    writeOnly(this.fill, `${label} fill`, { color: (v) => queue((t) => forEachCell(t, (c) => (c.format.fill = color("fill color", v)))) });
    this.borders = {
      getItem: (index: string) => {
        if (!BORDERS.includes(index)) throw invalid(label, `border ${JSON.stringify(index)}`);
        const border = {} as { style: string; weight: string };
        writeOnly(border, `${label} border ${index}`, {
          style: (v) => queue((t) => forEachCell(t, (c) => (c.format.borders = { ...c.format.borders, [index]: oneOf(BORDER_STYLES, "border style", v) }))),
          weight: (v) => queue(() => void oneOf(["Hairline", "Thin", "Medium", "Thick"], "border weight", v)),
        });
        return border;
      },
    };
    void range;
  }
}

export class FakeDataValidation {
  declare rule: { list?: { inCellDropDown: boolean; source: string }; date?: { formula1: string; operator: string } };
  declare prompt: ValidationData["prompt"];
  declare errorAlert: ValidationData["errorAlert"];
  declare ignoreBlanks: boolean;

  constructor(
    private readonly label: string,
    private readonly queue: Queue,
    book: () => BookData,
  ) {
    const onRuleCells = (what: string, apply: (v: ValidationData) => void) =>
      queue((t) => {
        const cells = [...validationsIn(t)];
        if (cells.length === 0) throw invalid(label, `${what} needs a validation rule on the range first`);
        for (const v of cells) apply(v);
      });
    writeOnly(this, `${label} dataValidation`, {
      rule: (v) =>
        queue((t) => {
          const date = (v as { date?: { formula1?: unknown; operator?: unknown } } | null)?.date;
          if (date) return setDateRule(t, label, date);
          const list = (v as { list?: { inCellDropDown?: unknown; source?: unknown } } | null)?.list;
          if (!list || typeof list.source !== "string" || list.source === "") throw invalid(label, "only list rules with a source are supported by the fake");
          // A source naming a defined name that does not exist (yet) evaluates to an error: Excel refuses the rule.
          const named = /^=([A-Za-z_\\][A-Za-z0-9_.\\]*)$/.exec(list.source);
          if (named && !/^[A-Za-z]{1,3}\d+$/.test(named[1]) && !book().names.has(named[1].toLowerCase())) {
            throw invalid(label, `the list source ${list.source} names nothing in this workbook (define the name first)`);
          }
          forEachKey(t, (key) => t.sheet.validations.set(key, { source: list.source as string, inCellDropDown: list.inCellDropDown !== false }));
        }),
      prompt: (v) => onRuleCells("prompt", (d) => (d.prompt = { ...(v as ValidationData["prompt"])! })),
      errorAlert: (v) => onRuleCells("errorAlert", (d) => (d.errorAlert = { ...(v as ValidationData["errorAlert"])! })),
      ignoreBlanks: (v) => onRuleCells("ignoreBlanks", (d) => (d.ignoreBlanks = Boolean(v))),
    });
  }

  clear(): void {
    this.queue((t) => removeValidations(t));
  }
}

/** Excel.DataValidationOperator (learn.microsoft.com/javascript/api/excel/excel.datavalidationoperator). */
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

/**
 * A DateTimeDataValidation rule: formula1 is a date in ISO 8601, a reference or a formula
 * (learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation); Excel refuses anything
 * else with InvalidArgument, as it does an operator that is not one of its own.
 */
function setDateRule(t: RangeTarget, label: string, date: { formula1?: unknown; operator?: unknown }): void {
  if (typeof date.operator !== "string" || !OPERATORS.includes(date.operator))
    throw invalid(label, `the date rule's operator "${String(date.operator)}" is not an Excel.DataValidationOperator`);
  const f = date.formula1;
  if (typeof f !== "string" || !(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(f) || f.startsWith("=")))
    throw invalid(label, `the date rule's formula1 ${JSON.stringify(f)} is not an ISO 8601 date or a formula`);
  forEachKey(t, (key) => t.sheet.validations.set(key, { type: "date", source: `${date.operator} ${f}`, inCellDropDown: false }));
}

function forEachKey(t: RangeTarget, fn: (key: string) => void): void {
  for (let row = t.rect.top; row <= t.rect.bottom; row++) for (let col = t.rect.left; col <= t.rect.right; col++) fn(cellKey(row, col));
}

/** The distinct validation objects of a range, made per-cell so a later change touches only it. */
function* validationsIn(t: RangeTarget): Generator<ValidationData> {
  for (let row = t.rect.top; row <= t.rect.bottom; row++)
    for (let col = t.rect.left; col <= t.rect.right; col++) {
      const key = cellKey(row, col);
      const v = t.sheet.validations.get(key);
      if (!v) continue;
      const own = { ...v };
      t.sheet.validations.set(key, own);
      yield own;
    }
}
