import { NODE_KINDS, RELATION_TYPES, type GraphEdge, type GraphNode, type RelationType } from "../../src/domain/model.js";
import type { EdgeDirection, TaskFilter } from "../../src/graph/graph-store.js";
import type { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import * as queries from "../../src/graph/neo4j/cypher-queries.js";
import { NODE_FIELDS } from "../../src/graph/neo4j/node-mapping.js";
import { INSTRUMENT_RELATIONS } from "../../src/domain/instrument-relations.js";
import { MAX_LEGAL_BASIS_DEPTH } from "../../src/graph/shared/graph-bounds.js";
import { BASIS_BACKWARD, BASIS_FORWARD } from "../../src/graph/shared/legal-basis-walk.js";
import type { Answer } from "./fake-bolt-server.js";

/**
 * A test double of the Neo4j store's read statements: recognises each query
 * text the store can send for the reads of the API's common questions, and
 * answers it as Neo4j would for the graph a MemoryGraphStore holds, in the same
 * row shapes (projected nodes and edges, one row of lists). With the fake Bolt
 * server it runs the Neo4j store's TypeScript side end to end, transactions and
 * round trips included, with no Neo4j server. What it says about the Cypher
 * itself is only what the text checks say; a real server checks the rest.
 *
 * A statement it does not know gets no rows (schema statements, readiness
 * probes); a read it should know but cannot answer fails the statement.
 */
export function answerFromMemoryStore(memory: MemoryGraphStore): (query: string, params: Record<string, unknown>) => Promise<Answer | null> {
  const edgeQueries = new Map<string, { type: RelationType; direction: EdgeDirection; withNodes: boolean }>();
  for (const type of RELATION_TYPES) {
    for (const direction of ["out", "in"] as const) {
      for (const withNodes of [true, false]) edgeQueries.set(queries.getEdgesQuery(type, direction, withNodes), { type, direction, withNodes });
    }
  }
  const basisQueries = new Map<string, number>();
  for (let depth = 1; depth <= MAX_LEGAL_BASIS_DEPTH; depth += 1) basisQueries.set(queries.legalBasisQuery(depth), depth);
  const graph = new ReachableGraph(memory);
  const relationsQuery = queries.getRelationsQuery(INSTRUMENT_RELATIONS);

  return async (query, params) => {
    const ids = params.ids as string[] | undefined;
    if (query === queries.GET_NODES) return one({ nodes: (await memory.getNodes(ids!)).filter(isNode).map(projectNode) });
    if (query === queries.FIND_NODE_IDS) return one({ ids: (await memory.getNodes(ids!)).filter(isNode).map((node) => node.id) });
    if (query === queries.FIND_PLACES_BY_NAME) return one({ nodes: (await memory.findPlacesByName(params.key as string)).map(projectNode) });
    if (query === queries.FIND_INSTRUMENTS_BY_NUMBER) return one({ nodes: (await memory.findInstrumentsByNumber(params.key as string)).map(projectNode) });
    const edges = edgeQueries.get(query);
    if (edges) return one({ edges: await edgeRows(memory, ids!, edges.type, edges.direction, edges.withNodes) });
    if (query === relationsQuery) return one({ relations: await relationRows(memory, ids!) });
    const depth = basisQueries.get(query);
    if (depth !== undefined) return one(await graph.walk(ids!, depth));
    if (query.startsWith("CALL {")) return one(await taskPage(memory, query, params));
    if (/^\s*(MATCH|UNWIND|CALL db\.index)/.test(query)) throw new Error(`no answer for ${query.trim().split("\n")[0]}`);
    return null;
  };
}

function one(row: Record<string, unknown>): Answer {
  return { fields: Object.keys(row), rows: [Object.values(row)] };
}

function isNode(node: GraphNode | null): node is GraphNode {
  return node !== null;
}

/** What nodeProjection returns for a node. */
export function projectNode(node: GraphNode): Record<string, unknown> {
  const record = node as unknown as Record<string, unknown>;
  const projected: Record<string, unknown> = { kind: node.kind, id: node.id };
  for (const field of Object.keys(NODE_FIELDS[node.kind])) projected[field] = record[field] ?? null;
  projected.sourceDocumentId = node.source?.documentId ?? null;
  projected.sourceStart = node.source?.start ?? null;
  projected.sourceEnd = node.source?.end ?? null;
  return projected;
}

/** What edgeProjection returns for an edge. */
function projectEdge(edge: GraphEdge): Record<string, unknown> {
  return {
    role: edge.role,
    scope: edge.scope ?? null,
    on: edge.on ?? null,
    whole: edge.whole ?? null,
    sourceDocumentId: edge.source?.documentId ?? null,
    sourceStart: edge.source?.start ?? null,
    sourceEnd: edge.source?.end ?? null,
  };
}

/** getRelationsQuery's rows: each relationship once per end it was asked from (in Neo4j's own order, which the store sorts). */
async function relationRows(memory: MemoryGraphStore, ids: string[]): Promise<unknown[]> {
  const lists = await memory.getRelations(ids, INSTRUMENT_RELATIONS);
  return lists.flatMap((list, at) =>
    list.map(({ edge, node }) => [ids[at], edge.from, edge.to, edge.type, projectEdge(edge), projectNode(node)]).reverse(),
  );
}

async function edgeRows(memory: MemoryGraphStore, ids: string[], type: RelationType, direction: EdgeDirection, withNodes: boolean): Promise<unknown[]> {
  const lists = await memory.getNeighbours(ids, type, direction);
  return lists.flat().map(({ edge, node }) => [edge.from, edge.to, projectEdge(edge), ...(withNodes ? [projectNode(node)] : [])]);
}

/** The filter a task-page statement was built from: its parameters, and whether its place pattern walks down the hierarchy. */
async function taskPage(memory: MemoryGraphStore, query: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const filter: TaskFilter = {};
  for (const key of ["placeIds", "bodyId", "role", "projectId", "instrumentId", "sector", "documentId", "text"] as const) {
    if (params[key] !== undefined) (filter as Record<string, unknown>)[key] = params[key];
  }
  if (filter.placeIds !== undefined) {
    filter.includeSubPlaces = query.includes("(:Place)-[:PART_OF*0..");
    filter.includePredecessors = query.includes(":SUCCEEDED_BY*");
  }
  const built = queries.findTaskPageQuery(filter);
  if (built.text !== query) throw new Error("a task-page statement the store would not send for these parameters");
  const limit = params.limit as number;
  const page = memory.findTasks(filter, { first: limit, after: (params.after as string | null) ?? null });
  const tasks = (await memory.getNodes(page.ids)).filter(isNode).map(projectNode);
  return { total: page.totalCount, tasks };
}

/** legalBasisQuery's breadth-first expansion, over the memory store's edges. */
class ReachableGraph {
  constructor(private readonly memory: MemoryGraphStore) {}

  async walk(taskIds: string[], depth: number): Promise<Record<string, unknown>> {
    const tasks = (await this.memory.getNodes(taskIds)).filter((node): node is GraphNode & { kind: "Task" } => node?.kind === "Task");
    const reached = new Set(tasks.map((task) => task.id));
    let frontier = [...reached];
    const expanded: string[] = [];
    const steps: unknown[][] = [];
    for (let level = 0; level < depth; level += 1) {
      expanded.push(...frontier);
      const found: { to: GraphNode; row: unknown[] }[] = [];
      for (const id of frontier) {
        for (const type of BASIS_FORWARD) {
          for (const { edge, node } of (await this.memory.getNeighbours([id], type, "out"))[0]) found.push({ to: node, row: stepRow(edge, false, node) });
        }
        for (const type of BASIS_BACKWARD) {
          for (const { edge, node } of (await this.memory.getNeighbours([id], type, "in"))[0]) found.push({ to: node, row: stepRow(edge, true, node) });
        }
      }
      steps.push(...found.map(({ row }) => row));
      const next: string[] = [];
      for (const { to } of found) {
        if (reached.has(to.id)) continue;
        reached.add(to.id);
        next.push(to.id);
      }
      frontier = next;
    }
    const own = new Set(tasks.map((task) => task.documentId));
    const instruments = (await this.memory.getNodes([...reached]))
      .filter(isNode)
      .filter((node) => (node.kind === "LegalInstrument" || node.kind === "Document") && !own.has(node.id));
    return {
      starts: tasks.map((task) => [task.id, task.documentId]),
      expanded,
      steps,
      instruments: instruments.map(projectNode),
    };
  }
}

function stepRow(edge: GraphEdge, reversed: boolean, other: GraphNode): unknown[] {
  return [reversed ? edge.to : edge.from, edge.type, reversed, other.id, NODE_KINDS.includes(other.kind) ? other.kind : null, edge.source?.documentId ?? null, edge.source?.start ?? null, edge.source?.end ?? null];
}
