import DataLoader from "dataloader";
import type { GraphEdge, GraphNode, RelationType } from "../domain/model.js";
import type { EdgeDirection, GraphStore, LegalBasisPath } from "../graph/graph-store.js";

/**
 * Per-request loaders: every related-entity field goes through one of these, so
 * a query nested N levels deep costs at most one batched store call per level.
 * Created in the request context, never shared between requests.
 */
export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  edges(type: RelationType, direction: EdgeDirection): DataLoader<string, GraphEdge[]>;
  legalBasis(maxDepth: number): DataLoader<string, LegalBasisPath[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  const edgeLoaders = new Map<string, DataLoader<string, GraphEdge[]>>();
  const basisLoaders = new Map<number, DataLoader<string, LegalBasisPath[]>>();
  return {
    node: new DataLoader((ids) => store.getNodes(ids)),
    edges(type, direction) {
      const key = `${type}:${direction}`;
      let loader = edgeLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.getEdges(ids, type, direction));
        edgeLoaders.set(key, loader);
      }
      return loader;
    },
    legalBasis(maxDepth) {
      let loader = basisLoaders.get(maxDepth);
      if (!loader) {
        loader = new DataLoader((ids) => store.legalBasis(ids, maxDepth));
        basisLoaders.set(maxDepth, loader);
      }
      return loader;
    },
  };
}
