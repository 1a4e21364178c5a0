/**
 * A worker thread of the portfolio's pool (pool.ts): reads the district workbooks it is sent, one
 * at a time, and posts back each one's rows. Started from the compiled lib/src/portfolio/worker.js.
 */
import { parentPort, workerData } from "worker_threads";
import type { PortfolioOptions } from "../domain/portfolio/rows";
import { readDistrictFile } from "./readFile";
import type { FoundFile } from "./scan";

export interface WorkerTask {
  index: number;
  file: FoundFile;
}

const options = workerData as PortfolioOptions;

parentPort?.on("message", (task: WorkerTask) => {
  void readDistrictFile(task.file, options).then((outcome) => parentPort?.postMessage({ index: task.index, outcome }));
});
