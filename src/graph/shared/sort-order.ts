import type { GraphEdge } from "../../domain/model.js";
import type { PathStepRef, TaskCount } from "../graph-store.js";

/**
 * The orders the port promises. Both stores sort with these, so an answer's
 * order cannot drift between them; ids compare by UTF-16 code units, as
 * Neo4j's ORDER BY on strings does.
 */

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nullable strings with null first, then by code units. */
export function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareIds(a, b);
}

/** Nullable strings with null last, then by code units. */
export function compareNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareIds(a, b);
}

/** getEdges: by the id at the edge's other end, then role (null first). */
export function compareEdges(a: GraphEdge, b: GraphEdge, otherEnd: "from" | "to"): number {
  return compareIds(a[otherEnd], b[otherEnd]) || compareNullable(a.role, b.role);
}

/** The tie rule of legal-basis and shortest paths: (relation, reversed, nodeId). */
export function compareSteps(a: PathStepRef, b: PathStepRef): number {
  return compareIds(a.relation, b.relation) || Number(a.reversed) - Number(b.reversed) || compareIds(a.nodeId, b.nodeId);
}

/** countTasks: count descending, then key with null (tasks without a sector) last, then role. */
export function compareTaskCounts(a: TaskCount, b: TaskCount): number {
  return b.count - a.count || compareNullLast(a.key, b.key) || compareNullable(a.role, b.role);
}
