/** Placeholder: aip check is built by its own change. */
import { UsageError } from "../errors";
import type { CliIo } from "../io";

export async function runCheck(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError("aip check: not built yet.", "check");
}
