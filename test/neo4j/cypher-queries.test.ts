import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, RELATION_TYPES } from "../../src/domain/model.js";
import type { TaskFilter } from "../../src/graph/graph-store.js";
import * as queries from "../../src/graph/neo4j/cypher-queries.js";
import { loadSchemaStatements, SCHEMA_DIR, splitCypherStatements } from "../../src/graph/neo4j/schema-statements.js";

/** Syntax Neo4j 4.4 does not parse. */
const FIVE_ONLY = [/elementId\s*\(/i, /COUNT\s*\{/i, /CALL\s*\(\s*[\w\s,]*\)\s*\{/i, /\bIS\s*::/i, /\bIS\s+(NOT\s+)?TYPED\b/i, /\bCOLLECT\s*\{/i, /\bFINISH\b/i, /\bNODETACH\b/i];

const HOSTILE = "x'}) DETACH DELETE n //";

function everyQueryText(): string[] {
  const texts = (Object.values(queries) as unknown[]).filter((value): value is string => typeof value === "string");
  for (const kind of NODE_KINDS) {
    texts.push(queries.mergeNodesQuery(kind), queries.listNodesQuery(kind, { text: "a", parentId: "p", documentId: "d" }).text);
  }
  for (const type of RELATION_TYPES) {
    texts.push(queries.mergeEdgesQuery(type));
    for (const direction of ["out", "in"] as const) texts.push(queries.getEdgesQuery(type, direction, true));
  }
  for (const grouping of ["PLACE", "BODY_ROLE", "SECTOR", "DOCUMENT"] as const) texts.push(queries.countTasksQuery(grouping));
  const all: TaskFilter = { placeIds: ["p"], includeSubPlaces: true, bodyId: "b", role: "LEAD", projectId: "r", instrumentId: "i", sector: "ENERGY", documentId: "d", text: "t" };
  const tasks = queries.findTasksQuery(all);
  texts.push(tasks.count, tasks.page, queries.statsQuery(), queries.shortestPathEdgesQuery(6));
  texts.push(queries.getRelationsQuery(["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"]));
  return texts;
}

const parametersOf = (text: string) => new Set([...text.matchAll(/\$(\w+)/g)].map((match) => match[1]));

describe("Cypher text", () => {
  it("uses nothing that Neo4j 4.4 cannot run", async () => {
    const texts = [...everyQueryText(), ...(await loadSchemaStatements())];
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) for (const pattern of FIVE_ONLY) expect(text, text).not.toMatch(pattern);
  });

  it("never writes a filter value into a query: each travels as a parameter the query names", () => {
    const filter: TaskFilter = {
      placeIds: [HOSTILE],
      includeSubPlaces: true,
      bodyId: HOSTILE,
      role: "LEAD",
      projectId: HOSTILE,
      instrumentId: HOSTILE,
      sector: "ENERGY",
      documentId: HOSTILE,
      text: HOSTILE,
    };
    const tasks = queries.findTasksQuery(filter);
    for (const text of [tasks.count, tasks.page]) expect(text).not.toContain("DETACH");
    expect(Object.keys(tasks.params).sort()).toEqual(["bodyId", "documentId", "instrumentId", "placeIds", "projectId", "role", "sector", "text"]);
    for (const name of parametersOf(tasks.count)) expect(tasks.params).toHaveProperty(name);
    expect([...parametersOf(tasks.page)].sort()).toEqual([...Object.keys(tasks.params), "after", "limit"].sort());

    const listed = queries.listNodesQuery("Place", { text: HOSTILE, parentId: HOSTILE, documentId: HOSTILE, placeKind: "TOWN" });
    expect(listed.text).not.toContain("DETACH");
    expect([...parametersOf(listed.text)].sort()).toEqual(Object.keys(listed.params).sort());
  });

  it("anchors a task query on the most selective criterion given and checks the rest as predicates", () => {
    const byPlace = queries.findTasksQuery({ placeIds: ["p"], includeSubPlaces: true, sector: "ENERGY" });
    expect(byPlace.page.split("\n")[0]).toMatch(/^MATCH \(t:Task\)-\[:LOCATED_IN\]->\(:Place\)-\[:PART_OF\*0\.\.10\]->\(place:Place\)/);
    expect(byPlace.page).toContain("WHERE t.sector = $sector");
    expect(byPlace.page).toMatch(/ORDER BY id LIMIT \$limit$/);
    expect(queries.findTasksQuery({}).count.split("\n")[0]).toBe("MATCH (t:Task)");
    expect(queries.findTasksQuery({ text: "" }).count).not.toContain("$text");
    expect(queries.findTasksQuery({ placeIds: ["p"] }).count).not.toContain("PART_OF");
  });

  it("labels a Document also as a LegalInstrument, merges RESPONSIBLE edges per role, and takes labels only from the model", () => {
    expect(queries.mergeNodesQuery("Document")).toMatch(/SET n:Document:LegalInstrument$/);
    expect(queries.mergeNodesQuery("Place")).toMatch(/SET n:Place$/);
    expect(queries.mergeEdgesQuery("RESPONSIBLE")).toContain("[r:RESPONSIBLE {role: row.role}]");
    expect(queries.mergeEdgesQuery("CITES")).toContain("[r:CITES]");
    expect(() => queries.mergeNodesQuery("Person" as never)).toThrow(/unknown node kind/);
    expect(() => queries.getEdgesQuery("KNOWS" as never, "out", false)).toThrow(/unknown relationship type/);
    expect(queries.listNodesQuery("LegalInstrument", {}).text).toContain("NOT n:Document");
  });

  it("bounds variable-length paths with a checked literal", () => {
    expect(queries.shortestPathEdgesQuery(4)).toContain("allShortestPaths((a)-[*..4]-(b))");
    expect(() => queries.shortestPathEdgesQuery(queries.MAX_PATH_HOPS + 1)).toThrow(/outside/);
    expect(() => queries.shortestPathEdgesQuery(2.5)).toThrow(/outside/);
  });

  it("reads an instrument's relations of every type both ways in one statement, types from the model only", () => {
    const text = queries.getRelationsQuery(["AMENDS", "REPLACES"]);
    expect(text).toContain("-[r:AMENDS|REPLACES]-");
    expect(text).toContain("startNode(r).id AS fromId");
    expect(() => queries.getRelationsQuery(["AMENDS", "KNOWS" as never])).toThrow(/unknown relationship type/);
    expect(() => queries.getRelationsQuery([])).toThrow(/at least one/);
    expect(queries.LEGAL_BASIS_STEPS).toContain("-[r:PART_OF|CITES|BASED_ON|AMENDS|GUIDES|IMPLEMENTS]->");
    expect(queries.LEGAL_BASIS_STEPS).toContain("<-[r:AMENDS|REPLACES|REPEALS]-");
  });

  it("keeps document versions apart from the graph: NodeVersion nodes carry no :Node label and no relationship", () => {
    for (const text of [queries.WRITE_VERSIONS, queries.READ_VERSIONS_BY_KEY, queries.READ_VERSIONS_OF_NODES, queries.READ_VERSIONS_OF_DOCUMENT, queries.DELETE_VERSIONS]) {
      expect(text).toMatch(/\(v:NodeVersion \{/);
      expect(text).not.toMatch(/v:Node|\(v\)-|-\(v\)/);
    }
    expect(queries.DEMOTE_DOCUMENT).toMatch(/REMOVE n:Document
SET n = \$props
SET n:LegalInstrument$/);
    expect(queries.DELETE_UNUSED_NODES).toContain("WHERE NOT n:Document AND NOT EXISTS { MATCH (n)--() }");
  });

  it("counts every kind and type in one statement", () => {
    const stats = queries.statsQuery();
    expect(stats.split("UNION ALL")).toHaveLength(NODE_KINDS.length + RELATION_TYPES.length);
    expect(stats).toContain("MATCH (n:LegalInstrument) WHERE NOT n:Document");
  });
});

describe("schema/neo4j/*.cypher", () => {
  it("splits scripts on semicolons outside strings and comments", () => {
    const script = [
      "// a comment; with a semicolon",
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);",
      "/* block; comment */ CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:A) ON EACH [n.y]",
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'semi;colon'}};",
      "  ;",
      "RETURN \"it's; fine\" // trailing",
    ].join("\n");
    expect(splitCypherStatements(script)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:A) ON EACH [n.y]\nOPTIONS {indexConfig: {`fulltext.analyzer`: 'semi;colon'}}",
      'RETURN "it\'s; fine"',
    ]);
  });

  it("creates only with IF NOT EXISTS, so applying it at every start changes nothing the second time", async () => {
    const statements = await loadSchemaStatements();
    for (const statement of statements) expect(statement, statement).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS\b/);
    const names = statements.map((statement) => statement.split(/\s+/)[statement.startsWith("CREATE FULLTEXT") ? 3 : 2]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("makes every kind's id unique, and the id of every node", async () => {
    const statements = await loadSchemaStatements();
    for (const label of ["Node", ...NODE_KINDS]) {
      expect(statements.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE$`).test(s)), label).toBe(true);
    }
  });

  it("indexes every property the store looks nodes up by, and full-text indexes every kind's search text", async () => {
    const statements = (await loadSchemaStatements()).join("\n");
    const looked = ["foldedName", "foldedFullName", "numberKey", "normalizedNumberKey", "documentId", "sector", "ownerDocumentId", "searchLength"];
    for (const property of looked) expect(statements, property).toMatch(new RegExp(`ON \\(n\\.${property}\\)`));
    expect(statements).toContain(`FOR (n:${NODE_KINDS.join("|")})`);
    expect(statements).toContain("ON EACH [n.searchText]");
    const text = readFileSync(path.join(SCHEMA_DIR, "003-fulltext.cypher"), "utf8");
    expect(text).toContain("`fulltext.analyzer`: 'whitespace'");
  });
});
