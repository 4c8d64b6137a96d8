import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import type { Config } from "../config/config.js";
import type { GraphStore } from "../graph/graph-store.js";
import { createGraphContext, type GraphContext } from "../schema/context.js";
import type { CompiledExecutionPlugin } from "./compiled-execution.js";
import { jsonNestsDeeperThan, readBody } from "./http-body.js";
import { sendGraphiQL, sendJsonError } from "./http-responses.js";
import { type PlainRequestBody, type PreparedRequests, readPlainBody } from "./prepared-requests.js";
import type { ResponseCache } from "./response-cache.js";

export interface GraphQLEndpointOptions {
  config: Config;
  store: GraphStore;
  apollo: ApolloServer<GraphContext>;
  compiledExecution: CompiledExecutionPlugin;
  prepared: PreparedRequests;
  responses: ResponseCache;
  /** Loaders of the requests Apollo answered without an error: only those answers may be kept or prepared. */
  succeeded: WeakSet<object>;
  /** Why /graphql cannot answer yet (documents still loading), or null. */
  notReadyReason: () => string | null;
  /** True once the server is stopping: Apollo answers what still arrives, its own way. */
  isStopping: () => boolean;
}

export type GraphQLHandler = (request: IncomingMessage, response: ServerResponse, url: Pick<URL, "search" | "searchParams">, requestId: string) => Promise<void>;

/** What a POST asks, read: its parsed body, and the key its answer may be cached under. */
interface PostedRequest {
  body: unknown;
  cacheKey: string | null;
  /** The store's revision when the request arrived; null for a store without revisions (no response cache). */
  revision: number | null;
}

/**
 * GraphQL over HTTP on /graphql: the query editor for browsers, the response
 * cache, prepared requests (compiled code without Apollo), and Apollo for
 * everything else.
 */
export function createGraphQLHandler(options: GraphQLEndpointOptions): GraphQLHandler {
  const { config, store, apollo, compiledExecution, prepared, responses, succeeded } = options;

  /** Sends a complete answer, and keeps it when it may be replayed: whole, successful, computed at one revision. */
  const sendComplete = (response: ServerResponse, headers: Iterable<[string, string]>, text: string, keep: { cacheKey: string; revision: number } | null) => {
    for (const [key, value] of headers) response.setHeader(key, value);
    if (keep === null || store.revision !== keep.revision) {
      response.end(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    responses.set(keep.cacheKey, keep.revision, { headers: { ...Object.fromEntries(headers), "content-length": String(bytes.length) }, body: bytes });
    response.end(bytes);
  };

  /** Reads a POST; null when it has been answered already (from the response cache, or refused). */
  const readPost = async (request: IncomingMessage, response: ServerResponse): Promise<PostedRequest | null> => {
    const bytes = await readBody(request, config.limits.maxBodyBytes);
    const revision = store.revision;
    const contentType = request.headers["content-type"];
    if (!isJson(contentType)) return { body: undefined, cacheKey: null, revision };
    let cacheKey: string | null = null;
    if (responses.enabled && revision !== null && bytes.length > 0) {
      // The same bytes, content type and accept header make the same request to Apollo. A hit
      // skips CSRF prevention, the limits and Apollo itself, and may: a JSON content type is
      // never a "simple" request CSRF prevention stops, the limits are fixed for the server's
      // life and give the same query the same verdict, and only successful responses were
      // kept. The body-size limit was applied above, by readBody. The key is a digest, so the
      // cache keeps none of the request's bytes (variables included).
      cacheKey = digestRequest(contentType ?? "", request.headers.accept ?? "", bytes);
      const hit = responses.get(cacheKey, revision);
      if (hit) {
        response.writeHead(200, hit.headers);
        response.end(hit.body);
        return null;
      }
    }
    if (jsonNestsDeeperThan(bytes, config.limits.maxJsonDepth)) {
      sendJsonTooDeep(response, config.limits.maxJsonDepth);
      return null;
    }
    try {
      return { body: bytes.length === 0 ? undefined : JSON.parse(bytes.toString("utf8")), cacheKey, revision };
    } catch {
      sendJsonError(response, 400, "Request body is not valid JSON", "BAD_REQUEST");
      return null;
    }
  };

  /** Answers a prepared request from its compiled code; false when Apollo must answer it. */
  const answerPrepared = async (body: PlainRequestBody, request: IncomingMessage, response: ServerResponse, posted: PostedRequest, requestId: string) => {
    const answer = await prepared.answer(body, request.headers.accept ?? "", () => createGraphContext(store, config.limits, requestId));
    if (!answer) return false;
    response.statusCode = 200;
    const keep = posted.cacheKey === null || posted.revision === null ? null : { cacheKey: posted.cacheKey, revision: posted.revision };
    sendComplete(response, Object.entries(answer.headers), JSON.stringify(answer.result), keep);
    return true;
  };

  const answerWithApollo = async (request: IncomingMessage, response: ServerResponse, url: Pick<URL, "search">, requestId: string, posted: PostedRequest | null) => {
    const method = request.method ?? "GET";
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body: posted?.body };
    let context: GraphContext | undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => (context = createGraphContext(store, config.limits, requestId)),
    });
    const status = result.status ?? 200;
    response.statusCode = status;
    if (result.body.kind !== "complete") {
      for (const [key, value] of result.headers) response.setHeader(key, value);
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
      return;
    }
    const answered = status === 200 && context !== undefined && succeeded.has(context.loaders);
    if (answered && posted) prepare(posted, request, context!, result.headers);
    const keep = answered && posted?.cacheKey && posted.revision !== null ? { cacheKey: posted.cacheKey, revision: posted.revision } : null;
    sendComplete(response, result.headers, result.body.string, keep);
  };

  /** Prepares a request its compiled code answered, for the next time it comes. */
  const prepare = (posted: PostedRequest, request: IncomingMessage, context: GraphContext, headers: HeaderMap) => {
    const operation = compiledExecution.answeredWith(context.loaders);
    const body = operation ? readPlainBody(posted.body) : null;
    if (operation && body) prepared.remember(body, request.headers.accept ?? "", operation, Object.fromEntries(headers));
  };

  return async (request, response, url, requestId) => {
    const method = request.method ?? "GET";
    if (method === "GET" && !url.searchParams.has("query") && prefersHtml(request)) {
      return sendGraphiQL(response);
    }
    if (method !== "GET" && method !== "POST") {
      response.setHeader("allow", "GET, POST");
      return sendJsonError(response, 405, "Use GET or POST", "METHOD_NOT_ALLOWED");
    }
    const loading = options.notReadyReason();
    if (loading !== null) {
      response.setHeader("retry-after", "1");
      return sendJsonError(response, 503, `Not ready yet: ${loading}`, "SERVICE_UNAVAILABLE");
    }
    let posted: PostedRequest | null = null;
    if (method === "POST") {
      posted = await readPost(request, response);
      if (posted === null) return;
      const body = options.isStopping() ? null : readPlainBody(posted.body);
      if (body && (await answerPrepared(body, request, response, posted, requestId))) return;
    } else if (searchNestsDeeperThan(url.searchParams, config.limits.maxJsonDepth)) {
      return sendJsonTooDeep(response, config.limits.maxJsonDepth);
    }
    return answerWithApollo(request, response, url, requestId, posted);
  };
}

function digestRequest(contentType: string, accept: string, body: Buffer): string {
  return createHash("sha256").update(contentType).update("\n").update(accept).update("\n").update(body).digest("base64");
}

/** GET carries its variables and extensions as JSON in the query string. */
function searchNestsDeeperThan(search: URLSearchParams, max: number): boolean {
  return ["variables", "extensions"].some((name) => {
    const json = search.get(name);
    return json !== null && jsonNestsDeeperThan(Buffer.from(json), max);
  });
}

function sendJsonTooDeep(response: ServerResponse, max: number): void {
  sendJsonError(response, 400, `Request JSON is nested more than ${max} levels deep: send flatter variables`, "BAD_USER_INPUT");
}

function prefersHtml(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? "";
  return accept.includes("text/html");
}

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const essence = contentType.split(";")[0].trim().toLowerCase();
  return essence === "application/json" || essence.endsWith("+json");
}
