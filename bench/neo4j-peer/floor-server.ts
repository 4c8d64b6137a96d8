import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import type { Neo4jConfig } from "../../src/config/config.js";
import type { RunningServer } from "../bare-server.js";
import { PEER_QUERIES } from "../neo4j-queries.js";

/**
 * The floor: bare node:http, the request body naming a question, one
 * hand-written Cypher statement in one read transaction, its one row as JSON.
 * Nothing a real API would need (parsing, validation, limits): the least any
 * server can spend on the question over Bolt.
 */
export async function startFloorServer(config: Neo4jConfig): Promise<RunningServer> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    userAgent: "policy-graph-bench-floor",
    disableLosslessIntegers: true,
  });
  const byName = new Map(PEER_QUERIES.map((question) => [question.name, question.floor]));
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const floor = byName.get(Buffer.concat(chunks).toString("utf8"));
      if (!floor) {
        response.writeHead(404).end();
        return;
      }
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      session
        .executeRead((tx) => tx.run(floor.cypher, floor.params))
        .then((result) => {
          const body = JSON.stringify(result.records[0]?.toObject() ?? null);
          response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
          response.end(body);
        })
        .catch(() => response.writeHead(500).end())
        .finally(() => void session.close());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/floor`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
