import type { DocumentNode, GraphEdge } from "../../domain/model.js";
import type { IngestOutcome, IngestResult } from "../graph-store.js";

/** new, unchanged or replaced: the same text (by sha256) under the same id changes nothing. */
export function decideOutcome(stored: Pick<DocumentNode, "sha256"> | null, incoming: Pick<DocumentNode, "sha256">): IngestOutcome {
  if (stored === null) return "new";
  return stored.sha256 === incoming.sha256 ? "unchanged" : "replaced";
}

export function unchangedResult(stored: Pick<DocumentNode, "id" | "fileName">): IngestResult {
  return {
    documentId: stored.id,
    outcome: "unchanged",
    previousFileName: stored.fileName,
    nodesCreated: 0,
    edgesCreated: 0,
    nodesDeleted: 0,
    edgesDeleted: 0,
  };
}

/**
 * An edge as both stores keep it: role null when absent, and the optional
 * facts (scope, on, whole) present only when the text gave them, so an edge
 * reads back alike from either store.
 */
export function normaliseEdge(edge: GraphEdge): GraphEdge {
  if (isNormalised(edge)) return edge;
  const normalised: GraphEdge = { type: edge.type, from: edge.from, to: edge.to, role: edge.role ?? null, source: edge.source ?? null };
  if (edge.scope != null) normalised.scope = edge.scope;
  if (edge.on != null) normalised.on = edge.on;
  if (edge.whole != null) normalised.whole = edge.whole;
  return normalised;
}

function isNormalised(edge: GraphEdge): boolean {
  return (
    edge.role !== undefined &&
    edge.source !== undefined &&
    (!("scope" in edge) || edge.scope != null) &&
    (!("on" in edge) || edge.on != null) &&
    (!("whole" in edge) || edge.whole != null)
  );
}

/** Whether two statements of one edge say the same: same span, scope, date and wholeness. */
export function sameStatement(a: GraphEdge, b: GraphEdge): boolean {
  const spanA = a.source;
  const spanB = b.source;
  const sameSpan =
    spanA === spanB ||
    (spanA !== null && spanB !== null && spanA.documentId === spanB.documentId && spanA.start === spanB.start && spanA.end === spanB.end);
  return sameSpan && (a.scope ?? null) === (b.scope ?? null) && (a.on ?? null) === (b.on ?? null) && (a.whole ?? null) === (b.whole ?? null);
}
