import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { Neo4jConfig } from "../../config/config.js";
import { UnavailableError } from "../../domain/errors.js";
import type { GraphBatch, GraphEdge, GraphNode, NodeKind, RelationType } from "../../domain/model.js";
import type {
  EdgeDirection,
  GraphPath,
  GraphReader,
  GraphStore,
  IngestResult,
  LegalBasisPath,
  Neighbour,
  NodeFilter,
  Relation,
  RemoveResult,
  SearchResult,
  StoreStats,
  TaskCount,
  TaskCountOptions,
  TaskGrouping,
  TaskPage,
  TaskPageRequest,
} from "../graph-store.js";
import { validateBatch } from "../shared/validate-batch.js";
import { COUNT_ALL_NODES, DELETE_EVERYTHING, PING } from "./cypher-queries.js";
import { ingestDocument, removeDocument } from "./document-write.js";
import { describeConnectionError, toStoreError } from "./driver-errors.js";
import { fromNeo4jValue } from "./node-mapping.js";
import { boltPortOf, disableNagleForBolt } from "./no-delay.js";
import { Neo4jReader } from "./neo4j-reader.js";
import { ReadBatch, type RunStatements } from "./read-batch.js";
import { loadSchemaStatements } from "./schema-statements.js";

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
  const port = boltPortOf(config.uri);
  if (port !== null) disableNagleForBolt(port);
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

export class Neo4jGraphStore implements GraphStore {
  /** Other processes may write to the database, so no answer is known to stay current. */
  readonly revision = null;
  private readonly database: string;
  private ready: { value: boolean; at: number } | null = null;
  private probe: Promise<boolean> | null = null;
  private closed = false;
  private readonly reader: Neo4jReader;

  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly options: Required<Neo4jStoreOptions> = DEFAULT_OPTIONS,
  ) {
    this.database = config.database;
    // Reads outside any request (the CLI, tests, benchmarks) share the same batching, with nothing remembered.
    this.reader = new Neo4jReader(new ReadBatch(this.runStatements), { rememberNodes: false });
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

  /** Statements in one read transaction, sent without waiting for each other's answers, so the driver pipelines them. */
  private readonly runStatements: RunStatements = (statements) =>
    this.read(async (tx) => {
      const results = statements.map(({ text, params }) => tx.run(text, params));
      return (await Promise.all(results)).map((result) => result.records);
    });

  openRequest(): GraphReader {
    return new Neo4jReader(new ReadBatch(this.runStatements), { rememberNodes: true });
  }

  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return this.reader.getNodes(ids);
  }

  getEdges(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<GraphEdge[][]> {
    return this.reader.getEdges(ids, type, direction);
  }

  getNeighbours(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<Neighbour[][]> {
    return this.reader.getNeighbours(ids, type, direction);
  }

  getRelations(ids: readonly string[], types: readonly RelationType[]): Promise<Relation[][]> {
    return this.reader.getRelations(ids, types);
  }

  listNodes(kind: NodeKind, filter?: NodeFilter): Promise<GraphNode[]> {
    return this.reader.listNodes(kind, filter);
  }

  findPlacesByName(name: string): Promise<GraphNode[]> {
    return this.reader.findPlacesByName(name);
  }

  findInstrumentsByNumber(number: string): Promise<GraphNode[]> {
    return this.reader.findInstrumentsByNumber(number);
  }

  findTaskPages(requests: readonly TaskPageRequest[]): Promise<TaskPage[]> {
    return this.reader.findTaskPages(requests);
  }

  search(text: string, first: number): Promise<SearchResult[]> {
    return this.reader.search(text, first);
  }

  legalBasis(taskIds: readonly string[], maxDepth: number): Promise<LegalBasisPath[][]> {
    return this.reader.legalBasis(taskIds, maxDepth);
  }

  findPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPath[]> {
    return this.reader.findPaths(fromId, toId, maxHops, limit);
  }

  countTasks(groupBy: TaskGrouping, options?: TaskCountOptions): Promise<TaskCount[]> {
    return this.reader.countTasks(groupBy, options);
  }

  stats(): Promise<StoreStats> {
    return this.reader.stats();
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
