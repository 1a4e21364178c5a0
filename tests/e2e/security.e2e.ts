/**
 * The pane's safety rules, tried in a real browser: its Content-Security-Policy lets only its own
 * scripts and Microsoft's office.js CDN run, refuses eval and any other host, and the pages reach
 * nothing but their own origin (every pane test also checks that, after each test).
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { PAGE_HASHES } from "../../src/taskpane/pageIds";
import { DIST, paneEachTest, type PaneEnv, type PaneSession } from "./support/pane";

let pane: PaneSession;
let env: PaneEnv;
paneEachTest((p, e) => {
  pane = p;
  env = e;
});

/** The CSP a page declares, as directive → sources. */
function declaredPolicy(file: string): Map<string, string[]> {
  const html = readFileSync(path.join(DIST, file), "utf8");
  const content = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${file} declares no Content-Security-Policy`);
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

async function takeViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __cspViolations: string[] };
    return w.__cspViolations.splice(0);
  });
}

describe("Content-Security-Policy", () => {
  test("taskpane.html and commands.html allow scripts only from their own origin and the office.js CDN", () => {
    for (const file of ["taskpane.html", "commands.html"]) {
      const policy = declaredPolicy(file);
      expect({ file, script: policy.get("script-src") }).toEqual({ file, script: ["'self'", "https://appsforoffice.microsoft.com"] });
      expect({ file, default: policy.get("default-src") }).toEqual({ file, default: ["'self'"] });
      expect({ file, connect: policy.get("connect-src") }).toEqual({ file, connect: ["'self'"] });
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
    }
    expect(declaredPolicy("message.html").get("default-src")).toEqual(["'none'"]);
  });

  test("the pane refuses eval, new Function and inline scripts", async () => {
    // The probe is served from the pane's own origin, so the policy lets it run; what it tries then
    // is judged as the pane's own code would be (a test's evaluate() runs outside the policy).
    const probe = `${env.origin}/csp-probe.js`;
    await pane.page.route(probe, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.__probe = [() => eval("1 + 1"), () => new Function("return 1")()].map((f) => {
          try { f(); return "ran"; } catch (e) { return e.name; }
        });`,
      }),
    );
    await pane.page.evaluate((src) => {
      const inline = document.createElement("script");
      inline.textContent = "window.__inlineRan = true";
      document.head.appendChild(inline);
      const script = document.createElement("script");
      script.src = src;
      document.head.appendChild(script);
    }, probe);
    await pane.page.waitForFunction(() => (window as unknown as { __probe?: string[] }).__probe !== undefined);
    const seen = await pane.page.evaluate(() => {
      const w = window as unknown as { __probe: string[]; __inlineRan?: boolean };
      return { probe: w.__probe, inlineRan: w.__inlineRan ?? false };
    });
    expect(seen).toEqual({ probe: ["EvalError", "EvalError"], inlineRan: false });
    expect((await takeViolations(pane.page)).map((v) => v.replace(/-elem\b/, ""))).toEqual(["script-src inline", "script-src eval", "script-src eval"]);
  });

  test("a script from another host is refused before any request leaves the page", async () => {
    await pane.page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "https://cdn.example.org/tracker.js";
      document.head.appendChild(script);
      const img = new Image();
      img.src = "https://stats.example.org/pixel.gif";
    });
    await pane.page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 2);
    expect((await takeViolations(pane.page)).sort()).toEqual(["img-src https://stats.example.org/pixel.gif", "script-src-elem https://cdn.example.org/tracker.js"]);
    expect(pane.foreign).toEqual([]);
  });

  test("a fetch to another host is refused", async () => {
    const result = await pane.page.evaluate(async () => {
      try {
        await fetch("https://api.example.org/collect", { method: "POST", body: "x" });
        return "sent";
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(result).toBe("TypeError");
    expect(await takeViolations(pane.page)).toEqual(["connect-src https://api.example.org/collect"]);
    expect(pane.foreign).toEqual([]);
  });
});

test("every page of the pane opens with no request outside its origin and no CSP refusal", async () => {
  for (const hash of Object.values(PAGE_HASHES)) {
    await pane.page.evaluate((h) => (window.location.hash = h), hash);
    await pane.page.waitForLoadState("networkidle");
    expect({ hash, refused: await pane.cspViolations() }).toEqual({ hash, refused: [] });
  }
  expect(pane.foreign).toEqual([]);
});

test("the ribbon's message page shows its text as text under its policy", async () => {
  const page = pane.page;
  await page.goto(`${env.origin}/message.html?title=Roll%20up&message=${encodeURIComponent("<img src=x onerror=alert(1)> failed")}`);
  await page.locator("#message").waitFor();
  expect(await page.locator("#message").textContent()).toBe("<img src=x onerror=alert(1)> failed");
  expect(await page.locator("#title").textContent()).toBe("Roll up");
  expect(await pane.cspViolations()).toEqual([]);
});
