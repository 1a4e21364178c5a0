#!/usr/bin/env node
/**
 * Draws one icon per ribbon button (assets/ribbon-<button>-<size>.png at 16, 32 and 80 px, the
 * sizes the manifest gives Office) from the small SVGs below, rendered by the installed Chromium
 * through playwright-core, so each size is drawn from vectors rather than scaled pixels. The PNGs
 * are committed; run again after changing a drawing:  node scripts/make-ribbon-icons.js
 * Same look as the add-in's own icon (assets/make-icons.js): Fluent brand blue, a white mark.
 */
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 80];
const BLUE = "#0f6cbd";
const INK = "#ffffff";

/** 32 × 32 drawings, white on a blue rounded tile; strokes thick enough to read at 16 px. */
const line = (d, w = 2.6) => `<path d="${d}" fill="none" stroke="${INK}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;
const ICONS = {
  // Plan: a page with text lines.
  plan: line("M10 6h9l5 5v15H10z") + line("M14 15h7M14 19h7M14 23h5", 2),
  // Add initiative: a page with a plus.
  add: line("M9 6h9l5 5v6M9 6v20h8") + line("M23 20v8M19 24h8"),
  // Refresh quarters: two arrows in a circle.
  refresh: line("M24 12a9 9 0 0 0-15-2M8 20a9 9 0 0 0 15 2") + line("M9 5v5h5M23 27v-5h-5"),
  // Check: a tick in a box.
  check: line("M8 8h16v16H8z", 2.2) + line("M12 16l3 3 6-7"),
  // Ratings: three bars of a chart.
  ratings: line("M9 25V17M16 25V10M23 25V14", 3.4) + line("M6 27h20", 2),
  // Minutes: a speech bubble with lines.
  minutes: line("M7 8h18v12H15l-5 5v-5H7z") + line("M11 12h10M11 16h7", 2),
  // Self-assessment: a target.
  assess: `<circle cx="16" cy="16" r="9" fill="none" stroke="${INK}" stroke-width="2.4"/><circle cx="16" cy="16" r="4.5" fill="none" stroke="${INK}" stroke-width="2.4"/><circle cx="16" cy="16" r="1.6" fill="${INK}"/>`,
};

function svg(body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="1" width="30" height="30" rx="6" fill="${BLUE}"/>${body}</svg>`;
}

async function main() {
  const out = path.resolve(__dirname, "../assets");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [name, body] of Object.entries(ICONS)) {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(`<html><body style="margin:0;background:transparent">${svg(body).replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
        const file = path.join(out, `ribbon-${name}-${size}.png`);
        await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
