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

/** The CLI's own io: also tells, once everything is written, whether writing stdout failed. */
export interface MainIo extends CliIo {
  flushed(): Promise<NodeJS.ErrnoException | undefined>;
}

export function defaultIo(io: Partial<CliIo> = {}): MainIo {
  const stdout = io.stdout ? { write: io.stdout.write.bind(io.stdout), flushed: async () => undefined } : guarded(process.stdout);
  return {
    stdout: printable(stdout),
    stderr: printable(io.stderr ?? quiet(process.stderr)),
    cwd: io.cwd ?? process.cwd(),
    flushed: stdout.flushed,
  };
}

/** Nowhere is left to report a failed write to stderr; it must not crash aip either. */
function quiet(stream: NodeJS.WriteStream): Output {
  stream.on("error", () => undefined);
  return stream;
}

/**
 * process.stdout reports a failed write (ENOSPC on a full disk, EPIPE when the reader went away)
 * through an 'error' event or the write's callback, never as a return value: record the first.
 */
function guarded(stream: NodeJS.WriteStream): Output & { flushed(): Promise<NodeJS.ErrnoException | undefined> } {
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (e: Error | null | undefined) => {
    if (e) failure ??= e as NodeJS.ErrnoException;
  };
  stream.on("error", fail);
  return {
    write(text: string) {
      if (failure) return false;
      try {
        return stream.write(text, fail);
      } catch (e) {
        fail(e as Error);
        return false;
      }
    },
    flushed: () =>
      new Promise((resolve) => {
        if (failure || stream.destroyed) return resolve(failure);
        stream.write("", (e) => {
          fail(e);
          resolve(failure);
        });
      }),
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
