/**
 * Opens the production task pane in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) with the in-memory Excel behind it, in a 320-pixel-wide task pane viewport
 * (the width a task pane often has; tests that need another width set it).
 * Every request is accounted for: the pane's own origin is served from dist/, the office.js CDN
 * from @microsoft/office-js, and anything else is blocked and recorded (the pane must make none).
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { WorkbookDump } from "../../support/dump";
import { serveDirectory, type StaticServer } from "./server";

const ROOT = path.resolve(__dirname, "../../..");
export const DIST = process.env.AIP_E2E_DIST ?? path.join(ROOT, "dist");
const HARNESS = process.env.AIP_E2E_HARNESS ?? path.join(ROOT, "test-results/e2e-harness/fake-excel-harness.js");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/**
 * office.js's own telemetry frame, which it loads a few seconds after starting outside an Office
 * host (inside Excel it logs through the host). Blocked, and not counted against the pane.
 */
const OFFICE_JS_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
/** The pane's width in the tests: Office's task panes are 270 to 450 px wide; 320 is common. */
export const PANE_WIDTH = 320;
export const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Chromium {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(HARNESS)) throw new Error(`No e2e harness at ${HARNESS}: run the browser tests with npm run test:e2e.`);
  // launch() gives every run a fresh temporary user-data-dir (and deletes it on close).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { browser, close: () => browser.close() };
}

export interface PaneSession {
  page: Page;
  /** URLs the page tried to reach outside its origin and the office.js CDN (blocked). */
  foreign: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** What the page's Content-Security-Policy refused ("directive blocked-URL"), office.js telemetry aside. */
  cspViolations(): Promise<string[]>;
  dump(): Promise<WorkbookDump>;
  syncCount(): Promise<number>;
  resetSyncCount(): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

interface CspOnWindow {
  __cspViolations?: string[];
}

/** Runs in the page before its scripts: keeps every CSP refusal so a test can see what was blocked. */
function recordCspViolations(): void {
  const w = window as unknown as CspOnWindow;
  w.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`));
}

interface FakeOnWindow {
  __fakeExcel: { dump(): WorkbookDump; syncCount: number; resetSyncCount(): void; active(): { sheet: string } };
}

export interface PaneOptions {
  /** false: no in-memory Excel, as when taskpane.html is opened in a plain browser. */
  excel?: boolean;
  /** A script to run in the page before its own (e.g. a measurement). */
  beforeLoad?: () => void;
}

export async function openPane(browser: Browser, origin: string, options: PaneOptions = {}): Promise<PaneSession> {
  const withExcel = options.excel ?? true;
  const context: BrowserContext = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 800 }, deviceScaleFactor: 1 });
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  if (withExcel) await context.addInitScript({ path: HARNESS });
  await context.addInitScript(recordCspViolations);
  if (options.beforeLoad) await context.addInitScript(options.beforeLoad);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(CDN)) {
      const file = path.join(OFFICE_DIST, new URL(url).pathname.slice(new URL(CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    if (url !== OFFICE_JS_TELEMETRY) foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  // The pane is usable once its page switcher is there (the HTML's loading placeholder is gone then).
  await page.getByRole("combobox", { name: "Page", exact: true }).waitFor();
  // The harness hands office.js the in-memory Excel's requirement sets once Office is ready.
  if (withExcel)
    await page.waitForFunction(() => {
      const office = (window as unknown as { Office?: typeof Office }).Office;
      return office?.context?.requirements?.isSetSupported("ExcelApi", "1.8") === true;
    });
  mkdirSync(SCREENSHOTS, { recursive: true });

  // Each evaluate's function is sent to the page as source text, so each names the fake itself.
  return {
    page,
    foreign,
    pageErrors,
    cspViolations: async () =>
      // Chrome reports a refused cross-origin frame by its origin only.
      (await page.evaluate(() => (window as unknown as CspOnWindow).__cspViolations ?? [])).filter((v) => v !== `frame-src ${new URL(OFFICE_JS_TELEMETRY).origin}`),
    dump: () => page.evaluate(() => (window as unknown as FakeOnWindow).__fakeExcel.dump()),
    syncCount: () => page.evaluate(() => (window as unknown as FakeOnWindow).__fakeExcel.syncCount),
    resetSyncCount: () => page.evaluate(() => (window as unknown as FakeOnWindow).__fakeExcel.resetSyncCount()),
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}

/** What a test file may do beyond the pane it is given: open the pane again differently. */
export interface PaneEnv {
  /** The static server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Closes the test's pane and opens a new one (the hooks check and close the new one). */
  reopen(options: PaneOptions): Promise<PaneSession>;
}

/** One static server of the production build and one Chromium for a test file, started before its tests and closed after. */
export function browserPerFile(): { readonly chromium: Chromium; readonly server: StaticServer } {
  let chromium: Chromium | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return {
    get chromium() {
      return chromium!;
    },
    get server() {
      return server!;
    },
  };
}

/**
 * The hooks every pane test file needs: one static server and one Chromium per file, a fresh pane
 * (blank workbook) per test, and after each test the checks that hold whatever it did: the pane
 * reached nothing but its own origin and the office.js CDN, its Content-Security-Policy refused
 * nothing, and it raised no page error.
 */
export function paneEachTest(set: (pane: PaneSession, env: PaneEnv) => void): void {
  const shared = browserPerFile();
  let pane: PaneSession | undefined;
  const env: PaneEnv = {
    get origin() {
      return shared.server.origin;
    },
    async reopen(options) {
      await pane?.close();
      pane = await openPane(shared.chromium.browser, shared.server.origin, options);
      return pane;
    },
  };
  beforeEach(async () => {
    pane = await openPane(shared.chromium.browser, shared.server.origin);
    set(pane, env);
  });
  afterEach(async () => {
    if (!pane) return;
    expect(pane.foreign).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
    expect(await pane.cspViolations()).toEqual([]);
    await pane.close();
  });
}

/** The pane's outcome message with this title, once it shows. */
export async function outcome(page: Page, title: string) {
  const message = page.locator(".fui-MessageBar").filter({ hasText: title });
  await message.waitFor({ timeout: 30_000 });
  return message;
}

/** True when the element is wholly inside the pane's viewport (a person sees it without scrolling). */
export async function inView(page: Page, locator: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height + 0.5 && box.x >= 0 && box.x + box.width <= viewport.width + 0.5;
}

/** True when the keyboard focus is on the element or inside it. */
export async function hasFocusWithin(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** The pane's page switcher (one drop-down in its top row). */
export function pageSwitcher(page: Page) {
  return page.getByRole("combobox", { name: "Page", exact: true });
}

/** The page the pane shows now, by the name the switcher gives it. */
export async function currentPage(page: Page): Promise<string> {
  return pageSwitcher(page).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
}

/** Opens a page of the pane as a person would: with the switcher in the pane's top row. */
export async function openPage(page: Page, label: string): Promise<void> {
  await pageSwitcher(page).selectOption({ label });
  await page.waitForFunction((name) => document.getElementById("page-title")?.textContent === name, label);
}
