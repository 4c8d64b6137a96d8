// `npm run build:server`: compiles src/**/*.ts to dist/ (one ES module per source file, same
// layout, so paths relative to import.meta.url still reach seed/ and schema/) for `npm start`
// and the Docker image, which run plain JavaScript: no TypeScript loader, no source-map cost
// per request. Types are checked by `npm run typecheck`, not here. Skips the work when dist/
// is newer than every input, and swaps a complete new dist/ in at once, so a server starting
// meanwhile never reads a half-written file.
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = path.join(root, "src");
const outDir = path.join(root, "dist");
const stampFile = path.join(outDir, ".built");
const force = process.argv.includes("--force");

// src/explorer is the browser page, which Vite builds (npm run build:explorer), not server code.
const browserDir = path.join(sourceDir, "explorer");

async function listSources(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !`${entry.parentPath}${path.sep}`.startsWith(`${browserDir}${path.sep}`))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function newestChange(files) {
  const times = await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs));
  return Math.max(...times);
}

async function builtAt() {
  try {
    return (await stat(stampFile)).mtimeMs;
  } catch {
    return null;
  }
}

async function moveAside(from, to) {
  try {
    await rename(from, to);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
}

const sources = await listSources(sourceDir);
const inputs = [...sources, path.join(root, "tsconfig.json"), path.join(root, "package.json"), fileURLToPath(import.meta.url)];
const stamp = await builtAt();
if (!force && stamp !== null && stamp >= (await newestChange(inputs))) {
  console.log("build:server: dist/ is up to date");
} else {
  const started = performance.now();
  const staging = `${outDir}.building-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await build({
    entryPoints: sources,
    outdir: staging,
    outbase: sourceDir,
    format: "esm",
    platform: "node",
    target: "node20",
    // tsconfig.json's experimentalDecorators: type-graphql's decorators, compiled as tsc would.
    tsconfig: path.join(root, "tsconfig.json"),
    // Written beside the code for whoever debugs (node --enable-source-maps), never read by default.
    sourcemap: "linked",
    logLevel: "warning",
  });
  await mkdir(staging, { recursive: true });
  await writeFile(path.join(staging, ".built"), `${new Date().toISOString()}\n`);
  await moveAside(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    // Another build finished first: its dist/ is as fresh as ours.
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    await rm(staging, { recursive: true, force: true });
  }
  await rm(previous, { recursive: true, force: true });
  console.log(`build:server: compiled ${sources.length} files to dist/ in ${Math.round(performance.now() - started)} ms`);
}
