import "reflect-metadata";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_DOCUMENTS_DIR, loadConfig } from "../src/config/config.js";
import { ingestFiles } from "../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { startServer } from "../src/server/start-server.js";
import { buildExplorer } from "./build-explorer.js";
import { launchChromium } from "./chromium.js";
import { explorerViews, openView } from "./explorer-views.js";

/**
 * `npm run screenshots`: the explorer's main views on the seed, as PNGs in
 * docs/screenshots/ (the README shows them), at a laptop's width.
 */
const outDir = path.resolve(import.meta.dirname, "..", "docs", "screenshots");

async function main(): Promise<void> {
  await buildExplorer();
  const store = new MemoryGraphStore();
  await ingestFiles(store, [DEFAULT_DOCUMENTS_DIR]);
  const server = await startServer(loadConfig({ NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "error" }), store);
  const browser = await launchChromium();
  try {
    await mkdir(outDir, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    for (const view of await explorerViews(server.url)) {
      await openView(page, server.url, view);
      if (view.name === "task") {
        // The chains are what a task's page is for: the first one opened, in the picture.
        const chain = page.locator(".chain").first();
        await chain.locator(".chain-structure summary").first().click();
        await chain.scrollIntoViewIfNeeded();
        await chain.screenshot({ path: path.join(outDir, "task-chain.png") });
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.screenshot({ path: path.join(outDir, `${view.name}.png`) });
      console.log(`docs/screenshots/${view.name}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
