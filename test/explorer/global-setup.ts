import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { isExplorerBuilt } from "../../scripts/build-explorer.js";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

/**
 * The browser tests and the server tests serve dist-explorer/: build it first
 * when its sources changed since the last build (a fresh clone has none).
 */
export default async function buildExplorerIfStale(): Promise<void> {
  if (await isExplorerBuilt()) return;
  const tsx = require.resolve("tsx/cli");
  const result = spawnSync(process.execPath, [tsx, path.join(root, "scripts/build-explorer.ts")], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`npm run build:explorer failed with exit code ${result.status}`);
}
