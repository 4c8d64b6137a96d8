import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS_DIR, loadConfig } from "../../src/config/config.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { connectNeo4jStore } from "../../src/graph/neo4j/neo4j-store.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { FakeBoltServer } from "./fake-bolt-server.js";
import { answerFromMemoryStore } from "./fake-cypher.js";

/**
 * The questions of issue 10 through the Neo4j store's TypeScript side (read
 * statements, projections of SUCCEEDED_BY's day and wholeness, task pages
 * across predecessors), against a fake Bolt server answering from the seed in
 * an embedded store: the answers must be the embedded store's. The Cypher
 * itself runs on a real server in the contract suite (NEO4J_URI).
 */
let bolt: FakeBoltServer;
let neo4jStore: GraphStore;
const servers: RunningServer[] = [];

beforeAll(async () => {
  const memory = new MemoryGraphStore();
  expect((await ingestFiles(memory, [DEFAULT_DOCUMENTS_DIR])).failed).toEqual([]);
  bolt = new FakeBoltServer({ respond: answerFromMemoryStore(memory) });
  const port = await bolt.start();
  neo4jStore = await connectNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, username: "neo4j", password: "secret-password", database: "policy" });
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "error", DRAIN_TIMEOUT_MS: "500" });
  const logger = createLogger("error", () => {});
  for (const store of [neo4jStore, memory]) servers.push(await startServer(config, store, { logger }));
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

/** Each question, and words its answer must hold (so an empty answer cannot pass). */
const QUESTIONS: Record<string, [string, RegExp]> = {
  "tasks in tỉnh Vĩnh Long and its predecessors": [
    '{ tasks(where: {placeName: "Vĩnh Long", includeSubPlaces: true, includePredecessors: true}, first: 100) { totalCount edges { node { id } } } }',
    /"totalCount":(6[1-9]|[7-9]\d)/,
  ],
  "the successors of huyện Mỏ Cày Bắc, with day and wholeness": [
    '{ place(name: "Mỏ Cày Bắc") { validTo successors { name validFrom } successorLinks { place { id } on whole } predecessors { id } } }',
    /"place":\{"id":"place:2025-86"\},"on":"2025-07-01","whole":true/,
  ],
  "the predecessors of tỉnh Bến Tre's successor": [
    '{ place(name: "Bến Tre") { successors { id predecessorLinks { place { id fullName } on whole } tasks(includeSubPlaces: true, includePredecessors: true) { totalCount } } } }',
    /"place":\{"id":"place:83","fullName":"tỉnh Bến Tre"\},"on":"2025-07-01","whole":true/,
  ],
};

describe("places across the 2025 reorganisation, on the Neo4j store's read path", () => {
  it.each(Object.entries(QUESTIONS))("%s", async (_name, [query, holds]) => {
    const [onNeo4j, onMemory] = await Promise.all(servers.map((server) => ask(`${server.url}/graphql`, query)));
    expect(JSON.parse(onNeo4j).errors).toBeUndefined();
    expect(onNeo4j).toBe(onMemory);
    expect(onNeo4j).toMatch(holds);
  });
});
