/** Placeholder: aip minutes is built by its own change. */
import { UsageError } from "../errors";
import type { CliIo } from "../io";

export async function runMinutes(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError("aip minutes: not built yet.", "minutes");
}
