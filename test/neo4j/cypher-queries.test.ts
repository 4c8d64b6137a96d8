import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, RELATION_TYPES } from "../../src/domain/model.js";
import { MAX_LEGAL_BASIS_DEPTH } from "../../src/graph/shared/graph-bounds.js";
import { NODE_FIELDS } from "../../src/graph/neo4j/node-mapping.js";
import type { TaskFilter } from "../../src/graph/graph-store.js";
import * as queries from "../../src/graph/neo4j/cypher-queries.js";
import { loadSchemaStatements, SCHEMA_DIR, splitCypherStatements } from "../../src/graph/neo4j/schema-statements.js";
import { lintCypher } from "./cypher-lint.js";

/** Syntax Neo4j 4.4 does not parse. */
const FIVE_ONLY = [/elementId\s*\(/i, /COUNT\s*\{/i, /CALL\s*\(\s*[\w\s,]*\)\s*\{/i, /\bIS\s*::/i, /\bIS\s+(NOT\s+)?TYPED\b/i, /\bCOLLECT\s*\{/i, /\bFINISH\b/i, /\bNODETACH\b/i];

const HOSTILE = "x'}) DETACH DELETE n //";

function everyQueryText(legalBasisDepths = Array.from({ length: MAX_LEGAL_BASIS_DEPTH }, (_, at) => at + 1)): string[] {
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
  texts.push(queries.findTaskPageQuery(all).text, queries.statsQuery(), queries.shortestPathEdgesQuery(6));
  texts.push(queries.getRelationsQuery(["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"]));
  texts.push(queries.countTasksQuery("PLACE", { geography: "CURRENT" }));
  for (const includeSubPlaces of [true, false]) texts.push(queries.findTaskPageQuery({ placeIds: ["p"], includeSubPlaces, includePredecessors: true }).text);
  for (const depth of legalBasisDepths) texts.push(queries.legalBasisQuery(depth));
  return texts;
}

const parametersOf = (text: string) => new Set([...text.matchAll(/\$(\w+)/g)].map((match) => match[1]));

describe("Cypher text", () => {
  it("uses nothing that Neo4j 4.4 cannot run", async () => {
    const texts = [...everyQueryText(), ...(await loadSchemaStatements())];
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) for (const pattern of FIVE_ONLY) expect(text, text).not.toMatch(pattern);
  });

  it("passes Neo4j's Cypher 5 parser and semantic analysis without an error or an unexplained warning, every statement", async () => {
    expect(lintCypher("MATCH (n) WITH n.id AS id RETURN n"), "the linter finds what a server would refuse").toEqual(["Variable `n` not defined"]);
    // The legal-basis statement grows a level per step: its first two levels and the deepest cover how it is built.
    const texts = [...new Set([...everyQueryText([1, 2, MAX_LEGAL_BASIS_DEPTH]), ...(await loadSchemaStatements())])];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap((text) => lintCypher(text).map((message) => `${message} in:\n${text}`))).toEqual([]);
  }, 120_000);

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
    const tasks = queries.findTaskPageQuery(filter);
    expect(tasks.text).not.toContain("DETACH");
    expect(Object.keys(tasks.params).sort()).toEqual(["bodyId", "documentId", "instrumentId", "placeIds", "projectId", "role", "sector", "text"]);
    expect([...parametersOf(tasks.text)].sort()).toEqual([...Object.keys(tasks.params), "after", "limit"].sort());

    const listed = queries.listNodesQuery("Place", { text: HOSTILE, parentId: HOSTILE, documentId: HOSTILE, placeKind: "TOWN" });
    expect(listed.text).not.toContain("DETACH");
    expect([...parametersOf(listed.text)].sort()).toEqual(Object.keys(listed.params).sort());
  });

  it("anchors a task query on the most selective criterion given and checks the rest as predicates", () => {
    const byPlace = queries.findTaskPageQuery({ placeIds: ["p"], includeSubPlaces: true, sector: "ENERGY" }).text.split("\n");
    // The total and the page, each a subquery over the same match.
    expect(byPlace.filter((line) => line === "CALL {")).toHaveLength(2);
    expect(byPlace[1]).toMatch(/^ {2}MATCH \(t:Task\)-\[:LOCATED_IN\]->\(:Place\)-\[:PART_OF\*0\.\.10\]->\(place:Place\)/);
    expect(byPlace).toContain("  WITH DISTINCT t");
    expect(byPlace).toContain("  WHERE t.sector = $sector");
    expect(byPlace).toContain("  WHERE t.sector = $sector AND ($after IS NULL OR t.id > $after)");
    expect(byPlace).toContain("  WITH t ORDER BY t.id LIMIT $limit");
    expect(byPlace.at(-1)).toBe("RETURN total, tasks");
    expect(queries.findTaskPageQuery({}).text.split("\n")[1]).toBe("  MATCH (t:Task)");
    expect(queries.findTaskPageQuery({ text: "" }).text).not.toContain("$text");
    expect(queries.findTaskPageQuery({ placeIds: ["p"] }).text).not.toContain("PART_OF");
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

  it("reads back only the properties the API serves: model fields, span and kind, never the derived search and filter ones", () => {
    const derived = ["foldedName", "foldedFullName", "numberKey", "normalizedNumberKey", "foldedText", "filterTexts", "searchText", "searchLength", "searchNames", "searchPhrases", "ownerDocumentId", "mentionIds", "statedEdges"];
    const reads = [
      queries.GET_NODES,
      queries.FIND_PLACES_BY_NAME,
      queries.FIND_INSTRUMENTS_BY_NUMBER,
      queries.findTaskPageQuery({ placeIds: ["p"] }).text,
      queries.legalBasisQuery(3),
      ...NODE_KINDS.map((kind) => queries.listNodesQuery(kind, {}).text),
      ...RELATION_TYPES.flatMap((type) => [queries.getEdgesQuery(type, "out", true), queries.getEdgesQuery(type, "in", false)]),
      queries.shortestPathEdgesQuery(3),
      queries.getRelationsQuery(["AMENDS", "REPLACES"]),
    ];
    for (const text of reads) {
      expect(text, text).not.toMatch(/properties\(/);
      // Derived properties may be matched on, never returned.
      const returned = text.slice(text.lastIndexOf("RETURN"));
      for (const property of derived) expect(returned, `${property} in ${text}`).not.toMatch(new RegExp(`\\b${property}\\b`));
    }
    for (const kind of NODE_KINDS) {
      const projection = queries.nodeProjection("n", [kind]);
      for (const field of Object.keys(NODE_FIELDS[kind])) expect(projection).toMatch(new RegExp(`(\\.${field}|${field}: toString\\(n\\.${field}\\))[,}]`));
      expect(projection).toContain(`kind: '${kind}'`);
    }
    // A Document is also a LegalInstrument: told apart first, whatever kinds are asked for.
    expect(queries.nodeProjection("n", ["LegalInstrument"])).toMatch(/^CASE WHEN n:Document THEN .* WHEN n:LegalInstrument THEN /);
    expect(queries.edgeProjection("r")).toBe("r {.role, .scope, on: toString(r.on), .whole, .sourceDocumentId, .sourceStart, .sourceEnd}");
  });

  it("walks the legal basis in one statement, a level per step, never against the direction of PART_OF, CITES or BASED_ON", () => {
    const text = queries.legalBasisQuery(4);
    expect(text.match(/reduce\(found = \[\]/g)).toHaveLength(4);
    expect(text).toContain("(n)-[r:PART_OF|CITES|BASED_ON|AMENDS|GUIDES|IMPLEMENTS]->(m:Node)");
    expect(text).toContain("(n)<-[r:AMENDS|REPLACES|REPEALS]-(m:Node)");
    expect(text.match(/<-\[/g)).toHaveLength(4);
    expect([...parametersOf(text)]).toEqual(["ids"]);
    expect(() => queries.legalBasisQuery(MAX_LEGAL_BASIS_DEPTH + 1)).toThrow(/outside/);
  });

  it("bounds variable-length paths with a checked literal", () => {
    expect(queries.shortestPathEdgesQuery(4)).toContain("allShortestPaths((a)-[*..4]-(b))");
    expect(() => queries.shortestPathEdgesQuery(queries.MAX_PATH_HOPS + 1)).toThrow(/outside/);
    expect(() => queries.shortestPathEdgesQuery(2.5)).toThrow(/outside/);
  });

  it("reads an instrument's relations of every type both ways in one statement, types from the model only", () => {
    const text = queries.getRelationsQuery(["AMENDS", "REPLACES"]);
    expect(text).toContain("-[r:AMENDS|REPLACES]-");
    expect(text).toContain("collect([n.id, startNode(r).id, endNode(r).id, type(r), r {.role, .scope,");
    expect(() => queries.getRelationsQuery(["AMENDS", "KNOWS" as never])).toThrow(/unknown relationship type/);
    expect(() => queries.getRelationsQuery([])).toThrow(/at least one/);
  });

  it("keeps document versions apart from the graph: NodeVersion nodes carry no :Node label and no relationship", () => {
    for (const text of [queries.WRITE_VERSIONS, queries.READ_VERSIONS_BY_KEY, queries.READ_VERSIONS_OF_NODES, queries.READ_VERSIONS_OF_DOCUMENT, queries.DELETE_VERSIONS]) {
      expect(text).toMatch(/\(v:NodeVersion \{/);
      expect(text).not.toMatch(/v:Node\b|\(v\)-|-\(v\)/);
    }
    expect(queries.DEMOTE_DOCUMENT).toMatch(/REMOVE n:Document\nSET n = \$props\nSET n:LegalInstrument$/);
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

  it("backs every node MERGE the store sends with a uniqueness constraint on the merged key", async () => {
    const statements = await loadSchemaStatements();
    const merges = everyQueryText().flatMap((text) => [...text.matchAll(/MERGE \((\w+):(\w+) \{(\w+):/g)].map((match) => ({ label: match[2], key: match[3] })));
    expect(merges.length).toBeGreaterThanOrEqual(NODE_KINDS.length + 1);
    for (const { label, key } of merges) {
      expect(statements.some((s) => s.endsWith(`FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`)), `${label}.${key}`).toBe(true);
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
