import { BadUserInputError } from "../../domain/errors.js";
import {
  edgeKey,
  NODE_KINDS,
  RELATION_TYPES,
  RESPONSIBILITY_ROLES,
  type GraphBatch,
  type GraphNode,
  type NodeKind,
} from "../../domain/model.js";

const nodeKinds = new Set<string>(NODE_KINDS);
const relationTypes = new Set<string>(RELATION_TYPES);
const roles = new Set<string>(RESPONSIBILITY_ROLES);

export interface StoreView {
  getNode(id: string): GraphNode | undefined;
  /** Nodes the document owns now (its provisions, tasks, targets). */
  ownedBy(documentId: string): ReadonlySet<string>;
}

/**
 * Rejects a batch the store could only half apply. Runs before any write, so a
 * rejected batch leaves the store exactly as it was.
 */
export function validateBatch(batch: GraphBatch, store: StoreView): void {
  const problems: string[] = [];
  const document = batch?.document;
  if (!document || typeof document.id !== "string" || document.id === "" || document.kind !== "Document") {
    throw new BadUserInputError("batch.document must be a Document node with an id");
  }
  if (!Array.isArray(batch.nodes) || !Array.isArray(batch.edges)) {
    throw new BadUserInputError("batch.nodes and batch.edges must be arrays");
  }

  const batchIds = new Set<string>();
  for (const node of batch.nodes) {
    if (!node || typeof node.id !== "string" || node.id === "") {
      problems.push("a node has no id");
      continue;
    }
    if (!nodeKinds.has(node.kind)) problems.push(`node ${node.id} has unknown kind ${String(node.kind)}`);
    if (batchIds.has(node.id)) problems.push(`duplicate node id ${node.id}`);
    batchIds.add(node.id);
    if (node.kind === "Document" && node.id !== document.id) {
      problems.push(`node ${node.id} is a second Document in the batch of ${document.id}`);
    }
    if (node.id === document.id && node.kind !== "Document") {
      problems.push(`node ${node.id} has the document's id but kind ${node.kind}`);
    }
    if ((node.kind === "Provision" || node.kind === "Task") && node.documentId !== document.id) {
      problems.push(`${node.kind} ${node.id} belongs to ${node.documentId}, not to ${document.id}`);
    }
    const existing = store.getNode(node.id);
    if (existing && existing.kind !== node.kind && !isInstrumentPair(existing.kind, node.kind)) {
      problems.push(`node ${node.id} is a ${existing.kind} in the store and a ${node.kind} in the batch`);
    }
  }

  const leaving = store.ownedBy(document.id);
  const resolvable = (id: string) => batchIds.has(id) || id === document.id || (store.getNode(id) !== undefined && !leaving.has(id));
  const edgeKeys = new Set<string>();
  for (const edge of batch.edges) {
    if (!edge || !relationTypes.has(edge.type)) {
      problems.push(`edge with unknown type ${String(edge?.type)}`);
      continue;
    }
    const key = edgeKey(edge);
    if (edgeKeys.has(key)) problems.push(`duplicate edge ${key}`);
    edgeKeys.add(key);
    if (typeof edge.from !== "string" || !resolvable(edge.from)) problems.push(`edge ${key} starts at unknown node ${edge.from}`);
    if (typeof edge.to !== "string" || !resolvable(edge.to)) problems.push(`edge ${key} ends at unknown node ${edge.to}`);
    const role = edge.role ?? null;
    if (edge.type === "RESPONSIBLE" ? role === null || !roles.has(role) : role !== null) {
      problems.push(`edge ${key} has role ${String(role)}; only RESPONSIBLE edges carry a role, and they must`);
    }
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join("; ");
    const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : "";
    throw new BadUserInputError(`batch for ${document.id} rejected: ${shown}${more}`, { problems });
  }
}

function isInstrumentPair(a: NodeKind, b: NodeKind): boolean {
  return (a === "Document" && b === "LegalInstrument") || (a === "LegalInstrument" && b === "Document");
}
