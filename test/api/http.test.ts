import { afterEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { type ApiServer, startApiServer } from "./api-server.js";
import { overriding } from "../fixtures/override-store.js";

let api: ApiServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** The seeded store with one method replaced. */
describe("health endpoints", () => {
  it("/healthz answers while the process runs; /readyz follows the store", async () => {
    let ready = true;
    api = await startApiServer({ wrapStore: (store) => overriding(store, "isReady", async () => ready) });
    const base = api.server.url;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    ready = false;
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: "unavailable", reason: "the store does not answer" });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("answers 404 elsewhere", async () => {
    api = await startApiServer();
    expect((await fetch(`${api.server.url}/nothing-here`)).status).toBe(404);
  });
});

describe("query editor", () => {
  it("serves GraphiQL at /graphiql and to browsers at /graphql, with every asset local", async () => {
    api = await startApiServer();
    for (const path of ["/graphiql", "/graphql"]) {
      const page = await fetch(`${api.server.url}${path}`, { headers: { accept: "text/html,application/xhtml+xml" } });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
      const html = await page.text();
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(urls.length).toBe(5);
      expect(urls.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
      for (const url of urls) {
        const asset = await fetch(new URL(url, api.server.url));
        expect(asset.status, url).toBe(200);
        expect((await asset.arrayBuffer()).byteLength, url).toBeGreaterThan(100);
      }
    }
  });

  it("ships GraphiQL 3 and React 18 from node_modules, with the flagship query preloaded", async () => {
    api = await startApiServer();
    const script = await (await fetch(`${api.server.url}/graphiql/assets/graphiql.min.js`)).text();
    expect(script).toMatch(/GraphiQL/);
    const react = await (await fetch(`${api.server.url}/graphiql/assets/react.production.min.js`)).text();
    expect(react).toMatch(/18\.\d+\.\d+/);
    const init = await (await fetch(`${api.server.url}/graphiql/assets/init.js`)).text();
    expect(init).toMatch(/Mỏ Cày Bắc/);
    expect((await fetch(`${api.server.url}/graphiql/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it("leaves API clients on /graphql alone", async () => {
    api = await startApiServer();
    const response = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent("{ documents { id } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
  });
});

describe("shutdown", () => {
  it("lets a request in flight finish, then stops accepting connections", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    api = await startApiServer({
      wrapStore: (store) =>
        overriding(store, "stats", async () => {
          started();
          await held;
          return store.stats();
        }),
    });
    const pending = api.ask("{ stats { nodes { kind count } } }");
    await inFlight;
    const closing = api.server.close();
    const readyWhileClosing = await fetch(`${api.server.url}/readyz`).then((r) => r.status, () => "refused");
    expect([503, "refused"]).toContain(readyWhileClosing);
    release();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.data.stats.nodes.length).toBeGreaterThan(0);
    await closing;
    await expect(fetch(`${api.server.url}/healthz`)).rejects.toThrow();
  });
});
