/**
 * Computed results for the formula shapes the add-in writes, so that a formula cell's `values`
 * entry (and so a response's size) is what Excel would return, not "". Not a spreadsheet engine:
 * a reference, a name, `IF(x="","",x)`, `"text"&x`, `HYPERLINK(link,"text")` and
 * `COUNTIF(range,n)` are computed; any other formula reads back as 0 (a number, as most of the
 * add-in's other formulas give). The spreadsheet-engine tests (tests/engine, LibreOffice) check
 * the real numbers.
 */
import { parseCell } from "../../../src/util/a1";
import { cellKey, findSheet, type BookData, type SheetData } from "./model";
import { parseRect } from "./references";

type Value = string | number | boolean;

const REF = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!\$?[A-Z]{1,3}\$?\d+|\$?[A-Z]{1,3}\$?\d+|[A-Za-z_][A-Za-z0-9_.]*`;
const IF_BLANK = new RegExp(String.raw`^IF\((${REF})="","",(${REF})\)$`);
const CONCAT = new RegExp(String.raw`^"((?:[^"]|"")*)"&(${REF})$`);
const HYPERLINK = /^HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/;
const COUNTIF = /^COUNTIF\((\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+),(-?\d+(?:\.\d+)?)\)$/;

/** The value a reference (A1, Sheet!A1, a defined name's first cell) points at. */
function valueAt(book: BookData, sheet: SheetData, ref: string, depth: number): Value {
  const bang = ref.lastIndexOf("!");
  let target: SheetData | undefined = sheet;
  let address = ref;
  if (bang >= 0) {
    const part = ref.slice(0, bang);
    target = findSheet(book, part.startsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part);
    address = ref.slice(bang + 1);
  } else if (!/^\$?[A-Z]{1,3}\$?\d+$/.test(ref)) {
    const name = book.names.get(ref.toLowerCase());
    if (!name?.target) return "#NAME?";
    return cellValue(book, name.target.sheet, name.target.rect.top, name.target.rect.left, depth);
  }
  if (!target) return "#REF!";
  const { row, col } = parseCell(address.replace(/\$/g, ""));
  return cellValue(book, target, row, col, depth);
}

function cellValue(book: BookData, sheet: SheetData, row: number, col: number, depth: number): Value {
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell) return "";
  return cell.formula ? formulaResult(book, sheet, cell.formula, depth + 1) : cell.value;
}

function countIf(sheet: SheetData, range: string, wanted: number): number {
  const r = parseRect(range.replace(/\$/g, ""), "COUNTIF");
  let n = 0;
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (sheet.cells.get(cellKey(row, col))?.value === wanted) n++;
  return n;
}

/** What Excel would show for `formula` in a cell of `sheet`. */
export function formulaResult(book: BookData, sheet: SheetData, formula: string, depth = 0): Value {
  if (depth > 20) return 0; // a circular reference: Excel shows 0 too
  const body = formula.slice(1).trim();
  let m: RegExpExecArray | null;
  if ((m = IF_BLANK.exec(body)) && m[1] === m[2]) return valueAt(book, sheet, m[1], depth);
  if ((m = CONCAT.exec(body))) return `${m[1].replace(/""/g, '"')}${String(valueAt(book, sheet, m[2], depth))}`;
  if ((m = HYPERLINK.exec(body))) return m[1].replace(/""/g, '"');
  if ((m = COUNTIF.exec(body))) return countIf(sheet, m[1], Number(m[2]));
  if (new RegExp(`^(?:${REF})$`).test(body)) return valueAt(book, sheet, body, depth);
  return arithmetic(body, (ref) => valueAt(book, sheet, ref, depth)) ?? 0;
}

/** + - * / and parentheses over numbers and references; undefined when the formula is anything else. */
function arithmetic(body: string, value: (ref: string) => Value): Value | undefined {
  const tokens = body.match(new RegExp(String.raw`\d+(?:\.\d+)?|${REF}|[-+*/()]|\S`, "g")) ?? [];
  let i = 0;
  const num = (v: Value): number | string =>
    typeof v === "string" && v.startsWith("#")
      ? v
      : v === ""
        ? 0
        : typeof v === "number"
          ? v
          : typeof v === "boolean"
            ? Number(v)
            : Number.isNaN(Number(v))
              ? "#VALUE!"
              : Number(v);
  const combine = (a: number | string, b: number | string, op: string): number | string =>
    typeof a === "string" ? a : typeof b === "string" ? b : op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : b === 0 ? "#DIV/0!" : a / b;
  const factor = (): number | string => {
    const t = tokens[i++];
    if (t === "(") {
      const v = sum();
      if (tokens[i++] !== ")") throw new Error("unbalanced");
      return v;
    }
    if (t === "-" || t === "+") return combine(t === "-" ? -1 : 1, factor(), "*");
    if (t === undefined || /^[*/)]$/.test(t)) throw new Error("unexpected");
    return /^\d/.test(t) ? Number(t) : num(value(t));
  };
  const product = (): number | string => {
    let v = factor();
    while (tokens[i] === "*" || tokens[i] === "/") {
      const op = tokens[i++];
      v = combine(v, factor(), op);
    }
    return v;
  };
  const sum = (): number | string => {
    let v = product();
    while (tokens[i] === "+" || tokens[i] === "-") {
      const op = tokens[i++];
      v = combine(v, product(), op);
    }
    return v;
  };
  try {
    const v = sum();
    return i === tokens.length ? v : undefined;
  } catch {
    return undefined;
  }
}
