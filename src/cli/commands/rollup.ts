/** Placeholder: aip rollup is built by its own change. */
import { UsageError } from "../errors";
import type { CliIo } from "../io";

export async function runRollup(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError("aip rollup: not built yet.", "rollup");
}
