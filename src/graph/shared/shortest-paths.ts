import type { GraphEdge } from "../../domain/model.js";
import type { GraphPath, PathStepRef } from "../graph-store.js";
import { compareIds, compareNullable, compareSteps } from "./sort-order.js";

/** The part of a graph the path search reads: the whole graph (embedded store) or its shortest-path subgraph (Neo4j). */
export interface PathGraph {
  /** The node at the other end of each of the node's edges, either direction; repeats are fine. */
  neighboursOf(id: string): Iterable<string>;
  /** Every edge joining the two nodes, either direction. */
  edgesBetween(a: string, b: string): Iterable<GraphEdge>;
}

/**
 * GraphStore.findPaths: every shortest path of at most maxHops edges, in the
 * order of the port (by the sequence of node ids; along one sequence, every
 * choice of relationship per hop in (relation, reversed) order), at most
 * `limit` of them. A node to itself is one path with no steps.
 */
export function findShortestPaths(fromId: string, toId: string, maxHops: number, limit: number, graph: PathGraph): GraphPath[] {
  const distance = new Map<string, number>([[fromId, 0]]);
  let layer = [fromId];
  for (let hops = 1; hops <= maxHops && layer.length > 0 && !distance.has(toId); hops += 1) {
    const next: string[] = [];
    for (const id of layer) {
      for (const neighbour of graph.neighboursOf(id)) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, hops);
        next.push(neighbour);
      }
    }
    layer = next;
  }
  const length = distance.get(toId);
  if (length === undefined) return [];

  // Walk back from the target to keep only nodes on some shortest path,
  // remembering each one's successors on those paths.
  const successors = new Map<string, Set<string>>();
  let back = new Set([toId]);
  for (let hops = length; hops > 0; hops -= 1) {
    const previous = new Set<string>();
    for (const id of back) {
      for (const neighbour of graph.neighboursOf(id)) {
        if (distance.get(neighbour) !== hops - 1) continue;
        let set = successors.get(neighbour);
        if (!set) {
          set = new Set();
          successors.set(neighbour, set);
        }
        set.add(id);
        previous.add(neighbour);
      }
    }
    back = previous;
  }

  const paths: GraphPath[] = [];
  const sequence: string[] = [fromId];
  const walk = (id: string): void => {
    if (paths.length >= limit) return;
    if (id === toId) {
      expandPathEdges(sequence, graph, paths, limit);
      return;
    }
    for (const next of [...(successors.get(id) ?? [])].sort(compareIds)) {
      sequence.push(next);
      walk(next);
      sequence.pop();
      if (paths.length >= limit) return;
    }
  };
  walk(fromId);
  return paths;
}

/** Every choice of edges along one node sequence, in (relation, reversed) order per hop. */
function expandPathEdges(sequence: readonly string[], graph: PathGraph, paths: GraphPath[], limit: number): void {
  const options = sequence.slice(1).map((nodeId, i) => stepsBetween(sequence[i], nodeId, graph.edgesBetween(sequence[i], nodeId)));
  const chosen: PathStepRef[] = [];
  const choose = (hop: number): void => {
    if (paths.length >= limit) return;
    if (hop === options.length) {
      paths.push({ steps: [...chosen] });
      return;
    }
    for (const step of options[hop]) {
      chosen.push(step);
      choose(hop + 1);
      chosen.pop();
    }
  };
  choose(0);
}

/**
 * One step per (relation, direction) from `from` to `to`: parallel edges of one
 * type and direction (RESPONSIBLE with two roles) are one step, quoting the
 * span of the first by role.
 */
function stepsBetween(from: string, to: string, edges: Iterable<GraphEdge>): PathStepRef[] {
  const steps = new Map<string, PathStepRef>();
  for (const edge of [...edges].sort((a, b) => compareNullable(a.role, b.role))) {
    const reversed = edge.from === to && edge.to === from;
    if (!reversed && (edge.from !== from || edge.to !== to)) continue;
    const key = `${edge.type}|${reversed}`;
    if (!steps.has(key)) steps.set(key, { relation: edge.type, reversed, nodeId: to, source: edge.source });
  }
  return [...steps.values()].sort(compareSteps);
}
