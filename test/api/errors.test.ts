import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { createLogger } from "../../src/server/logger.js";
import { SearchDocument, TaskPageDocument } from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";
import { overriding } from "../fixtures/override-store.js";

/** The seeded store, except that search fails the way a bug or an outage would. */
function failingSearch(store: GraphStore): GraphStore {
  return overriding(store, "search", async () => {
    throw new TypeError("secret internals: cannot read properties of undefined (reading 'postings') at /srv/index");
  });
}

let api: ApiServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("unexpected errors", () => {
  it("are masked to INTERNAL_SERVER_ERROR with the request id, and logged in full under that id", async () => {
    api = await startApiServer({ wrapStore: failingSearch });
    const { headers, body } = await api.ask("{ search(text: \"rạch miễu\") { score } }");
    const requestId = headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors).toEqual([
      { message: "Internal server error", path: ["search"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId } },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/secret|postings|\/srv/);
    const logged = api.logs.find((line) => line.message === "unexpected error");
    expect(logged).toMatchObject({ level: "error", requestId, path: ["search"] });
    expect(JSON.stringify(logged)).toMatch(/secret internals.*postings/);
    expect(JSON.stringify(logged)).toMatch(/"stack":"TypeError/);
  });

  it("keep a request id the client sent", async () => {
    api = await startApiServer({ wrapStore: failingSearch });
    const { headers, body } = await api.ask("{ search(text: \"x\") { score } }", undefined, { "x-request-id": "trace-42" });
    expect(headers.get("x-request-id")).toBe("trace-42");
    expect(body.errors[0].extensions.requestId).toBe("trace-42");
  });
});

describe("the log", () => {
  it("has the failing line in production too", async () => {
    api = await startApiServer({ env: { NODE_ENV: "production" }, wrapStore: failingSearch });
    const { headers } = await api.ask("{ search(text: \"rạch miễu\") { score } }");
    const logged = api.logs.find((line) => line.message === "unexpected error" && line.requestId === headers.get("x-request-id"));
    expect(JSON.stringify(logged)).toMatch(/"stack":"TypeError: secret internals[^"]*\\n\s+at /);
  });

  it("shows what a GraphQLError wraps, with its stack, not only the wrapper's message", () => {
    const lines: string[] = [];
    const logger = createLogger("info", (line) => lines.push(line));
    const cause = new RangeError("Maximum call stack size exceeded");
    logger.error("unexpected error", { error: new GraphQLError("Unexpected error.", { originalError: cause }) });
    const { error } = JSON.parse(lines[0]) as { error: { name: string; stack: string; cause?: unknown } };
    expect(error.name).toBe("GraphQLError");
    expect(error.stack).toMatch(/RangeError: Maximum call stack size exceeded\n\s+at /);
  });
});

describe("stack traces", () => {
  it("are never sent in production, for user errors or internal ones", async () => {
    api = await startApiServer({ env: { NODE_ENV: "production" }, wrapStore: failingSearch });
    const internal = await api.query(SearchDocument, { text: "rạch miễu" });
    const userError = await api.query(TaskPageDocument, { first: 500 });
    expect(internal.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(userError.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify([internal, userError])).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("are sent in development, to help whoever is debugging", async () => {
    api = await startApiServer({ env: { NODE_ENV: "development" }, wrapStore: failingSearch });
    const internal = await api.query(SearchDocument, { text: "rạch miễu" });
    expect(internal.errors?.[0].extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/TypeError/)]));
  });
});

describe("user errors", () => {
  it("carry their DomainError code and name the argument", async () => {
    api = await startApiServer();
    const result = await api.query(TaskPageDocument, { first: 500 });
    expect(result.errors).toEqual([
      {
        message: "first must be between 1 and 100, got 500",
        locations: expect.any(Array),
        path: ["tasks"],
        extensions: { code: "BAD_USER_INPUT", argument: "first", min: 1, max: 100 },
      },
    ]);
  });

  it("report invalid variables as BAD_USER_INPUT with HTTP 400", async () => {
    api = await startApiServer();
    const { status, body } = await api.ask("query ($n: Int) { tasks(first: $n) { totalCount } }", { n: "twenty" });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
