/**
 * axe-core in the pane's page: the accessibility rules that fail a test are the critical and
 * serious ones. axe's source is evaluated through the browser's debugging protocol, which the
 * page's Content-Security-Policy does not govern (an injected <script> would be refused).
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

interface AxeOnWindow {
  axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
}

/** Violations of impact critical or serious, as "rule: help (selector)" lines; [] when there are none. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => Boolean((window as unknown as AxeOnWindow).axe));
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as AxeOnWindow).axe!;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations.filter((v) => v.impact === "critical" || v.impact === "serious").flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(" ")})`));
}

/** Headings as levels in page order, for "headings in order": [1, 2, 3, 2, …]. */
export async function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName.slice(1))));
}

/** True when no heading skips a level on the way down (h1 → h3 with no h2 between). */
export function inOrder(levels: number[]): boolean {
  return levels.length > 0 && levels[0] === 1 && levels.every((l, k) => k === 0 || l <= levels[k - 1] + 1);
}
