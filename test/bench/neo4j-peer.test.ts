import { readFile } from "node:fs/promises";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { PEER_QUERIES } from "../../bench/neo4j-queries.js";
import { buildPeerSchema } from "../../bench/neo4j-peer/peer-server.js";
import { runNeo4jPeer } from "../../bench/neo4j-peer.bench.js";
import { buildGraphSchema } from "../../src/schema/build-schema.js";
import { lintCypher } from "../neo4j/cypher-lint.js";

/** The Neo4j comparison cannot run here (no Neo4j), so what it sends is checked offline, and cannot rot. */
describe("the Neo4j comparison's three servers", { timeout: 60_000 }, () => {
  it("@neo4j/graphql builds a schema from bench/neo4j-peer/type-defs.graphql, and every peer question is valid against it", async () => {
    const schema = await buildPeerSchema();
    expect(schema.getQueryType()?.getFields()).toHaveProperty("tasks");
    for (const question of PEER_QUERIES) expect(validate(schema, parse(question.peer)), question.name).toEqual([]);
  });

  it("every project question is valid against the project's schema", async () => {
    const schema = await buildGraphSchema();
    for (const question of PEER_QUERIES) expect(validate(schema, parse(question.query)), question.name).toEqual([]);
  });

  it("the floor's Cypher runs on Neo4j 4.4 and 5 alike, each value a parameter it is given", () => {
    for (const { floor, name } of PEER_QUERIES) {
      for (const pattern of [/elementId\s*\(/i, /COUNT\s*\{/i, /CALL\s*\(/i, /\bIS\s*::/i, /\bCOLLECT\s*\{/i]) expect(floor.cypher, name).not.toMatch(pattern);
      const used = new Set([...floor.cypher.matchAll(/\$(\w+)/g)].map((match) => match[1]));
      expect([...used].sort(), name).toEqual(Object.keys(floor.params).sort());
      expect(lintCypher(floor.cypher), `${name}: Neo4j's Cypher 5 front end`).toEqual([]);
    }
  });

  it("the peer's custom Cypher passes Neo4j's Cypher 5 front end, with the task @neo4j/graphql binds to `this`", async () => {
    const typeDefs = await readFile(new URL("../../bench/neo4j-peer/type-defs.graphql", import.meta.url), "utf8");
    const statements = [...typeDefs.matchAll(/statement: """([\s\S]*?)"""/g)].map((match) => match[1]);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(lintCypher(`MATCH (this:Task)\nWITH this\n${statement}`), statement).toEqual([]);
  });

  it.skipIf(Boolean(process.env.NEO4J_URI))("says why it did not run when NEO4J_URI is unset", async () => {
    expect((await runNeo4jPeer({ smoke: true })).skipped).toMatch(/NEO4J_URI/);
  });
});
