import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import type { Neo4jConfig } from "../../config/config.js";
import { UnavailableError } from "../../domain/errors.js";
import {
  NODE_KINDS,
  RELATION_TYPES,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelationType,
  type ResponsibilityRole,
} from "../../domain/model.js";
import { foldText } from "../../domain/text-fold.js";
import type {
  EdgeDirection,
  GraphPath,
  GraphStore,
  IngestResult,
  LegalBasisPath,
  Neighbour,
  NodeFilter,
  RemoveResult,
  SearchResult,
  StoreStats,
  TaskCount,
  TaskGrouping,
  TaskPage,
  TaskPageRequest,
} from "../graph-store.js";
import { walkLegalBasis, type CandidateStep } from "../shared/legal-basis-walk.js";
import { normalizeForMatch } from "../shared/search-text.js";
import { compareEdges, compareIds, compareTaskCounts } from "../shared/sort-order.js";
import { validateBatch } from "../shared/validate-batch.js";
import {
  COUNT_ALL_NODES,
  countTasksQuery,
  DELETE_EVERYTHING,
  FIND_INSTRUMENTS_BY_NUMBER,
  FIND_PLACES_BY_NAME,
  findTasksQuery,
  GET_NODES,
  GET_TASK_DOCUMENTS,
  getEdgesQuery,
  LEGAL_BASIS_STEPS,
  listNodesQuery,
  MAX_PATH_HOPS,
  PING,
  SEARCH,
  shortestPathEdgesQuery,
  statsQuery,
} from "./cypher-queries.js";
import { ingestDocument, removeDocument } from "./document-write.js";
import { describeConnectionError, toStoreError } from "./driver-errors.js";
import {
  fromEdgeRecord,
  fromNeo4jValue,
  fromNodeRecord,
  kindFromLabels,
} from "./node-mapping.js";
import { loadSchemaStatements } from "./schema-statements.js";
import { rankCandidates, toCandidateQuery, type SearchCandidate } from "./search-ranking.js";
import { enumerateShortestPaths, type PathEdge } from "./shortest-paths.js";

export interface Neo4jStoreOptions {
  /** How long a readiness answer is reused, so /readyz under load costs one probe a second. */
  readyCacheMs?: number;
  /** A probe slower than this counts as not ready. */
  readyTimeoutMs?: number;
  /** Give up retrying a transaction (the driver retries transient errors) after this long. */
  maxTransactionRetryTimeMs?: number;
  /** Give up opening a connection after this long. */
  connectionTimeoutMs?: number;
}

const DEFAULT_OPTIONS: Required<Neo4jStoreOptions> = {
  readyCacheMs: 1000,
  readyTimeoutMs: 2000,
  maxTransactionRetryTimeMs: 10_000,
  connectionTimeoutMs: 5000,
};

/** Schema commands that lose a race with another process creating the same thing. */
const ALREADY_EXISTS_CODES = new Set([
  "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
  "Neo.ClientError.Schema.IndexAlreadyExists",
  "Neo.ClientError.Schema.ConstraintAlreadyExists",
]);

/**
 * Opens the one driver of the process, checks that the server answers and
 * accepts the credentials, and applies schema/neo4j/*.cypher. Fails with an
 * UNAVAILABLE error naming the URI and the cause (bad credentials, unknown
 * database, unreachable server) rather than a driver stack trace.
 */
export async function connectNeo4jStore(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: settings.maxTransactionRetryTimeMs,
      connectionTimeout: settings.connectionTimeoutMs,
      userAgent: "policy-graph",
    });
  } catch (error) {
    throw new UnavailableError(`Cannot use NEO4J_URI ${config.uri}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const info = await driver.getServerInfo({ database: config.database });
    if (info.protocolVersion !== undefined && info.protocolVersion < 4.4) {
      throw new UnavailableError(
        `Neo4j at ${config.uri} is ${info.agent ?? "an old server"} (Bolt ${info.protocolVersion}); Neo4j 4.4 or 5.x is required`,
      );
    }
    const store = new Neo4jGraphStore(driver, config, settings);
    await store.applySchema();
    return store;
  } catch (error) {
    await driver.close();
    if (error instanceof UnavailableError) throw error;
    const description = describeConnectionError(error, config.uri, config.username, config.database);
    if (description !== null) throw new UnavailableError(description);
    throw new UnavailableError(
      `Neo4j at ${config.uri} could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function toNodeFromRecord(record: Neo4jRecord): GraphNode {
  return fromNodeRecord(record.get("labels") as string[], record.get("props") as Record<string, unknown>);
}

export class Neo4jGraphStore implements GraphStore {
  /** Other processes may write to the database, so no answer is known to stay current. */
  readonly revision = null;
  private readonly database: string;
  private ready: { value: boolean; at: number } | null = null;
  private probe: Promise<boolean> | null = null;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly options: Required<Neo4jStoreOptions> = DEFAULT_OPTIONS,
  ) {
    this.database = config.database;
  }

  // ---------------------------------------------------------------- sessions

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transact("READ", work);
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transact("WRITE", work);
  }

  /** One managed transaction (retried by the driver on transient errors) in its own session. */
  private async transact<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    try {
      return await (mode === "READ" ? session.executeRead(work) : session.executeWrite(work));
    } catch (error) {
      throw toStoreError(error, this.config.uri, this.config.username, this.database);
    } finally {
      await session.close();
    }
  }

  /** Runs every statement of schema/neo4j/*.cypher, each in its own transaction (Neo4j's rule for schema commands). */
  async applySchema(): Promise<void> {
    for (const statement of await loadSchemaStatements()) {
      try {
        await this.write((tx) => tx.run(statement));
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        if (!ALREADY_EXISTS_CODES.has(code)) throw error;
      }
    }
    await this.read((tx) => tx.run("CALL db.awaitIndexes($seconds)", { seconds: neo4j.int(300) }));
  }

  // ------------------------------------------------------------------ ingest

  async ingest(batch: GraphBatch): Promise<IngestResult> {
    // A batch without the shape to compute its ids from is rejected before any query.
    if (typeof batch?.document?.id !== "string" || !Array.isArray(batch.nodes) || !Array.isArray(batch.edges)) {
      validateBatch(batch, { getNode: () => undefined, ownedBy: () => new Set() });
    }
    return this.write((tx) => ingestDocument(tx, batch));
  }

  async remove(documentId: string): Promise<RemoveResult> {
    return this.write((tx) => removeDocument(tx, documentId));
  }

  // ------------------------------------------------------------------- reads

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.read(async (tx) => (await tx.run(GET_NODES, { ids: [...new Set(ids)] })).records);
    const byId = new Map<string, GraphNode>();
    for (const record of records) {
      const node = toNodeFromRecord(record);
      byId.set(node.id, node);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getEdges(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<GraphEdge[][]> {
    const lists = await this.loadEdges(ids, type, direction, false);
    return lists.map((list) => list.map(({ edge }) => edge));
  }

  async getNeighbours(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<Neighbour[][]> {
    return (await this.loadEdges(ids, type, direction, true)) as Neighbour[][];
  }

  private async loadEdges(
    ids: readonly string[],
    type: RelationType,
    direction: EdgeDirection,
    withNodes: boolean,
  ): Promise<{ edge: GraphEdge; node?: GraphNode }[][]> {
    if (ids.length === 0) return [];
    const query = getEdgesQuery(type, direction, withNodes);
    const records = await this.read(async (tx) => (await tx.run(query, { ids: [...new Set(ids)] })).records);
    const byKey = new Map<string, { edge: GraphEdge; node?: GraphNode }[]>();
    for (const record of records) {
      const edge = fromEdgeRecord(type, record.get("fromId") as string, record.get("toId") as string, record.get("props") as Record<string, unknown>);
      const entry: { edge: GraphEdge; node?: GraphNode } = { edge };
      if (withNodes) {
        entry.node = fromNodeRecord(record.get("otherLabels") as string[], record.get("otherProps") as Record<string, unknown>);
      }
      const key = record.get("key") as string;
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
    const otherEnd = direction === "out" ? "to" : "from";
    for (const list of byKey.values()) {
      list.sort((a, b) => compareEdges(a.edge, b.edge, otherEnd));
    }
    return ids.map((id) => byKey.get(id) ?? []);
  }

  async listNodes(kind: NodeKind, filter: NodeFilter = {}): Promise<GraphNode[]> {
    const query = listNodesQuery(kind, { ...filter, text: filter.text !== undefined ? foldText(filter.text) : undefined });
    return this.readNodes(query.text, query.params);
  }

  async findPlacesByName(name: string): Promise<GraphNode[]> {
    return this.readNodes(FIND_PLACES_BY_NAME, { key: foldText(name) });
  }

  async findInstrumentsByNumber(number: string): Promise<GraphNode[]> {
    const key = normalizeForMatch(number);
    if (key === "") return [];
    return this.readNodes(FIND_INSTRUMENTS_BY_NUMBER, { key });
  }

  private async readNodes(query: string, params: Record<string, unknown>): Promise<GraphNode[]> {
    const records = await this.read(async (tx) => (await tx.run(query, params)).records);
    return records.map(toNodeFromRecord).sort((a, b) => compareIds(a.id, b.id));
  }

  /** Every page in one read transaction: two parameterised statements per request, the count and the page. */
  async findTaskPages(requests: readonly TaskPageRequest[]): Promise<TaskPage[]> {
    if (requests.length === 0) return [];
    const queries = requests.map(({ filter }) =>
      findTasksQuery({ ...filter, text: filter.text !== undefined ? foldText(filter.text) : undefined }),
    );
    return this.read(async (tx) => {
      const pages: TaskPage[] = [];
      for (const [i, { page }] of requests.entries()) {
        const query = queries[i];
        const first = Math.max(0, page.first);
        const counted = await tx.run(query.count, query.params);
        const paged = await tx.run(query.page, { ...query.params, after: page.after, limit: neo4j.int(first + 1) });
        const ids = paged.records.map((record) => record.get("id") as string);
        const totalCount = Number(fromNeo4jValue(counted.records[0]?.get("total") ?? 0));
        pages.push({ ids: ids.slice(0, first), totalCount, hasNextPage: ids.length > first });
      }
      return pages;
    });
  }

  async search(text: string, first: number): Promise<SearchResult[]> {
    const query = toCandidateQuery(text);
    if (query === null || first <= 0) return [];
    const record = await this.read(async (tx) => (await tx.run(SEARCH, { query: query.lucene })).records[0]);
    if (!record) return [];
    const candidates = (record.get("candidates") as Record<string, unknown>[]).map(
      (row): SearchCandidate => ({
        id: row.id as string,
        searchText: (row.searchText as string | null) ?? "",
        searchNames: (row.searchNames as string[] | null) ?? [],
        searchPhrases: (row.searchPhrases as string[] | null) ?? [],
      }),
    );
    return rankCandidates(text, first, candidates, {
      documents: Number(fromNeo4jValue(record.get("documents"))),
      totalLength: Number(fromNeo4jValue(record.get("totalLength"))),
    });
  }

  async legalBasis(taskIds: readonly string[], maxDepth: number): Promise<LegalBasisPath[][]> {
    if (taskIds.length === 0) return [];
    const paths = await this.read(async (tx) => {
      const starts = (await tx.run(GET_TASK_DOCUMENTS, { ids: [...new Set(taskIds)] })).records.map((record) => ({
        taskId: record.get("id") as string,
        documentId: record.get("documentId") as string,
      }));
      return walkLegalBasis(starts, maxDepth, async (nodes) => {
        const result = await tx.run(LEGAL_BASIS_STEPS, { ids: nodes.map((node) => node.id) });
        const steps: CandidateStep[] = [];
        for (const record of result.records) {
          const toKind = kindFromLabels(record.get("toLabels") as string[]);
          if (!toKind) continue;
          const edge = fromEdgeRecord(
            record.get("relation") as RelationType,
            record.get("fromId") as string,
            record.get("toId") as string,
            record.get("props") as Record<string, unknown>,
          );
          steps.push({
            fromId: record.get("fromId") as string,
            relation: edge.type,
            reversed: record.get("reversed") as boolean,
            toId: record.get("toId") as string,
            toKind,
            source: edge.source,
          });
        }
        return steps;
      });
    });
    return taskIds.map((id) => paths.get(id) ?? []);
  }

  async findPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPath[]> {
    if (limit <= 0) return [];
    return this.read(async (tx) => {
      const found = await tx.run(GET_NODES, { ids: [fromId, toId] });
      const present = new Set(found.records.map((record) => (record.get("props") as { id: string }).id));
      if (!present.has(fromId) || !present.has(toId)) return [];
      if (fromId === toId) return [{ steps: [] }];
      if (maxHops < 1) return [];
      const result = await tx.run(shortestPathEdgesQuery(Math.min(Math.floor(maxHops), MAX_PATH_HOPS)), { fromId, toId });
      const edges: PathEdge[] = result.records.map((record) => {
        const type = record.get("type") as RelationType;
        return fromEdgeRecord(type, record.get("fromId") as string, record.get("toId") as string, record.get("props") as Record<string, unknown>);
      });
      return enumerateShortestPaths(fromId, toId, edges, limit);
    });
  }

  async countTasks(groupBy: TaskGrouping): Promise<TaskCount[]> {
    const records = await this.read(async (tx) => (await tx.run(countTasksQuery(groupBy))).records);
    return records
      .map((record) => ({
        key: (record.get("key") as string | null) ?? null,
        role: (record.get("role") as ResponsibilityRole | null) ?? null,
        count: Number(fromNeo4jValue(record.get("count"))),
      }))
      .filter((count) => count.count > 0)
      .sort(compareTaskCounts);
  }

  async stats(): Promise<StoreStats> {
    const records = await this.read(async (tx) => (await tx.run(statsQuery())).records);
    const nodes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as StoreStats["nodes"];
    const edges = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as StoreStats["edges"];
    for (const record of records) {
      const count = Number(fromNeo4jValue(record.get("count")));
      const name = record.get("name") as string;
      if (record.get("what") === "node") nodes[name as NodeKind] = count;
      else edges[name as RelationType] = count;
    }
    return { nodes, edges };
  }

  // -------------------------------------------------------------- operations

  /**
   * A cheap query on the configured database, answered from a cache for
   * readyCacheMs, so a flood of /readyz requests costs one probe per second.
   * Neo4j going away turns this false within a probe; coming back, true.
   */
  async isReady(): Promise<boolean> {
    if (this.closed) return false;
    if (this.ready && Date.now() - this.ready.at < this.options.readyCacheMs) return this.ready.value;
    this.probe ??= this.runProbe().then((value) => {
      this.ready = { value, at: Date.now() };
      this.probe = null;
      return value;
    });
    return this.probe;
  }

  private async runProbe(): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.readyTimeoutMs);
    });
    const answer = session.run(PING).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
      void answer.finally(() => session.close().catch(() => {}));
    }
  }

  /** Nodes in the database, of this project or not: the test suite's guard before it wipes. */
  async countAllNodes(): Promise<{ total: number; ours: number }> {
    const record = await this.read(async (tx) => (await tx.run(COUNT_ALL_NODES)).records[0]);
    return { total: Number(fromNeo4jValue(record?.get("total") ?? 0)), ours: Number(fromNeo4jValue(record?.get("ours") ?? 0)) };
  }

  /** Deletes every node and relationship of the configured database. For test databases only. */
  async deleteEverything(): Promise<void> {
    await this.write((tx) => tx.run(DELETE_EVERYTHING));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}
