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
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
  };
}
