import "reflect-metadata";
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Config, DEFAULT_DOCUMENTS_DIR, loadConfig } from "../src/config/config.js";
import type { GraphStore } from "../src/graph/graph-store.js";
import { startBareServer, type CannedResponse, type RunningServer } from "./bare-server.js";
import { loadSyntheticGraph } from "./load-synthetic.js";
import { planSyntheticGraph } from "./synthetic-graph.js";

/** `seed`: the seed documents through the extractor; `synthetic:<tasks>`: the generator's graph. */
export type Dataset = "seed" | `synthetic:${number}`;

export type TargetSpec =
  /** profileFile: as a child, CPU-profile the main thread from SIGUSR2 until SIGTERM into this file. */
  /** responseCache: false sets RESPONSE_CACHE_ENTRIES=0, so every request is executed. */
  | { kind: "real"; dataset: Dataset; responseCache?: boolean; profileFile?: string }
  | { kind: "bare"; responses: { request: string; bodyBase64: string; contentType: string }[] }
  /** On the Neo4j of NEO4J_*: the project's server, @neo4j/graphql, or the hand-written Cypher floor. */
  | { kind: "neo4j-project" | "neo4j-peer" | "neo4j-floor" };

/** The modules a project server runs on: the TypeScript sources, or the compiled build in dist/. */
interface ServerModules {
  startServer: typeof import("../src/server/start-server.js").startServer;
  MemoryGraphStore: typeof import("../src/graph/memory/memory-store.js").MemoryGraphStore;
  ingestFiles: typeof import("../src/graph/ingest-files.js").ingestFiles;
  connectNeo4jStore: typeof import("../src/graph/neo4j/neo4j-store.js").connectNeo4jStore;
}

/**
 * Compiled: dist/, the JavaScript `npm start` runs (built by scripts/build-server.mjs), so a
 * child target costs what production costs. Sources: under the runner's TypeScript loader, for
 * targets in the runner's own process, which has loaded the sources' schema classes already.
 */
async function loadServerModules(compiled: boolean): Promise<ServerModules> {
  const load = <T>(source: string, built: string): Promise<T> =>
    import(compiled ? new URL(`../dist/${built}`, import.meta.url).href : source) as Promise<T>;
  const [server, memory, ingest] = await Promise.all([
    load<typeof import("../src/server/start-server.js")>("../src/server/start-server.js", "server/start-server.js"),
    load<typeof import("../src/graph/memory/memory-store.js")>("../src/graph/memory/memory-store.js", "graph/memory/memory-store.js"),
    load<typeof import("../src/graph/ingest-files.js")>("../src/graph/ingest-files.js", "graph/ingest-files.js"),
  ]);
  return {
    startServer: server.startServer,
    MemoryGraphStore: memory.MemoryGraphStore,
    ingestFiles: ingest.ingestFiles,
    // Loaded only for a Neo4j target: the driver is no part of an embedded server.
    connectNeo4jStore: async (config) => {
      const neo4j = await load<typeof import("../src/graph/neo4j/neo4j-store.js")>("../src/graph/neo4j/neo4j-store.js", "graph/neo4j/neo4j-store.js");
      return neo4j.connectNeo4jStore(config);
    },
  };
}

let built = false;

/** Builds dist/ for compiled targets (scripts/build-server.mjs does nothing when it is up to date). */
export function buildServer(): void {
  if (built) return;
  const result = spawnSync(process.execPath, [fileURLToPath(new URL("../scripts/build-server.mjs", import.meta.url))], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`scripts/build-server.mjs failed (exit ${result.status})`);
  built = true;
}

/**
 * The real server as `npm start` runs it (production mode, embedded store), on a free loopback
 * port; `compiled` runs dist/ (child processes), else the sources (in the runner's process).
 */
export async function startTarget(spec: TargetSpec, compiled = false): Promise<RunningServer> {
  if (spec.kind === "bare") {
    const responses: CannedResponse[] = spec.responses.map((response) => ({
      request: response.request,
      body: Buffer.from(response.bodyBase64, "base64"),
      contentType: response.contentType,
    }));
    return startBareServer(responses);
  }
  const modules = spec.kind === "neo4j-peer" || spec.kind === "neo4j-floor" ? null : await loadServerModules(compiled);
  if (spec.kind !== "real") return startNeo4jTarget(spec.kind, modules);
  const { MemoryGraphStore, ingestFiles } = modules!;
  const store = new MemoryGraphStore();
  if (spec.dataset === "seed") {
    const summary = await ingestFiles(store, [DEFAULT_DOCUMENTS_DIR]);
    if (summary.ingested === 0) {
      throw new Error(`No seed document could be ingested: ${summary.failed.map((failure) => failure.error.message).join("; ")}`);
    }
  } else {
    await loadSyntheticGraph(store, planSyntheticGraph(Number(spec.dataset.slice("synthetic:".length))));
  }
  // RESPONSE_CACHE_ENTRIES passes through, so the server can be measured with its response cache off.
  const config = loadConfig({
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "error",
    RESPONSE_CACHE_ENTRIES: spec.responseCache === false ? "0" : process.env.RESPONSE_CACHE_ENTRIES,
    // Load has ended when a target stops: connections autocannon left open need no grace period.
    DRAIN_TIMEOUT_MS: "100",
  });
  return serveGraphQL(modules!, config, store);
}

async function startNeo4jTarget(kind: "neo4j-project" | "neo4j-peer" | "neo4j-floor", modules: ServerModules | null): Promise<RunningServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "error", DRAIN_TIMEOUT_MS: "100" });
  if (!config.neo4j) throw new Error("NEO4J_URI is not set");
  if (kind === "neo4j-peer") return (await import("./neo4j-peer/peer-server.js")).startPeerServer(config.neo4j);
  if (kind === "neo4j-floor") return (await import("./neo4j-peer/floor-server.js")).startFloorServer(config.neo4j);
  const store = await modules!.connectNeo4jStore(config.neo4j);
  return serveGraphQL(modules!, config, store);
}

/** The project's server on `store`; closing it closes the store too. */
async function serveGraphQL({ startServer }: ServerModules, config: Config, store: GraphStore): Promise<RunningServer> {
  const server = await startServer(config, store);
  return {
    url: `${server.url}/graphql`,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

export const TARGET_SCRIPT = fileURLToPath(import.meta.url);

/** As a child process: reads the spec from the file named in argv, prints `READY <url>`, stops on SIGTERM. */
async function runAsChild(specFile: string): Promise<void> {
  const spec = JSON.parse(await readFile(specFile, "utf8")) as TargetSpec;
  const server = await startTarget(spec, true);
  const profileFile = spec.kind === "real" ? spec.profileFile : undefined;
  const session = profileFile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    process.once("SIGUSR2", () => void session.post("Profiler.start"));
  }
  const stop = async () => {
    if (session && profileFile) {
      const { profile } = await session.post("Profiler.stop");
      await writeFile(profileFile, JSON.stringify(profile));
    }
    await server.close();
  };
  const exit = () => {
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", exit);
  process.once("SIGINT", exit);
  process.stdout.write(`READY ${server.url}\n`);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  runAsChild(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

