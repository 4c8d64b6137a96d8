import type { TypedDocumentString } from "../generated/graphql.js";

export const GRAPHQL_URL = "/graphql";

/** An error as the API reports it: `extensions.code` and the message, and the request id to find it in the server log. */
export interface ApiError {
  code: string;
  message: string;
  path?: string;
  requestId?: string;
}

export class ApiRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: ApiError[],
    readonly httpStatus: number | null,
  ) {
    super(errors.map((error) => `${error.code}: ${error.message}`).join("; "));
    this.name = "ApiRequestError";
  }
}

/** One request the page made, for the request log. */
export interface RequestRecord {
  id: number;
  operation: string;
  variables: Record<string, unknown>;
  startedAt: number;
  status: "pending" | "ok" | "error" | "cached";
  ms?: number;
  httpStatus?: number;
  requestId?: string;
  errors?: ApiError[];
}

type Listener = (records: readonly RequestRecord[]) => void;

const LOG_SIZE = 200;
const CACHE_SIZE = 100;
const CACHE_MS = 60_000;

function operationName(query: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "anonymous";
}

/**
 * Posts the explorer's typed operations to the API. Every request and its
 * outcome is logged for the page's request panel; successful answers are kept a
 * minute so back and forward redraw at once (the store changes only on ingest).
 */
export class GraphQLClient {
  private records: RequestRecord[] = [];
  private listeners = new Set<Listener>();
  private cache = new Map<string, { at: number; data: unknown }>();
  private nextId = 1;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.records);
    return () => this.listeners.delete(listener);
  }

  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> {
    const query = document.toString();
    const key = `${query}\n${JSON.stringify(variables)}`;
    const record: RequestRecord = {
      id: this.nextId++,
      operation: operationName(query),
      variables,
      startedAt: Date.now(),
      status: "pending",
    };
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < CACHE_MS) {
      this.log({ ...record, status: "cached", ms: 0 });
      return cached.data as TResult;
    }
    this.log(record);
    const started = performance.now();
    try {
      const data = await this.send<TResult>(record, query, variables, signal);
      this.cache.delete(key);
      this.cache.set(key, { at: Date.now(), data });
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.update(record, { status: "ok", ms: performance.now() - started });
      return data;
    } catch (error) {
      const apiError =
        error instanceof ApiRequestError
          ? error
          : new ApiRequestError(record.operation, [{ code: "NETWORK_ERROR", message: error instanceof Error ? error.message : String(error) }], null);
      if (!signal?.aborted) this.update(record, { status: "error", ms: performance.now() - started, errors: apiError.errors });
      throw apiError;
    }
  }

  private async send<TResult>(record: RequestRecord, query: string, variables: unknown, signal?: AbortSignal): Promise<TResult> {
    const response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables, operationName: record.operation }),
      signal,
    });
    const requestId = response.headers.get("x-request-id") ?? undefined;
    this.update(record, { httpStatus: response.status, requestId });
    const text = await response.text();
    let body: { data?: TResult | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
    try {
      body = JSON.parse(text);
    } catch {
      const message = `HTTP ${response.status} ${response.statusText}: ${text.slice(0, 200) || "empty body"}`;
      throw new ApiRequestError(record.operation, [{ code: `HTTP_${response.status}`, message, requestId }], response.status);
    }
    if (body.errors?.length) {
      const errors = body.errors.map((error) => ({
        code: typeof error.extensions?.code === "string" ? error.extensions.code : "UNKNOWN_ERROR",
        message: error.message,
        path: error.path?.join("."),
        requestId: typeof error.extensions?.requestId === "string" ? error.extensions.requestId : requestId,
      }));
      throw new ApiRequestError(record.operation, errors, response.status);
    }
    if (!response.ok || body.data == null) {
      throw new ApiRequestError(record.operation, [{ code: `HTTP_${response.status}`, message: "The API answered without data", requestId }], response.status);
    }
    return body.data;
  }

  private log(record: RequestRecord): void {
    this.records = [record, ...this.records].slice(0, LOG_SIZE);
    this.emit();
  }

  private update(record: RequestRecord, change: Partial<RequestRecord>): void {
    Object.assign(record, change);
    this.records = [...this.records];
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.records);
  }
}

export const client = new GraphQLClient();
