import type { GraphEdge } from "../../domain/model.js";
import type { GraphPath, PathStepRef } from "../graph-store.js";
import { compareIds, compareNullable } from "../memory/sorted-id-set.js";
import { compareSteps } from "./legal-basis-walk.js";

export type PathEdge = GraphEdge;

/**
 * Paths through the shortest-path graph (every edge on some shortest path
 * between the two nodes, as allShortestPaths finds them), in the order of the
 * port: by the sequence of node ids, then, along one sequence, every choice of
 * relationship per hop in (relation, reversed) order. Parallel edges of one
 * type and direction (RESPONSIBLE with two roles) are one step, shown with the
 * span of the first by role, as the embedded store does.
 */
export function enumerateShortestPaths(fromId: string, toId: string, edges: readonly PathEdge[], limit: number): GraphPath[] {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) {
      set = new Set();
      neighbours.set(a, set);
    }
    set.add(b);
  };
  for (const edge of edges) {
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }

  const distance = new Map<string, number>([[fromId, 0]]);
  let layer = [fromId];
  while (layer.length > 0 && !distance.has(toId)) {
    const next: string[] = [];
    for (const id of layer) {
      for (const other of neighbours.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, distance.get(id)! + 1);
        next.push(other);
      }
    }
    layer = next;
  }
  if (!distance.has(toId)) return [];

  const stepsBetween = (from: string, to: string): PathStepRef[] => {
    const candidates = edges
      .filter((edge) => (edge.from === from && edge.to === to) || (edge.from === to && edge.to === from))
      .sort((a, b) => compareNullable(a.role, b.role));
    const steps = new Map<string, PathStepRef>();
    for (const edge of candidates) {
      for (const reversed of [false, true]) {
        if (reversed ? edge.from !== to || edge.to !== from : edge.from !== from || edge.to !== to) continue;
        const key = `${edge.type}|${reversed}`;
        if (!steps.has(key)) steps.set(key, { relation: edge.type, reversed, nodeId: to, source: edge.source });
      }
    }
    return [...steps.values()].sort(compareSteps);
  };

  const paths: GraphPath[] = [];
  const sequence = [fromId];
  const expand = () => {
    const options = sequence.slice(1).map((nodeId, i) => stepsBetween(sequence[i], nodeId));
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
  };
  const walk = (id: string): void => {
    if (paths.length >= limit) return;
    if (id === toId) {
      expand();
      return;
    }
    const depth = distance.get(id)!;
    const successors = [...(neighbours.get(id) ?? [])].filter((other) => distance.get(other) === depth + 1).sort(compareIds);
    for (const next of successors) {
      sequence.push(next);
      walk(next);
      sequence.pop();
      if (paths.length >= limit) return;
    }
  };
  walk(fromId);
  return paths;
}
