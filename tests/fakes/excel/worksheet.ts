/** Worksheet proxies and the worksheets collection. */
import { ClientObject, loadList, writeOnly, type FakeContext, type LoadSpec } from "./client";
import { FakeOfficeError } from "./errors";
import { addSheetData, findSheet, type BookData, type SheetData } from "./model";
import { FakeRange } from "./range";
import { FakeChartCollection } from "./charts";
import { parseRect } from "./references";
import { deleteSheetData, moveSheet, renameSheetData } from "./sheetOps";
import { FakePageBreakCollection } from "./pageBreaks";

const COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's grid: 1,048,576 rows by 16,384 columns. */
const WHOLE_SHEET = "A1:XFD1048576";

/** A sheet's id as Excel reports it: stable across renames and moves. */
export const sheetId = (s: SheetData) => `{fake-sheet-${s.id}}`;

/** worksheets.getItem takes a sheet's name or its id, as in Excel. */
function sheetByKey(book: BookData, key: string): SheetData | undefined {
  return findSheet(book, key) ?? book.sheets.find((s) => sheetId(s) === key);
}

export class FakeWorksheet extends ClientObject<SheetData> {
  protected readonly scalarProperties = ["name", "position", "tabColor", "id", "visibility"];
  readonly freezePanes: FakeFreezePanes;

  constructor(ctx: FakeContext, locate: () => SheetData | undefined, label: string, nullable = false) {
    super(ctx, locate, label, nullable);
    this.freezePanes = new FakeFreezePanes(ctx, label, (fn) => this.write(fn));
  }

  protected readProperty(s: SheetData, property: string): unknown {
    switch (property) {
      case "name":
        return s.name;
      case "position":
        return this.ctx.book.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      case "id":
        return sheetId(s);
      default:
        return "Visible";
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.write((s) => renameSheetData(this.ctx.book, s, v));
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(v: number) {
    this.write((s) => moveSheet(this.ctx.book, s, v));
  }
  get tabColor(): string {
    return this.loadedValue("tabColor");
  }
  set tabColor(v: string) {
    this.write((s) => {
      if (typeof v !== "string" || (v !== "" && !COLOR.test(v)))
        throw new FakeOfficeError("InvalidArgument", `Tab color ${JSON.stringify(v)} of sheet "${s.name}" is not #RRGGBB.`);
      s.tabColor = v.toUpperCase();
    });
  }

  /** getRange() with no address is the whole sheet, as in Excel ("If not specified, the entire worksheet range is returned"). */
  getRange(address?: string): FakeRange {
    if (address === undefined || address === "") address = WHOLE_SHEET;
    return new FakeRange(this.ctx, () => ({ sheet: this.resolve(), rect: parseRect(address, `${this.label}.getRange`) }), `${this.label} range ${address}`);
  }

  /** Cells holding a value or a formula (formats are ignored as with valuesOnly: true); a null object when there are none. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new FakeOfficeError("InvalidArgument", `${this.label}: the fake supports getUsedRangeOrNullObject(true) only.`);
    return new FakeRange(this.ctx, () => usedRect(this.resolve()), `${this.label} used range`, true);
  }

  /** The sheet's charts (charts.ts). */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.resolve(), this.label);
  }

  /** worksheet.protection (ExcelApi 1.2): whether a person protected the sheet. */
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.ctx, () => this.resolve(), `${this.label} protection`);
  }

  activate(): void {
    this.write((s) => (this.ctx.book.active = s));
  }

  delete(): void {
    this.write((s) => deleteSheetData(this.ctx.book, s));
  }

  /** Manual page breaks arrived with page layout in ExcelApi 1.9: without it every use fails at sync. */
  get horizontalPageBreaks(): FakePageBreakCollection {
    const supported = this.ctx.env.isSetSupported("ExcelApi", "1.9");
    return new FakePageBreakCollection(this.label, (fn) =>
      this.write((s) => {
        if (!supported) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (Worksheet.horizontalPageBreaks needs ExcelApi 1.9).");
        fn(s);
      }),
    );
  }

  /** Page layout arrived in ExcelApi 1.9: without it every use fails at sync, as in older Excel. */
  get pageLayout(): FakePageLayout {
    const supported = this.ctx.env.isSetSupported("ExcelApi", "1.9");
    return new FakePageLayout(this.label, (fn) =>
      this.write((s) => {
        if (!supported) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (Worksheet.pageLayout needs ExcelApi 1.9).");
        if (this.ctx.env.rejectPageLayout)
          throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request (page layout: no printer is set up).");
        fn(s);
      }),
    );
  }
}

export class FakeWorksheetProtection extends ClientObject<SheetData> {
  protected readonly scalarProperties = ["protected"];

  constructor(ctx: FakeContext, locate: () => SheetData, label: string) {
    super(ctx, locate, label);
  }

  protected readProperty(s: SheetData): unknown {
    return Boolean(s.protected);
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

function usedRect(s: SheetData): { sheet: SheetData; rect: { top: number; left: number; bottom: number; right: number } } | undefined {
  let rect: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const [key, cell] of s.cells) {
    if (cell.value === "" && !cell.formula) continue;
    const [row, col] = key.split(",").map(Number);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return rect && { sheet: s, rect };
}

type Queue = (fn: (s: SheetData) => void) => void;

export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly label: string,
    private readonly queue: Queue,
  ) {}

  freezeRows(count = 1): void {
    this.queue((s) => (s.freeze = { rows: this.count(count), columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queue((s) => (s.freeze = { rows: 0, columns: this.count(count) }));
  }
  /** Freezes the rows above and columns left of the bottom-right corner of `range`, which starts at A1. */
  freezeAt(range: FakeRange | string): void {
    this.queue((s) => {
      const rect = typeof range === "string" ? parseRect(range, `${this.label}.freezeAt`) : range.resolveTarget().rect;
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this.queue((s) => (s.freeze = undefined));
  }
  private count(n: unknown): number {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new FakeOfficeError("InvalidArgument", `${this.label}: cannot freeze ${String(n)} rows or columns.`);
    return n;
  }
}

const MARGINS = ["left", "right", "top", "bottom", "header", "footer"] as const;

export class FakePageLayout {
  declare orientation: string;
  declare zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };

  constructor(
    private readonly label: string,
    private readonly queue: Queue,
  ) {
    writeOnly(this, `${label} pageLayout`, {
      orientation: (v) =>
        queue((s) => {
          if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument", `${label}: orientation ${JSON.stringify(v)}.`);
          s.pageLayout.orientation = v;
        }),
      zoom: (v) => queue((s) => (s.pageLayout.zoom = { ...(v as object) })),
      // leftMargin … footerMargin are in points (Excel.PageLayout, ExcelApi 1.9:
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout).
      ...Object.fromEntries(
        MARGINS.map((m) => [
          `${m}Margin`,
          (v: unknown) =>
            queue((s) => {
              if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new FakeOfficeError("InvalidArgument", `${label}: ${m}Margin ${JSON.stringify(v)}.`);
              s.pageLayout.margins = { ...s.pageLayout.margins, [m]: v };
            }),
        ]),
      ),
    });
  }

  /**
   * PageLayout.setPrintArea(printArea: Range | RangeAreas | string) (ExcelApi 1.9): the fake takes
   * the string form, one rectangle ("A1:H40").
   */
  setPrintArea(area: string): void {
    this.queue((s) => {
      if (typeof area !== "string" || !/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(area)) {
        throw new FakeOfficeError("InvalidArgument", `${this.label}: print area ${JSON.stringify(area)}.`);
      }
      s.pageLayout.printArea = area.replace(/\$/g, "");
    });
  }

  /**
   * Header and footer text for every page (Excel.HeaderFooterGroup.defaultForAllPages, ExcelApi
   * 1.9: leftHeader … rightFooter, with the &P/&N/&D/&A codes of Excel's header dialog).
   */
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const all = {} as Record<string, string>;
    const parts = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    writeOnly(
      all,
      `${this.label} headersFooters.defaultForAllPages`,
      Object.fromEntries(
        parts.map((part) => [
          part,
          (v: unknown) =>
            this.queue((s) => {
              if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", `${this.label}: ${part} ${JSON.stringify(v)}.`);
              s.pageLayout.headersFooters = { ...s.pageLayout.headersFooters, [part]: v };
            }),
        ]),
      ),
    );
    return { defaultForAllPages: all };
  }

  setPrintTitleRows(rows: string): void {
    this.queue((s) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `${this.label}: print title rows "${rows}".`);
      s.pageLayout.printTitleRows = rows;
    });
  }
}

export class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load on the worksheet collection and context.sync() first.");
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec) ?? ["name", "position", "tabColor", "id", "visibility"];
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, `Worksheet '${s.name}'`);
        ws.fill(s, props);
        return ws;
      });
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    let created: SheetData | undefined;
    this.ctx.enqueue(() => {
      let fresh = name;
      for (let n = this.ctx.book.sheets.length + 1; fresh === undefined; n++) if (!findSheet(this.ctx.book, `Sheet${n}`)) fresh = `Sheet${n}`;
      created = addSheetData(this.ctx.book, fresh);
    });
    return new FakeWorksheet(this.ctx, () => created, `Worksheet '${name ?? "(new)"}'`);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => sheetByKey(this.ctx.book, key), `Worksheet '${key}'`);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => sheetByKey(this.ctx.book, key), `Worksheet '${key}'`, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.active, "Active worksheet");
  }
}
