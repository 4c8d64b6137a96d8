import type { NodeKind, RelationType } from "../../domain/model.js";
import { NODE_KINDS, RELATION_TYPES } from "../../domain/model.js";
import type { NodeFilter, TaskCountOptions, TaskFilter, TaskGrouping } from "../graph-store.js";
import { MAX_HIERARCHY_DEPTH, MAX_LEGAL_BASIS_DEPTH, MAX_SUCCESSION_HOPS } from "../shared/graph-bounds.js";
import { BASIS_BACKWARD, BASIS_FORWARD } from "../shared/legal-basis-walk.js";
import { KIND_LABELS, NODE_FIELDS, NODE_LABEL } from "./node-mapping.js";

/**
 * Every Cypher text the store sends. Values always travel as $parameters;
 * labels and relationship types come only from the model's fixed lists (they
 * cannot be parameters), and the only numbers written into a query are the
 * bounds of variable-length patterns, which Cypher requires as literals.
 * Nothing here is 5-only syntax: the same text runs on Neo4j 4.4 and 5.x.
 */

export const MAX_PATH_HOPS = 15;

function labelOf(kind: NodeKind): string {
  if (!NODE_KINDS.includes(kind)) throw new Error(`unknown node kind ${String(kind)}`);
  return kind;
}

function typeOf(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`unknown relationship type ${String(type)}`);
  return type;
}

/** A literal bound for a variable-length pattern, from a checked integer. */
function boundOf(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`path bound ${value} outside 0..${max}`);
  return value;
}

// ------------------------------------------------------------------ ingest

/** Takes write locks on the nodes an ingest touches before reading them, so concurrent ingests serialise. */
export const LOCK_AND_READ_NODES = `
UNWIND $ids AS id
MATCH (n:${NODE_LABEL} {id: id})
SET n.id = n.id
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`;

export const READ_OWNED_NODES = `
MATCH (n:${NODE_LABEL} {ownerDocumentId: $documentId})
RETURN n.id AS id`;

/** Edges by (type, from, to, role); role is "" for the types that have none. */
export const READ_EDGES = `
UNWIND $rows AS row
MATCH (a:${NODE_LABEL} {id: row.from})-[r]->(b:${NODE_LABEL} {id: row.to})
WHERE type(r) = row.type AND coalesce(r.role, '') = row.role
RETURN row.key AS key, properties(r) AS props`;

export const DELETE_NODES = `
UNWIND $ids AS id
MATCH (n:${NODE_LABEL} {id: id})
DETACH DELETE n`;

export const DELETE_EDGES = `
UNWIND $rows AS row
MATCH (a:${NODE_LABEL} {id: row.from})-[r]->(b:${NODE_LABEL} {id: row.to})
WHERE type(r) = row.type AND coalesce(r.role, '') = row.role
DELETE r`;

export const UPDATE_EDGES = `
UNWIND $rows AS row
MATCH (a:${NODE_LABEL} {id: row.from})-[r]->(b:${NODE_LABEL} {id: row.to})
WHERE type(r) = row.type AND coalesce(r.role, '') = row.role
SET r = row.props`;

/** Writes nodes of one kind: each row's props are the node's complete stored state. */
export function mergeNodesQuery(kind: NodeKind): string {
  const labels = KIND_LABELS[labelOf(kind) as NodeKind].map((label) => `:${label}`).join("");
  return `
UNWIND $rows AS row
MERGE (n:${NODE_LABEL} {id: row.id})
SET n = row.props
SET n${labels}`;
}

/** Writes edges of one type; a RESPONSIBLE edge is one per role. */
export function mergeEdgesQuery(type: RelationType): string {
  const pattern = type === "RESPONSIBLE" ? `[r:RESPONSIBLE {role: row.role}]` : `[r:${typeOf(type)}]`;
  return `
UNWIND $rows AS row
MATCH (a:${NODE_LABEL} {id: row.from})
MATCH (b:${NODE_LABEL} {id: row.to})
MERGE (a)-${pattern}->(b)
SET r = row.props`;
}

/** The stored version of a document, if any: what decides new, unchanged or replaced. */
export const READ_DOCUMENT_VERSION = `
MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256, d.fileName AS fileName`;

/**
 * Each document's version of a shared node lives in a NodeVersion (no :Node
 * label and no relationships, so no query of the graph meets it), keyed by
 * node id and document id, and found by either.
 */
export const READ_VERSIONS_OF_DOCUMENT = `
MATCH (v:NodeVersion {documentId: $documentId})
RETURN v.nodeId AS nodeId, v.documentId AS documentId, v.version AS version`;

export const READ_VERSIONS_BY_KEY = `
UNWIND $keys AS key
MATCH (v:NodeVersion {key: key})
RETURN v.nodeId AS nodeId, v.documentId AS documentId, v.version AS version`;

export const READ_VERSIONS_OF_NODES = `
UNWIND $ids AS id
MATCH (v:NodeVersion {nodeId: id})
RETURN v.nodeId AS nodeId, v.documentId AS documentId, v.version AS version`;

export const WRITE_VERSIONS = `
UNWIND $rows AS row
MERGE (v:NodeVersion {key: row.key})
SET v.nodeId = row.nodeId, v.documentId = row.documentId, v.version = row.version`;

export const DELETE_VERSIONS = `
UNWIND $keys AS key
MATCH (v:NodeVersion {key: key})
DELETE v`;

/** The documents a shared node's values came from, kept on a Document too (its citers' fold). */
export const SET_CONTRIBUTORS = `
UNWIND $rows AS row
MATCH (n:${NODE_LABEL} {id: row.id})
SET n.contributors = row.contributors`;

/** A removed document its citers still name becomes the plain instrument they name. */
export const DEMOTE_DOCUMENT = `
MATCH (n:${NODE_LABEL} {id: $id})
REMOVE n:Document
SET n = $props
SET n:LegalInstrument`;

/** Shared nodes no document names any more, unless some edge still holds them. */
export const DELETE_UNUSED_NODES = `
UNWIND $ids AS id
MATCH (n:${NODE_LABEL} {id: id})
WHERE NOT n:Document AND NOT EXISTS { MATCH (n)--() }
DETACH DELETE n`;

export const SET_DOCUMENT_BOOKKEEPING = `
MATCH (d:Document {id: $documentId})
SET d.mentionIds = $mentionIds, d.statedEdges = $statedEdges`;

// ------------------------------------------------------------------- reads

/**
 * What a read returns for a node: a map of its kind, id, model fields and
 * source span, the properties the API serves; never the derived search and
 * filter properties, which exist only for Neo4j to match on. Dates come back as
 * `YYYY-MM-DD` (toString of a Neo4j Date, or the string stored when it was not
 * a real date). A node of several possible kinds is told by its labels,
 * Document before LegalInstrument (a Document carries both).
 */
export function nodeProjection(variable: string, kinds: readonly NodeKind[] = NODE_KINDS): string {
  const wanted = NODE_KINDS.filter((kind) => kinds.includes(kind) || (kind === "Document" && kinds.includes("LegalInstrument")));
  if (wanted.length === 0) throw new Error("a node projection needs a kind");
  if (wanted.length === 1) return kindProjection(variable, wanted[0]);
  const branches = wanted.map((kind) => `WHEN ${variable}:${labelOf(kind)} THEN ${kindProjection(variable, kind)}`);
  return `CASE ${branches.join(" ")} END`;
}

function kindProjection(variable: string, kind: NodeKind): string {
  const entries = [`kind: '${labelOf(kind)}'`, ".id"];
  for (const [field, type] of Object.entries(NODE_FIELDS[kind])) {
    entries.push(type === "date" ? `${field}: toString(${variable}.${field})` : `.${field}`);
  }
  entries.push(...SOURCE_PROPERTIES.map((property) => `.${property}`));
  return `${variable} {${entries.join(", ")}}`;
}

const SOURCE_PROPERTIES = ["sourceDocumentId", "sourceStart", "sourceEnd"] as const;

/** What a read returns for a relationship: the fields the API serves (role, scope, date, wholeness, span), not the bookkeeping of who stated it. */
export function edgeProjection(variable: string): string {
  return `${variable} {.role, .scope, on: toString(${variable}.on), .whole, ${SOURCE_PROPERTIES.map((property) => `.${property}`).join(", ")}}`;
}

/** The kind of a node as a string literal, Document before LegalInstrument. */
function kindOf(variable: string): string {
  return `CASE ${NODE_KINDS.map((kind) => `WHEN ${variable}:${kind} THEN '${kind}'`).join(" ")} END`;
}

/** Nodes by id, as one list. */
export const GET_NODES = `
MATCH (n:${NODE_LABEL})
WHERE n.id IN $ids
RETURN collect(${nodeProjection("n")}) AS nodes`;

/**
 * Edges of one type at the given nodes, as one list of
 * `[fromId, toId, edge, otherNode?]`, the node at the other end included on request.
 */
export function getEdgesQuery(type: RelationType, direction: "out" | "in", withNodes: boolean): string {
  const [key, other] = direction === "out" ? ["a", "b"] : ["b", "a"];
  const node = withNodes ? `, ${nodeProjection(other)}` : "";
  return `
MATCH (a:${NODE_LABEL})-[r:${typeOf(type)}]->(b:${NODE_LABEL})
WHERE ${key}.id IN $ids
RETURN collect([a.id, b.id, ${edgeProjection("r")}${node}]) AS edges`;
}

/**
 * Edges of several types at the given nodes, both ways, as one list of
 * `[key, fromId, toId, type, edge, otherNode]`: all of an instrument's relations.
 */
export function getRelationsQuery(types: readonly RelationType[]): string {
  if (types.length === 0) throw new Error("getRelationsQuery needs at least one relationship type");
  return `
MATCH (n:${NODE_LABEL})-[r:${types.map(typeOf).join("|")}]-(m:${NODE_LABEL})
WHERE n.id IN $ids
RETURN collect([n.id, startNode(r).id, endNode(r).id, type(r), ${edgeProjection("r")}, ${nodeProjection("m")}]) AS relations`;
}

/** listNodes: the candidate set the embedded store starts from, then the same filters. */
export function listNodesQuery(kind: NodeKind, filter: NodeFilter): { text: string; params: Record<string, unknown> } {
  const label = labelOf(kind);
  const params: Record<string, unknown> = {};
  const lines: string[] = [];
  const where: string[] = [];
  if (filter.parentId !== undefined) {
    lines.push(`MATCH (n:${label})-[:PART_OF]->(:${NODE_LABEL} {id: $parentId})`);
    params.parentId = filter.parentId;
  } else if (filter.documentId !== undefined) {
    lines.push(`MATCH (d:Document {id: $documentId})`, "UNWIND d.mentionIds AS mentionedId", `MATCH (n:${label} {id: mentionedId})`);
  } else {
    lines.push(`MATCH (n:${label})`);
  }
  // A Document is also labelled LegalInstrument; as a kind it is only a Document.
  if (kind === "LegalInstrument") where.push("NOT n:Document");
  if (filter.documentId !== undefined) {
    params.documentId = filter.documentId;
    if (filter.parentId !== undefined) where.push("EXISTS { MATCH (d:Document {id: $documentId}) WHERE n.id IN d.mentionIds }");
  }
  if (filter.placeKind !== undefined) {
    where.push("n.placeKind = $placeKind");
    params.placeKind = filter.placeKind;
    if (kind !== "Place") where.push("false");
  }
  if (filter.bodyKind !== undefined) {
    where.push("n.bodyKind = $bodyKind");
    params.bodyKind = filter.bodyKind;
    if (kind !== "Body") where.push("false");
  }
  if (filter.instrumentKind !== undefined) {
    where.push("n.instrumentKind = $instrumentKind");
    params.instrumentKind = filter.instrumentKind;
    if (kind !== "LegalInstrument" && kind !== "Document") where.push("false");
  }
  if (filter.text !== undefined) {
    where.push("any(value IN coalesce(n.filterTexts, []) WHERE value CONTAINS $text)");
    params.text = filter.text;
  }
  if (where.length > 0) lines.push(`WHERE ${where.join(" AND ")}`);
  lines.push(`RETURN collect(${nodeProjection("n", [kind])}) AS nodes`);
  return { text: lines.join("\n"), params };
}

export const FIND_PLACES_BY_NAME = `
MATCH (n:Place)
WHERE n.foldedName = $key OR n.foldedFullName = $key
RETURN collect(${nodeProjection("n", ["Place"])}) AS nodes`;

export const FIND_INSTRUMENTS_BY_NUMBER = `
MATCH (n:LegalInstrument)
WHERE n.numberKey = $key OR n.normalizedNumberKey = $key
RETURN collect(${nodeProjection("n", ["LegalInstrument"])}) AS nodes`;

export interface TaskQuery {
  text: string;
  params: Record<string, unknown>;
}

/**
 * One task page in one statement: the exact total, and one page by keyset
 * (`t.id > $after ORDER BY t.id LIMIT $limit`) with each task's properties, as
 * two subqueries over the same match (a subquery that imports nothing runs on
 * Neo4j 4.4 and 5 alike, and each aggregates to one row, so an empty page still
 * answers its total). One criterion anchors the MATCH (the first given of place,
 * project, body, role, instrument, document, sector: roughly most to least
 * selective), so the planner starts from an index seek rather than from every
 * task; the rest become predicates. `text` must already be folded (foldText);
 * an empty one filters nothing. `$after` and `$limit` are the caller's.
 */
export function findTaskPageQuery(filter: TaskFilter): TaskQuery {
  const params: Record<string, unknown> = {};
  /** Each criterion as the MATCH that can start the query, and as a predicate on t. */
  const criteria: { anchor: string; predicate: string }[] = [];
  const pattern = (match: string) => ({ anchor: match, predicate: `EXISTS { ${match} }` });

  if (filter.placeIds !== undefined) {
    params.placeIds = filter.placeIds;
    criteria.push(pattern(placeCriterion(filter)));
  }
  if (filter.projectId !== undefined) {
    params.projectId = filter.projectId;
    criteria.push(pattern(`MATCH (t:Task)-[:CONCERNS]->(:${NODE_LABEL} {id: $projectId})`));
  }
  if (filter.bodyId !== undefined) {
    params.bodyId = filter.bodyId;
    if (filter.role !== undefined) params.role = filter.role;
    criteria.push(
      pattern(
        filter.role !== undefined
          ? `MATCH (t:Task)-[:RESPONSIBLE {role: $role}]->(:${NODE_LABEL} {id: $bodyId})`
          : `MATCH (t:Task)-[:RESPONSIBLE]->(:${NODE_LABEL} {id: $bodyId})`,
      ),
    );
  } else if (filter.role !== undefined) {
    params.role = filter.role;
    criteria.push(pattern(`MATCH (t:Task)-[:RESPONSIBLE {role: $role}]->()`));
  }
  if (filter.instrumentId !== undefined) {
    params.instrumentId = filter.instrumentId;
    // What a task cites itself or through the provisions above it.
    criteria.push(
      pattern(
        `MATCH (t:Task)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(citing)-[:CITES]->(:${NODE_LABEL} {id: $instrumentId}) WHERE citing = t OR citing:Provision`,
      ),
    );
  }
  if (filter.documentId !== undefined) {
    params.documentId = filter.documentId;
    criteria.push({ anchor: "MATCH (t:Task {documentId: $documentId})", predicate: "t.documentId = $documentId" });
  }
  if (filter.sector !== undefined) {
    params.sector = filter.sector;
    criteria.push({ anchor: "MATCH (t:Task {sector: $sector})", predicate: "t.sector = $sector" });
  }

  const [first, ...rest] = criteria;
  const where = rest.map((criterion) => criterion.predicate);
  if (filter.text !== undefined && filter.text !== "") {
    params.text = filter.text;
    where.push("t.foldedText CONTAINS $text");
  }
  const matching = [first?.anchor ?? "MATCH (t:Task)", "WITH DISTINCT t"];
  const filtered = (extra: string[]) => {
    const all = [...where, ...extra];
    return all.length > 0 ? [`WHERE ${all.join(" AND ")}`] : [];
  };
  const count = [...matching, ...filtered([]), "RETURN count(t) AS total"];
  const page = [
    ...matching,
    ...filtered(["($after IS NULL OR t.id > $after)"]),
    "WITH t ORDER BY t.id LIMIT $limit",
    `RETURN collect(${nodeProjection("t", ["Task"])}) AS tasks`,
  ];
  const subquery = (lines: string[]) => `CALL {\n  ${lines.join("\n  ")}\n}`;
  return { text: [subquery(count), subquery(page), "RETURN total, tasks"].join("\n"), params };
}

export const SEARCH = `
MATCH (n:${NODE_LABEL})
WHERE n.searchLength IS NOT NULL
WITH count(n) AS documents, sum(n.searchLength) AS totalLength
CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node
RETURN documents, totalLength,
       collect({id: node.id, searchText: node.searchText, searchNames: node.searchNames, searchPhrases: node.searchPhrases}) AS candidates`;

/**
 * The part of the graph a legal-basis walk of `depth` steps can see, in one
 * statement: a breadth-first expansion, level by level inside the query, from
 * the tasks over the step types of shared/legal-basis-walk.ts: outgoing
 * BASIS_FORWARD (PART_OF, CITES, BASED_ON, AMENDS, GUIDES, IMPLEMENTS) and
 * incoming BASIS_BACKWARD (AMENDS, REPLACES, REPEALS).
 * Each level takes the steps out of the nodes first reached on the level before
 * (`frontier`), so a node's steps are read once, and the expansion never walks
 * down into what cites a popular law. The walk itself (the kind rules, the
 * shortest path and its tie break) stays in TypeScript
 * (shared/legal-basis-walk.ts), fed these steps: every node within depth - 1
 * steps of a task along them is `expanded` with all its steps, which is every
 * node the walk can ask about. Returns the tasks' documents, the expanded ids,
 * the steps as `[fromId, relation, reversed, toId, toKind, sourceDocumentId,
 * sourceStart, sourceEnd]`, and the instruments reached (other than the tasks'
 * own documents) as nodes, which the answer's next level would read.
 */
export function legalBasisQuery(depth: number): string {
  const levels = boundOf(depth, MAX_LEGAL_BASIS_DEPTH);
  const step = (reversed: boolean) => {
    const pattern = reversed
      ? `(n)<-[r:${BASIS_BACKWARD.map(typeOf).join("|")}]-(m:${NODE_LABEL})`
      : `(n)-[r:${BASIS_FORWARD.map(typeOf).join("|")}]->(m:${NODE_LABEL})`;
    return (
      `[${pattern} | {fromId: n.id, relation: type(r), reversed: ${reversed}, to: m, toKind: ${kindOf("m")}, ` +
      "sourceDocumentId: r.sourceDocumentId, sourceStart: r.sourceStart, sourceEnd: r.sourceEnd}]"
    );
  };
  const level = [
    `WITH tasks, reached, expanded + frontier AS expanded, steps, reduce(found = [], part IN [n IN frontier | ${step(false)} + ${step(true)}] | found + part) AS found`,
    "WITH tasks, expanded, steps + found AS steps, reduce(next = {reached: reached, frontier: []}, s IN found |",
    "  CASE WHEN s.to IN next.reached THEN next ELSE {reached: next.reached + s.to, frontier: next.frontier + s.to} END) AS next",
    "WITH tasks, expanded, steps, next.reached AS reached, next.frontier AS frontier",
  ].join("\n");
  return [
    `MATCH (t:Task) WHERE t.id IN $ids`,
    "WITH collect(t) AS tasks",
    "WITH tasks, tasks AS reached, tasks AS frontier, [] AS expanded, [] AS steps",
    ...Array.from({ length: levels }, () => level),
    "WITH tasks, expanded, steps, reached, [t IN tasks | t.documentId] AS ownDocuments",
    "RETURN [t IN tasks | [t.id, t.documentId]] AS starts,",
    "  [n IN expanded | n.id] AS expanded,",
    "  [s IN steps | [s.fromId, s.relation, s.reversed, s.to.id, s.toKind, s.sourceDocumentId, s.sourceStart, s.sourceEnd]] AS steps,",
    `  [n IN reached WHERE n:LegalInstrument AND NOT n.id IN ownDocuments | ${nodeProjection("n", ["LegalInstrument"])}] AS instruments`,
  ].join("\n");
}

/** Whether each node exists: findPaths answers nothing for an unknown end. */
export const FIND_NODE_IDS = `
MATCH (n:${NODE_LABEL})
WHERE n.id IN $ids
RETURN collect(n.id) AS ids`;

/**
 * Every relationship on some shortest path between the two nodes, each once:
 * the shortest-path graph, from which the store enumerates paths in order.
 * Returning relationships rather than paths keeps the answer as small as
 * that graph however many paths it holds.
 */
export function shortestPathEdgesQuery(maxHops: number): string {
  return `
MATCH (a:${NODE_LABEL} {id: $fromId}), (b:${NODE_LABEL} {id: $toId})
MATCH p = allShortestPaths((a)-[*..${boundOf(maxHops, MAX_PATH_HOPS)}]-(b))
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN collect([startNode(r).id, endNode(r).id, type(r), ${edgeProjection("r")}]) AS edges`;
}

/**
 * The task-to-place pattern of a place filter (TaskFilter): located in the
 * places, or below them, or in a place they took over (SUCCEEDED_BY read
 * backwards), or below one they took over wholly (every step whole).
 */
function placeCriterion(filter: TaskFilter): string {
  const below = `[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]`;
  const succession = `[steps:SUCCEEDED_BY*0..${MAX_SUCCESSION_HOPS}]`;
  if (filter.includePredecessors) {
    return filter.includeSubPlaces
      ? `MATCH (t:Task)-[:LOCATED_IN]->(located:Place)-${below}->(before:Place)-${succession}->(:Place)-${below}->(place:Place) ` +
          "WHERE place.id IN $placeIds AND (located = before OR all(step IN steps WHERE step.whole))"
      : `MATCH (t:Task)-[:LOCATED_IN]->(:Place)-[:SUCCEEDED_BY*0..${MAX_SUCCESSION_HOPS}]->(place:Place) WHERE place.id IN $placeIds`;
  }
  return filter.includeSubPlaces
    ? `MATCH (t:Task)-[:LOCATED_IN]->(:Place)-${below}->(place:Place) WHERE place.id IN $placeIds`
    : `MATCH (t:Task)-[:LOCATED_IN]->(place:${NODE_LABEL}) WHERE place.id IN $placeIds`;
}

export function countTasksQuery(groupBy: TaskGrouping, options: TaskCountOptions = {}): string {
  switch (groupBy) {
    case "PLACE":
      if (options.geography === "CURRENT") return COUNT_TASKS_BY_CURRENT_PLACE;
      return `
MATCH (t:Task)-[:LOCATED_IN]->(located:${NODE_LABEL})-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(place:${NODE_LABEL})
WHERE place = located OR place:Place
RETURN place.id AS key, null AS role, count(DISTINCT t) AS count`;
    case "BODY_ROLE":
      return `
MATCH (t:Task)-[r:RESPONSIBLE]->(body:${NODE_LABEL})
RETURN body.id AS key, r.role AS role, count(DISTINCT t) AS count`;
    case "SECTOR":
      return `
MATCH (t:Task)
RETURN t.sector AS key, null AS role, count(t) AS count`;
    case "DOCUMENT":
      return `
MATCH (t:Task)
RETURN t.documentId AS key, null AS role, count(t) AS count`;
  }
}

/**
 * Places in force today (no SUCCEEDED_BY out of them or above them), each
 * counting the tasks located in or below it, or in or below a place that went
 * to it or below it wholly (TaskCountOptions).
 */
const COUNT_TASKS_BY_CURRENT_PLACE = `
MATCH (t:Task)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(:Place)-[steps:SUCCEEDED_BY*0..${MAX_SUCCESSION_HOPS}]->(:Place)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(place:Place)
WHERE all(step IN steps WHERE step.whole)
  AND NOT EXISTS { MATCH (place)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(:Place)-[:SUCCEEDED_BY]->(:Place) }
RETURN place.id AS key, null AS role, count(DISTINCT t) AS count`;

/** Node counts per kind and relationship counts per type, from Neo4j's count store where it can. */
export function statsQuery(): string {
  const parts = NODE_KINDS.map((kind) =>
    kind === "LegalInstrument"
      ? `MATCH (n:LegalInstrument) WHERE NOT n:Document RETURN 'node' AS what, '${kind}' AS name, count(n) AS count`
      : `MATCH (n:${labelOf(kind)}) RETURN 'node' AS what, '${kind}' AS name, count(n) AS count`,
  );
  for (const type of RELATION_TYPES) {
    parts.push(`MATCH ()-[r:${typeOf(type)}]->() RETURN 'edge' AS what, '${type}' AS name, count(r) AS count`);
  }
  return parts.join("\nUNION ALL\n");
}

export const PING = "RETURN 1 AS ok";

export const COUNT_ALL_NODES = `
MATCH (n)
RETURN count(n) AS total, sum(CASE WHEN n:${NODE_LABEL} OR n:NodeVersion THEN 1 ELSE 0 END) AS ours`;

export const DELETE_EVERYTHING = "MATCH (n) DETACH DELETE n";
