import type { ExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import type { GraphContext } from "../schema/context.js";
import type { CompiledOperation } from "./compiled-execution.js";
import type { CostLimit } from "./limits.js";

/** A POST body with a query and at most an operation name and variables: nothing Apollo treats specially. */
export interface PlainRequestBody {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** What prepared requests did, since the server started. */
export interface PreparedRequestStats {
  /** Requests answered from compiled code without Apollo. */
  direct: number;
  /** Prepared requests handed back to Apollo: over the cost limit with their variables, or an answer with an error. */
  declined: number;
}

interface PreparedRequest {
  /** Held weakly: once Apollo's document store lets the query go, so does the prepared request. */
  operation: WeakRef<CompiledOperation>;
  /** The headers Apollo sent with its answer to this request (its content type, negotiated from the accept header). */
  headers: Record<string, string>;
}

/** Prepared requests kept, least recently used first out, and the query text they may hold in all. */
const MAX_PREPARED = 1_000;
const MAX_PREPARED_QUERY_CHARS = 2 * 1024 * 1024;
const BODY_FIELDS: ReadonlySet<string> = new Set(["query", "operationName", "variables"]);
/** A GraphQL name: the only operation names that can have been prepared, and none holds the key's separator. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * Answers repeated requests without Apollo's request pipeline. Once Apollo has
 * parsed, validated and priced a query, and its compiled code has answered it
 * without error, the same query, operation name and accept header are
 * "prepared": later requests are priced with their own variables (the same
 * cost limit, sharing its remembered prices), run as the same compiled code and
 * sent with the headers Apollo sent. Anything else, and any request that would
 * be refused or whose answer has an error, goes through Apollo as before, so
 * refusals and errors are Apollo's and graphql-js's exactly. Queries only: the
 * compiled code is only ever made for them. A prepared request keeps its query
 * text and headers (bounded here) and a weak hold on the parsed document and
 * compiled code, which live only as long as Apollo's document store keeps them.
 */
export class PreparedRequests {
  private readonly prepared = new LRUCache<string, PreparedRequest>({
    max: MAX_PREPARED,
    maxSize: MAX_PREPARED_QUERY_CHARS,
    sizeCalculation: (_value, key) => Math.max(1, key.length),
  });
  private readonly counts: PreparedRequestStats = { direct: 0, declined: 0 };

  constructor(private readonly admit: CostLimit["admit"]) {}

  /** Prepares a request Apollo answered (status 200, no error) from compiled code. */
  remember(body: PlainRequestBody, accept: string, operation: CompiledOperation, headers: Record<string, string>): void {
    this.prepared.set(keyOf(body, accept), { operation: new WeakRef(operation), headers });
  }

  /**
   * The answer and its headers from compiled code alone, or null when the request
   * is not prepared or Apollo must answer it (refusal, error, exception).
   */
  async answer(body: PlainRequestBody, accept: string, createContext: () => GraphContext): Promise<{ headers: Record<string, string>; result: ExecutionResult } | null> {
    const key = keyOf(body, accept);
    const prepared = this.prepared.get(key);
    if (!prepared) return null;
    const operation = prepared.operation.deref();
    if (!operation) {
      this.prepared.delete(key);
      return null;
    }
    let result: ExecutionResult;
    try {
      this.admit(operation.document, operation.operation, body.variables ?? {});
      result = await operation.run(undefined, createContext(), body.variables);
    } catch {
      this.counts.declined += 1;
      return null;
    }
    if (result.errors) {
      this.counts.declined += 1;
      return null;
    }
    this.counts.direct += 1;
    return { headers: prepared.headers, result };
  }

  stats(): PreparedRequestStats {
    return { ...this.counts };
  }
}

/**
 * The body as a prepared request takes it, or null when Apollo must read it (other fields,
 * other types). A null operation name or null variables are absent, as Apollo reads them.
 */
export function readPlainBody(body: unknown): PlainRequestBody | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const fields = body as Record<string, unknown>;
  for (const name in fields) if (!BODY_FIELDS.has(name)) return null;
  const { query } = fields;
  const operationName = fields.operationName ?? undefined;
  const variables = fields.variables ?? undefined;
  if (typeof query !== "string") return null;
  if (operationName !== undefined && (typeof operationName !== "string" || !OPERATION_NAME.test(operationName))) return null;
  if (variables !== undefined && (typeof variables !== "object" || Array.isArray(variables))) return null;
  return { query, operationName, variables: variables as Record<string, unknown> | undefined };
}

function keyOf(body: PlainRequestBody, accept: string): string {
  return `${accept}\n${body.operationName ?? ""}\n${body.query}`;
}
