/**
 * The `aip` command line: parses the command, runs it, and turns every failure into a message
 * and an exit code (see exitCodes.ts). It never throws: bin/aip.js only passes the code on.
 */
import { suggest } from "../domain/suggest";
import { PlanError } from "../domain/validate";
import { WorkbookError } from "../workbook/port";
import { runAddInitiative } from "./commands/addInitiative";
import { runAssess } from "./commands/assess";
import { runBenchmarks } from "./commands/benchmarks";
import { runCheck } from "./commands/check";
import { runDocument } from "./commands/document";
import { runExport } from "./commands/export";
import { runMinutes } from "./commands/minutes";
import { runNew } from "./commands/new";
import { runPortfolio } from "./commands/portfolio";
import { runQpr } from "./commands/qpr";
import { runRefresh } from "./commands/refresh";
import { runRepair } from "./commands/repair";
import { runRollup } from "./commands/rollup";
import { runSummative } from "./commands/summative";
import { HelpRequest, InputError, OutputError, UsageError, writeProblem } from "./errors";
import { EXIT } from "./exitCodes";
import { defaultIo, type CliIo } from "./io";
import { COMMAND_HELP, helpHint, isCommandName, MAIN_HELP, type CommandName } from "./usage";
import { aipVersion } from "./version";

export { EXIT } from "./exitCodes";
export type { CliIo } from "./io";

const COMMANDS: Record<CommandName, (argv: string[], io: CliIo) => Promise<number>> = {
  new: runNew,
  export: runExport,
  document: runDocument,
  "add-initiative": runAddInitiative,
  refresh: runRefresh,
  repair: runRepair,
  check: runCheck,
  benchmarks: runBenchmarks,
  rollup: runRollup,
  qpr: runQpr,
  summative: runSummative,
  minutes: runMinutes,
  assess: runAssess,
  portfolio: runPortfolio,
};

export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const out = defaultIo(io);
  let code: number;
  try {
    code = await dispatch(argv, out);
  } catch (e) {
    code = report(e, out);
  }
  // A full disk or a closed pipe behind stdout must never end as success (0) or as findings (1).
  const failed = await out.flushed();
  if (failed === undefined) return code;
  out.stderr.write(`aip: could not write the output: ${writeProblem(failed)}. What was written is incomplete.\n`);
  return EXIT.outputFailed;
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(`${MAIN_HELP}\n`);
    return EXIT.badInput;
  }
  if (first === "--help" || first === "-h") return help(rest, io);
  if (first === "help") return help(rest, io);
  if (first === "--version" || first === "-V" || first === "version") {
    io.stdout.write(`aip ${aipVersion()}\n`);
    return EXIT.ok;
  }
  if (isCommandName(first)) return COMMANDS[first](rest, io);
  if (first.startsWith("-")) throw new UsageError(`aip: unknown option ${first}; options come after the command, e.g. aip new --help.`, "");
  const guess = suggest(first, Object.keys(COMMANDS), { typos: true, partial: true });
  throw new UsageError(`aip: unknown command "${first}"${guess ? ` (did you mean "${guess}"?)` : ""}; the commands are ${Object.keys(COMMANDS).join(", ")}.`, "");
}

/** `aip help`, `aip --help`, `aip help new`. */
function help(rest: string[], io: CliIo): number {
  const topic = rest[0];
  if (topic === undefined) {
    io.stdout.write(`${MAIN_HELP}\n`);
    return EXIT.ok;
  }
  if (isCommandName(topic)) {
    io.stdout.write(`${COMMAND_HELP[topic]}\n`);
    return EXIT.ok;
  }
  throw new UsageError(`aip help: there is no command "${topic}"; the commands are ${Object.keys(COMMANDS).join(", ")}.`, "");
}

function report(e: unknown, io: CliIo): number {
  if (e instanceof HelpRequest) {
    io.stdout.write(`${COMMAND_HELP[e.command]}\n`);
    return EXIT.ok;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`${e.message}\n${helpHint(e.command)}\n`);
    return EXIT.badInput;
  }
  if (e instanceof OutputError) {
    io.stderr.write(`aip: ${e.message}\n`);
    return EXIT.outputFailed;
  }
  if (e instanceof InputError || e instanceof PlanError || e instanceof WorkbookError) {
    io.stderr.write(`aip: ${e.message}\n`);
    return EXIT.badInput;
  }
  const detail = e instanceof Error ? e.message : String(e);
  io.stderr.write(`aip: internal error: ${detail}\nThis is a bug in aip, not a problem with your files; please report it with the command you ran.\n`);
  if (process.env.AIP_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
  return EXIT.internalError;
}
