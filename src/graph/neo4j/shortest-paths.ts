import type { GraphEdge } from "../../domain/model.js";
import type { GraphPath } from "../graph-store.js";
import { findShortestPaths } from "../shared/shortest-paths.js";

export type PathEdge = GraphEdge;

/**
 * Paths through the shortest-path graph (every edge on some shortest path
 * between the two nodes, as allShortestPaths finds them), ordered and limited
 * by the shared rule, as the embedded store does over its whole graph.
 */
export function enumerateShortestPaths(fromId: string, toId: string, edges: readonly PathEdge[], limit: number): GraphPath[] {
  const neighbours = new Map<string, Set<string>>();
  const joining = new Map<string, PathEdge[]>();
  const link = (a: string, b: string, edge: PathEdge) => {
    let set = neighbours.get(a);
    if (!set) {
      set = new Set();
      neighbours.set(a, set);
    }
    set.add(b);
    const key = JSON.stringify([a, b]);
    const list = joining.get(key);
    if (list) list.push(edge);
    else joining.set(key, [edge]);
  };
  for (const edge of edges) {
    link(edge.from, edge.to, edge);
    if (edge.to !== edge.from) link(edge.to, edge.from, edge);
  }
  return findShortestPaths(fromId, toId, Number.POSITIVE_INFINITY, limit, {
    neighboursOf: (id) => neighbours.get(id) ?? [],
    edgesBetween: (a, b) => joining.get(JSON.stringify([a, b])) ?? [],
  });
}
