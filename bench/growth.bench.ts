import { createHash } from "node:crypto";
import { loadConfig } from "../src/config/config.js";
import { createStore } from "../src/graph/create-store.js";
import type { GraphStore, StoreStats } from "../src/graph/graph-store.js";
import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { createGraphqlPipeline, type GraphqlPipeline } from "./graphql-pipeline.js";
import { loadSyntheticGraph } from "./load-synthetic.js";
import { formatNumber, formatTable, readMemory, sampleLatency, summarise, type Summary } from "./measure.js";
import { flagshipQuery } from "./queries.js";
import { generateSyntheticBatches, PROBE_PLACE_NAME, PROBE_TASK_COUNT, planSyntheticGraph } from "./synthetic-graph.js";

export const DEFAULT_GROWTH_SIZES = [1_000, 100_000, 1_000_000];
export const SMOKE_GROWTH_SIZES = [200, 1_000];
export const GROWTH_TARGET_RATIO = 1.5;

export type StoreKind = "memory" | "neo4j";

export interface GrowthOptions {
  sizes?: number[];
  store?: StoreKind;
  smoke?: boolean;
  onProgress?: (message: string) => void;
}

export interface GrowthSizeResult {
  requestedTasks: number;
  tasks: number;
  documents: number;
  nodes: number;
  edges: number;
  /** Cumulative: this size was reached by growing the previous one in place. */
  loadSeconds: number;
  /** Of loadSeconds, the part spent in store.ingest (the rest generates batches). */
  ingestSeconds: number;
  /** Ingest rate of the documents added since the previous size. */
  tasksPerSecond: number;
  /** Milliseconds to ingest the first probe document again (an unchanged batch: nothing to do but check). */
  reingestMs: number;
  heapUsedMiB: number;
  rssMiB: number;
  memoryAfterGc: boolean;
  latency: Summary;
  /**
   * The smallest size's latency measured in the same time window, alternating
   * with this size (embedded store only: a second store holds the smallest
   * graph), so a noisy machine slows both sides alike.
   */
  reference: Summary | null;
  probeTasks: number;
  basisPaths: number;
  /** SHA-256 of the response body: the same at every size when the probe is truly the same place. */
  responseSha256: string;
}

export interface GrowthResult {
  store: StoreKind;
  execution: string;
  sizes: GrowthSizeResult[];
  /** p50 and p99 latency at the largest size over the smallest (over the reference measured alongside, when there is one). */
  ratioP50: number;
  ratioP99: number;
  identicalAnswers: boolean;
  skipped?: string;
}

/**
 * The flagship query for the probe place (same tasks, same answer at every
 * size) while the graph grows around it. Sizes are loaded in ascending order
 * into one store: every size's documents extend the previous size's.
 */
export async function runGrowth(options: GrowthOptions = {}): Promise<GrowthResult> {
  const kind = options.store ?? "memory";
  const sizes = [...(options.sizes ?? (options.smoke ? SMOKE_GROWTH_SIZES : DEFAULT_GROWTH_SIZES))].sort((a, b) => a - b);
  const progress = options.onProgress ?? (() => {});
  const execution = "in-process: graphql-js parse, validate, execute through the real schema, JSON.stringify";
  const empty: GrowthResult = { store: kind, execution, sizes: [], ratioP50: Number.NaN, ratioP99: Number.NaN, identicalAnswers: false };

  const opened = await openStore(kind);
  if ("skipped" in opened) return { ...empty, skipped: opened.skipped };
  const { store } = opened;
  const referenceStore = kind === "memory" ? new MemoryGraphStore() : null;
  try {
    const pipeline = await createGraphqlPipeline(store);
    const query = flagshipQuery(PROBE_PLACE_NAME);
    let reference: GraphqlPipeline | null = null;
    if (referenceStore) {
      await loadSyntheticGraph(referenceStore, planSyntheticGraph(sizes[0]));
      reference = await createGraphqlPipeline(referenceStore);
    }
    const results: GrowthSizeResult[] = [];
    let loadedDocuments = 0;
    let loadMs = 0;
    let ingestMs = 0;
    for (const size of sizes) {
      const plan = planSyntheticGraph(size);
      if (plan.documents <= loadedDocuments) continue;
      progress(`growth/${kind}: loading ${plan.tasks.toLocaleString("en")} tasks`);
      const startedTasks = loadedDocuments * (plan.tasks / plan.documents);
      const load = await loadSyntheticGraph(store, plan, loadedDocuments, (done) =>
        progress(`growth/${kind}: ${done.toLocaleString("en")} / ${plan.documents.toLocaleString("en")} documents`),
      );
      loadedDocuments = plan.documents;
      loadMs += load.generateMs + load.ingestMs;
      ingestMs += load.ingestMs;
      const [probeBatch] = generateSyntheticBatches(plan);
      const reingest: number[] = [];
      for (let i = 0; i < (options.smoke ? 1 : 3); i += 1) {
        const start = performance.now();
        await store.ingest(probeBatch);
        reingest.push(performance.now() - start);
      }
      const memory = readMemory();
      const stats = await store.stats();

      const warmup = options.smoke ? 2 : 50;
      let body = "";
      for (let i = 0; i < warmup; i += 1) {
        body = (await pipeline.run(query)).body;
        await reference?.run(query);
      }
      const samples: number[] = [];
      const referenceSamples: number[] = [];
      const rounds = options.smoke ? 1 : 20;
      for (let round = 0; round < rounds; round += 1) {
        const budget = { minIterations: options.smoke ? 5 : 20, maxIterations: options.smoke ? 5 : 2_000, budgetMs: options.smoke ? 0 : 250 };
        samples.push(...(await sampleLatency(async () => pipeline.run(query), budget)));
        if (reference) referenceSamples.push(...(await sampleLatency(async () => reference.run(query), budget)));
      }
      const answer = JSON.parse(body) as {
        data?: { tasks?: { edges: { node: { legalBasis: unknown[] } }[] } };
        errors?: { message: string }[];
      };
      if (answer.errors?.length) throw new Error(`Flagship query failed: ${answer.errors.map((error) => error.message).join("; ")}`);
      const edges = answer.data?.tasks?.edges ?? [];
      results.push({
        requestedTasks: size,
        tasks: plan.tasks,
        documents: plan.documents,
        nodes: Object.values(stats.nodes).reduce((sum, count) => sum + count, 0),
        edges: Object.values(stats.edges).reduce((sum, count) => sum + count, 0),
        loadSeconds: loadMs / 1000,
        ingestSeconds: ingestMs / 1000,
        tasksPerSecond: (plan.tasks - startedTasks) / ((load.generateMs + load.ingestMs) / 1000),
        reingestMs: summarise(reingest).p50,
        heapUsedMiB: memory.heapUsedMiB,
        rssMiB: memory.rssMiB,
        memoryAfterGc: memory.afterGc,
        latency: summarise(samples),
        reference: reference ? summarise(referenceSamples) : null,
        probeTasks: edges.length,
        basisPaths: edges.reduce((sum, edge) => sum + edge.node.legalBasis.length, 0),
        responseSha256: createHash("sha256").update(body).digest("hex"),
      });
      progress(`growth/${kind}: ${plan.tasks.toLocaleString("en")} tasks, p50 ${formatNumber(results.at(-1)!.latency.p50)} ms`);
    }
    const first = results[0];
    const last = results[results.length - 1];
    const base = last.reference ?? first.latency;
    return {
      store: kind,
      execution,
      sizes: results,
      ratioP50: last.latency.p50 / base.p50,
      ratioP99: last.latency.p99 / base.p99,
      identicalAnswers: results.every((result) => result.responseSha256 === first.responseSha256 && result.probeTasks === PROBE_TASK_COUNT),
    };
  } finally {
    await store.close();
    await referenceStore?.close();
  }
}

async function openStore(kind: StoreKind): Promise<{ store: GraphStore } | { skipped: string }> {
  if (kind === "memory") return { store: new MemoryGraphStore() };
  if (!process.env.NEO4J_URI) return { skipped: "NEO4J_URI is not set: the Neo4j growth benchmark was skipped." };
  let store: GraphStore;
  let stats: StoreStats;
  try {
    store = await createStore(loadConfig(process.env));
    stats = await store.stats();
  } catch (error) {
    return { skipped: `Neo4j at ${process.env.NEO4J_URI} could not be used: ${error instanceof Error ? error.message : String(error)}` };
  }
  const existing = Object.values(stats.nodes).reduce((sum, count) => sum + count, 0);
  if (existing > 0) {
    await store.close();
    return {
      skipped:
        `Neo4j database "${process.env.NEO4J_DATABASE || "neo4j"}" already holds ${existing} nodes; the growth benchmark ` +
        "needs an empty one (e.g. CREATE DATABASE bench, then NEO4J_DATABASE=bench).",
    };
  }
  return { store };
}

export function formatGrowth(result: GrowthResult): string {
  if (result.skipped) return result.skipped;
  const base = result.sizes[0];
  const alongside = base?.reference !== null;
  const table = formatTable(
    [
      "tasks",
      "documents",
      "nodes",
      "edges",
      "load s (cumulative)",
      "ingest tasks/s",
      "re-ingest 1 doc ms",
      "heap MiB",
      "RSS MiB",
      "p50 ms",
      "p99 ms",
      ...(alongside ? ["smallest p50 / p99 ms alongside"] : []),
      "p50 ÷ smallest",
      "p99 ÷ smallest",
      "probe tasks",
      "basis paths",
    ],
    result.sizes.map((size) => [
      ...sizeCells(size),
      ...(alongside && size.reference ? [`${formatNumber(size.reference.p50, 3)} / ${formatNumber(size.reference.p99, 3)}`] : []),
      formatNumber(size.latency.p50 / (size.reference ?? base.latency).p50),
      formatNumber(size.latency.p99 / (size.reference ?? base.latency).p99),
      size.probeTasks,
      size.basisPaths,
    ]),
  );
  const verdict = result.ratioP50 <= GROWTH_TARGET_RATIO ? "meets" : "MISSES";
  return [
    `Store: ${result.store}. Execution: ${result.execution}. ${base?.latency.n ?? 0}+ samples per size` +
      (alongside ? ", alternating in rounds with the smallest graph, kept in a second store, so both see the same machine load." : "."),
    "",
    table,
    "",
    `Largest ÷ smallest: p50 ${formatNumber(result.ratioP50)}, p99 ${formatNumber(result.ratioP99)} (target p50 ≤ ${GROWTH_TARGET_RATIO}: ${verdict}). ` +
      `Probe answer identical at every size: ${result.identicalAnswers ? "yes" : "NO"}.` +
      (base?.memoryAfterGc === false ? " (Heap read without a forced GC: run node with --expose-gc for live-data figures.)" : ""),
  ].join("\n");
}

function sizeCells(size: GrowthSizeResult): (string | number)[] {
  return [
    size.tasks.toLocaleString("en"),
    size.documents.toLocaleString("en"),
    size.nodes.toLocaleString("en"),
    size.edges.toLocaleString("en"),
    formatNumber(size.loadSeconds, 1),
    Math.round(size.tasksPerSecond).toLocaleString("en"),
    formatNumber(size.reingestMs, 1),
    formatNumber(size.heapUsedMiB, 0),
    formatNumber(size.rssMiB, 0),
    formatNumber(size.latency.p50, 3),
    formatNumber(size.latency.p99, 3),
  ];
}
