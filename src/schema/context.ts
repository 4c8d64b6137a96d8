import type { ApiLimits } from "../config/config.js";
import type { GraphReader, GraphStore } from "../graph/graph-store.js";
import { createLoaders, type Loaders } from "../loaders/loaders.js";

/** What every resolver sees: the request's reads of the store, its loaders, the limits, the request id. */
export interface GraphContext {
  store: GraphReader;
  loaders: Loaders;
  limits: ApiLimits;
  requestId: string;
}

/**
 * The context of one request: the store's reads for this request only (so the
 * Neo4j store can send one level's reads together) and fresh loaders over them.
 */
export function createGraphContext(store: GraphStore, limits: ApiLimits, requestId: string): GraphContext {
  const reader = store.openRequest();
  return { store: reader, loaders: createLoaders(reader), limits, requestId };
}
