/**
 * What the reference data of places costs a process (issue 10): the earlier
 * gazetteer, the 2025 list and the succession between them are each read on
 * first use. Each run is a fresh process, so every figure includes loading.
 *   npx tsx bench/reference-data.bench.ts           7 fresh processes
 *   npx tsx bench/reference-data.bench.ts --smoke   1 fresh process
 *   npx tsx bench/reference-data.bench.ts --baseline <other checkout>
 *       warm extraction of the seed by that checkout's extractor and this one,
 *       alternated in one process (same load for both), as a ratio
 * Per process: ms to load the earlier gazetteer alone; ms of the first
 * extraction of the seed (2023: loads the 2025 list and the succession its
 * successors need) and then of a 2025 decision (the predecessor index); live
 * heap after each step; then the steady-state p50 of extracting each, warm.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { summarise } from "./measure.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = path.join(ROOT, "seed/documents/ben-tre-hdnd-2023-07-05.txt");
const POST_2025 = path.join(ROOT, "test/fixtures/post-2025/vinh-long-2025-qd-ubnd.txt");

export interface ReferenceLoadRun {
  earlierGazetteerMs: number;
  firstSeedMs: number;
  first2025Ms: number;
  heapBaseMiB: number;
  heapEarlierMiB: number;
  heapAllMiB: number;
  seedP50Ms: number;
  decision2025P50Ms: number;
}

/** One measurement, in this (fresh) process. */
async function measureHere(): Promise<ReferenceLoadRun> {
  const heap = () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  const { extractDocument } = await import("../src/extract/index.js");
  const { loadReferenceData } = await import("../src/extract/reference-data.js");
  const seed = readFileSync(SEED);
  const decision = readFileSync(POST_2025);
  const heapBaseMiB = heap();
  let t = performance.now();
  loadReferenceData("before-2025");
  const earlierGazetteerMs = performance.now() - t;
  const heapEarlierMiB = heap();
  t = performance.now();
  extractDocument(seed);
  const firstSeedMs = performance.now() - t;
  t = performance.now();
  extractDocument(decision);
  const first2025Ms = performance.now() - t;
  const heapAllMiB = heap();
  const p50 = (bytes: Buffer) => {
    for (let i = 0; i < 30; i += 1) extractDocument(bytes);
    const samples: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const started = performance.now();
      extractDocument(bytes);
      samples.push(performance.now() - started);
    }
    return summarise(samples).p50;
  };
  return { earlierGazetteerMs, firstSeedMs, first2025Ms, heapBaseMiB, heapEarlierMiB, heapAllMiB, seedP50Ms: p50(seed), decision2025P50Ms: p50(decision) };
}

export function runReferenceLoad(options: { smoke?: boolean } = {}): ReferenceLoadRun[] {
  const runs: ReferenceLoadRun[] = [];
  for (let i = 0; i < (options.smoke ? 1 : 7); i += 1) {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", fileURLToPath(import.meta.url), "--child"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (child.status !== 0) throw new Error(`reference-data bench child failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as ReferenceLoadRun);
  }
  return runs;
}

export function formatReferenceLoad(runs: ReferenceLoadRun[]): string {
  const row = (label: string, pick: (run: ReferenceLoadRun) => number, unit: string) => {
    const { p50, min } = summarise(runs.map(pick));
    return `| ${label} | ${p50.toFixed(1)} ${unit} | ${min.toFixed(1)} ${unit} |`;
  };
  return [
    `${runs.length} fresh process(es), median and best:`,
    "",
    "| step | median | best |",
    "|---|---|---|",
    row("earlier gazetteer (places.json) loaded", (r) => r.earlierGazetteerMs, "ms"),
    row("first extraction of the seed (+ 2025 list, succession table)", (r) => r.firstSeedMs, "ms"),
    row("first extraction of a 2025 decision (+ predecessor index)", (r) => r.first2025Ms, "ms"),
    row("live heap: earlier gazetteer", (r) => r.heapEarlierMiB - r.heapBaseMiB, "MiB"),
    row("live heap: everything after both extractions", (r) => r.heapAllMiB - r.heapBaseMiB, "MiB"),
    row("warm extraction of the seed, p50", (r) => r.seedP50Ms, "ms"),
    row("warm extraction of the 2025 decision, p50", (r) => r.decision2025P50Ms, "ms"),
  ].join("\n");
}

export interface BaselineComparison {
  rounds: number;
  baselineP50Ms: number;
  thisP50Ms: number;
  baselineMinMs: number;
  thisMinMs: number;
}

/** The seed extracted by another checkout's extractor and by this one, alternately, after warming both. */
export async function compareWithBaseline(baselineRoot: string, rounds = 200): Promise<BaselineComparison> {
  type Extract = (input: Uint8Array) => unknown;
  const baseline = (await import(path.join(path.resolve(baselineRoot), "src/extract/index.js"))).extractDocument as Extract;
  const current = (await import("../src/extract/index.js")).extractDocument as Extract;
  const seed = readFileSync(SEED);
  for (let i = 0; i < 30; i += 1) {
    baseline(seed);
    current(seed);
  }
  const times = { baseline: [] as number[], current: [] as number[] };
  for (let i = 0; i < rounds; i += 1) {
    for (const [name, extract] of (i % 2 === 0 ? [["baseline", baseline], ["current", current]] : [["current", current], ["baseline", baseline]]) as [keyof typeof times, Extract][]) {
      const started = performance.now();
      extract(seed);
      times[name].push(performance.now() - started);
    }
  }
  const [b, c] = [summarise(times.baseline), summarise(times.current)];
  return { rounds, baselineP50Ms: b.p50, thisP50Ms: c.p50, baselineMinMs: b.min, thisMinMs: c.min };
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const baselineAt = process.argv.indexOf("--baseline");
  if (process.argv.includes("--child")) {
    console.log(JSON.stringify(await measureHere()));
  } else if (baselineAt > 0) {
    const result = await compareWithBaseline(process.argv[baselineAt + 1]);
    console.log(
      `seed, ${result.rounds} alternated rounds: baseline p50 ${result.baselineP50Ms.toFixed(2)} ms (min ${result.baselineMinMs.toFixed(2)}), ` +
        `this p50 ${result.thisP50Ms.toFixed(2)} ms (min ${result.thisMinMs.toFixed(2)}), ratio p50 ${(result.thisP50Ms / result.baselineP50Ms).toFixed(2)}, min ${(result.thisMinMs / result.baselineMinMs).toFixed(2)}`,
    );
  } else {
    console.log(formatReferenceLoad(runReferenceLoad({ smoke: process.argv.includes("--smoke") })));
  }
}
