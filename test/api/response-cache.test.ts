import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { type CountedStore, countStoreCalls } from "../fixtures/count-store-calls.js";
import { type ApiServer, type ApiServerOptions, startApiServer } from "./api-server.js";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/corpus");
const FLAGSHIP = `{ tasks(where: {placeName: "Mỏ Cày Bắc", includeSubPlaces: true}) { totalCount edges { node { text legalBasis { instrument { number title } steps { relation } } } } } }`;
const STATS = "{ stats { nodes { kind count } } }";

let api: ApiServer | undefined;
let counted: CountedStore;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(options: ApiServerOptions = {}): Promise<ApiServer> {
  api = await startApiServer({
    ...options,
    wrapStore: (store) => {
      counted = countStoreCalls(store);
      return counted.store;
    },
  });
  return api;
}

/** Posts the query and returns the raw answer with the store calls it made. */
async function send(server: ApiServer, query: string, headers: Record<string, string> = {}) {
  counted.reset();
  const response = await server.post(query, undefined, headers);
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, calls: counted.total() };
}

describe("whole-response cache", () => {
  it("answers a repeated query with the same bytes without touching the store", async () => {
    const server = await start();
    const first = await send(server, FLAGSHIP);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).data.tasks.totalCount).toBeGreaterThan(0);
    expect(first.calls).toBeGreaterThan(0);

    const second = await send(server, FLAGSHIP);
    expect(second.calls).toBe(0);
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(second.headers.get("x-request-id")).toMatch(/^[\w-]{36}$/);
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
  });

  it("keeps answers apart by accept header, which decides the response's content type", async () => {
    const server = await start();
    const plain = await send(server, STATS, { accept: "application/json" });
    const graphqlResponse = await send(server, STATS, { accept: "application/graphql-response+json" });
    expect(graphqlResponse.calls).toBeGreaterThan(0);
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    expect(graphqlResponse.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    const again = await send(server, STATS, { accept: "application/graphql-response+json" });
    expect(again.calls).toBe(0);
    expect(again.headers.get("content-type")).toBe(graphqlResponse.headers.get("content-type"));
  });

  it("is emptied by an ingest that changes the graph, and the next answer shows the change", async () => {
    const server = await start();
    const before = await send(server, STATS);
    expect((await send(server, STATS)).calls).toBe(0);

    const summary = await ingestFiles(server.store, [path.join(CORPUS, "gia-lai-59-2017-nq-hdnd.md")]);
    expect(summary.ingested).toBe(1);
    const after = await send(server, STATS);
    expect(after.calls).toBeGreaterThan(0);
    const tasks = (body: string) => JSON.parse(body).data.stats.nodes.find((n: { kind: string }) => n.kind === "Task").count;
    expect(tasks(after.body)).toBeGreaterThan(tasks(before.body));
    expect((await send(server, STATS)).calls).toBe(0);
  });

  it("survives re-ingesting a document unchanged, which changes nothing", async () => {
    const server = await start();
    const file = path.join(CORPUS, "dong-thap-110-2017-nq-hdnd.md");
    await ingestFiles(server.store, [file]);
    const first = await send(server, STATS);
    await ingestFiles(server.store, [file]);
    const second = await send(server, STATS);
    expect(second.calls).toBe(0);
    expect(second.body).toBe(first.body);
  });

  it("never keeps an answer with errors, even one with data", async () => {
    const server = await start();
    const query = '{ stats { nodes { kind count } } place(id: "x", name: "Ba Tri") { name } }';
    for (let round = 0; round < 2; round += 1) {
      const answer = await send(server, query);
      const body = JSON.parse(answer.body);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.data.stats.nodes.length).toBeGreaterThan(0);
      expect(answer.calls).toBeGreaterThan(0);
    }
    const tooDeep = `{ tasks { edges { node { places { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } } }`;
    for (let round = 0; round < 2; round += 1) {
      const answer = await send(server, tooDeep);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("QUERY_TOO_DEEP");
    }
  });

  it("still applies CSRF prevention and the body-size limit to a request the cache holds", async () => {
    const server = await start({ env: { MAX_BODY_BYTES: "1000" } });
    expect((await send(server, STATS)).status).toBe(200);
    const simple = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: STATS }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
    const padded = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: STATS + " ".repeat(2000) }),
    });
    expect(padded.status).toBe(413);
  });

  it("is off with RESPONSE_CACHE_ENTRIES=0", async () => {
    const server = await start({ env: { RESPONSE_CACHE_ENTRIES: "0" } });
    const first = await send(server, FLAGSHIP);
    const second = await send(server, FLAGSHIP);
    expect(second.body).toBe(first.body);
    expect(second.calls).toBe(first.calls);
    expect(second.calls).toBeGreaterThan(0);
  });
});
