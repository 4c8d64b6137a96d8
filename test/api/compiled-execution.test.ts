import { getIntrospectionQuery, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlagshipDocument, TaskPageDocument, TasksWithLegalBasisDocument } from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";
import { listExplorerOperations } from "./explorer-operations.js";

/**
 * The same seed behind two servers that execute every request (no response
 * cache): one interprets every query with graphql-js, the other runs each as
 * compiled JavaScript from its first run, and from its second without Apollo
 * (a prepared request). Clients must not tell them apart.
 */
let interpreted: ApiServer;
let compiled: ApiServer;
beforeAll(async () => {
  [interpreted, compiled] = await Promise.all([
    startApiServer({ env: { RESPONSE_CACHE_ENTRIES: "0", EXECUTION_COMPILE_AFTER: "0" } }),
    startApiServer({ env: { RESPONSE_CACHE_ENTRIES: "0", EXECUTION_COMPILE_AFTER: "1" } }),
  ]);
});
afterAll(() => Promise.all([interpreted?.close(), compiled?.close()]));

async function answerText(
  api: ApiServer,
  source: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await api.post(source, variables, headers);
  return { status: response.status, contentType: response.headers.get("content-type"), text: await response.text() };
}

/** What the compiled server's plugin reports when it stops. */
async function statsAfterClose(api: ApiServer): Promise<Record<string, unknown>> {
  await api.close();
  const line = api.logs.find((entry) => entry.message === "compiled execution");
  expect(line, "the server logs what compiled execution did when it stops").toBeDefined();
  return line!;
}

describe("compiled execution", () => {
  it("answers the flagship and every explorer operation with the same bytes as graphql-js, repeatedly", async () => {
    const operations = [
      { name: "Flagship", source: print(FlagshipDocument), variables: {} },
      { name: "TasksWithLegalBasis", source: print(TasksWithLegalBasisDocument), variables: { first: 20, maxDepth: 12 } },
      ...(await listExplorerOperations(interpreted)),
    ];
    for (const { name, source, variables } of operations) {
      const expected = await answerText(interpreted, source, variables);
      expect({ name, status: expected.status }).toEqual({ name, status: 200 });
      expect(JSON.parse(expected.text).errors, name).toBeUndefined();
      // The first run prepares the request, the next ones are answered without Apollo.
      for (let run = 0; run < 3; run += 1) {
        expect({ name, run, ...(await answerText(compiled, source, variables)) }).toEqual({ name, run, ...expected });
      }
    }
  });

  it("prices a prepared request with its own variables and refuses it as Apollo does", async () => {
    const source = print(TasksWithLegalBasisDocument);
    const cheap = { first: 3, maxDepth: 12 };
    for (let run = 0; run < 2; run += 1) expect(await answerText(compiled, source, cheap)).toEqual(await answerText(interpreted, source, cheap));
    for (const variables of [{ first: 200, maxDepth: 12 }, { first: "three" }, { first: 3, maxDepth: 13 }]) {
      const expected = await answerText(interpreted, source, variables);
      expect(expected.status, JSON.stringify(variables)).toBeGreaterThanOrEqual(200);
      expect(JSON.parse(expected.text).errors, JSON.stringify(variables)).toBeDefined();
      expect(await answerText(compiled, source, variables)).toEqual(expected);
    }
    const refused = JSON.parse((await answerText(compiled, source, { first: 200, maxDepth: 12 })).text);
    expect(refused.errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
    expect(await answerText(compiled, source, cheap)).toEqual(await answerText(interpreted, source, cheap));
  });

  it("prepares a body whose operation name and variables are null, as Apollo reads it: as if they were absent", async () => {
    const source = print(TasksWithLegalBasisDocument);
    const send = async (api: ApiServer, body: Record<string, unknown>) => {
      const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, text: await response.text() };
    };
    const expected = await send(interpreted, { query: source, operationName: null, variables: null });
    expect(JSON.parse(expected.text).data.tasks.edges.length).toBeGreaterThan(0);
    const fresh = await startApiServer({ env: { RESPONSE_CACHE_ENTRIES: "0", EXECUTION_COMPILE_AFTER: "1" } });
    for (let run = 0; run < 3; run += 1) expect(await send(fresh, { query: source, operationName: null, variables: null })).toEqual(expected);
    expect(await send(fresh, { query: source, operationName: "TasksWithLegalBasis", variables: null })).toEqual(expected);
    expect(await send(fresh, { query: source })).toEqual(expected);
    // Prepared by the first request and by the one naming its operation; the other three answered without Apollo.
    expect(await statsAfterClose(fresh)).toMatchObject({ compiled: 1, answered: 2, direct: 3, declined: 0 });
  });

  it("answers the query editor's introspection query with the same bytes, prepared or not", async () => {
    const source = getIntrospectionQuery();
    const expected = await answerText(interpreted, source);
    expect(JSON.parse(expected.text).data.__schema.queryType.name).toBe("Query");
    for (let run = 0; run < 3; run += 1) expect({ run, ...(await answerText(compiled, source)) }).toEqual({ run, ...expected });
  });

  it("still applies CSRF prevention to a prepared query sent as a simple (text/plain) request", async () => {
    const source = print(FlagshipDocument);
    for (let run = 0; run < 2; run += 1) expect((await answerText(compiled, source)).status).toBe(200);
    const simple = await fetch(compiled.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: source }) });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it("keeps the content type Apollo negotiates from each accept header", async () => {
    const source = print(FlagshipDocument);
    for (const accept of ["application/graphql-response+json", "application/json", "application/graphql-response+json, application/json;q=0.9"]) {
      const expected = await answerText(interpreted, source, undefined, { accept });
      for (let run = 0; run < 3; run += 1) expect({ accept, ...(await answerText(compiled, source, undefined, { accept })) }).toEqual({ accept, ...expected });
    }
    expect((await answerText(compiled, source, undefined, { accept: "application/graphql-response+json" })).contentType).toMatch(/^application\/graphql-response\+json/);
  });

  it("sends graphql-js's own errors, paths and partial data when an answer has an error", async () => {
    const forged = Buffer.from("task:v1:place:83").toString("base64url");
    const source = print(TaskPageDocument);
    const expected = await answerText(interpreted, source, { first: 2, after: forged });
    expect(JSON.parse(expected.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    for (let run = 0; run < 2; run += 1) expect(await answerText(compiled, source, { first: 2, after: forged })).toEqual(expected);
  });

  it("compiled the operations it answered, re-ran the ones with errors, and compiles nothing when turned off", async () => {
    const fresh = await startApiServer({ env: { RESPONSE_CACHE_ENTRIES: "0", EXECUTION_COMPILE_AFTER: "2" } });
    const flagship = print(FlagshipDocument);
    const first = await answerText(fresh, flagship);
    expect(await answerText(fresh, flagship)).toEqual(first);
    // As by default: the first run interprets, the second compiles.
    expect(await answerText(fresh, flagship)).toEqual(first);
    // As by default: the first run interprets, the second compiles, the third needs no Apollo.
    expect(await statsAfterClose(fresh)).toMatchObject({ compiled: 1, answered: 1, rerun: 0, direct: 1, declined: 0 });

    const compiledStats = await statsAfterClose(compiled);
    expect(compiledStats.compiled).toBeGreaterThanOrEqual(16);
    expect(compiledStats.answered).toBeGreaterThanOrEqual(18);
    expect(compiledStats.direct).toBeGreaterThanOrEqual(36);
    // Handed back to Apollo by the prepared request: the costly variables twice, the mistyped ones,
    // and maxDepth 13, which the resolver refuses. Re-run on graphql-js: the forged cursor twice, and maxDepth 13.
    expect(compiledStats.declined).toBe(4);
    expect(compiledStats.rerun).toBe(3);
    expect(await statsAfterClose(interpreted)).toMatchObject({ compiled: 0, answered: 0, rerun: 0, direct: 0, declined: 0 });
  });
});
