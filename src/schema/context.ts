import type { ApiLimits } from "../config/config.js";
import type { GraphStore } from "../graph/graph-store.js";
import type { Loaders } from "../loaders/loaders.js";

/** What every resolver sees: the store, this request's loaders, the limits, the request id. */
export interface GraphContext {
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
  requestId: string;
}
