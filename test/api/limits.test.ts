import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeByIdDocument, PathsDocument, PlaceByIdDocument, SearchDocument, TaskDetailsDocument, TaskPageDocument, TasksWithLegalBasisDocument } from "../generated/graphql.js";
import { aliasedPlacePages, PLACE_PAGES } from "../fixtures/hostile-requests.js";
import { type ApiServer, startApiServer } from "./api-server.js";

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((e) => e.extensions?.code);

/** `place { parent { parent … { id } } }`, `depth` fields deep. */
function nestedParents(depth: number): string {
  return `{ place(name: "Mỏ Cày Bắc") { ${"parent { ".repeat(depth - 2)}id${" }".repeat(depth - 2)} } }`;
}

function aliasedPlacePagesQuery(aliases: number, first: number): string {
  return `{ ${aliasedPlacePages(aliases, first)} }`;
}

describe("query depth", () => {
  it("runs a query 12 fields deep and refuses one 13 deep with QUERY_TOO_DEEP", async () => {
    const ok = await api.ask(nestedParents(12));
    expect(ok.body.errors).toBeUndefined();
    const refused = await api.ask(nestedParents(13));
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(["QUERY_TOO_DEEP"]);
    expect(refused.body.errors[0].message).toMatch(/13 levels deep; the maximum is 12/);
  });

  it("counts fields reached through fragments", async () => {
    const query = `query { place(name: "Mỏ Cày Bắc") { ...Up } }
      fragment Up on Place { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`;
    expect(codes((await api.ask(query)).body)).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("lets GraphiQL's introspection query through", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const { body } = await api.ask(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe("Query");
  });
});

describe("query cost", () => {
  it("prices list sizes: 30 tasks with a page of tasks per place pass, 40 do not", async () => {
    expect((await api.ask(aliasedPlacePagesQuery(1, 30))).body.errors).toBeUndefined();
    const refused = await api.ask(aliasedPlacePagesQuery(1, 40));
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(refused.body.errors[0].extensions.maxCost).toBe(20_000);
  });

  it("prices aliases: the same 30-task field twice is refused", async () => {
    expect(codes((await api.ask(aliasedPlacePagesQuery(2, 30))).body)).toEqual(["QUERY_TOO_COSTLY"]);
  });

  it("prices with the request's variables", async () => {
    const query = `query ($n: Int) { tasks(first: $n) { ${PLACE_PAGES} } }`;
    expect((await api.ask(query, { n: 30 })).body.errors).toBeUndefined();
    expect(codes((await api.ask(query, { n: 40 })).body)).toEqual(["QUERY_TOO_COSTLY"]);
  });
});

describe("arguments", () => {
  it("bounds first to 1..100", async () => {
    for (const first of [0, 101, -1]) {
      const result = await api.query(TaskPageDocument, { first });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0].message).toMatch(/first must be between 1 and 100/);
    }
    const page = await api.data(TaskPageDocument, { first: 100 });
    expect(page.tasks.edges.length).toBe(Math.min(100, page.tasks.totalCount));
  });

  it("refuses cursors it did not hand out", async () => {
    const forged = Buffer.from("task:v0:whatever").toString("base64url");
    // Right prefix, but what follows is no task id: it would sort before every task and page from the start.
    const otherKind = Buffer.from("task:v1:place:83").toString("base64url");
    for (const after of ["not a cursor", forged, otherKind, "", "%%%"]) {
      const result = await api.query(TaskPageDocument, { first: 2, after });
      expect(codes(result), after).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("bounds maxDepth of legal basis and maxHops of paths", async () => {
    for (const maxDepth of [0, 13]) {
      expect(codes(await api.query(TasksWithLegalBasisDocument, { first: 1, maxDepth }))).toEqual(["BAD_USER_INPUT"]);
    }
    const some = await api.data(TaskPageDocument, { first: 2 });
    const [a, b] = some.tasks.edges.map((edge) => edge.node.id);
    expect(codes(await api.query(PathsDocument, { fromId: a, toId: b, maxHops: 7 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.query(PathsDocument, { fromId: a, toId: "no-such-node", maxHops: 2 }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("bounds search text length and refuses empty text", async () => {
    expect(codes(await api.query(SearchDocument, { text: "x".repeat(201) }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.query(SearchDocument, { text: "   " }))).toEqual(["BAD_USER_INPUT"]);
    expect((await api.query(SearchDocument, { text: "x".repeat(200) })).errors).toBeUndefined();
  });

  it("answers null for ids nobody handed out", async () => {
    expect(await api.data(NodeByIdDocument, { id: "no-such-node" })).toEqual({ node: null });
    expect(await api.data(TaskDetailsDocument, { id: "no-such-task" })).toEqual({ task: null });
    expect(await api.data(PlaceByIdDocument, { id: "no-such-place" })).toEqual({ place: null });
  });
});

describe("HTTP limits", () => {
  it("refuses a body over MAX_BODY_BYTES with 413", async () => {
    const padding = " ".repeat(100_001);
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":"{ stats { nodes { kind } } }"${padding}}`,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("blocks requests a browser could send cross-site (CSRF prevention)", async () => {
    const query = "{ stats { nodes { kind count } } }";
    const simple = await fetch(api.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query }) });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${api.url}?query=${encodeURIComponent(query)}`);
    expect(get.status).toBe(400);
    const preflighted = await fetch(`${api.url}?query=${encodeURIComponent(query)}`, { headers: { "apollo-require-preflight": "1" } });
    expect(preflighted.status).toBe(200);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(response.status).toBe(400);
  });
});
