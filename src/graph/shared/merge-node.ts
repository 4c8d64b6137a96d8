import type { GraphNode, NodeKind } from "../../domain/model.js";

/** Kinds whose nodes belong to one document and are replaced when it is re-ingested. */
export const DOCUMENT_OWNED_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(["Provision", "Task", "Target"]);

/**
 * The node to store when a batch brings `incoming` and the store holds `stored`;
 * null when the stored node must stay untouched (an ingested Document is not
 * turned back into the instrument another document cites). A document's own
 * nodes and the Document itself are replaced whole. A shared node (place, body,
 * project, instrument) keeps every non-null property and fills its nulls from
 * the incoming one; when that fills nothing the answer is `stored` itself, so a
 * store can skip re-indexing it. A place a document names (it has a source)
 * takes precedence over the same place known only from reference data (a
 * successor or predecessor a batch carries), whichever came first, so the
 * order of ingestion does not decide how it is named.
 */
export function mergeNode(stored: GraphNode | undefined, incoming: GraphNode): GraphNode | null {
  if (!stored) return incoming;
  if (stored.kind === "Document" && incoming.kind === "LegalInstrument") return null;
  if (DOCUMENT_OWNED_KINDS.has(incoming.kind) || incoming.kind === "Document") return incoming;
  if (stored.kind === "Place" && stored.source === null && incoming.source !== null) return fillNulls(incoming, stored);
  return fillNulls(stored, incoming);
}

function fillNulls(stored: GraphNode, incoming: GraphNode): GraphNode {
  let merged: Record<string, unknown> | null = null;
  const current = stored as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(incoming)) {
    if ((current[key] === null || current[key] === undefined) && value !== null && value !== undefined) {
      merged ??= { ...current };
      merged[key] = value;
    }
  }
  return merged ? (merged as unknown as GraphNode) : stored;
}
