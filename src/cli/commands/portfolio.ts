/**
 * aip portfolio FOLDER... -o portfolio.xlsx [--period P] [--today D] [--csv DIR]: one workbook (and
 * CSV files) across many district workbooks, for Plan Monitors and the state office
 * (docs/portfolio.md). District workbooks are only read. Exit 0 done; 1 the portfolio was written
 * but some workbooks could not be read (listed); 2 bad input (nothing written); 70 a bug.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { buildPortfolio } from "../../commands/portfolio";
import { isIsoDate, lastEndedQprPeriod, localToday, usDate } from "../../domain/calendar";
import { QPR_PERIODS } from "../../domain/plan";
import { tableCsv } from "../../domain/portfolio/csv";
import { sortRecords, type DistrictRecord, type PortfolioOptions } from "../../domain/portfolio/rows";
import { DISTRICTS_TABLE, FINDINGS_TABLE, RATINGS_TABLE } from "../../domain/portfolio/tables";
import { portfolioCharts } from "../../layout/build/portfolioCharts";
import { readAll, type PoolOptions } from "../../portfolio/pool";
import type { FileOutcome } from "../../portfolio/readFile";
import { scanFolders, type Scan } from "../../portfolio/scan";
import { addCharts } from "../../workbook/xlsx/charts/addCharts";
import { XlsxWorkbook } from "../../workbook/xlsx/XlsxWorkbook";
import { parseCommandArgs } from "../args";
import { aboutFile, InputError, UsageError } from "../errors";
import { EXIT } from "../exitCodes";
import { fileArg, requireXlsxName, writeTextFile, type FileArg } from "../files";
import type { CliIo } from "../io";
import { openWorkbook, saveWorkbook } from "../workbookFile";

const OPTIONS = { output: { type: "string", short: "o" }, period: { type: "string" }, today: { type: "string" }, csv: { type: "string" } } as const;
/** Runs this long get a progress line on stderr every tenth of the way. */
const PROGRESS_FROM = 20;

function portfolioOptions(strings: Record<string, string | undefined>): PortfolioOptions {
  const today = strings.today ?? localToday();
  if (!isIsoDate(today)) throw new UsageError(`aip portfolio: --today "${today}" is not a date written YYYY-MM-DD, e.g. --today 2027-01-15.`, "portfolio");
  const typed = strings.period;
  const period = typed === undefined ? lastEndedQprPeriod(today) : QPR_PERIODS.find((p) => p.toLowerCase() === typed.trim().toLowerCase());
  if (!period) throw new UsageError(`aip portfolio: --period "${typed}" is not a QPR period; use one of ${QPR_PERIODS.join(", ")}.`, "portfolio");
  return { period, today };
}

async function scan(roots: FileArg[], out: FileArg): Promise<Scan> {
  try {
    return await scanFolders(roots, out.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const which = roots.find((r) => (e as NodeJS.ErrnoException).path === r.path)?.shown ?? (e as NodeJS.ErrnoException).path ?? "";
    if (code === "ENOENT") throw new InputError(`${which}: no such folder. Check the folder's name (a synced library's folder must be available on this computer).`);
    throw new InputError(`${which}: could not be read (${code ?? String(e)}). Check that you may open it.`);
  }
}

/** Progress on stderr for long runs: how the files are read, then a line every tenth of the way. */
function progress(io: CliIo, total: number): Pick<PoolOptions, "onStart" | "onDone"> {
  if (total < PROGRESS_FROM) return {};
  const step = Math.ceil(total / 10);
  const started = Date.now();
  return {
    onStart: (workers) => io.stderr.write(`aip portfolio: reading ${total} workbooks ${workers > 0 ? `with ${workers} worker threads` : "in one thread"}\n`),
    onDone: (done) => {
      if (done % step === 0 || done === total) io.stderr.write(`aip portfolio: read ${done} of ${total} workbooks (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  };
}

function reportOutcomes(io: CliIo, outcomes: FileOutcome[]): { records: DistrictRecord[]; unreadable: number } {
  const records: DistrictRecord[] = [];
  let unreadable = 0;
  for (const o of outcomes) {
    if (o.kind === "district") records.push(o.record);
    else if (o.kind === "skipped") io.stderr.write(`skipped ${o.file}: ${o.reason}\n`);
    else {
      unreadable++;
      io.stderr.write(`could not read ${o.file}: ${o.reason}\n`);
    }
  }
  return { records: sortRecords(records), unreadable };
}

/** The Districts sheet's link to a district file: relative to the portfolio's folder, so the two can move together. */
function linkFrom(out: FileArg, files: Scan["files"]): (shown: string) => string | undefined {
  const byShown = new Map(files.map((f) => [f.shown, f.path]));
  const base = path.dirname(path.resolve(out.path));
  return (shown) => {
    const target = byShown.get(shown);
    return target === undefined ? undefined : path.relative(base, path.resolve(target)).split(path.sep).join("/");
  };
}

async function writePortfolio(out: FileArg, records: DistrictRecord[], options: PortfolioOptions, roots: FileArg[], link: (shown: string) => string | undefined): Promise<void> {
  const exists = await fs.stat(out.path).then(
    () => true,
    () => false,
  );
  const wb = exists ? await openWorkbook(out) : XlsxWorkbook.create();
  const built = await aboutFile(out.shown, () => buildPortfolio(wb, { ...options, records, folders: roots.map((r) => r.shown), link }));
  const charts = portfolioCharts(records, options.period, built.districtsSheet, built.chartSheet);
  // Saved like every other command's workbook (parts kept, never over a file changed meanwhile).
  await saveWorkbook(wb, out, (bytes) => addCharts(bytes, charts));
}

async function writeCsv(dir: FileArg, records: DistrictRecord[]): Promise<string[]> {
  const files = [
    {
      name: DISTRICTS_TABLE.csvFile,
      text: tableCsv(
        DISTRICTS_TABLE,
        records.map((r) => r.district),
      ),
    },
    {
      name: RATINGS_TABLE.csvFile,
      text: tableCsv(
        RATINGS_TABLE,
        records.flatMap((r) => r.ratings),
      ),
    },
    {
      name: FINDINGS_TABLE.csvFile,
      text: tableCsv(
        FINDINGS_TABLE,
        records.flatMap((r) => r.findings),
      ),
    },
  ];
  const shown: string[] = [];
  for (const f of files) {
    const file = { shown: path.join(dir.shown, f.name), path: path.join(dir.path, f.name) };
    await writeTextFile(file, f.text);
    shown.push(file.shown);
  }
  return shown;
}

export async function runPortfolio(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("portfolio", argv, OPTIONS, [{ name: "FOLDER", what: "the folder that holds the district workbooks (several may be given)", many: true }]);
  const options = portfolioOptions(args.strings);
  if (args.strings.output === undefined) throw new UsageError("aip portfolio: missing -o FILE.xlsx: where to save the portfolio workbook, e.g. -o portfolio.xlsx.", "portfolio");
  const out = fileArg(args.strings.output, io.cwd);
  requireXlsxName(out);
  const roots = args.positionals.map((p) => fileArg(p, io.cwd));
  const found = await scan(roots, out);
  if (found.files.length === 0) throw new InputError(`no .xlsx workbooks under ${roots.map((r) => r.shown).join(", ")}. Check the folder, or that the library has synced.`);

  const { outcomes } = await readAll(found.files, options, progress(io, found.files.length));
  for (const f of found.unreadableFolders)
    io.stderr.write(`could not read the folder ${f.shown} (${f.reason}): its workbooks are not in the portfolio. Check that you may open it.\n`);
  const { records, unreadable } = reportOutcomes(io, outcomes);
  if (records.length === 0)
    throw new InputError(`none of the ${found.files.length} workbooks under ${roots.map((r) => r.shown).join(", ")} holds an AIP plan, so no portfolio was written.`);

  await writePortfolio(out, records, options, roots, linkFrom(out, found.files));
  const csv = args.strings.csv === undefined ? [] : await writeCsv(fileArg(args.strings.csv, io.cwd), records);
  const n = records.length;
  io.stdout.write(`Portfolio of ${n} district workbook${n === 1 ? "" : "s"} (QPR ${options.period}, as of ${usDate(options.today)}) saved to ${out.shown}.\n`);
  if (csv.length > 0) io.stdout.write(`CSV files: ${csv.join(", ")}.\n`);
  if (unreadable > 0)
    io.stderr.write(`${unreadable} workbook${unreadable === 1 ? "" : "s"} could not be read and ${unreadable === 1 ? "is" : "are"} not in the portfolio (listed above).\n`);
  return unreadable > 0 || found.unreadableFolders.length > 0 ? EXIT.checkFoundErrors : EXIT.ok;
}
