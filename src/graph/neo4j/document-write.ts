import type { ManagedTransaction, QueryResult } from "neo4j-driver";
import { NotFoundError } from "../../domain/errors.js";
import { edgeKey, type GraphBatch, type GraphEdge, type GraphNode, type NodeKind, type RelationType, type ResponsibilityRole } from "../../domain/model.js";
import type { IngestResult, RemoveResult, WriteCounts } from "../graph-store.js";
import { decideOutcome, normaliseEdge, unchangedResult } from "../shared/document-version.js";
import { DOCUMENT_OWNED_KINDS, foldVersions, refoldVersions, type FoldedNode } from "../shared/node-versions.js";
import { validateBatch } from "../shared/validate-batch.js";
import {
  DELETE_EDGES,
  DELETE_NODES,
  DELETE_UNUSED_NODES,
  DELETE_VERSIONS,
  DEMOTE_DOCUMENT,
  LOCK_AND_READ_NODES,
  mergeEdgesQuery,
  mergeNodesQuery,
  READ_DOCUMENT_VERSION,
  READ_EDGES,
  READ_OWNED_NODES,
  READ_VERSIONS_BY_KEY,
  READ_VERSIONS_OF_DOCUMENT,
  READ_VERSIONS_OF_NODES,
  SET_CONTRIBUTORS,
  SET_DOCUMENT_BOOKKEEPING,
  UPDATE_EDGES,
  WRITE_VERSIONS,
} from "./cypher-queries.js";
import { fromNodeRecord, statementOf, statementsFrom, toEdgeProps, toNodeProps, type EdgeStatement, type Neo4jValue } from "./node-mapping.js";

/**
 * The Neo4j store's write path: one document's version in, or out, inside the
 * caller's one write transaction, so a failure anywhere rolls all of it back.
 * The store's state is read first, the changes are worked out here with the
 * embedded store's rules (node-versions.ts), and written with batched UNWIND
 * statements.
 */

interface StoredNode {
  props: Record<string, unknown>;
  node: GraphNode;
}

interface EdgeRef {
  type: RelationType;
  from: string;
  to: string;
  role: ResponsibilityRole | null;
}

type EdgeRow = { key: string; type: string; from: string; to: string; role: string };

export async function ingestDocument(tx: ManagedTransaction, batch: GraphBatch): Promise<IngestResult> {
  const documentId = batch.document.id;
  // Both reads in one round trip; the versions are only wasted on an unchanged document.
  const [stored, previousVersions] = await Promise.all([readStoredDocument(tx, documentId), readVersionsOfDocument(tx, documentId)]);
  const outcome = decideOutcome(stored, batch.document);
  if (outcome === "unchanged") return unchangedResult({ id: documentId, fileName: stored!.fileName });
  const counts = await new DocumentWrite(tx, documentId, batch).run(previousVersions);
  return { documentId, outcome, previousFileName: stored?.fileName ?? null, ...counts };
}

export async function removeDocument(tx: ManagedTransaction, documentId: string): Promise<RemoveResult> {
  const [stored, previousVersions] = await Promise.all([readStoredDocument(tx, documentId), readVersionsOfDocument(tx, documentId)]);
  if (stored === null) throw new NotFoundError(`No document with id ${documentId} is stored`, { documentId });
  const { nodesDeleted, edgesDeleted } = await new DocumentWrite(tx, documentId, null).run(previousVersions);
  return { documentId, fileName: stored.fileName, nodesDeleted, edgesDeleted };
}

async function readStoredDocument(tx: ManagedTransaction, documentId: string): Promise<{ sha256: string; fileName: string | null } | null> {
  const record = (await tx.run(READ_DOCUMENT_VERSION, { documentId })).records[0];
  if (!record) return null;
  return { sha256: String(record.get("sha256")), fileName: (record.get("fileName") as string | null) ?? null };
}

/** The document's own versions of the shared nodes it named. */
async function readVersionsOfDocument(tx: ManagedTransaction, documentId: string): Promise<Map<string, GraphNode>> {
  const result = await tx.run(READ_VERSIONS_OF_DOCUMENT, { documentId });
  return new Map(result.records.map((record) => [record.get("nodeId") as string, parseVersion(record.get("version"))]));
}

/** What the edges of the write hold: every statement of each, and the withdrawn ones to delete or restate. */
interface EdgeChanges {
  statementsByKey: Map<string, EdgeStatement[]>;
  deletes: EdgeRow[];
  updates: (EdgeRow & { props: Record<string, Neo4jValue> })[];
}

/** The new folds of the shared nodes whose versions change, and this document's version rows to drop and write. */
interface Refold {
  folds: Map<string, FoldedNode | null>;
  removedKeys: string[];
  written: { key: string; nodeId: string; documentId: string; version: string }[];
}

/**
 * One document's version (or its absence) applied to the graph: the reads in
 * a few round trips (each gathering the reads that no longer wait for another),
 * then every write sent at once and answered together. Bolt runs a
 * transaction's statements in the order they are sent, so the writes keep the
 * order and inputs they would have one by one: a document costs about six
 * round trips (begin, three of reads, the writes, commit) whatever its size.
 */
class DocumentWrite {
  private readonly nodes: GraphNode[];
  private readonly edges: GraphEdge[];
  private readonly counts: WriteCounts = { nodesCreated: 0, edgesCreated: 0, nodesDeleted: 0, edgesDeleted: 0 };
  private existing = new Map<string, StoredNode>();
  /** Writes sent and not yet answered, with whether their counters count. */
  private readonly sent: { result: Promise<QueryResult>; counted: boolean }[] = [];

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly documentId: string,
    private readonly batch: GraphBatch | null,
  ) {
    this.nodes = batch === null ? [] : batch.nodes.some((node) => node?.id === documentId) ? batch.nodes : [batch.document, ...batch.nodes];
    this.edges = batch === null ? [] : batch.edges.map((edge) => normaliseEdge(edge));
  }

  async run(previousVersions: Map<string, GraphNode>): Promise<WriteCounts> {
    const [, ownedResult] = await Promise.all([
      this.lockAndRead([...previousVersions.keys()]),
      this.tx.run(READ_OWNED_NODES, { documentId: this.documentId }),
    ]);
    const owned = new Set(ownedResult.records.map((r) => r.get("id") as string));
    if (this.batch !== null) validateBatch(this.batch, { getNode: (id) => this.existing.get(id)?.node, ownedBy: () => owned });

    const batchNodeIds = new Set(this.nodes.map((node) => node.id));
    const leaving = [...owned].filter((id) => !batchNodeIds.has(id));
    const [edges, refold, cited] = await Promise.all([
      this.readEdgeChanges(),
      this.refoldSharedNodes(previousVersions),
      this.batch === null ? this.readCitersVersions() : Promise.resolve(null),
    ]);

    if (leaving.length > 0) this.send(DELETE_NODES, { ids: leaving });
    if (edges.deletes.length > 0) this.send(DELETE_EDGES, { rows: edges.deletes });
    if (edges.updates.length > 0) this.send(UPDATE_EDGES, { rows: edges.updates }, false);
    if (refold.removedKeys.length > 0) this.send(DELETE_VERSIONS, { keys: refold.removedKeys }, false);
    if (refold.written.length > 0) this.send(WRITE_VERSIONS, { rows: refold.written }, false);
    this.writeNodes(refold.folds);
    this.writeEdges(edges.statementsByKey);
    if (this.batch === null) this.retireDocument(cited);
    const unused = [...refold.folds].filter(([, fold]) => fold === null).map(([id]) => id);
    if (unused.length > 0) this.send(DELETE_UNUSED_NODES, { ids: unused });
    if (this.batch !== null) {
      this.send(
        SET_DOCUMENT_BOOKKEEPING,
        {
          documentId: this.documentId,
          mentionIds: [...batchNodeIds],
          statedEdges: this.edges.map((edge) => JSON.stringify([edge.type, edge.from, edge.to, edge.role])),
        },
        false,
      );
    }
    for (const { result, counted } of this.sent) {
      const answered = await result;
      if (counted) this.count(answered);
    }
    return this.counts;
  }

  /** Sends a write without waiting for its answer: the next one goes out behind it. */
  private send(text: string, params: Record<string, unknown>, counted = true): void {
    const result = this.tx.run(text, params);
    // Awaited in order at the end; a failure there fails the transaction, and none goes unhandled meanwhile.
    const answered = Promise.resolve(result);
    answered.catch(() => {});
    this.sent.push({ result: answered, counted });
  }

  private count(result: QueryResult): void {
    const updates = result.summary.counters.updates();
    this.counts.nodesCreated += updates.nodesCreated;
    this.counts.nodesDeleted += updates.nodesDeleted;
    this.counts.edgesCreated += updates.relationshipsCreated;
    this.counts.edgesDeleted += updates.relationshipsDeleted;
  }

  /** Takes write locks on every node the write touches before reading them, so concurrent writes serialise. */
  private async lockAndRead(formerlyNamed: readonly string[]): Promise<void> {
    const ids = new Set<string>([this.documentId, ...formerlyNamed]);
    for (const node of this.nodes) if (typeof node?.id === "string") ids.add(node.id);
    for (const edge of this.edges) {
      if (typeof edge.from === "string") ids.add(edge.from);
      if (typeof edge.to === "string") ids.add(edge.to);
    }
    for (const record of (await this.tx.run(LOCK_AND_READ_NODES, { ids: [...ids] })).records) {
      const labels = record.get("labels") as string[];
      const props = record.get("props") as Record<string, unknown>;
      this.existing.set(record.get("id") as string, { props, node: fromNodeRecord(labels, props) });
    }
  }

  /**
   * Every statement of the edges this version states, and what becomes of the
   * ones the previous version stated and this one does not. Read before the
   * owned nodes leaving are deleted: a withdrawn edge at such a node is then
   * restated or deleted after the node took it along, which changes nothing.
   */
  private async readEdgeChanges(): Promise<EdgeChanges> {
    const batchEdgeKeys = new Set(this.edges.map(edgeKey));
    const previouslyStated = parseStatedEdges(this.existing.get(this.documentId)?.props.statedEdges);
    const withdrawn = previouslyStated.filter((edge) => !batchEdgeKeys.has(edgeKey(edge)));
    const statementsByKey = new Map<string, EdgeStatement[]>();
    const rows = [...this.edges, ...withdrawn].map(edgeRow);
    if (rows.length > 0) {
      for (const record of (await this.tx.run(READ_EDGES, { rows })).records) {
        statementsByKey.set(record.get("key") as string, statementsFrom(record.get("props") as Record<string, unknown>));
      }
    }
    const changes: EdgeChanges = { statementsByKey, deletes: [], updates: [] };
    for (const edge of withdrawn) {
      const remaining = (statementsByKey.get(edgeKey(edge)) ?? []).filter((s) => s.documentId !== this.documentId);
      if (remaining.length === 0) changes.deletes.push(edgeRow(edge));
      else changes.updates.push({ ...edgeRow(edge), props: toEdgeProps(edge, remaining) });
    }
    return changes;
  }

  /**
   * This document's versions of shared nodes to record (and those it no longer
   * names to drop), and the new fold of each node whose version changed: null
   * for a node no document names any more.
   */
  private async refoldSharedNodes(previousVersions: Map<string, GraphNode>): Promise<Refold> {
    const refold: Refold = { folds: new Map(), removedKeys: [], written: [] };
    const changes = new Map<string, { previous?: GraphNode; next?: GraphNode }>();
    for (const [id, previous] of previousVersions) changes.set(id, { previous });
    for (const node of this.nodes) {
      if (node.id === this.documentId || DOCUMENT_OWNED_KINDS.has(node.kind)) continue;
      const change = changes.get(node.id) ?? {};
      change.next = node;
      changes.set(node.id, change);
    }
    for (const [id, { previous, next }] of changes) {
      if (previous && next && JSON.stringify(previous) === JSON.stringify(next)) changes.delete(id);
    }
    if (changes.size === 0) return refold;

    const current = (id: string): FoldedNode | null => {
      const stored = this.existing.get(id);
      const contributors = stored?.props.contributors;
      return stored && Array.isArray(contributors) ? { node: stored.node, contributors: contributors as string[] } : null;
    };
    const keys: string[] = [];
    for (const id of changes.keys()) {
      for (const contributor of current(id)?.contributors ?? []) if (contributor !== this.documentId) keys.push(versionKey(id, contributor));
    }
    const known = new Map<string, GraphNode>();
    if (keys.length > 0) {
      for (const record of (await this.tx.run(READ_VERSIONS_BY_KEY, { keys })).records) {
        known.set(versionKey(record.get("nodeId") as string, record.get("documentId") as string), parseVersion(record.get("version")));
      }
    }

    const needEveryVersion: string[] = [];
    for (const [id, { previous, next }] of changes) {
      try {
        const versionOf = (documentId: string) => (documentId === this.documentId ? next : known.get(versionKey(id, documentId)));
        refold.folds.set(id, refoldVersions(current(id), this.documentId, previous, next, versionOf, () => {
          throw NEEDS_EVERY_VERSION;
        }));
      } catch (caught) {
        if (caught !== NEEDS_EVERY_VERSION) throw caught;
        needEveryVersion.push(id);
      }
    }
    if (needEveryVersion.length > 0) {
      const versions = new Map<string, Map<string, GraphNode>>(needEveryVersion.map((id) => [id, new Map()]));
      for (const record of (await this.tx.run(READ_VERSIONS_OF_NODES, { ids: needEveryVersion })).records) {
        const documentId = record.get("documentId") as string;
        if (documentId !== this.documentId) versions.get(record.get("nodeId") as string)!.set(documentId, parseVersion(record.get("version")));
      }
      for (const id of needEveryVersion) {
        const next = changes.get(id)!.next;
        if (next) versions.get(id)!.set(this.documentId, next);
        refold.folds.set(id, foldVersions(versions.get(id)!));
      }
    }

    refold.removedKeys = [...changes].filter(([, change]) => !change.next).map(([id]) => versionKey(id, this.documentId));
    refold.written = [...changes]
      .filter(([, change]) => change.next)
      .map(([id, change]) => ({ key: versionKey(id, this.documentId), nodeId: id, documentId: this.documentId, version: JSON.stringify(change.next) }));
    return refold;
  }

  /** The Document whole, its own nodes whole, and the new fold of every shared node whose versions changed. */
  private writeNodes(folds: Map<string, FoldedNode | null>): void {
    const rows: { kind: NodeKind; id: string; props: Record<string, Neo4jValue> }[] = [];
    const contributorRows: { id: string; contributors: string[] }[] = [];
    for (const node of this.nodes) {
      if (node.id !== this.documentId && !DOCUMENT_OWNED_KINDS.has(node.kind)) continue;
      const props = toNodeProps(node);
      if (node.id === this.documentId) {
        // The citers' fold survives the document's own text, for the day it is removed.
        const contributors = this.existing.get(node.id)?.props.contributors;
        if (Array.isArray(contributors)) props.contributors = contributors;
      } else {
        props.ownerDocumentId = this.documentId;
      }
      rows.push({ kind: node.kind, id: node.id, props });
    }
    for (const [id, fold] of folds) {
      if (fold === null) continue;
      const stored = this.existing.get(id)?.node;
      // A Document is what its own text says, whatever the documents citing it say.
      if (stored?.kind === "Document" || id === this.documentId) contributorRows.push({ id, contributors: fold.contributors });
      else rows.push({ kind: fold.node.kind, id, props: { ...toNodeProps(fold.node), contributors: fold.contributors } });
    }
    for (const [kind, group] of groupBy(rows, (row) => row.kind)) {
      this.send(mergeNodesQuery(kind), { rows: group.map(({ id, props }) => ({ id, props })) });
    }
    if (contributorRows.length > 0) this.send(SET_CONTRIBUTORS, { rows: contributorRows }, false);
  }

  private writeEdges(statementsByKey: Map<string, EdgeStatement[]>): void {
    for (const [type, group] of groupBy(this.edges, (edge) => edge.type)) {
      const rows = group.map((edge) => {
        const statements = (statementsByKey.get(edgeKey(edge)) ?? []).filter((s) => s.documentId !== this.documentId);
        statements.push(statementOf(this.documentId, edge));
        return { from: edge.from, to: edge.to, role: edge.role, props: toEdgeProps(edge, statements) };
      });
      this.send(mergeEdgesQuery(type), { rows });
    }
  }

  /** What the documents citing a removed document say of it: its fold as a plain instrument, or null when none cites it. */
  private async readCitersVersions(): Promise<FoldedNode | null> {
    const versions = new Map<string, GraphNode>();
    for (const record of (await this.tx.run(READ_VERSIONS_OF_NODES, { ids: [this.documentId] })).records) {
      versions.set(record.get("documentId") as string, parseVersion(record.get("version")));
    }
    return foldVersions(versions);
  }

  /** A removed document stays as the instrument the documents citing it name; uncited, it goes. */
  private retireDocument(cited: FoldedNode | null): void {
    if (cited === null) this.send(DELETE_NODES, { ids: [this.documentId] });
    else this.send(DEMOTE_DOCUMENT, { id: this.documentId, props: { ...toNodeProps(cited.node), contributors: cited.contributors } }, false);
  }
}

const NEEDS_EVERY_VERSION = Symbol("needs every version");

function versionKey(nodeId: string, documentId: string): string {
  return `${nodeId}\u0000${documentId}`;
}

function parseVersion(value: unknown): GraphNode {
  return JSON.parse(String(value)) as GraphNode;
}

function edgeRow(edge: EdgeRef): EdgeRow {
  return { key: edgeKey(edge), type: edge.type, from: edge.from, to: edge.to, role: edge.role ?? "" };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function parseStatedEdges(value: unknown): EdgeRef[] {
  if (!Array.isArray(value)) return [];
  const edges: EdgeRef[] = [];
  for (const item of value) {
    try {
      const [type, from, to, role] = JSON.parse(String(item)) as [RelationType, string, string, ResponsibilityRole | null];
      edges.push({ type, from, to, role: role ?? null });
    } catch {
      // A malformed entry can only come from outside this store; it has nothing to withdraw.
    }
  }
  return edges;
}
