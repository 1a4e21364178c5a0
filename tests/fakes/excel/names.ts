/** Workbook-scoped defined names: the names collection and its items. */
import { ClientObject, loadList, type FakeContext, type LoadSpec } from "./client";
import { FakeOfficeError } from "./errors";
import type { BookData, NameData } from "./model";
import { FakeRange } from "./range";
import { rectAddress, resolveReference, sheetRefName } from "./references";

/** Excel's rules for a defined name. */
function checkName(book: BookData, name: unknown): string {
  const fail = (why: string) => new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (name ${JSON.stringify(name)}: ${why}).`);
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw fail("letters, digits, dots and underscores, starting with a letter");
  if (name.length > 255) throw fail("longer than 255 characters");
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) throw fail("looks like a cell address");
  if (book.names.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists (name "${name}").`);
  return name;
}

/** The formula Excel shows for a name: "=Plan!$B$2", "='Sept-Dec'!$A$4:$F$9", "=#REF!". */
export function nameFormula(n: NameData): string {
  return n.target ? `=${sheetRefName(n.target.sheet.name)}!${rectAddress(n.target.rect, true)}` : `=${n.text}`;
}

function target(book: BookData, reference: unknown): Pick<NameData, "target" | "text"> {
  if (reference instanceof FakeRange) return { target: reference.resolveTarget(), text: "" };
  if (typeof reference !== "string") throw new FakeOfficeError("InvalidArgument", "A name's reference must be a Range or text like =Sheet1!$A$1.");
  return { target: resolveReference(book, reference), text: "" };
}

export class FakeNamedItem extends ClientObject<NameData> {
  protected readonly scalarProperties = ["name", "type", "formula", "value", "visible", "comment"];

  constructor(ctx: FakeContext, locate: () => NameData | undefined, label: string, nullable = false) {
    super(ctx, locate, label, nullable);
  }

  protected readProperty(n: NameData, property: string): unknown {
    switch (property) {
      case "name":
        return n.name;
      case "type":
        return n.target ? "Range" : "Error";
      case "formula":
        return nameFormula(n);
      case "value":
        return nameFormula(n).slice(1);
      case "visible":
        return true;
      default:
        return "";
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  /** Re-points the name (settable since ExcelApi 1.7). */
  set formula(reference: string) {
    this.write((n) => Object.assign(n, target(this.ctx.book, reference)));
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const n = this.resolve();
        if (!n.target) throw new FakeOfficeError("InvalidArgument", `The name "${n.name}" does not refer to a range (${nameFormula(n)}).`);
        return n.target;
      },
      `${this.label} range`,
    );
  }

  delete(): void {
    this.write((n) => this.ctx.book.names.delete(n.name.toLowerCase()));
  }
}

export class FakeNamedItemCollection {
  private loadedItems?: FakeNamedItem[];

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load on the names collection and context.sync() first.");
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec) ?? ["name", "type", "formula", "value", "visible", "comment"];
    this.ctx.enqueue(() => {
      this.loadedItems = [...this.ctx.book.names.values()].map((n) => {
        const item = new FakeNamedItem(this.ctx, () => n, `Name '${n.name}'`);
        item.fill(n, props);
        return item;
      });
    });
    return this;
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameData | undefined;
    this.ctx.enqueue(() => {
      const checked = checkName(this.ctx.book, name);
      created = { name: checked, ...target(this.ctx.book, reference) };
      this.ctx.book.names.set(checked.toLowerCase(), created);
    });
    void comment;
    return new FakeNamedItem(this.ctx, () => created, `Name '${name}'`);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.book.names.get(String(name).toLowerCase()), `Name '${name}'`);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.book.names.get(String(name).toLowerCase()), `Name '${name}'`, true);
  }
}
