/** Placeholder: aip qpr is built by its own change. */
import { UsageError } from "../errors";
import type { CliIo } from "../io";

export async function runQpr(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError("aip qpr: not built yet.", "qpr");
}
