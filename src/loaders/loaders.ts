import DataLoader from "dataloader";
import { INSTRUMENT_RELATIONS } from "../domain/instrument-relations.js";
import type { GraphEdge, GraphNode, ProvisionNode, RelationType } from "../domain/model.js";
import type { EdgeDirection, GraphReader, Neighbour, PathStepRef, Relation, TaskFilter, TaskPage, TaskPageRequest } from "../graph/graph-store.js";

/**
 * Per-request loaders: every related-entity field goes through one of these, so
 * a query nested N levels deep costs at most one batched store call per level.
 * Created in the request context, never shared between requests.
 */
export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  edges(type: RelationType, direction: EdgeDirection): DataLoader<string, GraphEdge[]>;
  /** Edges with the node at their other end: one store call for both. */
  neighbours(type: RelationType, direction: EdgeDirection): DataLoader<string, Neighbour[]>;
  /** A task's legal basis with each path's instrument: the instruments come in the same batch, for all tasks at once. */
  legalBasis(maxDepth: number): DataLoader<string, ResolvedBasisPath[]>;
  /** Every AMENDS, REPLACES, REPEALS, GUIDES, IMPLEMENTS edge of an instrument, both ways: all its relation fields and its status in one call. */
  instrumentRelations: DataLoader<string, Relation[]>;
  /** Task pages: every task connection of one level (each place's tasks) in one store call. */
  taskPages: DataLoader<TaskPageRequest, TaskPage, string>;
  /** Every provision of a document, at any depth, in reading order: one store call per document. */
  documentProvisions: DataLoader<string, ProvisionNode[]>;
}

/** A legal-basis path with its instrument's node. */
export interface ResolvedBasisPath {
  instrument: GraphNode;
  depth: number;
  steps: PathStepRef[];
}

export function createLoaders(store: GraphReader): Loaders {
  const edgeLoaders = new Map<string, DataLoader<string, GraphEdge[]>>();
  const neighbourLoaders = new Map<string, DataLoader<string, Neighbour[]>>();
  const basisLoaders = new Map<number, DataLoader<string, ResolvedBasisPath[]>>();
  const node = new DataLoader<string, GraphNode | null>((ids) => store.getNodes(ids));
  const taskPages = new DataLoader<TaskPageRequest, TaskPage, string>((requests) => store.findTaskPages(requests), {
    cacheKeyFn: taskPageKey,
  });
  const instrumentRelations = new DataLoader<string, Relation[]>(async (ids) => {
    const lists = await store.getRelations(ids, INSTRUMENT_RELATIONS);
    for (const list of lists) for (const { node: other } of list) node.prime(other.id, other);
    return lists;
  });
  const documentProvisions = new DataLoader<string, ProvisionNode[]>((documentIds) =>
    Promise.all(
      documentIds.map(async (documentId) => {
        const provisions = (await store.listNodes("Provision", { documentId })) as ProvisionNode[];
        return provisions.filter((provision) => provision.documentId === documentId).sort((a, b) => a.ordinal - b.ordinal);
      }),
    ),
  );
  return {
    node,
    taskPages,
    documentProvisions,
    instrumentRelations,
    edges(type, direction) {
      const key = `${type}:${direction}`;
      let loader = edgeLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.getEdges(ids, type, direction));
        edgeLoaders.set(key, loader);
      }
      return loader;
    },
    neighbours(type, direction) {
      const key = `${type}:${direction}`;
      let loader = neighbourLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const lists = await store.getNeighbours(ids, type, direction);
          // The nodes arrived with the edges: later lookups by id need no store call.
          for (const list of lists) for (const { node: other } of list) node.prime(other.id, other);
          return lists;
        });
        neighbourLoaders.set(key, loader);
      }
      return loader;
    },
    legalBasis(maxDepth) {
      let loader = basisLoaders.get(maxDepth);
      if (!loader) {
        loader = new DataLoader((ids) => loadLegalBasis(store, node, ids, maxDepth));
        basisLoaders.set(maxDepth, loader);
      }
      return loader;
    },
  };
}

/**
 * Legal bases of many tasks, with their instruments: two store calls for all of them (Neo4j's
 * reader already holds the instruments its legal-basis statement returned), rather than a
 * loader promise per instrument of every path. A task whose path ends at a node that is not
 * there gets an error of its own.
 */
async function loadLegalBasis(
  store: GraphReader,
  nodeLoader: DataLoader<string, GraphNode | null>,
  taskIds: readonly string[],
  maxDepth: number,
): Promise<(ResolvedBasisPath[] | Error)[]> {
  const lists = await store.legalBasis(taskIds, maxDepth);
  const instrumentIds = [...new Set(lists.flatMap((paths) => paths.map((path) => path.instrumentId)))];
  const instruments = new Map<string, GraphNode>();
  const found = instrumentIds.length === 0 ? [] : await store.getNodes(instrumentIds);
  found.forEach((instrument, at) => {
    if (!instrument) return;
    instruments.set(instrumentIds[at], instrument);
    nodeLoader.prime(instrument.id, instrument);
  });
  return lists.map((paths) => {
    const dangling = paths.find((path) => !instruments.has(path.instrumentId));
    if (dangling) return new Error(`Dangling reference to node ${dangling.instrumentId}`);
    return paths.map((path) => ({ instrument: instruments.get(path.instrumentId)!, depth: path.depth, steps: path.steps }));
  });
}

/** Every criterion of a task filter (the type makes the list whole), read in this one order. */
const TASK_FILTER_CRITERIA: Record<keyof TaskFilter, true> = {
  placeIds: true,
  includeSubPlaces: true,
  includePredecessors: true,
  bodyId: true,
  role: true,
  projectId: true,
  instrumentId: true,
  sector: true,
  documentId: true,
  text: true,
};
const TASK_FILTER_FIELDS = Object.keys(TASK_FILTER_CRITERIA) as (keyof TaskFilter)[];

/**
 * Equal requests give equal keys whatever the order their filter's properties were set in:
 * the criteria are read in one fixed order (this runs for every task connection of a request).
 */
function taskPageKey({ filter, page }: TaskPageRequest): string {
  const criteria: Partial<Record<keyof TaskFilter, unknown>> = {};
  for (const field of TASK_FILTER_FIELDS) if (filter[field] !== undefined) criteria[field] = filter[field];
  return JSON.stringify([criteria, page.first, page.after]);
}
