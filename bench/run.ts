import "reflect-metadata";
import { spawnSync } from "node:child_process";
import os from "node:os";
import { writeFile } from "node:fs/promises";
import { formatApolloOverhead, runApolloOverhead } from "./apollo-overhead.bench.js";
import { formatAttacks, runAttacks } from "./attacks.bench.js";
import { formatExplorerFirstView, runExplorerFirstView } from "./explorer-first-view.bench.js";
import { formatExtractThroughput, runExtractThroughput } from "./extract-throughput.bench.js";
import { formatExtractBench, runExtractBench } from "./extract.bench.js";
import { formatGrowth, runGrowth } from "./growth.bench.js";
import { formatHttpThroughput, runHttpThroughput } from "./http-throughput.bench.js";
import { describeMachine } from "./measure.js";
import { formatNeo4jPeer, runNeo4jPeer } from "./neo4j-peer.bench.js";
import { formatStoreCalls, runStoreCalls } from "./store-calls.bench.js";
import { formatVersions, runVersions } from "./versions.bench.js";

/**
 * `npm run bench [-- --smoke] [--only growth,http] [--sizes 1000,100000] [--json out.json] [--profile]`
 *
 * Runs each benchmark and prints Markdown sections ready for bench/RESULTS.md.
 * Restarts itself once with --expose-gc and a large heap, so memory figures are
 * live data and the million-task graph fits.
 */

interface Args {
  smoke: boolean;
  only: Set<string> | null;
  sizes: number[] | undefined;
  json: string | null;
  profile: boolean;
}

const BENCHMARKS = ["store-calls", "extract", "growth", "versions", "http", "overhead", "attacks", "explorer", "neo4j", "neo4j-growth"] as const;
type BenchmarkName = (typeof BENCHMARKS)[number];

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { smoke: false, only: null, sizes: undefined, json: null, profile: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === "--smoke") args.smoke = true;
    else if (arg === "--profile") args.profile = true;
    else if (arg === "--only") args.only = new Set(value().split(","));
    else if (arg === "--json") args.json = value();
    else if (arg === "--sizes") args.sizes = value().split(",").map(parseSize);
    else throw new Error(`Unknown argument ${arg}. Usage: bench/run.ts [--smoke] [--only ${BENCHMARKS.join(",")}] [--sizes 1000,100000] [--json file] [--profile]`);
  }
  for (const name of args.only ?? []) {
    if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`Unknown benchmark ${name}; known: ${BENCHMARKS.join(", ")}`);
  }
  return args;
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`Bad size ${text}: use e.g. 1000, 100k, 1m`);
  const scale = { "": 1, k: 1_000, m: 1_000_000 }[match[2].toLowerCase() as "" | "k" | "m"];
  return Math.round(Number(match[1]) * scale);
}

/** Re-executes this script with --expose-gc and a heap sized to the machine, once. */
function restartWithLargeHeap(): boolean {
  if ((globalThis as { gc?: unknown }).gc || process.env.POLICY_GRAPH_BENCH_CHILD) return false;
  const heapMiB = Math.min(20_480, Math.floor((os.totalmem() / 2 ** 20) * 0.75));
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, "--expose-gc", `--max-old-space-size=${heapMiB}`, ...process.argv.slice(1)],
    // graphql-js checks NODE_ENV once, at load: outside production its instanceOf does extra work on every miss.
    { stdio: "inherit", env: { NODE_ENV: "production", ...process.env, POLICY_GRAPH_BENCH_CHILD: "1" } },
  );
  process.exitCode = result.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (restartWithLargeHeap()) return;
  const selected = (name: BenchmarkName) => (args.only ? args.only.has(name) : true);
  const progress = (message: string) => process.stderr.write(`  … ${message}\n`);
  const machine = describeMachine();
  const command = `npm run bench --${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(" ")}` : ""}`;
  console.log(`# policy-graph benchmarks${args.smoke ? " (smoke mode: figures are not meaningful)" : ""}\n`);
  console.log(`${machine.date} · node ${machine.node} · nproc ${machine.nproc} · ${machine.cpuModel} · ${machine.totalMemoryGiB} GiB · ${machine.platform}`);
  console.log(`Command: \`${command}\`\n`);

  const results: Partial<Record<BenchmarkName, unknown>> = {};
  const section = async <T>(name: BenchmarkName, title: string, run: () => Promise<T>, format: (result: T) => string) => {
    if (!selected(name)) return;
    progress(`${name}…`);
    const started = performance.now();
    const result = await run();
    results[name] = result;
    console.log(`## ${title}\n\n${format(result)}\n\n_${((performance.now() - started) / 1000).toFixed(1)} s_\n`);
  };

  await section("store-calls", "Store calls per request", () => runStoreCalls({ smoke: args.smoke }), formatStoreCalls);
  await section(
    "extract",
    "Extraction throughput",
    async () => ({ sets: await runExtractThroughput({ smoke: args.smoke }), documents: runExtractBench({ smoke: args.smoke }) }),
    (result) =>
      `${formatExtractThroughput(result.sets)}\n\nPer document, from bench/extract.bench.ts (min, p50, p95 over repeated runs of one document):\n\n\`\`\`\n${formatExtractBench(result.documents)}\n\`\`\``,
  );
  await section(
    "growth",
    "Growth: flagship query on the embedded store",
    () => runGrowth({ smoke: args.smoke, sizes: args.sizes, store: "memory", onProgress: progress }),
    formatGrowth,
  );
  await section(
    "versions",
    "Document versions: corpus ingest and the cost of a replacement as the store grows",
    () => runVersions({ smoke: args.smoke, onProgress: progress }),
    formatVersions,
  );
  await section(
    "http",
    "HTTP throughput against bare node:http",
    () => runHttpThroughput({ smoke: args.smoke, profile: args.profile, onProgress: progress }),
    formatHttpThroughput,
  );
  await section(
    "overhead",
    "Where the server's time goes: Apollo variants in-process",
    () => runApolloOverhead({ smoke: args.smoke }),
    formatApolloOverhead,
  );
  await section(
    "attacks",
    "Hostile requests against a server process",
    () => runAttacks({ smoke: args.smoke, onProgress: progress }),
    formatAttacks,
  );
  await section(
    "explorer",
    "Explorer: first view in a browser",
    () => runExplorerFirstView({ smoke: args.smoke, onProgress: progress }),
    formatExplorerFirstView,
  );
  await section(
    "neo4j",
    "Neo4j: the project against @neo4j/graphql and a Cypher floor",
    () => runNeo4jPeer({ smoke: args.smoke, onProgress: progress }),
    formatNeo4jPeer,
  );
  await section(
    "neo4j-growth",
    "Growth: flagship query on Neo4j",
    () => runGrowth({ smoke: args.smoke, sizes: args.sizes ?? (args.smoke ? undefined : [1_000, 100_000]), store: "neo4j", onProgress: progress }),
    formatGrowth,
  );

  if (args.json) await writeFile(args.json, JSON.stringify({ machine, command, results }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
