/** Placeholder: aip benchmarks is built by its own change. */
import { UsageError } from "../errors";
import type { CliIo } from "../io";

export async function runBenchmarks(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError("aip benchmarks: not built yet.", "benchmarks");
}
