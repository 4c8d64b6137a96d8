import type { GraphNode, NodeKind, NodeOfKind, RelationType } from "../../domain/model.js";
import type { EdgeDirection, Neighbour } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";

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
