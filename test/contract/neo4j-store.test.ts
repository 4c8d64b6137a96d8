import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { connectNeo4jStore, Neo4jGraphStore } from "../../src/graph/neo4j/neo4j-store.js";
import { describeGraphStoreContract } from "./graph-store.contract.js";

/**
 * The shared contract against a real Neo4j, when NEO4J_URI (with
 * NEO4J_PASSWORD, and optionally NEO4J_USERNAME, NEO4J_DATABASE) is set.
 *
 * The cases need an empty database, so the suite deletes everything in it:
 * only when it is empty to begin with or NEO4J_TEST_ALLOW_WIPE=1 is set;
 * otherwise it fails rather than delete data it was not given. It empties the
 * database again at the end, so the next run needs no flag.
 */
const uri = process.env.NEO4J_URI;

if (!uri) {
  console.info("neo4j contract suite skipped: NEO4J_URI not set");
  describe("neo4j: GraphStore contract", () => {
    it.skip("skipped: NEO4J_URI not set", () => {});
  });
} else {
  const config = loadConfig(process.env).neo4j!;
  let mayWipe = process.env.NEO4J_TEST_ALLOW_WIPE === "1";

  const clear = async (store: GraphStore): Promise<void> => {
    if (!(store instanceof Neo4jGraphStore)) throw new Error("the Neo4j contract suite needs a Neo4jGraphStore");
    if (!mayWipe) {
      const { total } = await store.countAllNodes();
      if (total > 0) {
        throw new Error(
          `Refusing to empty database "${config.database}" at ${config.uri}: it already holds ${total} nodes. ` +
            "Point NEO4J_URI/NEO4J_DATABASE at a database for tests, or set NEO4J_TEST_ALLOW_WIPE=1 to let the suite delete everything in it.",
        );
      }
      mayWipe = true;
    }
    await store.deleteEverything();
  };

  afterAll(async () => {
    if (!mayWipe) return;
    const store = await connectNeo4jStore(config);
    try {
      await clear(store);
    } finally {
      await store.close();
    }
  });

  describe("neo4j: connection", () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await connectNeo4jStore(config);
    });
    afterAll(async () => {
      await store?.close();
    });

    it("is ready while the server answers, and not once closed", async () => {
      expect(await store.isReady()).toBe(true);
      await store.close();
      expect(await store.isReady()).toBe(false);
    });

    it("fails to connect with wrong credentials, naming the URI and the cause", async () => {
      const attempt = connectNeo4jStore({ ...config, password: `${config.password}-wrong` });
      await expect(attempt).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining(config.uri) });
      await expect(attempt).rejects.toThrow(/credentials/);
    });

    it("fails to connect to a port nothing listens on, saying it is unreachable", async () => {
      const attempt = connectNeo4jStore({ ...config, uri: "bolt://127.0.0.1:1" }, { connectionTimeoutMs: 2000, maxTransactionRetryTimeMs: 1000 });
      await expect(attempt).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/bolt:\/\/127\.0\.0\.1:1.*unreachable/) });
    });
  });

  describeGraphStoreContract("neo4j", () => connectNeo4jStore(config), { clear });
}
