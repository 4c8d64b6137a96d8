import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../../src/config/config.js";
import type { RunningServer } from "../bare-server.js";

export const PEER_TYPE_DEFS = readFileSync(fileURLToPath(new URL("./type-defs.graphql", import.meta.url)), "utf8");

/** The peer's schema, built from the type definitions alone: no database is needed until a query runs. */
export function buildPeerSchema(driver?: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}

/**
 * What a user would run instead of the project: @neo4j/graphql on Apollo Server 5
 * over the same database, on bare node:http (as the project's server is), in
 * production mode, with the database named in every request's context.
 */
export async function startPeerServer(config: Neo4jConfig): Promise<RunningServer> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), { userAgent: "policy-graph-bench-peer" });
  const apollo = new ApolloServer({ schema: await buildPeerSchema(driver), introspection: false });
  await apollo.start();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(key, value);
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: request.method ?? "POST", headers, search: "", body: JSON.parse(Buffer.concat(chunks).toString("utf8")) },
          context: async () => ({ executionContext: driver, sessionConfig: { database: config.database } }),
        })
        .then((result) => {
          response.statusCode = result.status ?? 200;
          for (const [key, value] of result.headers) response.setHeader(key, value);
          response.end(result.body.kind === "complete" ? result.body.string : "");
        })
        .catch(() => response.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await driver.close();
    },
  };
}
