import type { GraphNode, NodeKind } from "../../domain/model.js";
import { compareIds } from "./sort-order.js";

/** Kinds whose nodes belong to one document, written whole by it; every other node but the Document is shared and versioned. */
export const DOCUMENT_OWNED_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(["Provision", "Task", "Target"]);

/**
 * A node several documents name (a place, body, project, cited instrument) is
 * the fold of each document's version of it: in document-id order, the first
 * version gives every value it has and later ones fill only what is still
 * null. Document-id order rather than ingest order makes the graph a function
 * of the set of documents, whatever order they arrive in; keeping each
 * version lets a document that leaves take exactly its contribution with it.
 */
export interface FoldedNode {
  node: GraphNode;
  /** The documents whose versions gave at least one value (the source span counts): the only ones a change must look at. */
  contributors: string[];
}

/** Each document's version of one node, by document id. */
export type VersionLookup = (documentId: string) => GraphNode | undefined;

/**
 * The order versions are folded in: document id, except that a place a
 * document names (it has a source span) comes before the versions that know
 * it only from reference data (a successor or predecessor across the 2025
 * reorganisation that a batch carries), so its name and kind are the text's.
 */
function compareVersions(a: readonly [string, GraphNode], b: readonly [string, GraphNode]): number {
  return referenceOnly(a[1]) - referenceOnly(b[1]) || compareIds(a[0], b[0]);
}

function referenceOnly(node: GraphNode): number {
  return node.kind === "Place" && node.source === null ? 1 : 0;
}

/** The fold of the given versions (any order); null for none. */
export function foldVersions(versions: Iterable<readonly [string, GraphNode]>): FoldedNode | null {
  const ordered = [...versions].sort(compareVersions);
  if (ordered.length === 0) return null;
  const [[firstDocument, first], ...rest] = ordered;
  const merged = { ...(first as unknown as Record<string, unknown>) };
  const contributors = [firstDocument];
  for (const [documentId, version] of rest) {
    let gave = false;
    for (const [key, value] of Object.entries(version)) {
      if ((merged[key] === null || merged[key] === undefined) && value !== null && value !== undefined) {
        merged[key] = value;
        gave = true;
      }
    }
    if (gave) contributors.push(documentId);
  }
  return { node: merged as unknown as GraphNode, contributors };
}

/**
 * The fold after one document's version changed from `previous` to `next`
 * (either may be absent), reading only the versions that can matter: the
 * contributors' and the changed one, unless the changed document gave a value
 * its next version no longer has, when every version is read again. So a
 * document naming a province that ten thousand others name costs the same as
 * one naming a village, unless it is the one the province's values came from.
 * `versionOf` answers with the versions as they are after the change.
 */
export function refoldVersions(
  current: FoldedNode | null,
  documentId: string,
  previous: GraphNode | undefined,
  next: GraphNode | undefined,
  versionOf: VersionLookup,
  allVersions: () => Iterable<readonly [string, GraphNode]>,
): FoldedNode | null {
  if (current === null) return foldVersions(allVersions());
  const contributed = current.contributors.includes(documentId);
  if (!contributed && next === undefined) return current;
  if (contributed && (next === undefined || previous === undefined || !keepsWhatItGave(current, documentId, previous, next, versionOf))) {
    return foldVersions(allVersions());
  }
  const candidates = new Map<string, GraphNode>();
  for (const contributor of current.contributors) {
    const version = contributor === documentId ? next : versionOf(contributor);
    if (version) candidates.set(contributor, version);
  }
  candidates.set(documentId, next!);
  return foldVersions(candidates);
}

/** Whether `next` still has a value for every field the document's `previous` version gave the fold. */
function keepsWhatItGave(
  current: FoldedNode,
  documentId: string,
  previous: GraphNode,
  next: GraphNode,
  versionOf: VersionLookup,
): boolean {
  const before: [string, GraphNode][] = current.contributors.map((contributor) => [
    contributor,
    contributor === documentId ? previous : versionOf(contributor)!,
  ]);
  before.sort(compareVersions);
  const given = new Set<string>();
  const filled = new Set<string>();
  for (const [contributor, version] of before) {
    for (const [key, value] of Object.entries(version)) {
      if (filled.has(key) || value === null || value === undefined) continue;
      filled.add(key);
      if (contributor === documentId) given.add(key);
    }
  }
  const after = next as unknown as Record<string, unknown>;
  return [...given].every((key) => after[key] !== null && after[key] !== undefined);
}
