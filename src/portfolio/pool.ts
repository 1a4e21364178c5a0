/**
 * Reads many district workbooks with a small pool of worker threads (one per CPU): each worker
 * opens one workbook at a time, so memory stays bounded by the pool's size whatever the folder
 * holds, and the main thread only collects rows. A worker that dies (a workbook too large for its
 * memory limit) costs that file, reported as unreadable, not the run: a fresh worker takes its place.
 *
 * Workers run the compiled lib/src/portfolio/worker.js. Where there is none beside this module
 * (the TypeScript sources under ts-jest) or `workers` is 0, files are read in this thread, one by one.
 */
import { existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { PortfolioOptions } from "../domain/portfolio/rows";
import { readDistrictFile, type FileOutcome } from "./readFile";
import type { FoundFile } from "./scan";
import type { WorkerTask } from "./worker";

export interface PoolOptions {
  /** Worker threads to start (default: one per CPU); 0 reads in this thread. */
  workers?: number;
  /** The worker script (default: worker.js beside this module). */
  script?: string;
  /** Heap limit of each worker, in MB: a workbook that needs more is reported, not fatal. */
  workerHeapMb?: number;
  /** Called once before reading, with the worker threads about to start (0: this thread). */
  onStart?: (workers: number) => void;
  /** Called after each file. */
  onDone?: (done: number, total: number) => void;
}

export interface PoolResult {
  /** In the order of `files`. */
  outcomes: FileOutcome[];
  /** Worker threads used (0: read in this thread). */
  workers: number;
}

export function workerScript(): string | undefined {
  const script = path.join(__dirname, "worker.js");
  return existsSync(script) ? script : undefined;
}

export async function readAll(files: FoundFile[], options: PortfolioOptions, pool: PoolOptions = {}): Promise<PoolResult> {
  const script = pool.script ?? workerScript();
  const size = Math.min(files.length, pool.workers ?? os.cpus().length);
  if (!script || size <= 0) {
    pool.onStart?.(0);
    return { outcomes: await inThread(files, options, pool.onDone), workers: 0 };
  }
  pool.onStart?.(size);
  return { outcomes: await withWorkers(files, options, script, size, pool), workers: size };
}

async function inThread(files: FoundFile[], options: PortfolioOptions, onDone?: (done: number, total: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    outcomes.push(await readDistrictFile(file, options));
    onDone?.(outcomes.length, files.length);
  }
  return outcomes;
}

function withWorkers(files: FoundFile[], options: PortfolioOptions, script: string, size: number, pool: PoolOptions): Promise<FileOutcome[]> {
  return new Promise((resolve) => {
    const outcomes: FileOutcome[] = new Array(files.length);
    let next = 0;
    let done = 0;
    const finish = (index: number, outcome: FileOutcome) => {
      if (outcomes[index]) return;
      outcomes[index] = outcome;
      done++;
      pool.onDone?.(done, files.length);
      if (done === files.length) resolve(outcomes);
    };
    const start = () => {
      const worker = new Worker(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: pool.workerHeapMb ?? 768 } });
      let current: number | undefined;
      const feed = () => {
        if (next >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current] } satisfies WorkerTask);
      };
      worker.on("message", (m: { index: number; outcome: FileOutcome }) => {
        finish(m.index, m.outcome);
        feed();
      });
      // A worker that dies takes only its current file with it; another starts for the rest.
      const died = (why: string) => {
        if (current === undefined) return;
        const lost = current;
        current = undefined;
        finish(lost, { kind: "unreadable", file: files[lost].shown, reason: `reading it stopped (${why}); the workbook may be too large, or damaged` });
        if (next < files.length) start();
      };
      worker.on("error", (e) => died(e.message));
      worker.on("exit", (code) => died(`the reader exited with code ${code}`));
      feed();
    };
    if (files.length === 0) resolve([]);
    for (let k = 0; k < size; k++) start();
  });
}
