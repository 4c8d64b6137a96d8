import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * `npm run build:explorer`: builds src/explorer into dist-explorer/ with Vite,
 * unless the last build was made from the same sources and dependencies (a
 * hash of them is kept beside the output). `--force` builds regardless.
 */
const root = path.resolve(import.meta.dirname, "..");
const sourceDir = path.join(root, "src", "explorer");
const outDir = path.join(root, "dist-explorer");
const stampFile = path.join(outDir, ".source-hash");

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What the build depends on: the page's sources, the lockfile, the build script itself. */
export async function hashExplorerSources(): Promise<string> {
  const hash = createHash("sha256");
  const files = [...(await listFiles(sourceDir)), path.join(root, "package-lock.json"), import.meta.filename];
  for (const file of files) {
    hash.update(path.relative(root, file)).update("\0");
    hash.update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

export async function isExplorerBuilt(): Promise<boolean> {
  const built = await readFile(stampFile, "utf8").catch(() => null);
  return built === (await hashExplorerSources());
}

export async function buildExplorer(options: { force?: boolean } = {}): Promise<"built" | "up to date"> {
  const hash = await hashExplorerSources();
  if (!options.force && (await readFile(stampFile, "utf8").catch(() => null)) === hash) return "up to date";
  const { build } = await import("vite");
  // Vite follows NODE_ENV over its mode: under vitest ("test") it would bundle React's development
  // build and JSX runtime. The page is always the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: path.join(sourceDir, "vite.config.ts") });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(stampFile, hash);
  return "built";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  buildExplorer({ force: process.argv.includes("--force") }).then(
    (outcome) => console.log(`explorer ${outcome} in ${Math.round(performance.now() - started)} ms: ${path.relative(process.cwd(), outDir)}`),
    (error: unknown) => {
      console.error("explorer build failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
