import {
  edgeKey,
  NODE_KINDS,
  RELATION_TYPES,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelationType,
  type ResponsibilityRole,
  type Sector,
  type SourceSpan,
  type TaskNode,
} from "../../domain/model.js";
import { NotFoundError } from "../../domain/errors.js";
import { foldText } from "../../domain/text-fold.js";
import type {
  EdgeDirection,
  GraphPath,
  GraphReader,
  GraphStore,
  IngestResult,
  LegalBasisPath,
  Neighbour,
  NodeFilter,
  PageRequest,
  Relation,
  RemoveResult,
  SearchResult,
  StoreStats,
  TaskCount,
  TaskFilter,
  TaskCountOptions,
  TaskGrouping,
  PlaceGeography,
  TaskPage,
  TaskPageRequest,
  WriteCounts,
} from "../graph-store.js";
import { decideOutcome, normaliseEdge, sameStatement, unchangedResult } from "../shared/document-version.js";
import { MAX_HIERARCHY_DEPTH } from "../shared/graph-bounds.js";
import { BASIS_BACKWARD, BASIS_FORWARD, walkLegalBasis, type CandidateStep, type WalkStart } from "../shared/legal-basis-walk.js";
import { DOCUMENT_OWNED_KINDS, refoldVersions, type FoldedNode } from "../shared/node-versions.js";
import { filterTexts, normalizeForMatch, searchFields } from "../shared/search-text.js";
import { findShortestPaths } from "../shared/shortest-paths.js";
import { compareIds, compareTaskCounts } from "../shared/sort-order.js";
import { validateBatch } from "../shared/validate-batch.js";
import { EdgeList, type EdgeRecord } from "./edge-list.js";
import { ancestorsOf, currentPlacesOf, isCurrentPlace, placesOfFilter, type PlaceLinks } from "./place-geography.js";
import { SearchIndex } from "./search-index.js";
import { SortedIdSet, unionSorted, upperBound } from "./sorted-id-set.js";
import { UndoJournal } from "./undo-journal.js";

/** Per node, its edge lists by type: a plain object is far smaller than a Map per node. */
type Adjacency = Map<string, Partial<Record<RelationType, EdgeList>>>;

/** Each document's version of a node several may name, and their fold (what the store shows). */
interface SharedNode {
  versions: Map<string, GraphNode>;
  folded: FoldedNode | null;
}

/** A set of task ids a filter allows: paged or visited in id order when it drives, probed otherwise. */
interface Candidates {
  size: number;
  has(id: string): boolean;
  page(after: string | null, first: number): { ids: string[]; hasNextPage: boolean };
  forEach(visit: (id: string) => void): void;
}

const EMPTY_CANDIDATES: Candidates = {
  size: 0,
  has: () => false,
  page: () => ({ ids: [], hasNextPage: false }),
  forEach: () => {},
};

/**
 * The embedded GraphStore: the whole graph in memory, with an index for every
 * lookup the API makes, so each costs time in proportion to its answer rather
 * than to the graph. See docs/memory-store.md.
 */
export class MemoryGraphStore implements GraphStore {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly byKind = new Map<NodeKind, SortedIdSet>(NODE_KINDS.map((kind) => [kind, new SortedIdSet()]));
  private readonly outEdges: Adjacency = new Map();
  private readonly inEdges: Adjacency = new Map();
  private readonly edgeCounts = new Map<RelationType, number>(RELATION_TYPES.map((type) => [type, 0]));

  /** Per document: the nodes its batch named, the edge records it stated. */
  private readonly mentions = new Map<string, SortedIdSet>();
  private readonly stated = new Map<string, EdgeRecord[]>();
  /** Per shared node (place, body, project, instrument, a cited Document): what each document says of it. */
  private readonly shared = new Map<string, SharedNode>();

  private readonly placesByName = new Map<string, SortedIdSet>();
  private readonly instrumentsByNumber = new Map<string, SortedIdSet>();
  private readonly search_ = new SearchIndex();

  private readonly tasksByPlace = new Map<string, SortedIdSet>();
  private readonly tasksByBody = new Map<string, SortedIdSet>();
  private readonly tasksByBodyRole = new Map<string, Map<ResponsibilityRole, SortedIdSet>>();
  private readonly tasksByRole = new Map<ResponsibilityRole, SortedIdSet>();
  private readonly tasksByProject = new Map<string, SortedIdSet>();
  private readonly tasksByInstrument = new Map<string, SortedIdSet>();
  private readonly tasksBySector = new Map<Sector, SortedIdSet>();
  private readonly tasksByDocument = new Map<string, SortedIdSet>();
  /** What each task cites, itself or through enclosing provisions: the inverse of tasksByInstrument. */
  private readonly taskCitations = new Map<string, string[]>();

  private version = 0;
  /** Whether the write under way has changed anything a read could see. */
  private changed = false;
  private counts: WriteCounts = { nodesCreated: 0, edgesCreated: 0, nodesDeleted: 0, edgesDeleted: 0 };
  /**
   * Edge lists now half made of removed records, compacted once the write
   * succeeds (never during it: undoing a removal needs the record in its list).
   */
  private sparseLists = new Set<EdgeList>();

  private readonly placeCounts = new Map<PlaceGeography, { version: number; counts: TaskCount[] }>();

  // ------------------------------------------------------------------ ingest

  async ingest(batch: GraphBatch): Promise<IngestResult> {
    validateBatch(batch, {
      getNode: (id) => this.nodes.get(id),
      ownedBy: (documentId) => this.ownedBy(documentId),
    });
    const documentId = batch.document.id;
    const stored = this.nodes.get(documentId);
    const previous = stored?.kind === "Document" ? stored : null;
    const outcome = decideOutcome(previous, batch.document);
    if (outcome === "unchanged") return unchangedResult(previous!);
    const counts = this.write((journal) => this.applyDocument(documentId, batch, journal));
    return { documentId, outcome, previousFileName: previous?.fileName ?? null, ...counts };
  }

  async remove(documentId: string): Promise<RemoveResult> {
    const stored = this.nodes.get(documentId);
    if (stored?.kind !== "Document") throw new NotFoundError(`No document with id ${documentId} is stored`, { documentId });
    const counts = this.write((journal) => this.applyDocument(documentId, null, journal));
    return { documentId, fileName: stored.fileName, ...counts };
  }

  /** Runs one document's changes; any failure rolls every one of them back. */
  private write(apply: (journal: UndoJournal) => void): WriteCounts {
    const journal = new UndoJournal();
    this.changed = false;
    this.counts = { nodesCreated: 0, edgesCreated: 0, nodesDeleted: 0, edgesDeleted: 0 };
    try {
      apply(journal);
    } catch (error) {
      journal.rollback();
      this.sparseLists.clear();
      throw error;
    }
    for (const list of this.sparseLists) list.compact();
    this.sparseLists.clear();
    if (this.changed) this.version += 1;
    return this.counts;
  }

  /**
   * Makes the store hold `batch` as the document's one version (null: no
   * version at all). What the previous version had and this one has not goes:
   * its provisions, tasks and targets, the edges only it stated, its versions
   * of shared nodes, and shared nodes no document names any more.
   */
  private applyDocument(documentId: string, batch: GraphBatch | null, journal: UndoJournal): void {
    const nodes = batch === null ? [] : batch.nodes.some((node) => node.id === documentId) ? batch.nodes : [batch.document, ...batch.nodes];
    const batchNodeIds = new Set(nodes.map((node) => node.id));
    const edges = batch === null ? [] : batch.edges.map(normaliseEdge);
    const batchEdgeKeys = new Set(edges.map(edgeKey));
    const citationSources = new Set<string>();

    for (const id of this.ownedBy(documentId)) {
      if (!batchNodeIds.has(id)) this.removeNode(id, journal, citationSources);
    }
    for (const record of this.stated.get(documentId) ?? []) {
      if (!record.removed && !batchEdgeKeys.has(edgeKey(record.edge))) this.withdrawStatement(record, documentId, journal, citationSources);
    }
    const unnamed: string[] = [];
    for (const id of this.mentions.get(documentId)?.ids() ?? []) {
      if (!batchNodeIds.has(id) && this.shared.get(id)?.versions.has(documentId)) {
        this.setVersion(id, documentId, undefined, journal);
        unnamed.push(id);
      }
    }

    const mentioned = new SortedIdSet();
    for (const node of nodes) {
      if (node.id === documentId || DOCUMENT_OWNED_KINDS.has(node.kind)) this.upsertNode(node, journal);
      else this.setVersion(node.id, documentId, node, journal);
      mentioned.add(node.id);
    }
    if (!sameIds(this.mentions.get(documentId)?.ids() ?? [], mentioned.ids())) this.changed = true;
    if (batch === null) journal.mapDelete(this.mentions, documentId);
    else journal.mapSet(this.mentions, documentId, mentioned);

    const stated = edges.map((edge) => this.stateEdge(edge, documentId, journal, citationSources));
    if (batch === null) journal.mapDelete(this.stated, documentId);
    else journal.mapSet(this.stated, documentId, stated);

    if (batch === null) this.retireDocument(documentId, journal, citationSources);
    for (const id of unnamed) this.dropIfUnused(id, journal, citationSources);
    this.refreshCitations(citationSources, journal);
  }

  /** A removed document stays as the instrument the documents citing it name; uncited, it goes. */
  private retireDocument(documentId: string, journal: UndoJournal, citationSources: Set<string>): void {
    const document = this.nodes.get(documentId)!;
    const cited = this.shared.get(documentId)?.folded;
    if (cited) this.replaceNode(document, cited.node, journal);
    else this.removeNode(documentId, journal, citationSources);
  }

  /** A shared node goes when no document names it and no edge holds it. */
  private dropIfUnused(id: string, journal: UndoJournal, citationSources: Set<string>): void {
    const entry = this.shared.get(id);
    if (entry && entry.versions.size > 0) return;
    const node = this.nodes.get(id);
    if (!node || node.kind === "Document" || this.hasLiveEdges(id)) return;
    this.removeNode(id, journal, citationSources);
    journal.mapDelete(this.shared, id);
  }

  /** The provisions, tasks and targets a document's last batch brought. */
  private ownedBy(documentId: string): Set<string> {
    const owned = new Set<string>();
    for (const id of this.mentions.get(documentId)?.ids() ?? []) {
      const node = this.nodes.get(id);
      if (node && DOCUMENT_OWNED_KINDS.has(node.kind) && ownerOf(node) === documentId) owned.add(id);
    }
    return owned;
  }

  /** Records one document's version of a shared node (undefined: it names it no more) and stores the new fold. */
  private setVersion(id: string, documentId: string, next: GraphNode | undefined, journal: UndoJournal): void {
    let entry = this.shared.get(id);
    if (!entry) {
      entry = { versions: new Map(), folded: null };
      journal.mapSet(this.shared, id, entry);
    }
    const { versions } = entry;
    const previous = versions.get(documentId);
    if (next === undefined) journal.mapDelete(versions, documentId);
    else journal.mapSet(versions, documentId, next);
    const folded = refoldVersions(entry.folded, documentId, previous, next, (d) => versions.get(d), () => versions.entries());
    journal.assign(entry, "folded", folded);

    const stored = this.nodes.get(id);
    // A Document is what its own text says, whatever the documents citing it say.
    if (folded === null || stored?.kind === "Document") return;
    this.upsertNode(folded.node, journal);
  }

  private upsertNode(node: GraphNode, journal: UndoJournal): void {
    const existing = this.nodes.get(node.id);
    if (!existing) {
      this.indexNode(node);
      journal.onUndo(() => this.unindexNode(node));
      this.counts.nodesCreated += 1;
    } else if (!sameNode(existing, node)) {
      this.replaceNode(existing, node, journal);
    }
  }

  private replaceNode(existing: GraphNode, next: GraphNode, journal: UndoJournal): void {
    if (indexKey(existing) === indexKey(next)) {
      // Only what no index looks at changed (a span, a code): the indexes stay as they are.
      this.changed = true;
      this.nodes.set(next.id, next);
      journal.onUndo(() => this.nodes.set(existing.id, existing));
      return;
    }
    this.unindexNode(existing);
    this.indexNode(next);
    journal.onUndo(() => {
      this.unindexNode(next);
      this.indexNode(existing);
    });
  }

  private removeNode(id: string, journal: UndoJournal, citationSources: Set<string>): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const adjacency of [this.outEdges, this.inEdges]) {
      for (const list of Object.values(adjacency.get(id) ?? {})) {
        for (const record of list.unordered()) {
          if (!record.removed) this.dropEdge(record, journal, citationSources);
        }
      }
      journal.mapDelete(adjacency, id);
    }
    if (node.kind === "Task") this.setTaskCitations(id, [], journal);
    this.unindexNode(node);
    journal.onUndo(() => this.indexNode(node));
    this.counts.nodesDeleted += 1;
  }

  private indexNode(node: GraphNode): void {
    this.changed = true;
    this.nodes.set(node.id, node);
    this.byKind.get(node.kind)!.add(node.id);
    this.search_.add(node);
    if (node.kind === "Place") {
      for (const name of new Set([node.name, node.fullName])) {
        if (name) addToIndex(this.placesByName, foldText(name), node.id);
      }
    }
    if (node.kind === "LegalInstrument" || node.kind === "Document") {
      for (const key of numberKeys(node)) addToIndex(this.instrumentsByNumber, key, node.id);
    }
    if (node.kind === "Task") {
      if (node.sector) addToIndex(this.tasksBySector, node.sector, node.id);
      addToIndex(this.tasksByDocument, node.documentId, node.id);
    }
  }

  private unindexNode(node: GraphNode): void {
    this.changed = true;
    this.nodes.delete(node.id);
    this.byKind.get(node.kind)!.delete(node.id);
    this.search_.remove(node);
    if (node.kind === "Place") {
      for (const name of new Set([node.name, node.fullName])) {
        if (name) removeFromIndex(this.placesByName, foldText(name), node.id);
      }
    }
    if (node.kind === "LegalInstrument" || node.kind === "Document") {
      for (const key of numberKeys(node)) removeFromIndex(this.instrumentsByNumber, key, node.id);
    }
    if (node.kind === "Task") {
      if (node.sector) removeFromIndex(this.tasksBySector, node.sector, node.id);
      removeFromIndex(this.tasksByDocument, node.documentId, node.id);
    }
  }

  private findEdge(edge: Pick<GraphEdge, "type" | "from" | "to" | "role">): EdgeRecord | undefined {
    const list = this.outEdges.get(edge.from)?.[edge.type];
    if (!list) return undefined;
    const role = edge.role ?? null;
    return list.unordered().find((record) => !record.removed && record.edge.to === edge.to && record.edge.role === role);
  }

  private hasLiveEdges(id: string): boolean {
    for (const adjacency of [this.outEdges, this.inEdges]) {
      for (const list of Object.values(adjacency.get(id) ?? {})) {
        if (list.unordered().some((record) => !record.removed)) return true;
      }
    }
    return false;
  }

  private stateEdge(edge: GraphEdge, documentId: string, journal: UndoJournal, citationSources: Set<string>): EdgeRecord {
    const existing = this.findEdge(edge);
    if (existing) {
      this.addStatement(existing, documentId, edge, journal);
      return existing;
    }
    const record: EdgeRecord = { edge, documentId, alsoStatedBy: null, removed: true };
    listOf(this.outEdges, edge.from, edge.type, "to").add(record);
    listOf(this.inEdges, edge.to, edge.type, "from").add(record);
    this.linkEdge(record, citationSources);
    journal.onUndo(() => this.unlinkEdge(record, new Set()));
    this.counts.edgesCreated += 1;
    return record;
  }

  /** One more document states an existing edge; the smallest document id's statement is the one shown. */
  private addStatement(record: EdgeRecord, documentId: string, edge: GraphEdge, journal: UndoJournal): void {
    if (record.documentId === documentId) {
      if (!sameStatement(record.edge, edge)) {
        journal.assign(record, "edge", edge);
        this.changed = true;
      }
      return;
    }
    const others = record.alsoStatedBy ?? new Map<string, GraphEdge>();
    if (record.alsoStatedBy === null) journal.assign(record, "alsoStatedBy", others);
    if (compareIds(documentId, record.documentId) < 0) {
      journal.mapDelete(others, documentId);
      journal.mapSet(others, record.documentId, record.edge);
      journal.assign(record, "documentId", documentId);
      journal.assign(record, "edge", edge);
      this.changed = true;
      return;
    }
    const previous = others.get(documentId);
    if (previous === undefined || !sameStatement(previous, edge)) {
      journal.mapSet(others, documentId, edge);
      this.changed = true;
    }
  }

  /** The document no longer states this edge; the edge goes when no document does. */
  private withdrawStatement(record: EdgeRecord, documentId: string, journal: UndoJournal, citationSources: Set<string>): void {
    const others = record.alsoStatedBy;
    if (record.documentId !== documentId) {
      if (!others?.has(documentId)) return;
      this.changed = true;
      journal.mapDelete(others, documentId);
      if (others.size === 0) journal.assign(record, "alsoStatedBy", null);
      return;
    }
    if (others === null || others.size === 0) {
      this.dropEdge(record, journal, citationSources);
      return;
    }
    this.changed = true;
    let next: string | null = null;
    for (const candidate of others.keys()) if (next === null || compareIds(candidate, next) < 0) next = candidate;
    journal.assign(record, "documentId", next!);
    journal.assign(record, "edge", others.get(next!)!);
    journal.mapDelete(others, next!);
    if (others.size === 0) journal.assign(record, "alsoStatedBy", null);
  }

  private dropEdge(record: EdgeRecord, journal: UndoJournal, citationSources: Set<string>): void {
    this.unlinkEdge(record, citationSources);
    journal.onUndo(() => this.linkEdge(record, new Set()));
    this.counts.edgesDeleted += 1;
  }

  /** Makes a record that sits in its lists live: counted and indexed. */
  private linkEdge(record: EdgeRecord, citationSources: Set<string>): void {
    this.changed = true;
    record.removed = false;
    this.edgeCounts.set(record.edge.type, this.edgeCounts.get(record.edge.type)! + 1);
    this.indexEdge(record.edge, citationSources);
  }

  /** Flags a record removed; its lists drop it when next compacted. */
  private unlinkEdge(record: EdgeRecord, citationSources: Set<string>): void {
    this.changed = true;
    record.removed = true;
    const { edge } = record;
    for (const list of [this.outEdges.get(edge.from)?.[edge.type], this.inEdges.get(edge.to)?.[edge.type]]) {
      if (!list) continue;
      if (list.markRemoved()) this.sparseLists.add(list);
    }
    this.edgeCounts.set(edge.type, this.edgeCounts.get(edge.type)! - 1);
    this.unindexEdge(edge, citationSources);
  }

  private indexEdge(edge: GraphEdge, citationSources: Set<string>): void {
    if (edge.type === "CITES" || edge.type === "PART_OF") citationSources.add(edge.from);
    if (this.nodes.get(edge.from)?.kind !== "Task") return;
    switch (edge.type) {
      case "LOCATED_IN":
        addToIndex(this.tasksByPlace, edge.to, edge.from);
        break;
      case "CONCERNS":
        addToIndex(this.tasksByProject, edge.to, edge.from);
        break;
      case "RESPONSIBLE": {
        const role = edge.role!;
        addToIndex(this.tasksByBody, edge.to, edge.from);
        let byRole = this.tasksByBodyRole.get(edge.to);
        if (!byRole) {
          byRole = new Map();
          this.tasksByBodyRole.set(edge.to, byRole);
        }
        addToIndex(byRole, role, edge.from);
        addToIndex(this.tasksByRole, role, edge.from);
        break;
      }
    }
  }

  private unindexEdge(edge: GraphEdge, citationSources: Set<string>): void {
    if (edge.type === "CITES" || edge.type === "PART_OF") citationSources.add(edge.from);
    if (this.nodes.get(edge.from)?.kind !== "Task") return;
    switch (edge.type) {
      case "LOCATED_IN":
        removeFromIndex(this.tasksByPlace, edge.to, edge.from);
        break;
      case "CONCERNS":
        removeFromIndex(this.tasksByProject, edge.to, edge.from);
        break;
      case "RESPONSIBLE": {
        const role = edge.role!;
        const byRole = this.tasksByBodyRole.get(edge.to);
        if (byRole) removeFromIndex(byRole, role, edge.from);
        const remaining = this.liveRecords(this.outEdges, edge.from, "RESPONSIBLE");
        if (!remaining.some((r) => r.edge.to === edge.to)) removeFromIndex(this.tasksByBody, edge.to, edge.from);
        if (!remaining.some((r) => r.edge.role === role)) removeFromIndex(this.tasksByRole, role, edge.from);
        break;
      }
    }
  }

  /**
   * Recomputes what the tasks below the changed nodes cite, themselves or
   * through an enclosing provision, and updates tasksByInstrument to match.
   */
  private refreshCitations(changed: Set<string>, journal: UndoJournal): void {
    const tasks = new Set<string>();
    const seen = new Set<string>();
    let layer = [...changed];
    for (let depth = 0; depth <= MAX_HIERARCHY_DEPTH && layer.length > 0; depth += 1) {
      const next: string[] = [];
      for (const id of layer) {
        if (seen.has(id)) continue;
        seen.add(id);
        const kind = this.nodes.get(id)?.kind;
        if (kind === "Task") tasks.add(id);
        else if (kind === "Provision") {
          for (const record of this.liveRecords(this.inEdges, id, "PART_OF")) next.push(record.edge.from);
        }
      }
      layer = next;
    }
    for (const taskId of tasks) this.setTaskCitations(taskId, this.collectCitations(taskId), journal);
  }

  private collectCitations(taskId: string): string[] {
    const cited = new Set<string>();
    const visited = new Set<string>();
    let current: string[] = [taskId];
    for (let depth = 0; depth <= MAX_HIERARCHY_DEPTH && current.length > 0; depth += 1) {
      const next: string[] = [];
      for (const id of current) {
        if (visited.has(id)) continue;
        visited.add(id);
        for (const record of this.liveRecords(this.outEdges, id, "CITES")) cited.add(record.edge.to);
        for (const record of this.liveRecords(this.outEdges, id, "PART_OF")) {
          if (this.nodes.get(record.edge.to)?.kind === "Provision") next.push(record.edge.to);
        }
      }
      current = next;
    }
    return [...cited];
  }

  private setTaskCitations(taskId: string, instruments: string[], journal: UndoJournal | null): void {
    const previous = this.taskCitations.get(taskId) ?? [];
    if (journal !== null) journal.onUndo(() => this.setTaskCitations(taskId, previous, null));
    for (const instrument of previous) removeFromIndex(this.tasksByInstrument, instrument, taskId);
    if (instruments.length === 0) this.taskCitations.delete(taskId);
    else this.taskCitations.set(taskId, instruments);
    for (const instrument of instruments) addToIndex(this.tasksByInstrument, instrument, taskId);
  }

  private liveRecords(adjacency: Adjacency, id: string, type: RelationType): EdgeRecord[] {
    const list = adjacency.get(id)?.[type];
    return list ? list.unordered().filter((record) => !record.removed) : [];
  }

  // ------------------------------------------------------------------- reads

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return ids.map((id) => this.nodes.get(id) ?? null);
  }

  async getEdges(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<GraphEdge[][]> {
    const adjacency = direction === "out" ? this.outEdges : this.inEdges;
    return ids.map((id) => adjacency.get(id)?.[type]?.all().map((record) => record.edge) ?? []);
  }

  async getNeighbours(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<Neighbour[][]> {
    const adjacency = direction === "out" ? this.outEdges : this.inEdges;
    const end = direction === "out" ? "to" : "from";
    return ids.map((id) =>
      (adjacency.get(id)?.[type]?.all() ?? []).map((record) => ({ edge: record.edge, node: this.nodes.get(record.edge[end])! })),
    );
  }

  async getRelations(ids: readonly string[], types: readonly RelationType[]): Promise<Relation[][]> {
    return ids.map((id) => {
      const relations: Relation[] = [];
      for (const type of new Set(types)) {
        for (const record of this.outEdges.get(id)?.[type]?.all() ?? []) {
          relations.push({ edge: record.edge, node: this.nodes.get(record.edge.to)!, direction: "out" });
        }
        for (const record of this.inEdges.get(id)?.[type]?.all() ?? []) {
          relations.push({ edge: record.edge, node: this.nodes.get(record.edge.from)!, direction: "in" });
        }
      }
      return relations;
    });
  }

  async listNodes(kind: NodeKind, filter: NodeFilter = {}): Promise<GraphNode[]> {
    let ids: readonly string[];
    if (filter.parentId !== undefined) {
      ids = unionSorted([(this.inEdges.get(filter.parentId)?.PART_OF?.all() ?? []).map((r) => r.edge.from)]);
    } else if (filter.documentId !== undefined) {
      ids = this.mentions.get(filter.documentId)?.ids() ?? [];
    } else {
      ids = this.byKind.get(kind)?.ids() ?? [];
    }
    const text = filter.text !== undefined ? foldText(filter.text) : null;
    const result: GraphNode[] = [];
    for (const id of ids) {
      const node = this.nodes.get(id);
      if (!node || node.kind !== kind) continue;
      if (filter.documentId !== undefined && !this.mentions.get(filter.documentId)?.has(id)) continue;
      if (filter.placeKind !== undefined && (node.kind !== "Place" || node.placeKind !== filter.placeKind)) continue;
      if (filter.bodyKind !== undefined && (node.kind !== "Body" || node.bodyKind !== filter.bodyKind)) continue;
      if (
        filter.instrumentKind !== undefined &&
        ((node.kind !== "LegalInstrument" && node.kind !== "Document") || node.instrumentKind !== filter.instrumentKind)
      ) {
        continue;
      }
      if (text !== null && !filterTexts(node).some((value) => foldText(value).includes(text))) continue;
      result.push(node);
    }
    return result;
  }

  async findPlacesByName(name: string): Promise<GraphNode[]> {
    return this.resolveIds(this.placesByName.get(foldText(name))?.ids() ?? []);
  }

  async findInstrumentsByNumber(number: string): Promise<GraphNode[]> {
    return this.resolveIds(this.instrumentsByNumber.get(normalizeForMatch(number))?.ids() ?? []);
  }

  async findTaskPages(requests: readonly TaskPageRequest[]): Promise<TaskPage[]> {
    return requests.map(({ filter, page }) => this.findTasks(filter, page));
  }

  /** One request of findTaskPages. */
  findTasks(filter: TaskFilter, page: PageRequest): TaskPage {
    const constraints: Candidates[] = [];
    if (filter.placeIds !== undefined) {
      const places = placesOfFilter(this.placeLinks, filter.placeIds, filter.includeSubPlaces === true, filter.includePredecessors === true);
      constraints.push(
        places.length === 1
          ? fromSet(this.tasksByPlace.get(places[0]))
          : fromSortedArray(unionSorted(places.map((id) => this.tasksByPlace.get(id)?.ids() ?? []))),
      );
    }
    if (filter.bodyId !== undefined) {
      constraints.push(
        fromSet(filter.role !== undefined ? this.tasksByBodyRole.get(filter.bodyId)?.get(filter.role) : this.tasksByBody.get(filter.bodyId)),
      );
    } else if (filter.role !== undefined) {
      constraints.push(fromSet(this.tasksByRole.get(filter.role)));
    }
    if (filter.projectId !== undefined) constraints.push(fromSet(this.tasksByProject.get(filter.projectId)));
    if (filter.instrumentId !== undefined) constraints.push(fromSet(this.tasksByInstrument.get(filter.instrumentId)));
    if (filter.sector !== undefined) constraints.push(fromSet(this.tasksBySector.get(filter.sector)));
    if (filter.documentId !== undefined) constraints.push(fromSet(this.tasksByDocument.get(filter.documentId)));

    const folded = filter.text !== undefined ? foldText(filter.text) : "";
    if (folded !== "") {
      const narrowed = this.search_.candidatesForSubstring(folded);
      if (narrowed !== null) {
        const taskIds = [...narrowed].filter((id) => this.nodes.get(id)?.kind === "Task");
        constraints.push(fromSortedArray(taskIds.sort(compareIds), new Set(taskIds)));
      }
    }
    if (constraints.length === 0) constraints.push(fromSet(this.byKind.get("Task")));

    constraints.sort((a, b) => a.size - b.size);
    const [driver, ...others] = constraints;
    const first = Math.max(0, page.first);

    if (others.length === 0 && folded === "") {
      return { ...driver.page(page.after, first), totalCount: driver.size };
    }

    const matches = (id: string) =>
      others.every((candidates) => candidates.has(id)) &&
      (folded === "" || foldText((this.nodes.get(id) as TaskNode).text).includes(folded));
    let totalCount = 0;
    let hasNextPage = false;
    const pageIds: string[] = [];
    driver.forEach((id) => {
      if (!matches(id)) return;
      totalCount += 1;
      if (page.after !== null && id <= page.after) return;
      if (pageIds.length < first) pageIds.push(id);
      else hasNextPage = true;
    });
    return { ids: pageIds, totalCount, hasNextPage };
  }

  async search(text: string, first: number): Promise<SearchResult[]> {
    return this.search_.search(text, first, (id) => this.nodes.get(id));
  }

  async legalBasis(taskIds: readonly string[], maxDepth: number): Promise<LegalBasisPath[][]> {
    const starts: WalkStart[] = [];
    for (const id of new Set(taskIds)) {
      const task = this.nodes.get(id);
      if (task?.kind === "Task") starts.push({ taskId: id, documentId: task.documentId });
    }
    const paths = walkLegalBasis(starts, maxDepth, (nodes) => this.basisCandidates(nodes));
    return taskIds.map((id) => paths.get(id) ?? []);
  }

  /** The edges the legal-basis walk could take out of each node; the walk applies the step rule. */
  private basisCandidates(nodes: readonly { id: string }[]): CandidateStep[] {
    const steps: CandidateStep[] = [];
    // Runs for every instrument a walk reaches, under every legal-basis answer: one adjacency
    // lookup per node and direction, and no list built for the many types a node has no edge of.
    const follow = (fromId: string, lists: Partial<Record<RelationType, EdgeList>> | undefined, types: readonly RelationType[], reversed: boolean) => {
      if (!lists) return;
      for (const type of types) {
        const list = lists[type];
        if (!list) continue;
        for (const record of list.unordered()) {
          if (record.removed) continue;
          const toId = reversed ? record.edge.from : record.edge.to;
          const toKind = this.nodes.get(toId)?.kind;
          if (toKind) steps.push({ fromId, relation: type, reversed, toId, toKind, source: record.edge.source });
        }
      }
    };
    for (const { id } of nodes) {
      follow(id, this.outEdges.get(id), BASIS_FORWARD, false);
      follow(id, this.inEdges.get(id), BASIS_BACKWARD, true);
    }
    return steps;
  }

  async findPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPath[]> {
    if (!this.nodes.has(fromId) || !this.nodes.has(toId) || limit <= 0) return [];
    return findShortestPaths(fromId, toId, maxHops, limit, {
      neighboursOf: (id) => this.neighbours(id),
      edgesBetween: (a, b) => this.edgesBetween(a, b),
    });
  }

  private *edgesBetween(a: string, b: string): Generator<GraphEdge> {
    for (const list of Object.values(this.outEdges.get(a) ?? {})) {
      for (const record of list.all()) if (record.edge.to === b) yield record.edge;
    }
    for (const list of Object.values(this.inEdges.get(a) ?? {})) {
      for (const record of list.all()) if (record.edge.from === b) yield record.edge;
    }
  }

  private *neighbours(id: string): Generator<string> {
    for (const list of Object.values(this.outEdges.get(id) ?? {})) {
      for (const record of list.unordered()) if (!record.removed) yield record.edge.to;
    }
    for (const list of Object.values(this.inEdges.get(id) ?? {})) {
      for (const record of list.unordered()) if (!record.removed) yield record.edge.from;
    }
  }

  async countTasks(groupBy: TaskGrouping, options: TaskCountOptions = {}): Promise<TaskCount[]> {
    const counts: TaskCount[] = [];
    switch (groupBy) {
      case "PLACE":
        return this.countTasksByPlace(options.geography ?? "AS_WRITTEN");
      case "BODY_ROLE":
        for (const [bodyId, byRole] of this.tasksByBodyRole) {
          for (const [role, ids] of byRole) counts.push({ key: bodyId, role, count: ids.size });
        }
        break;
      case "SECTOR": {
        let withSector = 0;
        for (const [sector, ids] of this.tasksBySector) {
          if (ids.size === 0) continue;
          counts.push({ key: sector, role: null, count: ids.size });
          withSector += ids.size;
        }
        const without = this.byKind.get("Task")!.size - withSector;
        if (without > 0) counts.push({ key: null, role: null, count: without });
        break;
      }
      case "DOCUMENT":
        for (const [documentId, ids] of this.tasksByDocument) {
          if (ids.size > 0) counts.push({ key: documentId, role: null, count: ids.size });
        }
        break;
    }
    return counts.filter((count) => count.count > 0).sort(compareTaskCounts);
  }

  /** Rolled up the hierarchy (and, for CURRENT, forward to today's places); computed once per version of the graph. */
  private countTasksByPlace(geography: PlaceGeography): TaskCount[] {
    const cached = this.placeCounts.get(geography);
    if (cached?.version === this.version) return cached.counts;
    const links = this.placeLinks;
    const current = new Map<string, boolean>();
    const isCurrent = (id: string) => current.get(id) ?? current.set(id, isCurrentPlace(links, id)).get(id)!;
    const countedFor = new Map<string, string[]>();
    const placesOf = (placeId: string) => {
      let places = countedFor.get(placeId);
      if (!places) {
        places = geography === "CURRENT" ? currentPlacesOf(links, placeId, isCurrent) : ancestorsOf(links, placeId);
        countedFor.set(placeId, places);
      }
      return places;
    };
    const perPlace = new Map<string, number>();
    for (const taskId of this.byKind.get("Task")!.ids()) {
      const places = new Set<string>();
      for (const record of this.liveRecords(this.outEdges, taskId, "LOCATED_IN")) {
        for (const placeId of placesOf(record.edge.to)) places.add(placeId);
      }
      for (const placeId of places) perPlace.set(placeId, (perPlace.get(placeId) ?? 0) + 1);
    }
    const counts = [...perPlace].map(([key, count]) => ({ key, role: null, count })).sort(compareTaskCounts);
    this.placeCounts.set(geography, { version: this.version, counts });
    return counts;
  }

  /** The place hierarchy and successions as the place-geography functions read them. */
  private readonly placeLinks: PlaceLinks = {
    parents: (id) => this.liveRecords(this.outEdges, id, "PART_OF").map((r) => r.edge.to).filter((to) => this.nodes.get(to)?.kind === "Place"),
    children: (id) => this.liveRecords(this.inEdges, id, "PART_OF").map((r) => r.edge.from).filter((from) => this.nodes.get(from)?.kind === "Place"),
    successors: (id) => this.liveRecords(this.outEdges, id, "SUCCEEDED_BY").map((r) => ({ id: r.edge.to, whole: r.edge.whole === true })),
    predecessors: (id) => this.liveRecords(this.inEdges, id, "SUCCEEDED_BY").map((r) => ({ id: r.edge.from, whole: r.edge.whole === true })),
  };

  async stats(): Promise<StoreStats> {
    const nodes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, this.byKind.get(kind)!.size])) as StoreStats["nodes"];
    const edges = Object.fromEntries(RELATION_TYPES.map((type) => [type, this.edgeCounts.get(type)!])) as StoreStats["edges"];
    return { nodes, edges };
  }

  /** Bumped by every ingest that changes the graph. */
  get revision(): number {
    return this.version;
  }

  async isReady(): Promise<boolean> {
    return true;
  }

  /** In-process reads have no round trips to share: a request reads the store itself. */
  openRequest(): GraphReader {
    return this;
  }

  async close(): Promise<void> {}

  private resolveIds(ids: readonly string[]): GraphNode[] {
    return ids.map((id) => this.nodes.get(id)).filter((node): node is GraphNode => node !== undefined);
  }
}

function listOf(adjacency: Adjacency, id: string, type: RelationType, otherEnd: "from" | "to"): EdgeList {
  let byType = adjacency.get(id);
  if (!byType) {
    byType = {};
    adjacency.set(id, byType);
  }
  return (byType[type] ??= new EdgeList(otherEnd));
}

function addToIndex<K>(index: Map<K, SortedIdSet>, key: K, id: string): void {
  let ids = index.get(key);
  if (!ids) {
    ids = new SortedIdSet();
    index.set(key, ids);
  }
  ids.add(id);
}

/** Leaves an emptied set in place: checking its size would merge a large index on every removal. */
function removeFromIndex<K>(index: Map<K, SortedIdSet>, key: K, id: string): void {
  index.get(key)?.delete(id);
}

function fromSet(set: SortedIdSet | undefined): Candidates {
  if (!set) return EMPTY_CANDIDATES;
  return {
    size: set.size,
    has: (id) => set.has(id),
    page: (after, first) => set.page(after, first),
    forEach: (visit) => set.forEach(visit),
  };
}

function fromSortedArray(ids: string[], members: Set<string> = new Set(ids)): Candidates {
  return {
    size: ids.length,
    has: (id) => members.has(id),
    page: (after, first) => {
      const start = after === null ? 0 : upperBound(ids, after);
      return { ids: ids.slice(start, start + first), hasNextPage: start + first < ids.length };
    },
    forEach: (visit) => ids.forEach((id) => visit(id)),
  };
}

/** Shallow equality, spans compared by value: re-ingesting an unchanged document then touches no index. */
function sameNode(a: GraphNode, b: GraphNode): boolean {
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) =>
    key === "source" ? sameSpan(a.source, b.source) : left[key] === right[key],
  );
}

/** What the indexes take from a node (indexNode): equal keys, equal index entries. */
function indexKey(node: GraphNode): string {
  const fields = node as unknown as Record<string, unknown>;
  const { names, texts } = searchFields(node);
  return JSON.stringify([node.kind, names, texts, fields.name, fields.fullName, fields.number, fields.normalizedNumber, fields.sector, fields.documentId]);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, at) => id === b[at]);
}

function sameSpan(a: SourceSpan | null, b: SourceSpan | null): boolean {
  return a === b || (a !== null && b !== null && a.documentId === b.documentId && a.start === b.start && a.end === b.end);
}

function ownerOf(node: GraphNode): string | null {
  if (node.kind === "Provision" || node.kind === "Task") return node.documentId;
  return node.source?.documentId ?? null;
}

function numberKeys(node: GraphNode & { number: string | null; normalizedNumber: string | null }): Set<string> {
  const keys = new Set<string>();
  for (const value of [node.number, node.normalizedNumber]) {
    if (value) {
      const key = normalizeForMatch(value);
      if (key) keys.add(key);
    }
  }
  return keys;
}
