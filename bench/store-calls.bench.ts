import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { countStoreCalls } from "../test/fixtures/count-store-calls.js";
import { createGraphqlPipeline } from "./graphql-pipeline.js";
import { loadSyntheticGraph } from "./load-synthetic.js";
import { formatTable } from "./measure.js";
import { connectionInListQuery, FLAGSHIP_QUERY, MAX_NESTED_DEPTH, nestedQuery } from "./queries.js";
import { planSyntheticGraph } from "./synthetic-graph.js";

export interface StoreCallsRow {
  query: string;
  depth: number;
  first: number;
  /** List items in the response, at every level. */
  rows: number;
  calls: number;
  byMethod: Record<string, number>;
  /** The largest batch (keys in one call). */
  largestBatch: number;
  errors: number;
}

export interface StoreCallsResult {
  tasks: number;
  nested: StoreCallsRow[];
  flagship: StoreCallsRow;
  connectionInList: StoreCallsRow[];
}

export interface StoreCallsOptions {
  smoke?: boolean;
}

const PAGE_SIZES = [5, 100] as const;

/**
 * Store calls per GraphQL request, counted by a Proxy around the embedded store,
 * for queries nested 1..5 levels deep at two page sizes: the count must follow
 * the depth, never the rows.
 */
export async function runStoreCalls(options: StoreCallsOptions = {}): Promise<StoreCallsResult> {
  const plan = planSyntheticGraph(options.smoke ? 1000 : 20_000);
  const inner = new MemoryGraphStore();
  await loadSyntheticGraph(inner, plan);
  const counter = countStoreCalls(inner);
  const pipeline = await createGraphqlPipeline(counter.store);

  const measure = async (label: string, query: string, depth: number, first: number): Promise<StoreCallsRow> => {
    counter.reset();
    const { body } = await pipeline.run(query);
    const response = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    return {
      query: label,
      depth,
      first,
      rows: countRows(response.data),
      calls: counter.total(),
      byMethod: counter.calls(),
      largestBatch: counter.largestBatch(),
      errors: response.errors?.length ?? 0,
    };
  };

  const nested: StoreCallsRow[] = [];
  for (let depth = 1; depth <= MAX_NESTED_DEPTH; depth += 1) {
    for (const first of PAGE_SIZES) nested.push(await measure(`nested ${depth}`, nestedQuery(depth, first), depth, first));
  }
  const flagship = await measure("flagship", FLAGSHIP_QUERY, 3, 20);
  const connectionInList: StoreCallsRow[] = [];
  for (const first of PAGE_SIZES) {
    connectionInList.push(await measure("connection in a list", connectionInListQuery(first), 3, first));
  }
  await inner.close();
  return { tasks: plan.tasks, nested, flagship, connectionInList };
}

/** Items of every list in the response, at any depth. */
function countRows(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + 1 + countRows(item), 0);
  if (value === null || typeof value !== "object") return 0;
  let count = 0;
  for (const child of Object.values(value)) count += countRows(child);
  return count;
}

export function formatStoreCalls(result: StoreCallsResult): string {
  const row = (r: StoreCallsRow) => [
    r.query,
    r.depth,
    r.first,
    r.rows,
    r.calls,
    r.largestBatch,
    Object.entries(r.byMethod)
      .map(([method, count]) => `${method}×${count}`)
      .join(", "),
    r.errors,
  ];
  return [
    `Synthetic graph of ${result.tasks.toLocaleString("en")} tasks, embedded store, in-process execution (graphql-js execute).`,
    "",
    formatTable(
      ["query", "depth", "first", "rows returned", "store calls", "largest batch", "calls by method", "errors"],
      [...result.nested.map(row), row(result.flagship), ...result.connectionInList.map(row)],
    ),
  ].join("\n");
}
