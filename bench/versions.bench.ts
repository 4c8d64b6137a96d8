import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphBatch, GraphNode } from "../src/domain/model.js";
import { extractDocument } from "../src/extract/index.js";
import { ingestFiles, listDocumentFiles } from "../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { DOCUMENT_OWNED_KINDS } from "../src/graph/shared/node-versions.js";
import { formatNumber, formatTable, summarise, type Summary } from "./measure.js";

/**
 * Document versions on the embedded store (issue 9): how fast the whole
 * corpus ingests, and what replacing or removing one document costs as the
 * store grows. The store grows by copies of the corpus under other document
 * ids: each copy is a document of its own, but names the same places,
 * bodies and instruments, so the hubs (a province every document names, a
 * law every "Căn cứ" cites) grow with the store, as they would with a real
 * province's body of law. The replaced document is the seed, which names
 * those hubs. Sizes are measured alternately, round by round, so a noisy
 * machine slows them alike.
 *
 *   npx tsx bench/versions.bench.ts [--smoke] [--copies 1,10,100]
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = [path.join(ROOT, "seed/documents"), path.join(ROOT, "test/fixtures/corpus")];
export const DEFAULT_COPIES = [1, 10, 100];
export const SMOKE_COPIES = [1, 3];

export interface VersionsOptions {
  smoke?: boolean;
  /** Store sizes, as copies of the corpus. */
  copies?: number[];
  onProgress?: (message: string) => void;
}

export interface CorpusIngest {
  documents: number;
  tasks: number;
  /** store.ingest only, batches extracted beforehand. */
  storeDocumentsPerSecond: number;
  /** Reading, extraction and ingest of every file (ingestFiles). */
  endToEndDocumentsPerSecond: number;
}

export interface SizeResult {
  copies: number;
  documents: number;
  tasks: number;
  nodes: number;
  /** One replacement (another text of the seed), alternating between two texts. */
  replace: Summary;
  /** Removing the seed document, then ingesting it again as new. */
  remove: Summary;
  add: Summary;
}

export interface VersionsResult {
  corpus: CorpusIngest;
  sizes: SizeResult[];
  /** Largest store's p50 ÷ smallest store's p50. */
  replaceRatio: number;
  removeRatio: number;
}

export async function runVersions(options: VersionsOptions = {}): Promise<VersionsResult> {
  const progress = options.onProgress ?? (() => {});
  const { files } = await listDocumentFiles(CORPUS);
  const batches = await Promise.all(files.map(async (file) => extractDocument(await readFile(file), { fileName: path.basename(file) })));
  const seed = batches.find((batch) => batch.document.fileName?.startsWith("ben-tre-hdnd"));
  if (!seed) throw new Error("the seed is not among the corpus files");

  const corpus = await measureCorpusIngest(batches, options.smoke ? 1 : 5);
  progress(`versions: corpus ${formatNumber(corpus.storeDocumentsPerSecond, 0)} documents/s into the store`);

  const copies = options.copies ?? (options.smoke ? SMOKE_COPIES : DEFAULT_COPIES);
  const stores: { copies: number; store: MemoryGraphStore }[] = [];
  for (const count of copies) {
    const store = new MemoryGraphStore();
    for (let copy = 0; copy < count; copy += 1) {
      for (const batch of batches) await store.ingest(copy === 0 ? batch : asCopy(batch, copy));
    }
    stores.push({ copies: count, store });
    progress(`versions: store of ${(count * batches.length).toLocaleString("en")} documents loaded`);
  }

  const corrected = correctedText(seed);
  const samples = new Map(stores.map(({ copies: count }) => [count, { replace: [] as number[], remove: [] as number[], add: [] as number[] }]));
  const rounds = options.smoke ? 2 : 40;
  // Warm-up rounds (JIT, first compactions) are run on every store and not counted.
  const warmup = options.smoke ? 1 : 5;
  const timed = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  for (let round = -warmup; round < rounds; round += 1) {
    for (const { copies: count, store } of stores) {
      const figures = round >= 0 ? samples.get(count)! : { replace: [], remove: [], add: [] };
      figures.replace.push(await timed(() => expectOutcome(store.ingest(corrected), "replaced")));
      figures.replace.push(await timed(() => expectOutcome(store.ingest(seed), "replaced")));
      figures.remove.push(await timed(() => store.remove(seed.document.id)));
      figures.add.push(await timed(() => expectOutcome(store.ingest(seed), "new")));
    }
  }

  const sizes: SizeResult[] = [];
  for (const { copies: count, store } of stores) {
    const stats = await store.stats();
    const figures = samples.get(count)!;
    sizes.push({
      copies: count,
      documents: stats.nodes.Document,
      tasks: stats.nodes.Task,
      nodes: Object.values(stats.nodes).reduce((sum, n) => sum + n, 0),
      replace: summarise(figures.replace),
      remove: summarise(figures.remove),
      add: summarise(figures.add),
    });
  }
  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]];
  return {
    corpus,
    sizes,
    replaceRatio: largest.replace.p50 / smallest.replace.p50,
    removeRatio: largest.remove.p50 / smallest.remove.p50,
  };
}

async function measureCorpusIngest(batches: readonly GraphBatch[], rounds: number): Promise<CorpusIngest> {
  let storeMs = Number.POSITIVE_INFINITY;
  let endToEndMs = Number.POSITIVE_INFINITY;
  // Best of the rounds after a warm-up one (JIT): the least disturbed by the other processes on the machine.
  for (let round = -1; round < rounds; round += 1) {
    const store = new MemoryGraphStore();
    const start = performance.now();
    for (const batch of batches) await store.ingest(batch);
    if (round >= 0) storeMs = Math.min(storeMs, performance.now() - start);
    const fresh = new MemoryGraphStore();
    const started = performance.now();
    const summary = await ingestFiles(fresh, CORPUS);
    if (summary.failed.length > 0) throw new Error(`corpus failed to ingest: ${summary.failed.map((f) => f.file).join(", ")}`);
    if (round >= 0) endToEndMs = Math.min(endToEndMs, performance.now() - started);
  }
  return {
    documents: batches.length,
    tasks: batches.reduce((sum, batch) => sum + batch.nodes.filter((node) => node.kind === "Task").length, 0),
    storeDocumentsPerSecond: batches.length / (storeMs / 1000),
    endToEndDocumentsPerSecond: batches.length / (endToEndMs / 1000),
  };
}

async function expectOutcome(result: Promise<{ outcome: string }>, outcome: string): Promise<void> {
  const { outcome: actual } = await result;
  if (actual !== outcome) throw new Error(`expected ${outcome}, the store said ${actual}`);
}

/**
 * The batch as another document with the same words: its document id and the
 * ids of its provisions, tasks and targets get a suffix; the shared nodes it
 * names keep theirs.
 */
function asCopy(batch: GraphBatch, copy: number): GraphBatch {
  const renamed = new Map<string, string>([[batch.document.id, `${batch.document.id}~${copy}`]]);
  for (const node of batch.nodes) if (DOCUMENT_OWNED_KINDS.has(node.kind)) renamed.set(node.id, `${node.id}~${copy}`);
  return JSON.parse(JSON.stringify(batch), (_key, value: unknown) =>
    typeof value === "string" ? (renamed.get(value) ?? value) : value,
  ) as GraphBatch;
}

/** A corrected text of the document: one task reworded, the last one gone, another sha256. */
function correctedText(batch: GraphBatch): GraphBatch {
  const tasks = batch.nodes.filter((node) => node.kind === "Task");
  const dropped = tasks[tasks.length - 1].id;
  const reworded = tasks[0].id;
  const sha256 = createHash("sha256").update(`${batch.document.sha256} corrected`).digest("hex");
  const document = { ...batch.document, sha256, fileName: "corrected.txt" };
  const nodes: GraphNode[] = batch.nodes
    .filter((node) => node.id !== dropped)
    .map((node) => (node.id === document.id ? document : node.kind === "Task" && node.id === reworded ? { ...node, text: `${node.text} (đã sửa)` } : node));
  const edges = batch.edges.filter((edge) => edge.from !== dropped && edge.to !== dropped);
  return { ...batch, document, nodes, edges };
}

export function formatVersions(result: VersionsResult): string {
  const { corpus } = result;
  const lines = [
    `Whole corpus (${corpus.documents} documents, ${corpus.tasks.toLocaleString("en")} tasks) into an empty embedded store, best round: ` +
      `**${formatNumber(corpus.storeDocumentsPerSecond, 0)} documents/s** for store.ingest alone (batches extracted beforehand), ` +
      `${formatNumber(corpus.endToEndDocumentsPerSecond, 0)} documents/s reading, extracting and ingesting (ingestFiles).`,
    "",
    formatTable(
      ["store", "documents", "tasks", "nodes", "replace p50 ms", "replace p99 ms", "remove p50 ms", "add back p50 ms"],
      result.sizes.map((size) => [
        `${size.copies}× corpus`,
        size.documents.toLocaleString("en"),
        size.tasks.toLocaleString("en"),
        size.nodes.toLocaleString("en"),
        formatNumber(size.replace.p50),
        formatNumber(size.replace.p99),
        formatNumber(size.remove.p50),
        formatNumber(size.add.p50),
      ]),
    ),
    "",
    `Largest store ÷ smallest, p50: replace ${formatNumber(result.replaceRatio)}, remove ${formatNumber(result.removeRatio)} (flat is 1).`,
  ];
  return lines.join("\n");
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--copies");
  const copies = at >= 0 ? argv[at + 1].split(",").map(Number) : undefined;
  runVersions({ smoke: argv.includes("--smoke"), copies, onProgress: (message) => process.stderr.write(`  … ${message}\n`) }).then(
    (result) => console.log(formatVersions(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
