import type { GraphNode, NodeKind, NodeOfKind, RelationType } from "../../domain/model.js";
import type { EdgeDirection, Neighbour } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { nameStep } from "../graph/path-step.type.js";
import type { NeighbourEdge, Neighbourhood } from "../graph/neighbourhood.type.js";

const DIRECTIONS: readonly EdgeDirection[] = ["out", "in"];

/** A node's neighbours along one relationship, through the request's loader. */
export function loadNeighbours(
  { loaders }: GraphContext,
  id: string,
  type: RelationType,
  direction: EdgeDirection,
): Promise<Neighbour[]> {
  return loaders.neighbours(type, direction).load(id);
}

/** The neighbouring nodes of one kind, in the store's order (by id). */
export async function loadRelated<K extends NodeKind>(
  context: GraphContext,
  id: string,
  type: RelationType,
  direction: EdgeDirection,
  kind: K,
): Promise<NodeOfKind<K>[]> {
  const neighbours = await loadNeighbours(context, id, type, direction);
  const related: NodeOfKind<K>[] = [];
  for (const { node } of neighbours) if (node.kind === kind) related.push(node as NodeOfKind<K>);
  return related;
}

/** Neighbouring instruments: external ones and ingested documents alike. */
export async function loadInstruments(
  context: GraphContext,
  id: string,
  type: RelationType,
  direction: EdgeDirection,
): Promise<GraphNode[]> {
  const neighbours = await loadNeighbours(context, id, type, direction);
  return neighbours.map(({ node }) => node).filter(isInstrument);
}

export function isInstrument(node: GraphNode): boolean {
  return node.kind === "LegalInstrument" || node.kind === "Document";
}

export function byOrdinal<T extends { ordinal: number }>(nodes: T[]): T[] {
  return nodes.sort((a, b) => a.ordinal - b.ordinal);
}

/**
 * A node's relationships of the given types in both directions, through the
 * request's loaders: one batched store call per type and direction, whatever
 * the number of nodes asked about together.
 */
export async function loadNeighbourhood(
  context: GraphContext,
  node: GraphNode,
  types: readonly RelationType[],
  limit: number,
): Promise<Neighbourhood> {
  const lists = await Promise.all(
    types.flatMap((type) =>
      DIRECTIONS.map(async (direction) => {
        const neighbours = await loadNeighbours(context, node.id, type, direction);
        return neighbours.map((neighbour) => toNeighbourEdge(neighbour, direction));
      }),
    ),
  );
  const edges = lists.flat();
  return { node, edges: edges.slice(0, limit), totalCount: edges.length };
}

function toNeighbourEdge({ edge, node }: Neighbour, direction: EdgeDirection): NeighbourEdge {
  const reversed = direction === "in";
  return {
    type: edge.type,
    relation: nameStep({ relation: edge.type, reversed }),
    reversed,
    role: edge.role,
    scope: edge.scope ?? null,
    node,
    source: edge.source,
  };
}
