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
  responseCache: ResponseCacheConfig;
  logLevel: "debug" | "info" | "warn" | "error";
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
}

export interface ApiLimits {
  maxDepth: number;
  maxCost: number;
  maxBodyBytes: number;
  maxSearchLength: number;
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
    ingest: { maxFileBytes: int("INGEST_MAX_FILE_BYTES", 16 * 1024 * 1024, 1_000, 2 ** 30) },
    neo4j: null,
    limits: {
      maxDepth: int("MAX_QUERY_DEPTH", 12, 2, 100),
      maxCost: int("MAX_QUERY_COST", 20_000, 10, 10_000_000),
      maxBodyBytes: int("MAX_BODY_BYTES", 100_000, 1_000, 50_000_000),
      maxSearchLength: int("MAX_SEARCH_LENGTH", 200, 1, 10_000),
    },
    responseCache: {
      maxEntries: int("RESPONSE_CACHE_ENTRIES", 1_000, 0, 1_000_000),
      maxBytes: int("RESPONSE_CACHE_BYTES", 64 * 1024 * 1024, 0, 2 ** 40),
    },
    logLevel: oneOf("LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
  };

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
