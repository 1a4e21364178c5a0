/**
 * The real Excel web client in Node: `@microsoft/office-js`'s excel-web-16.00.debug.js (the script
 * Excel on the web loads into an add-in) runs in a `vm` sandbox with a minimal window, and each
 * request context gets a request executor that hands the serialized request to the in-memory
 * Excel (tests/fakes/excel/server.ts) instead of posting it to Excel.
 *
 * So the adapter runs through the real client: its object paths, _KeepReference actions, property
 * serialization and error objects, and the bytes the fake counts are the bytes Excel would get.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import type { FakeExcel } from "../fakes/excel";
import type { ExcelRun } from "../../src/workbook/office/OfficeWorkbook";

interface ExcelClient {
  Excel: typeof Excel & { RequestContext: new (url: unknown) => Excel.RequestContext };
  OfficeExtension: typeof OfficeExtension;
}

const CLIENT = "node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js";

/** tests/support and lib/tests/support (the compiled bench) both find the repository's node_modules above them. */
function clientScript(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, CLIENT))) return path.join(dir, CLIENT);
    if (path.dirname(dir) === dir) throw new Error(`Cannot find ${CLIENT} above ${__dirname}: run npm ci.`);
  }
}
let compiled: vm.Script | undefined;
let client: ExcelClient | undefined;

/** The client's own timers must not keep a test run alive. */
function unrefTimeout(fn: () => void, ms?: number): NodeJS.Timeout {
  return setTimeout(fn, ms).unref();
}

/** Loads the client once per test file (jest module registry); ~0.1 s. */
export function excelWebClient(): ExcelClient {
  if (client) return client;
  if (!compiled) {
    const file = clientScript();
    compiled = new vm.Script(`${fs.readFileSync(file, "utf8")}\n;this.Excel = Excel; this.OfficeExtension = OfficeExtension;`, { filename: file });
  }
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {}, info() {} }, setTimeout: unrefTimeout, clearTimeout };
  // The script reads a few browser globals while it loads; none of them matter for Excel.run.
  Object.assign(sandbox, {
    window: sandbox,
    self: sandbox,
    navigator: { userAgent: "node" },
    location: { protocol: "https:", hash: "", search: "", href: "https://localhost/" },
    document: { createElement: () => ({}), getElementById: () => null, getElementsByTagName: () => [], addEventListener() {}, readyState: "complete" },
    addEventListener() {},
  });
  vm.createContext(sandbox);
  compiled.runInContext(sandbox);
  client = sandbox as unknown as ExcelClient;
  return client;
}

/** Excel.run of the real client, each request answered by `fake`. */
export function realExcelRun(fake: FakeExcel): ExcelRun {
  const { Excel } = excelWebClient();
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const session = fake.session();
    const executor = {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: unknown }) =>
        Promise.resolve().then(() => session.handle(message.Body as Parameters<typeof session.handle>[0])),
    };
    const resolver = {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://excel.invalid/", headers: {} }),
      _createRequestExecutorOrNull: () => executor,
    };
    return Excel.run(new Excel.RequestContext(resolver), batch);
  };
}
