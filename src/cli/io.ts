/** Where the CLI writes and which folder relative paths start from; tests pass their own. */
export interface Output {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** Relative file names are resolved against this folder. */
  cwd: string;
}

export function defaultIo(io: Partial<CliIo> = {}): CliIo {
  return {
    stdout: printable(io.stdout ?? process.stdout),
    stderr: printable(io.stderr ?? process.stderr),
    cwd: io.cwd ?? process.cwd(),
  };
}

/** Control characters but line feed and tab: a cell's text may hold an escape sequence or a carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Cell text reaches the terminal in messages; shown as \u001B rather than sent raw, a control
 * character typed or pasted into a workbook cannot rewrite the screen of whoever runs aip. The same
 * escape is JSON's, so --json output (JSON.stringify leaves DEL and U+0080–U+009F raw) still parses
 * to the exact text.
 */
export function printableText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

function printable(out: Output): Output {
  return { write: (text: string) => out.write(printableText(text)) };
}
