import type { Browser, Page } from "playwright-core";

export { launchChromium } from "../../scripts/chromium.js";

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** A page at laptop width whose console errors and page errors are collected, so a test can insist on none. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { page, problems, close: () => context.close() };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where the drawing inside `selector` shows a colour, in page coordinates: a
 * pixel whose neighbours a few pixels away share the colour (the inside of a
 * node, not its anti-aliased rim), and how many such pixels there are. Reads
 * the canvases' own pixels, so it sees what was drawn, not what was meant.
 */
export async function findColour(page: Page, selector: string, hex: string, tolerance = 6): Promise<{ count: number; point: Point | null }> {
  return page.evaluate(
    ({ selector, hex, tolerance }) => {
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let count = 0;
      let point: { x: number; y: number } | null = null;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(`${selector} canvas`)) {
        const context = canvas.getContext("2d");
        if (!context || canvas.width === 0 || canvas.height === 0) continue;
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
        const matches = (x: number, y: number) => {
          if (x < 0 || y < 0 || x >= width || y >= height) return false;
          const at = (y * width + x) * 4;
          return data[at + 3] > 250 && want.every((value, channel) => Math.abs(data[at + channel] - value) <= tolerance);
        };
        const rect = canvas.getBoundingClientRect();
        const scale = canvas.width / rect.width;
        const reach = Math.round(3 * scale);
        for (let y = 0; y < height; y += 1) {
          for (let x = 0; x < width; x += 1) {
            if (!matches(x, y)) continue;
            count += 1;
            if (!point && matches(x - reach, y) && matches(x + reach, y) && matches(x, y - reach) && matches(x, y + reach)) {
              point = { x: rect.left + x / scale, y: rect.top + y / scale };
            }
          }
        }
      }
      return { count, point };
    },
    { selector, hex, tolerance },
  );
}
