import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Config } from "../config/config.js";
import type { GraphStore } from "../graph/graph-store.js";
import { buildGraphSchema } from "../schema/build-schema.js";
import type { GraphContext } from "../schema/context.js";
import { createCompiledExecutionPlugin } from "./compiled-execution.js";
import { createErrorHandling } from "./errors.js";
import { EXPLORER_PATH, ExplorerAssets } from "./explorer-assets.js";
import { ASSETS_PATH, GRAPHIQL_PATH, loadAsset } from "./graphiql.js";
import { createGraphQLHandler } from "./graphql-endpoint.js";
import { PayloadTooLargeError } from "./http-body.js";
import { sendGraphiQL, sendJson, sendJsonError } from "./http-responses.js";
import { createCostLimit, createLimitRules } from "./limits.js";
import { createLogger, type Logger } from "./logger.js";
import { PreparedRequests } from "./prepared-requests.js";
import { ResponseCache } from "./response-cache.js";

export interface StartOptions {
  logger?: Logger;
  /** Where the built explorer page is; default dist-explorer/. */
  explorerDir?: string;
  /**
   * Why the service is not ready yet although it listens (documents still loading), or null.
   * /readyz answers 503 with this reason, and /graphql 503, until it returns null.
   */
  notReadyReason?: () => string | null;
}

export interface CloseOptions {
  /** How long /readyz says 503 before the listener closes, so load balancers stop sending first. */
  delayMs?: number;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:4000` */
  url: string;
  port: number;
  /**
   * Says 503 on /readyz (for `delayMs`), then stops accepting connections, lets requests
   * in flight finish (up to DRAIN_TIMEOUT_MS) and stops Apollo. The store stays open.
   */
  close(options?: CloseOptions): Promise<void>;
}

const GRAPHQL_PATH = "/graphql";
const REQUEST_ID_HEADER = "x-request-id";
const SAFE_REQUEST_ID = /^[\w.:-]{1,100}$/;
const READY_TIMEOUT_MS = 2_000;
const PLAIN_GRAPHQL_URL: Pick<URL, "pathname" | "search" | "searchParams"> = new URL(GRAPHQL_PATH, "http://localhost");

/** GraphQL on /graphql, the explorer on /explore, the query editor on /graphiql, /healthz and /readyz, on config.host:config.port. */
export async function startServer(config: Config, store: GraphStore, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const schema = await buildGraphSchema();
  const httpServer = createServer({
    requestTimeout: config.http.requestTimeoutMs,
    headersTimeout: config.http.headersTimeoutMs,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    // Node enforces both timeouts only when it checks its connections: often enough to keep them.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(config.http.headersTimeoutMs / 4))),
  });
  httpServer.maxConnections = config.http.maxConnections;
  const notReadyReason = options.notReadyReason ?? (() => null);
  const errors = createErrorHandling(logger, config.nodeEnv === "development");
  const responses = new ResponseCache(config.responseCache);
  const explorer = new ExplorerAssets(options.explorerDir);
  /**
   * Requests answered without errors, by their loaders: only those responses may be
   * cached. Apollo hands plugins a shallow copy of the context, so the context object
   * itself cannot mark the request, but the loaders it holds are the request's own.
   */
  const succeeded = new WeakSet<object>();
  const compiledExecution = createCompiledExecutionPlugin(schema, config.execution);
  const costLimit = createCostLimit(schema, config.limits);
  const prepared = new PreparedRequests(costLimit.admit);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    nodeEnv: config.nodeEnv,
    // The schema is public (schema/schema.graphql) and the query editor's docs need it.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: config.nodeEnv === "development",
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: createLimitRules(config.limits),
    formatError: errors.formatError,
    stringifyResult: (result) => JSON.stringify(result),
    stopOnTerminationSignals: false,
    logger: {
      debug: (message) => logger.debug(String(message)),
      info: (message) => logger.info(String(message)),
      warn: (message) => logger.warn(String(message)),
      error: (message) => logger.error(String(message)),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The API sets no cache hints; left on, the plugin wraps every field resolver (bench/RESULTS.md §5).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.drainTimeoutMs }),
      costLimit.plugin,
      // After the limits: only a priced, admitted query runs, compiled once it repeats.
      compiledExecution,
      errors.plugin,
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === "single" && !response.body.singleResult.errors) succeeded.add(contextValue.loaders);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  let draining = false;
  const readiness = async (): Promise<{ status: string; reason?: string }> => {
    if (draining) return { status: "shutting down", reason: "the server received a stop signal and is draining" };
    const loading = notReadyReason();
    if (loading !== null) return { status: "loading", reason: loading };
    if (!(await checkReady(store))) return { status: "unavailable", reason: "the store does not answer" };
    return { status: "ready" };
  };
  const logRequests = config.logLevel === "debug";

  const handleGraphQL = createGraphQLHandler({
    config,
    store,
    apollo,
    compiledExecution,
    prepared,
    responses,
    succeeded,
    notReadyReason,
    isStopping: () => draining,
  });

  const route = async (request: IncomingMessage, response: ServerResponse, requestId: string) => {
    // Most requests are POST /graphql: that path needs no URL parser.
    const url = request.url === GRAPHQL_PATH ? PLAIN_GRAPHQL_URL : new URL(request.url ?? "/", "http://localhost");
    const method = request.method ?? "GET";
    if (url.pathname === GRAPHQL_PATH) return handleGraphQL(request, response, url, requestId);
    if (method !== "GET" && method !== "HEAD") return sendJsonError(response, 404, "Not found", "NOT_FOUND");
    if (url.pathname === "/healthz") return sendJson(response, 200, { status: "ok" });
    if (url.pathname === "/readyz") {
      const { status, reason } = await readiness();
      return sendJson(response, status === "ready" ? 200 : 503, reason ? { status, reason } : { status });
    }
    if (url.pathname === "/") {
      response.writeHead(302, { location: EXPLORER_PATH, "content-length": 0 });
      response.end();
      return;
    }
    if (url.pathname === EXPLORER_PATH || url.pathname.startsWith(`${EXPLORER_PATH}/`)) {
      return explorer.serve(url.pathname, method === "HEAD", response);
    }
    if (url.pathname === GRAPHIQL_PATH || url.pathname === `${GRAPHIQL_PATH}/`) return sendGraphiQL(response);
    if (url.pathname.startsWith(ASSETS_PATH)) {
      const asset = loadAsset(url.pathname.slice(ASSETS_PATH.length));
      if (asset) {
        const body = await asset.body;
        response.writeHead(200, {
          "content-type": asset.contentType,
          "content-length": body.length,
          "cache-control": "public, max-age=86400",
        });
        response.end(method === "HEAD" ? undefined : body);
        return;
      }
    }
    return sendJsonError(response, 404, "Not found", "NOT_FOUND");
  };

  httpServer.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === "string" && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    // Request lines are debug-level: below that, not even the listener is paid for.
    if (logRequests) {
      response.on("finish", () => {
        logger.debug("request", {
          requestId,
          method: request.method,
          path: request.url,
          status: response.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        });
      });
    }
    route(request, response, requestId).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError) {
        response.setHeader("connection", "close");
        sendJsonError(response, 413, error.message, "PAYLOAD_TOO_LARGE");
        return;
      }
      logger.error("request failed", { requestId, method: request.method, path: request.url, error });
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }] });
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    // Port taken or host unknown: release what Apollo started so the process can exit.
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    close({ delayMs = 0 } = {}) {
      closing ??= (async () => {
        draining = true;
        if (delayMs > 0) await sleep(delayMs);
        await apollo.stop();
        logger.info("compiled execution", { ...compiledExecution.stats(), ...prepared.stats() });
      })();
      return closing;
    },
  };
}

async function checkReady(store: GraphStore): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([store.isReady().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
