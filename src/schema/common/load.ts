import type { GraphNode, NodeKind, NodeOfKind } from "../../domain/model.js";
import type { Loaders } from "../../loaders/loaders.js";

/**
 * A node the graph itself points to (an edge's end, a task's provision): its
 * absence is a broken store, not a user error, so it surfaces as an internal error.
 */
export async function loadExisting(loaders: Loaders, id: string): Promise<GraphNode> {
  const node = await loaders.node.load(id);
  if (!node) throw new Error(`Dangling reference to node ${id}`);
  return node;
}

/** A node a user asked for by id: null when unknown or of another kind. */
export async function loadOfKind<K extends NodeKind>(loaders: Loaders, id: string, kind: K): Promise<NodeOfKind<K> | null> {
  const node = await loaders.node.load(id);
  return node?.kind === kind ? (node as NodeOfKind<K>) : null;
}
