/**
 * Command-line options through node:util parseArgs, with messages a person can act on.
 * Every command accepts -h/--help (answered by main through HelpRequest); positionals are counted here so each command gets exactly
 * the file names it expects.
 */
import { parseArgs } from "node:util";
import { suggest } from "../domain/suggest";
import { HelpRequest, UsageError } from "./errors";
import type { CommandName } from "./usage";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** -o/--output FILE and --force, shared by every command that writes a file. */
export const OUTPUT_OPTIONS: OptionSpec = { output: { type: "string", short: "o" }, force: { type: "boolean" } };

export interface ParsedArgs {
  positionals: string[];
  strings: Record<string, string | undefined>;
  flags: Record<string, boolean>;
}

/** What each positional is, in order, for "missing PLAN.json: …" messages. */
export interface PositionalSpec {
  name: string;
  what: string;
  /** The last positional only: one or more (FOLDER...). */
  many?: boolean;
}

export function parseCommandArgs(command: CommandName, argv: string[], options: OptionSpec, positionals: PositionalSpec[]): ParsedArgs {
  const all: OptionSpec = { ...options, help: { type: "boolean", short: "h" } };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`aip ${command}: ${friendly(e, all)}`, command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help === true) throw new HelpRequest(command);
  const strings: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  for (const [name, spec] of Object.entries(options)) {
    if (spec.type === "string") strings[name] = values[name] as string | undefined;
    else flags[name] = values[name] === true;
  }
  const got = parsed.positionals;
  if (got.length < positionals.length) {
    const missing = positionals[got.length];
    throw new UsageError(`aip ${command}: missing ${missing.name}: ${missing.what}.`, command);
  }
  if (got.length > positionals.length && !positionals[positionals.length - 1]?.many) {
    throw new UsageError(`aip ${command}: unexpected argument "${got[positionals.length]}" (a file name with spaces needs quotes).`, command);
  }
  return { positionals: got, strings, flags };
}

function friendly(e: unknown, options: OptionSpec): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const longs = Object.keys(options).map((n) => `--${n}`);
    const guess = option.startsWith("--") ? suggest(option.slice(2), Object.keys(options), { typos: true }) : undefined;
    return `unknown option ${option}${guess ? ` (did you mean --${guess}?)` : ""}; the options are ${longs.join(", ")}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? "";
    if (/argument missing/.test(message)) return `${option.replace(/ <value>$/, "")} needs a value after it`;
    if (/does not take an argument/.test(message)) return `${option} does not take a value`;
  }
  return message;
}
