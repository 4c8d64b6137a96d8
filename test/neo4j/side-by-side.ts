import { expect } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { connectNeo4jStore } from "../../src/graph/neo4j/neo4j-store.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { FakeBoltServer } from "./fake-bolt-server.js";
import { answerFromMemoryStore } from "./fake-cypher.js";

/** The real API twice over the same documents: once on the Neo4j store (talking to `bolt`), once on the embedded store. */
export interface SideBySide {
  /** Answers the Neo4j store's statements from the embedded store; `received` holds what it was sent. */
  bolt: FakeBoltServer;
  /** GraphQL URL of the server on the Neo4j store. */
  onNeo4j: string;
  /** GraphQL URL of the server on the embedded store. */
  onMemory: string;
  close(): Promise<void>;
}

export async function startSideBySide(documents: string[]): Promise<SideBySide> {
  const memory = new MemoryGraphStore();
  expect((await ingestFiles(memory, documents)).failed).toEqual([]);
  const bolt = new FakeBoltServer({ respond: answerFromMemoryStore(memory) });
  const port = await bolt.start();
  const neo4jStore: GraphStore = await connectNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, username: "neo4j", password: "secret-password", database: "policy" });
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "error", DRAIN_TIMEOUT_MS: "500" });
  const logger = createLogger("error", () => {});
  const servers: RunningServer[] = [];
  for (const store of [neo4jStore, memory]) servers.push(await startServer(config, store, { logger }));
  const [onNeo4j, onMemory] = servers.map((server) => `${server.url}/graphql`);
  return {
    bolt,
    onNeo4j,
    onMemory,
    async close() {
      for (const server of servers) await server.close();
      await neo4jStore.close();
      await bolt.stop();
    },
  };
}

/** Posts a query and returns the answer's text, which must come with HTTP 200. */
export async function ask(url: string, query: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return response.text();
}
