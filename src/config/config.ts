import path from "node:path";
import { fileURLToPath } from "node:url";

/** Every setting the service reads, parsed and checked once at start. */
export interface Config {
  host: string;
  port: number;
  nodeEnv: "production" | "development" | "test";
  /** Folder (or file) the embedded store ingests at start. */
  documentsDir: string;
  ingest: IngestConfig;
  neo4j: Neo4jConfig | null;
  limits: ApiLimits;
  http: HttpConfig;
  responseCache: ResponseCacheConfig;
  execution: ExecutionConfig;
  logLevel: "debug" | "info" | "warn" | "error";
}

export interface ExecutionConfig {
  /**
   * Runs of one query before it runs as compiled JavaScript (graphql-jit); 0 never compiles.
   * A query sent once is cheaper to interpret than to compile.
   */
  compileAfter: number;
}

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface IngestConfig {
  /** A document file larger than this is refused with a clear error rather than read. */
  maxFileBytes: number;
  /** Documents `npm run ingest` has in flight at once, each in its own transaction. */
  concurrency: number;
}

/** What one GraphQL request may ask for (docs/api.md, "Limits", gives each one's error code). */
export interface ApiLimits {
  /** Fields nested in the answer, fragments expanded. */
  maxDepth: number;
  /** Price of an operation with its variables: fields times the rows each may return. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens parsed before the document is refused. */
  maxTokens: number;
  /** JSON nesting of the request (the body is level 1, `variables` level 2). */
  maxJsonDepth: number;
  maxBodyBytes: number;
  maxSearchLength: number;
}

/** Connection handling: slow or idle clients are cut, and shutdown drains. */
export interface HttpConfig {
  /** Time to receive a whole request, headers and body. */
  requestTimeoutMs: number;
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Connections over this number are closed as they arrive. */
  maxConnections: number;
  /** On SIGTERM, how long /readyz says 503 before the listener closes (for load balancers to notice). */
  shutdownDelayMs: number;
  /** How long shutdown waits for requests in flight before cutting their connections. */
  drainTimeoutMs: number;
}

/** Whole responses kept while the embedded store is unchanged (Neo4j: never). */
export interface ResponseCacheConfig {
  /** 0 disables the cache. */
  maxEntries: number;
  maxBytes: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const DEFAULT_DOCUMENTS_DIR = path.join(projectRoot, "seed", "documents");

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  };

  const config: Config = {
    host: env.HOST || "127.0.0.1",
    port: int("PORT", 4000, 0, 65535),
    nodeEnv: oneOf("NODE_ENV", ["production", "development", "test"] as const, "development"),
    documentsDir: env.DOCUMENTS_DIR ? path.resolve(env.DOCUMENTS_DIR) : DEFAULT_DOCUMENTS_DIR,
    ingest: { maxFileBytes: int("INGEST_MAX_FILE_BYTES", 16 * 1024 * 1024, 1_000, 2 ** 30), concurrency: int("INGEST_CONCURRENCY", 4, 1, 64) },
    neo4j: null,
    limits: {
      maxDepth: int("MAX_QUERY_DEPTH", 12, 2, 100),
      maxCost: int("MAX_QUERY_COST", 20_000, 10, 10_000_000),
      maxAliases: int("MAX_QUERY_ALIASES", 30, 1, 10_000),
      maxDirectives: int("MAX_QUERY_DIRECTIVES", 50, 1, 10_000),
      maxTokens: int("MAX_QUERY_TOKENS", 5_000, 100, 1_000_000),
      maxJsonDepth: int("MAX_JSON_DEPTH", 16, 4, 1_000),
      maxBodyBytes: int("MAX_BODY_BYTES", 100_000, 1_000, 50_000_000),
      maxSearchLength: int("MAX_SEARCH_LENGTH", 200, 1, 10_000),
    },
    http: {
      requestTimeoutMs: int("REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
      headersTimeoutMs: int("HEADERS_TIMEOUT_MS", 10_000, 100, 3_600_000),
      keepAliveTimeoutMs: int("KEEP_ALIVE_TIMEOUT_MS", 5_000, 100, 3_600_000),
      maxConnections: int("MAX_CONNECTIONS", 1_000, 1, 1_000_000),
      shutdownDelayMs: int("SHUTDOWN_DELAY_MS", 0, 0, 600_000),
      drainTimeoutMs: int("DRAIN_TIMEOUT_MS", 10_000, 0, 600_000),
    },
    responseCache: {
      maxEntries: int("RESPONSE_CACHE_ENTRIES", 1_000, 0, 1_000_000),
      maxBytes: int("RESPONSE_CACHE_BYTES", 64 * 1024 * 1024, 0, 2 ** 40),
    },
    execution: {
      compileAfter: int("EXECUTION_COMPILE_AFTER", 2, 0, 1_000_000),
    },
    logLevel: oneOf("LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
  };

  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) {
    problems.push(`HEADERS_TIMEOUT_MS (${config.http.headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${config.http.requestTimeoutMs})`);
  }

  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(env.NEO4J_URI)) {
      problems.push(`NEO4J_URI must be a neo4j:// or bolt:// URI, got "${env.NEO4J_URI}"`);
    }
    config.neo4j = {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE || "neo4j",
    };
    if (!config.neo4j.password) problems.push("NEO4J_PASSWORD is required when NEO4J_URI is set");
  }

  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n- ${problems.join("\n- ")}`);
  return config;
}
