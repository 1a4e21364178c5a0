/**
 * Finds where JSON text goes wrong and says why in plain words, with line and column.
 * JSON.parse reports a position only for some mistakes (Node 20 omits it for "Unexpected token"),
 * and its wording is for programmers; people editing a plan by hand need "line 12, column 5: a
 * comma before } is not allowed". Run only after JSON.parse has failed.
 */

export interface JsonSyntaxProblem {
  /** 1-based line and column (column counts characters from the start of the line). */
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Where `text` first breaks the JSON grammar, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  try {
    const scanner = new Scanner(text);
    scanner.document();
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ...lineColumn(text, e.offset), message: e.message };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}

/** Shows a character the way a person would recognise it in an error message. */
function shown(ch: string | undefined): string {
  if (ch === undefined) return "the end of the text";
  if (ch === "\n" || ch === "\r") return "a line break";
  if (ch === "\t") return "a tab";
  if (ch === '"') return "a double quote";
  return `"${ch}"`;
}

const MAX_DEPTH = 500;

class Scanner {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.space();
    if (this.pos >= this.text.length) throw new Stop(this.pos, "the text is empty: a plan is one JSON object { … }");
    this.value(0);
    this.space();
    if (this.pos < this.text.length) {
      throw new Stop(this.pos, `unexpected ${shown(this.text[this.pos])} after the end of the JSON value: the file must hold one { … } object and nothing after its closing }`);
    }
  }

  private peek(): string | undefined {
    return this.pos < this.text.length ? this.text[this.pos] : undefined;
  }

  private space(): void {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.pos++;
      else if (c === "/" && (this.text[this.pos + 1] === "/" || this.text[this.pos + 1] === "*")) {
        throw new Stop(this.pos, "comments (// or /* */) are not allowed in JSON: remove them");
      } else return;
    }
  }

  private end(what: string): Stop {
    return new Stop(this.pos, `the text ends too early: ${what} is missing`);
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) throw new Stop(this.pos, `lists and objects are nested more than ${MAX_DEPTH} deep`);
    const c = this.peek();
    if (c === undefined) throw this.end("a value");
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "'") throw new Stop(this.pos, `text must be in double quotes ("like this"), not single quotes`);
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    const token = /^[^\s,:{}[\]"]+/.exec(this.text.slice(this.pos))?.[0] ?? c;
    throw new Stop(
      this.pos,
      `unexpected ${token.length > 1 ? `"${token.slice(0, 30)}"` : shown(c)}: text must be in double quotes, and the only bare words JSON allows are true, false and null`,
    );
  }

  private object(depth: number): void {
    this.pos++; // {
    this.space();
    if (this.peek() === "}") {
      this.pos++;
      return;
    }
    for (;;) {
      this.space();
      const c = this.peek();
      if (c === undefined) throw this.end("a closing }");
      if (c === "}") throw new Stop(this.pos, "a comma before } is not allowed in JSON: remove the last comma");
      if (c !== '"') {
        throw new Stop(this.pos, `expected a field name in double quotes (such as "district"), found ${shown(c)}`);
      }
      this.string();
      this.space();
      if (this.peek() === undefined) throw this.end('a ":" and a value');
      if (this.peek() !== ":") throw new Stop(this.pos, `expected ":" after the field name, found ${shown(this.peek())}`);
      this.pos++;
      this.space();
      this.value(depth + 1);
      this.space();
      const after = this.peek();
      if (after === ",") {
        this.pos++;
        continue;
      }
      if (after === "}") {
        this.pos++;
        return;
      }
      if (after === undefined) throw this.end("a closing }");
      throw new Stop(this.pos, `expected "," or "}" after a value, found ${shown(after)}: is a comma missing?`);
    }
  }

  private array(depth: number): void {
    this.pos++; // [
    this.space();
    if (this.peek() === "]") {
      this.pos++;
      return;
    }
    for (;;) {
      this.space();
      if (this.peek() === "]") throw new Stop(this.pos, "a comma before ] is not allowed in JSON: remove the last comma");
      this.value(depth + 1);
      this.space();
      const after = this.peek();
      if (after === ",") {
        this.pos++;
        continue;
      }
      if (after === "]") {
        this.pos++;
        return;
      }
      if (after === undefined) throw this.end("a closing ]");
      throw new Stop(this.pos, `expected "," or "]" after a list item, found ${shown(after)}: is a comma missing?`);
    }
  }

  private string(): void {
    const start = this.pos;
    this.pos++; // opening quote
    for (;;) {
      const c = this.peek();
      if (c === undefined) {
        throw new Stop(start, 'this text has no closing double quote (")');
      }
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === "\\") {
        const next = this.text[this.pos + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            throw new Stop(this.pos, "\\u must be followed by four hexadecimal digits");
          }
          this.pos += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          throw new Stop(this.pos, `"\\${next ?? ""}" is not allowed inside text: write a backslash as \\\\`);
        }
        this.pos += 2;
        continue;
      }
      if (c < " ") {
        throw new Stop(this.pos, `${shown(c)} inside text must be written as ${c === "\t" ? "\\t" : "\\n"} (or the text is missing its closing double quote)`);
      }
      this.pos++;
    }
  }

  private number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) throw new Stop(this.pos, `${shown(this.peek())} does not start a valid number`);
    this.pos += m[0].length;
    const c = this.peek();
    if (c !== undefined && /[0-9A-Za-z.]/.test(c)) {
      throw new Stop(this.pos, `a number cannot continue with ${shown(c)} (numbers have no leading zeros; text needs double quotes)`);
    }
  }
}
