/**
 * range.conditionalFormats and its items, as Excel has them (ExcelApi 1.6, Microsoft Learn
 * "Excel.ConditionalFormatCollection" and "Excel.ConditionalFormat"):
 * - the collection holds the formats that intersect the range; add("Custom") puts the new one at
 *   the top priority; clearAll() removes them (Excel trims formats that reach outside the range;
 *   the fake drops them whole, which is harsher, never kinder).
 * - an item has `type`, `id` (getItem(id) finds it again in a later request) and `priority`;
 *   `customOrNullObject` is a null object unless the format is a Custom (formula) one, so reading
 *   a person's data bar or cell-value rule as custom never fails; delete() removes that one format only.
 * - on a protected sheet no format can be added, deleted or cleared (AccessDenied), as Excel refuses
 *   any format change there.
 * The fake writes only Custom formats through the API; a person's other kinds come from
 * FakeExcel.addConditionalFormat (made in Excel's UI).
 */
import { ClientObject, loadList, writeOnly, type FakeContext, type LoadSpec } from "./client";
import { FakeOfficeError, notLoaded } from "./errors";
import { overlaps, type BookData, type ConditionalFormatData, type SheetData } from "./model";
import type { RangeTarget } from "./range";

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const FORMULA = "customOrNullObject/rule/formula";
const PROPERTIES = ["type", "id", "priority", FORMULA];

type Queue = (fn: (t: RangeTarget) => void) => void;

/** Excel refuses a format change on a protected sheet. */
function unlocked(sheet: SheetData, label: string): SheetData {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `You cannot perform the requested operation (${label}: the sheet "${sheet.name}" is protected).`);
  return sheet;
}

function invalid(label: string, what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${label}: ${what}).`);
}

/** A new format's id, unique in the workbook (Excel's are opaque strings too). */
export function newFormatId(book: BookData): string {
  book.nextFormatId = (book.nextFormatId ?? 0) + 1;
  return `{fake-cf-${book.nextFormatId}}`;
}

interface Located {
  sheet: SheetData;
  data: ConditionalFormatData;
}

/** One conditional format, found by its id on its sheet when an operation runs. */
export class FakeConditionalFormat extends ClientObject<Located> {
  protected readonly scalarProperties = PROPERTIES;

  constructor(
    ctx: FakeContext,
    sheet: () => SheetData,
    /** The id the server hands the client to reach this item again (its _Id), loaded or not. */
    readonly key: string,
    label: string,
  ) {
    const id = key;
    super(
      ctx,
      () => {
        const s = sheet();
        const data = s.conditionalFormats.find((f) => f.id === id);
        return data && { sheet: s, data };
      },
      label,
    );
  }

  protected readProperty(t: Located, property: string): unknown {
    switch (property) {
      case "type":
        return t.data.type;
      case "id":
        return t.data.id;
      case "priority":
        return t.sheet.conditionalFormats.indexOf(t.data);
      default:
        // A null object unless the format is a Custom one.
        return t.data.type === "Custom" ? (t.data.formula ?? "") : null;
    }
  }

  get type(): string {
    return this.loadedValue("type");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get priority(): number {
    return this.loadedValue("priority");
  }

  /** Only `rule.formula` is loadable through it in the fake (what the adapter reads). */
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const formula = this.loadedValue<string | null>(FORMULA);
    const label = `${this.label} custom`;
    return {
      get isNullObject() {
        return formula === null;
      },
      rule: {
        get formula() {
          if (formula === null) throw new FakeOfficeError("InvalidObjectPath", `${label} is a null object: the format is not a Custom one.`);
          return formula;
        },
      },
    };
  }

  delete(): void {
    this.write((t) => (unlocked(t.sheet, this.label).conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.data)));
  }

  /** What Excel returns for the loaded properties: navigation properties nest, in PascalCase. */
  override toJSON(): Record<string, unknown> {
    const flat = super.toJSON();
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(flat)) {
      if (k === FORMULA) out.customOrNullObject = v === null ? null : { Rule: { Formula: v } };
      else out[k] = v;
    }
    return out;
  }
}

export class FakeConditionalFormats {
  private loadedItems?: FakeConditionalFormat[];

  constructor(
    private readonly ctx: FakeContext,
    private readonly label: string,
    private readonly queue: Queue,
    private readonly target: () => RangeTarget,
  ) {}

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw notLoaded(`${this.label} conditional formats`, "items");
    return this.loadedItems;
  }

  /** The formats that intersect the range, top priority first. */
  load(spec?: LoadSpec): this {
    const props = loadList(spec) ?? ["type", "id", "priority"];
    this.queue((t) => {
      this.loadedItems = t.sheet.conditionalFormats
        .filter((f) => overlaps(f.rect, t.rect))
        .map((f) => {
          const item = new FakeConditionalFormat(this.ctx, () => t.sheet, f.id, `${this.label} conditional format ${f.id}`);
          item.fill({ sheet: t.sheet, data: f }, props);
          return item;
        });
    });
    return this;
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, () => this.target().sheet, id, `${this.label} conditional format ${id}`);
  }

  /** Like Excel: the new format goes to the top priority. */
  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } } } {
    if (type !== "Custom") throw invalid(this.label, `conditional format type ${JSON.stringify(type)} is not supported by the fake`);
    const data = { type: "Custom" } as ConditionalFormatData;
    this.queue((t) => {
      unlocked(t.sheet, this.label);
      data.id = newFormatId(this.ctx.book);
      data.rect = { ...t.rect };
      t.sheet.conditionalFormats.unshift(data);
    });
    const label = `${this.label} conditional format`;
    const color = (what: string, v: unknown) => {
      if (typeof v !== "string" || !COLOR.test(v)) throw invalid(label, `${what} ${JSON.stringify(v)}`);
      return v.toUpperCase();
    };
    const rule = {} as { formula: string };
    writeOnly(rule, `${label} rule`, {
      formula: (v) =>
        this.queue(() => {
          if (typeof v !== "string" || !v.startsWith("=")) throw invalid(label, `formula ${JSON.stringify(v)}`);
          data.formula = v;
        }),
    });
    const fill = {} as { color: string };
    writeOnly(fill, `${label} fill`, { color: (v) => this.queue(() => (data.fill = color("fill color", v))) });
    const font = {} as { color: string; bold: boolean };
    writeOnly(font, `${label} font`, {
      color: (v) => this.queue(() => (data.fontColor = color("font color", v))),
      bold: (v) => this.queue(() => (data.bold = Boolean(v))),
    });
    return { custom: { rule, format: { fill, font } } };
  }

  /** Removes the formats that touch the range (Excel trims them; the fake drops them whole). */
  clearAll(): void {
    this.queue((t) => (unlocked(t.sheet, this.label).conditionalFormats = t.sheet.conditionalFormats.filter((f) => !overlaps(f.rect, t.rect))));
  }
}
