import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { NODE_KINDS, RELATION_TYPES, type GraphEdge, type GraphNode } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";
import type { GraphStore, PageRequest, StoreStats, TaskFilter, TaskPage } from "../../src/graph/graph-store.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED_FILE = path.join(root, "seed/documents/ben-tre-hdnd-2023-07-05.txt");
export const CORPUS_DIR = path.join(root, "test/fixtures/corpus");
/** The five documents at the top of the corpus folder (its `sessions/` subfolder holds 45 more). */
export const CORPUS_FILES: string[] = readdirSync(CORPUS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(CORPUS_DIR, entry.name))
  .sort();

/** Whether the extractor reads the seed; suites that only exercise it can skip while it is broken. */
export const extractorReady: boolean = (() => {
  try {
    return extractDocument(readFileSync(SEED_FILE), { fileName: path.basename(SEED_FILE) }).nodes.length > 0;
  } catch {
    return false;
  }
})();

/** A store shared by the tests of one describe block, opened and filled once. */
export function useStore(open: () => Promise<GraphStore>, fill: (store: GraphStore) => Promise<void>): () => GraphStore {
  let store: GraphStore | undefined;
  beforeAll(async () => {
    store = await open();
    await fill(store);
  });
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error("store not opened");
    return store;
  };
}

/** One task page, asked for as a batch of one. */
export async function findTasks(store: GraphStore, filter: TaskFilter, page: PageRequest): Promise<TaskPage> {
  const pages = await store.findTaskPages([{ filter, page }]);
  if (pages.length !== 1) throw new Error(`findTaskPages answered ${pages.length} pages for one request`);
  return pages[0];
}

/** Every task id the filter matches, page after page. */
export async function allTaskIds(store: GraphStore, filter: TaskFilter): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await findTasks(store, filter, { first: 100, after });
    ids.push(...page.ids);
    if (!page.hasNextPage) return ids;
    after = page.ids[page.ids.length - 1];
  }
}

/** Everything a reader could see of a store's graph: every node whole, every edge with its statement, the counts. */
export async function snapshotGraph(store: GraphStore): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; stats: StoreStats }> {
  const nodes = (await Promise.all(NODE_KINDS.map((kind) => store.listNodes(kind)))).flat();
  const ids = nodes.map((node) => node.id);
  const edges: GraphEdge[] = [];
  for (const type of RELATION_TYPES) edges.push(...(await store.getEdges(ids, type, "out")).flat());
  return { nodes, edges, stats: await store.stats() };
}
