import type {
  BodyKind,
  GraphBatch,
  GraphEdge,
  GraphNode,
  InstrumentKind,
  NodeKind,
  PlaceKind,
  RelationType,
  ResponsibilityRole,
  Sector,
  SourceSpan,
} from "../domain/model.js";

/**
 * The one storage port. Two adapters implement it (`memory/`, `neo4j/`) and one
 * contract suite (test/contract) holds both to the same answers.
 *
 * Every method that takes a list of keys is a batch call for a DataLoader: it
 * returns one result per key, in key order. Lists of nodes or edges come back
 * in a deterministic order (stated per method) so both stores answer alike.
 */
export interface GraphStore extends GraphReader {
  /**
   * Stores one document's batch as the document's one version, atomically (a
   * failure leaves the store as it was). A document id the store does not hold
   * as a Document is `new`; one it holds with the same sha256 is `unchanged`
   * and nothing is written; one it holds with another text is `replaced`: the
   * old version's provisions, tasks, targets and the edges only it stated go,
   * and so do shared nodes (instruments, places, bodies, projects) no document
   * names any more. A node several documents name is the fold of their versions
   * in document-id order (the first gives every value it has, the next fill
   * nulls); an edge several state shows the smallest document id's statement.
   * So the graph depends on the set of documents, never on their order.
   */
  ingest(batch: GraphBatch): Promise<IngestResult>;

  /**
   * Takes a document out as replacing it with nothing would, atomically. Its
   * node stays, as the plain instrument, while other documents cite it.
   * NOT_FOUND when no Document has this id.
   */
  remove(documentId: string): Promise<RemoveResult>;

  /**
   * The reads of one request (one GraphQL operation), with the same answers as
   * the store's own. The Neo4j store sends the reads a request makes in one tick
   * (the loaders of one level of the query) in one transaction, and serves again
   * the nodes a read already brought back; the embedded store has no round trips
   * to save and returns itself. Nothing to close: it holds no session between reads.
   */
  openRequest(): GraphReader;

  /**
   * Changes whenever the store's content does, so an answer computed at one
   * revision may be served again while the revision holds; null when the store
   * cannot tell (Neo4j: other processes write to it). A property, not a method:
   * reading it is never a round trip, so it is not a store call.
   */
  readonly revision: number | null;

  /** Whether the store can answer now (Neo4j reachable). */
  isReady(): Promise<boolean>;

  close(): Promise<void>;
}

/** What a request may ask of a store: every read of the port. */
export interface GraphReader {
  /** Nodes by id, null where unknown. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;

  /**
   * Edges of each node, of the given type and direction (`out`: node is `from`;
   * `in`: node is `to`). Per key, ordered by (other end's id, role).
   */
  getEdges(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<GraphEdge[][]>;

  /**
   * Like getEdges, each edge with the node at its other end, in one call: the
   * API resolves a related-entity field with it, so one nested level costs one
   * store call rather than two (edges, then their nodes). Same order as getEdges.
   */
  getNeighbours(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<Neighbour[][]>;

  /**
   * Per key, every edge of the given types in both directions, each with the
   * node at its other end, in one call: all of an instrument's relations
   * (amends, amendedBy, replaces, replacedBy…) and its status cost one call
   * per request level. Per key, ordered by the position of the type in
   * `types`, then out before in, then other end's id, then role.
   */
  getRelations(ids: readonly string[], types: readonly RelationType[]): Promise<Relation[][]>;

  /** Nodes of one kind matching the filter, ordered by id. */
  listNodes(kind: NodeKind, filter?: NodeFilter): Promise<GraphNode[]>;

  /** Places whose folded name or full name equals the folded query, ordered by id. */
  findPlacesByName(name: string): Promise<GraphNode[]>;

  /** Instruments whose number (as written or normalised) matches, ordered by id. */
  findInstrumentsByNumber(number: string): Promise<GraphNode[]>;

  /**
   * One page of tasks per request, in request order: the tasks matching every
   * criterion of its filter, ordered by id, keyset-paged. A batch call, so the
   * task connections of every row of a list (each place's tasks) cost one call.
   */
  findTaskPages(requests: readonly TaskPageRequest[]): Promise<TaskPage[]>;

  /** Ranked full-text search over names, titles, numbers and texts, tone marks folded. */
  search(text: string, first: number): Promise<SearchResult[]>;

  /**
   * Legal basis of each task, one list per task id. A breadth-first walk from the
   * task that may take these steps only (isBasisStep in shared/legal-basis-walk.ts):
   *   Task|Provision -PART_OF-> Provision|Document     (upward through the structure)
   *   Task|Provision -CITES-> LegalInstrument|Document
   *   Document -BASED_ON-> LegalInstrument|Document    ("Căn cứ"; CONSIDERS is not basis),
   *                                                     also of a cited document, so chains run across documents
   *   instrument -AMENDS|GUIDES|IMPLEMENTS-> instrument (what it amends, details, implements)
   *   instrument <-AMENDS|REPLACES|REPEALS- instrument  (what amended, replaced or repealed it: reversed steps)
   * Every instrument reached (a LegalInstrument, or a Document other than the
   * task's own) yields one path: its shortest, ties broken by the smaller
   * (relation, reversed, nodeId) at the first step that differs. A path has at
   * most maxDepth steps. Lists are ordered by (depth, instrumentId).
   */
  legalBasis(taskIds: readonly string[], maxDepth: number): Promise<LegalBasisPath[][]>;

  /**
   * All shortest paths between two nodes (edges followed in either direction,
   * at most maxHops edges), ordered by the sequence of node ids along them, at
   * most `limit` of them. Empty when no path is that short; a node to itself is
   * one path with no steps.
   */
  findPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPath[]>;

  /**
   * Task counts for dashboards; place counts roll up the place hierarchy
   * (with `geography: "CURRENT"`, up to the places in force today, see TaskCountOptions).
   */
  countTasks(groupBy: TaskGrouping, options?: TaskCountOptions): Promise<TaskCount[]>;

  /** Node counts per kind and edge counts per type. */
  stats(): Promise<StoreStats>;
}

export type EdgeDirection = "out" | "in";

export interface Neighbour {
  edge: GraphEdge;
  /** The node at the edge's other end (`to` for `out`, `from` for `in`). */
  node: GraphNode;
}

export interface Relation extends Neighbour {
  /** `out`: the key is the edge's `from`; `in`: its `to`. */
  direction: EdgeDirection;
}

export type IngestOutcome = "new" | "unchanged" | "replaced";

/** What one write changed; edges deleted include those of deleted nodes. */
export interface WriteCounts {
  nodesCreated: number;
  edgesCreated: number;
  nodesDeleted: number;
  edgesDeleted: number;
}

export interface IngestResult extends WriteCounts {
  documentId: string;
  outcome: IngestOutcome;
  /** File name of the version the store held (`unchanged`, `replaced`); null for `new` or when not known. */
  previousFileName: string | null;
}

export interface RemoveResult {
  documentId: string;
  /** File name of the removed version, when known. */
  fileName: string | null;
  nodesDeleted: number;
  edgesDeleted: number;
}

export interface NodeFilter {
  /** Folded substring of the name, title or number. */
  text?: string;
  placeKind?: PlaceKind;
  parentId?: string;
  bodyKind?: BodyKind;
  instrumentKind?: InstrumentKind;
  /** Only nodes mentioned by (with provenance in) this document. */
  documentId?: string;
}

export interface TaskFilter {
  /** Tasks LOCATED_IN any of these places (already expanded by the caller or by includeSubPlaces). */
  placeIds?: string[];
  /** Extend placeIds with every place below them (PART_OF, downward only). */
  includeSubPlaces?: boolean;
  /**
   * Extend placeIds with the places they took over across reorganisations
   * (SUCCEEDED_BY followed backwards, at most MAX_SUCCESSION_HOPS). With
   * includeSubPlaces, the places below a predecessor count too when it went
   * wholly to its successor (every step `whole`); a piece of a split unit
   * brings only the tasks located in it itself.
   */
  includePredecessors?: boolean;
  bodyId?: string;
  role?: ResponsibilityRole;
  projectId?: string;
  /** Tasks whose own sentence or an enclosing provision CITES this instrument. */
  instrumentId?: string;
  sector?: Sector;
  documentId?: string;
  /** Folded substring of the task text. */
  text?: string;
}

export interface PageRequest {
  /** 1..100, validated by the caller. */
  first: number;
  /** Task id after which the page starts (exclusive). */
  after: string | null;
}

export interface TaskPageRequest {
  filter: TaskFilter;
  page: PageRequest;
}

export interface TaskPage {
  ids: string[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface SearchResult {
  id: string;
  score: number;
}

export interface PathStepRef {
  /** Relationship type as stored; a step taken against the edge's direction is `<TYPE>` with `reversed: true`. */
  relation: RelationType;
  reversed: boolean;
  nodeId: string;
  source: SourceSpan | null;
}

export interface LegalBasisPath {
  instrumentId: string;
  /** From the task (exclusive) to the instrument (inclusive). */
  steps: PathStepRef[];
  depth: number;
}

export interface GraphPath {
  /** From the start node (exclusive) to the end node (inclusive). */
  steps: PathStepRef[];
}

export type TaskGrouping = "PLACE" | "BODY_ROLE" | "SECTOR" | "DOCUMENT";

export interface TaskCountOptions {
  /**
   * For PLACE. AS_WRITTEN (default): every place of the graph, each counting
   * the tasks located in it or below it. CURRENT: only places in force today
   * (neither they nor a place above them has a successor), each counting the
   * tasks located in it or below it, or in a unit that went to it or below it
   * wholly (SUCCEEDED_BY with every step whole, from the task's place or a
   * place above it): so tasks of huyện Mỏ Cày Bắc count for tỉnh Vĩnh Long.
   */
  geography?: PlaceGeography;
}

export type PlaceGeography = "AS_WRITTEN" | "CURRENT";

export interface TaskCount {
  /** Place, body or document id; sector name; null for tasks without a sector. */
  key: string | null;
  role: ResponsibilityRole | null;
  count: number;
}

export interface StoreStats {
  nodes: Record<NodeKind, number>;
  edges: Record<RelationType, number>;
}
