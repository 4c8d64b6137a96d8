import type { Config } from "../config/config.js";
import type { GraphStore } from "./graph-store.js";
import { MemoryGraphStore } from "./memory/memory-store.js";

/** The embedded store unless NEO4J_URI is configured. */
export async function createStore(config: Config): Promise<GraphStore> {
  if (config.neo4j) {
    const { connectNeo4jStore } = await import("./neo4j/neo4j-store.js");
    return connectNeo4jStore(config.neo4j);
  }
  return new MemoryGraphStore();
}
