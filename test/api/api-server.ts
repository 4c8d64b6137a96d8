import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { type Config, DEFAULT_DOCUMENTS_DIR, loadConfig } from "../../src/config/config.js";
import type { GraphBatch } from "../../src/domain/model.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { createLogger } from "../../src/server/logger.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  // Untyped on purpose: these are the malformed or over-limit requests typed documents cannot express.
  body: any;
}

export interface ApiServer {
  url: string;
  store: MemoryGraphStore;
  server: RunningServer;
  /** JSON log lines the server wrote. */
  logs: Record<string, unknown>[];
  /** Runs a typed operation over HTTP; throws on a non-JSON answer. */
  query<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Runs a typed operation and fails the test on any GraphQL error. */
  data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T>;
  /** Posts raw GraphQL source. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  /** Posts raw GraphQL source and reads the JSON answer. */
  ask(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<RawAnswer>;
  close(): Promise<void>;
}

export interface ApiServerOptions {
  env?: Record<string, string>;
  /** Documents (files or folders) to ingest instead of the seed. */
  documents?: string[];
  /** More documents, as batches, ingested after the files. */
  batches?: GraphBatch[];
  /** Where the built explorer is (default dist-explorer/). */
  explorerDir?: string;
  /** Wraps the seeded store before the server sees it (counting calls, injecting a fault). */
  wrapStore?: (store: MemoryGraphStore) => GraphStore;
}

/** A real MemoryGraphStore loaded with the seed (or the documents given), behind the real server on a free port. */
export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const store = new MemoryGraphStore();
  const summary = await ingestFiles(store, options.documents ?? [DEFAULT_DOCUMENTS_DIR]);
  if (summary.failed.length > 0 || summary.ingested === 0) {
    throw new Error(`seed did not load: ${summary.failed.map((f) => `${f.file}: ${f.error.message}`).join("; ")}`);
  }
  for (const batch of options.batches ?? []) await store.ingest(batch);
  // Every query compiled from its first run: the API tests then check what repeated traffic gets
  // (test/api/compiled-execution.test.ts compares it with graphql-js).
  const config: Config = loadConfig({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "debug", DRAIN_TIMEOUT_MS: "2000", EXECUTION_COMPILE_AFTER: "1", ...options.env });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger(config.logLevel, (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const server = await startServer(config, options.wrapStore ? options.wrapStore(store) : store, { logger, explorerDir: options.explorerDir });
  const url = `${server.url}/graphql`;

  const post = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });

  const query: ApiServer["query"] = async (document, variables, headers) => {
    const response = await post(print(document), variables as Record<string, unknown> | undefined, headers);
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${response.status} with a non-JSON body: ${text.slice(0, 200)}`);
    }
  };

  return {
    url,
    store,
    server,
    logs,
    query,
    post,
    async ask(source, variables, headers) {
      const response = await post(source, variables, headers);
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async data(document, variables) {
      const result = await query(document, variables);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async close() {
      await server.close();
      await store.close();
    },
  };
}
