import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_QUERIES } from "../../bench/neo4j-queries.js";
import { DEFAULT_DOCUMENTS_DIR, loadConfig } from "../../src/config/config.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { connectNeo4jStore } from "../../src/graph/neo4j/neo4j-store.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { CORPUS_DIR } from "../contract/contract-support.js";
import { FakeBoltServer } from "./fake-bolt-server.js";
import { answerFromMemoryStore } from "./fake-cypher.js";

/**
 * What the five questions of issue 12 cost on Neo4j, counted on the wire: the
 * real API over the Neo4j store, talking Bolt to a fake server that answers the
 * store's statements from the seed and corpus held in an embedded store. A
 * change that adds a transaction or a statement to one of them fails here; the
 * answers must stay those of the embedded store.
 */
let memory: MemoryGraphStore;
let bolt: FakeBoltServer;
let neo4jStore: GraphStore;
const servers: RunningServer[] = [];
let onNeo4j: string;
let onMemory: string;

beforeAll(async () => {
  memory = new MemoryGraphStore();
  const summary = await ingestFiles(memory, [DEFAULT_DOCUMENTS_DIR, CORPUS_DIR]);
  expect(summary.failed).toEqual([]);
  bolt = new FakeBoltServer({ respond: answerFromMemoryStore(memory) });
  const port = await bolt.start();
  neo4jStore = await connectNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, username: "neo4j", password: "secret-password", database: "policy" });
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "error", DRAIN_TIMEOUT_MS: "500" });
  const logger = createLogger("error", () => {});
  for (const store of [neo4jStore, memory]) servers.push(await startServer(config, store, { logger }));
  [onNeo4j, onMemory] = servers.map((server) => `${server.url}/graphql`);
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await neo4jStore?.close();
  await bolt?.stop();
});

async function ask(url: string, query: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return response.text();
}

describe("Bolt transactions and statements per question (issue 12)", () => {
  it.each(PEER_QUERIES.map((peer) => [peer.name, peer] as const))("%s", async (_name, peer) => {
    bolt.received.splice(0);
    const answer = await ask(onNeo4j, peer.query);
    const sent = bolt.received.splice(0);
    expect(JSON.parse(answer).errors).toBeUndefined();
    expect(answer).toBe(await ask(onMemory, peer.query));
    expect(answer.length).toBeGreaterThan(100);

    const transactions = sent.filter((m) => m.type === "BEGIN");
    const statements = sent.filter((m) => m.type === "RUN").map((m) => m.fields[0] as string);
    expect(transactions.length, statements.join("\n\n")).toBeLessThanOrEqual(peer.budget.transactions);
    expect(statements.length, statements.join("\n\n")).toBeLessThanOrEqual(peer.budget.statements);
    expect(sent.filter((m) => m.type === "COMMIT")).toHaveLength(transactions.length);
    for (const begin of transactions) expect(begin.fields[0]).toMatchObject({ mode: "r", db: "policy" });
    // No schema or readiness work on the request path.
    for (const text of statements) expect(text).not.toMatch(/^\s*(CREATE|CALL db\.awaitIndexes|RETURN 1\b)/);
  });
});
