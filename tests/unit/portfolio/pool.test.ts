/**
 * The reading pool: real worker threads (a stand-in worker script speaking worker.ts's messages, since
 * ts-jest has no compiled lib/ worker), results in the files' order, a worker that dies costing only
 * its file, and the in-thread fallback.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readAll, workerScript } from "../../../src/portfolio/pool";

const OPTIONS = { period: "Mar" as const, today: "2027-03-10" };
let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "aip-pool-"));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

const WORKER = `
const { parentPort, threadId, workerData } = require("worker_threads");
parentPort.on("message", (task) => {
  if (task.file.shown === "crash.xlsx") process.exit(3);
  const reply = () => parentPort.postMessage({ index: task.index, outcome: { kind: "skipped", file: task.file.shown, reason: threadId + " " + workerData.period } });
  setTimeout(reply, task.index % 2 ? 30 : 1); // finish out of order
});
`;

test("workers read the files and the outcomes come back in the files' order; a worker that dies costs only its file", async () => {
  const script = path.join(dir, "worker.js");
  await fs.writeFile(script, WORKER);
  const names = ["a.xlsx", "b.xlsx", "crash.xlsx", "c.xlsx", "d.xlsx", "e.xlsx"];
  const progress: number[] = [];
  const result = await readAll(
    names.map((shown) => ({ path: path.join(dir, shown), shown })),
    OPTIONS,
    { script, workers: 2, onDone: (done) => progress.push(done) },
  );
  expect(result.workers).toBe(2);
  expect(result.outcomes.map((o) => o.file)).toEqual(names);
  expect(result.outcomes[2]).toEqual({
    kind: "unreadable",
    file: "crash.xlsx",
    reason: "reading it stopped (the reader exited with code 3); the workbook may be too large, or damaged",
  });
  const others = result.outcomes.filter((o) => o.file !== "crash.xlsx");
  expect(others.every((o) => o.kind === "skipped" && o.reason.endsWith(" Mar"))).toBe(true);
  // Work is shared: more than one thread answered.
  expect(new Set(others.map((o) => (o.kind === "skipped" ? o.reason.split(" ")[0] : ""))).size).toBeGreaterThan(1);
  expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
});

test("without a compiled worker beside the pool (ts-jest), files are read in this thread; a missing file is reported, not thrown", async () => {
  expect(workerScript()).toBeUndefined();
  const result = await readAll([{ path: path.join(dir, "gone.xlsx"), shown: "gone.xlsx" }], OPTIONS);
  expect(result.workers).toBe(0);
  expect(result.outcomes).toEqual([{ kind: "unreadable", file: "gone.xlsx", reason: "no such file. Check the path and the file name." }]);
});
