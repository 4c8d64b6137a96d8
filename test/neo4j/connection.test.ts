import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { Neo4jConfig } from "../../src/config/config.js";
import { connectNeo4jStore } from "../../src/graph/neo4j/neo4j-store.js";
import { loadSchemaStatements } from "../../src/graph/neo4j/schema-statements.js";
import { buildSyntheticBatch, SYN } from "../fixtures/synthetic-batch.js";
import { FakeBoltServer } from "./fake-bolt-server.js";
import { answerFromMemoryStore } from "./fake-cypher.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";

const FAST = { connectionTimeoutMs: 1000, maxTransactionRetryTimeMs: 500, readyTimeoutMs: 1000, readyCacheMs: 200 };

const configFor = (port: number, database = "policy"): Neo4jConfig => ({
  uri: `bolt://127.0.0.1:${port}`,
  username: "neo4j",
  password: "secret-password",
  database,
});

const servers: FakeBoltServer[] = [];
const startServer = async (options: ConstructorParameters<typeof FakeBoltServer>[0] = {}, port?: number) => {
  const server = new FakeBoltServer(options);
  servers.push(server);
  return { server, port: await server.start(port) };
};

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

describe("connecting to Neo4j", () => {
  it("applies every schema statement at start, each in the configured database", async () => {
    const { server, port } = await startServer();
    const store = await connectNeo4jStore(configFor(port), FAST);
    await store.close();
    const sent = server.queries();
    const statements = await loadSchemaStatements();
    expect(sent.map((q) => q.query)).toEqual([...statements, "CALL db.awaitIndexes($seconds)"]);
    const begins = server.received.filter((m) => m.type === "BEGIN");
    expect(begins).toHaveLength(sent.length);
    for (const begin of begins) expect(begin.fields[0]).toMatchObject({ db: "policy" });
    expect(server.received.find((m) => m.type === "HELLO")?.fields[0]).toMatchObject({ principal: "neo4j", user_agent: "policy-graph" });
  });

  it("says the credentials were rejected, naming the URI and the user", async () => {
    const { port } = await startServer({ helloFailure: "Neo.ClientError.Security.Unauthorized" });
    const attempt = connectNeo4jStore(configFor(port), FAST);
    await expect(attempt).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(attempt).rejects.toThrow(`Neo4j at bolt://127.0.0.1:${port} rejected the credentials of user "neo4j"`);
  });

  it("says the database does not exist", async () => {
    const { port } = await startServer({ runFailure: "Neo.ClientError.Database.DatabaseNotFound" });
    await expect(connectNeo4jStore(configFor(port, "missing"), FAST)).rejects.toThrow(/has no database "missing".*NEO4J_DATABASE/);
  });

  it("says the server is unreachable when nothing listens", async () => {
    const { server, port } = await startServer();
    await server.stop();
    const started = Date.now();
    const attempt = connectNeo4jStore(configFor(port), FAST);
    await expect(attempt).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(attempt).rejects.toThrow(`Neo4j at bolt://127.0.0.1:${port} is unreachable`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a server older than 4.4, and a URI the driver cannot use", async () => {
    const { port } = await startServer({ version: { major: 4, minor: 2 }, agent: "Neo4j/4.2.0" });
    await expect(connectNeo4jStore(configFor(port), FAST)).rejects.toThrow(/Neo4j\/4\.2\.0 \(Bolt 4\.2\); Neo4j 4\.4 or 5\.x is required/);
    await expect(connectNeo4jStore({ ...configFor(port), uri: "http://127.0.0.1:7474" }, FAST)).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringContaining("Cannot use NEO4J_URI http://127.0.0.1:7474"),
    });
  });
});

describe("the driver's sockets", () => {
  it("send each Bolt message at once (TCP_NODELAY), so a long parameter list never waits for a delayed ACK", async () => {
    const { port } = await startServer({ respond: answerFromMemoryStore(new MemoryGraphStore()) });
    const sockets: Socket[] = [];
    const collect = (message: unknown) => {
      const { socket } = message as { socket: Socket };
      socket.once("connect", () => {
        if (socket.remotePort === port) sockets.push(socket);
      });
    };
    subscribe("net.client.socket", collect);
    try {
      const store = await connectNeo4jStore(configFor(port), FAST);
      await store.getNodes(Array.from({ length: 200 }, (_, i) => `task:${i}`));
      await store.close();
    } finally {
      unsubscribe("net.client.socket", collect);
    }
    expect(sockets.length).toBeGreaterThan(0);
    // Node keeps the setting under an internal symbol: whether setNoDelay(true) reached this socket.
    const noDelay = (socket: Socket) => {
      const symbol = Object.getOwnPropertySymbols(socket).find((s) => s.description === "kSetNoDelay");
      return symbol ? (socket as unknown as Record<symbol, unknown>)[symbol] : undefined;
    };
    for (const socket of sockets) expect(noDelay(socket)).toBe(true);
  });
});

describe("readiness", () => {
  it("is false while the server is gone and true again once it is back, probing at most once per cache period", async () => {
    const { server, port } = await startServer();
    const store = await connectNeo4jStore(configFor(port), FAST);
    try {
      expect(await store.isReady()).toBe(true);
      const probes = () => server.queries().filter((q) => q.query === "RETURN 1 AS ok").length;
      const before = probes();
      await Promise.all(Array.from({ length: 20 }, () => store.isReady()));
      expect(probes()).toBe(before);
      for (const query of server.queries().filter((q) => q.query === "RETURN 1 AS ok")) expect(query.extra).toMatchObject({ db: "policy" });

      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, FAST.readyCacheMs + 50));
      expect(await store.isReady()).toBe(false);

      const revived = await startServer({}, port);
      await new Promise((resolve) => setTimeout(resolve, FAST.readyCacheMs + 50));
      expect(await store.isReady()).toBe(true);
      expect(revived.server.queries().some((q) => q.query === "RETURN 1 AS ok")).toBe(true);
    } finally {
      await store.close();
    }
    expect(await store.isReady()).toBe(false);
  });

  it("turns a query against a vanished server into an UNAVAILABLE error", async () => {
    const { server, port } = await startServer();
    const store = await connectNeo4jStore(configFor(port), FAST);
    try {
      await server.stop();
      await expect(store.getNodes(["task:x"])).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining(`bolt://127.0.0.1:${port}`) });
    } finally {
      await store.close();
    }
  });
});

describe("ingest transactions", () => {
  it("writes one document in one write transaction, one batched UNWIND per kind and per relationship type", async () => {
    const { server, port } = await startServer();
    const store = await connectNeo4jStore(configFor(port), FAST);
    const batch = buildSyntheticBatch();
    server.received.splice(0);
    try {
      await store.ingest(batch);
    } finally {
      await store.close();
    }
    const kinds = server.received.map((m) => m.type).filter((t) => t !== "PULL" && t !== "HELLO" && t !== "RESET" && t !== "GOODBYE");
    expect(kinds[0]).toBe("BEGIN");
    expect(kinds.at(-1)).toBe("COMMIT");
    expect(kinds.filter((t) => t === "BEGIN")).toHaveLength(1);
    expect(server.received.find((m) => m.type === "BEGIN")?.fields[0]).toMatchObject({ db: "policy" });

    const runs = server.received.filter((m) => m.type === "RUN").map((m) => ({ query: m.fields[0] as string, params: m.fields[1] as { rows?: unknown[] } }));
    const nodeMerges = runs.filter((r) => r.query.includes("MERGE (n:Node {id: row.id})"));
    const edgeMerges = runs.filter((r) => r.query.includes("MERGE (a)-"));
    const kindsInBatch = new Set(batch.nodes.map((n) => n.kind));
    const typesInBatch = new Set(batch.edges.map((e) => e.type));
    expect(nodeMerges).toHaveLength(kindsInBatch.size);
    expect(edgeMerges).toHaveLength(typesInBatch.size);
    expect(nodeMerges.reduce((sum, r) => sum + (r.params.rows?.length ?? 0), 0)).toBe(batch.nodes.length);
    expect(edgeMerges.reduce((sum, r) => sum + (r.params.rows?.length ?? 0), 0)).toBe(batch.edges.length);
    for (const run of runs) expect(run.query).not.toContain(SYN.document);
  });

  it("rolls the transaction back when the batch is rejected", async () => {
    const { server, port } = await startServer();
    const store = await connectNeo4jStore(configFor(port), FAST);
    const batch = buildSyntheticBatch();
    batch.edges.push({ type: "CITES", from: SYN.tasks.bridge, to: "li:nowhere", role: null, source: null });
    server.received.splice(0);
    try {
      await expect(store.ingest(batch)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    } finally {
      await store.close();
    }
    const types = server.received.map((m) => m.type);
    expect(types).toContain("ROLLBACK");
    expect(types).not.toContain("COMMIT");
    expect(server.queries().some((q) => q.query.includes("MERGE"))).toBe(false);
  });
});

describe("task page transactions", () => {
  it("reads every page of a batch in one read transaction, one statement per request with its values as parameters", async () => {
    const memory = new MemoryGraphStore();
    await memory.ingest(buildSyntheticBatch());
    const { server, port } = await startServer({ respond: answerFromMemoryStore(memory) });
    const store = await connectNeo4jStore(configFor(port), FAST);
    const { places: PL, bodies: B } = SYN;
    const requests = [
      { filter: { placeIds: [PL.moCayBac], includeSubPlaces: true }, page: { first: 20, after: null } },
      { filter: { bodyId: B.ubnd, role: "LEAD" as const }, page: { first: 5, after: "task:after-this" } },
      { filter: { text: "Rạch Miễu" }, page: { first: 1, after: null } },
    ];
    server.received.splice(0);
    const pages = await store.findTaskPages(requests).finally(() => store.close());
    expect(pages).toEqual(await memory.findTaskPages(requests));
    const kinds = server.received.map((m) => m.type).filter((t) => t === "BEGIN" || t === "COMMIT" || t === "RUN");
    expect(kinds).toEqual(["BEGIN", ...requests.map(() => "RUN"), "COMMIT"]);
    expect(server.received.find((m) => m.type === "BEGIN")?.fields[0]).toMatchObject({ db: "policy", mode: "r" });

    const runs = server.received.filter((m) => m.type === "RUN").map((m) => ({ query: m.fields[0] as string, params: m.fields[1] as Record<string, unknown> }));
    expect(runs[0].params).toMatchObject({ placeIds: [PL.moCayBac] });
    expect(runs[1].params).toMatchObject({ bodyId: B.ubnd, role: "LEAD", after: "task:after-this" });
    expect(runs[2].params).toMatchObject({ text: "rach mieu" });
    for (const run of runs) {
      for (const value of [PL.moCayBac, B.ubnd, "LEAD", "task:after-this", "rach mieu"]) expect(run.query).not.toContain(value);
    }
  });

  it("asks nothing for an empty batch", async () => {
    const { server, port } = await startServer();
    const store = await connectNeo4jStore(configFor(port), FAST);
    server.received.splice(0);
    try {
      expect(await store.findTaskPages([])).toEqual([]);
    } finally {
      await store.close();
    }
    expect(server.received.filter((m) => m.type === "BEGIN" || m.type === "RUN")).toEqual([]);
  });
});
