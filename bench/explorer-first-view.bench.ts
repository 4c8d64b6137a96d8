import { buildExplorer } from "../scripts/build-explorer.js";
import { launchChromium } from "../scripts/chromium.js";
import { explorerViews, timeView } from "../scripts/explorer-views.js";
import { startTarget } from "./http-target.js";
import { formatNumber, formatTable, summarise, type Summary } from "./measure.js";

export interface FirstViewResult {
  runs: number;
  views: { name: string; path: string; first: number; summary: Summary }[];
}

/**
 * Time from navigation to the first frame showing a view's data, in headless chromium against the
 * real server on the seed over loopback: each run opens the view in a fresh
 * browser context (empty HTTP cache), as a first visit would. `first` is the
 * very first run, before the server's response cache holds the view's answers.
 */
export async function runExplorerFirstView(options: { smoke?: boolean; onProgress?: (message: string) => void } = {}): Promise<FirstViewResult> {
  const runs = options.smoke ? 1 : 10;
  // Smoke mode opens the two views a shared link most often lands on, once each.
  const wanted = (name: string) => !options.smoke || name === "home" || name === "task";
  await buildExplorer();
  const target = await startTarget({ kind: "real", dataset: "seed" });
  const origin = target.url.replace(/\/graphql$/, "");
  const browser = await launchChromium();
  try {
    const views: FirstViewResult["views"] = [];
    for (const view of (await explorerViews(origin)).filter((item) => wanted(item.name))) {
      options.onProgress?.(`explorer ${view.name}`);
      const samples: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
        try {
          samples.push(await timeView(await context.newPage(), origin, view));
        } finally {
          await context.close();
        }
      }
      views.push({ name: view.name, path: view.path, first: samples[0], summary: summarise(samples) });
    }
    return { runs, views };
  } finally {
    await browser.close();
    await target.close();
  }
}

export function formatExplorerFirstView(result: FirstViewResult): string {
  return formatTable(
    ["view", "runs", "first run ms", "min ms", "p50 ms", "max ms"],
    result.views.map(({ name, first, summary }) => [name, summary.n, formatNumber(first, 0), formatNumber(summary.min, 0), formatNumber(summary.p50, 0), formatNumber(summary.max, 0)]),
  );
}
