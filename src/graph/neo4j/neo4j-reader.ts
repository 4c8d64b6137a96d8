import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import { edgeKey, NODE_KINDS, RELATION_TYPES, type GraphEdge, type GraphNode, type NodeKind, type RelationType, type ResponsibilityRole } from "../../domain/model.js";
import { foldText } from "../../domain/text-fold.js";
import type {
  EdgeDirection,
  GraphPath,
  GraphReader,
  LegalBasisPath,
  Neighbour,
  NodeFilter,
  Relation,
  SearchResult,
  StoreStats,
  TaskCount,
  TaskCountOptions,
  TaskGrouping,
  TaskPage,
  TaskPageRequest,
} from "../graph-store.js";
import { walkLegalBasis, type CandidateStep } from "../shared/legal-basis-walk.js";
import { normalizeForMatch } from "../shared/search-text.js";
import { compareEdges, compareIds, compareTaskCounts } from "../shared/sort-order.js";
import {
  countTasksQuery,
  FIND_INSTRUMENTS_BY_NUMBER,
  FIND_NODE_IDS,
  FIND_PLACES_BY_NAME,
  findTaskPageQuery,
  GET_NODES,
  getEdgesQuery,
  getRelationsQuery,
  legalBasisQuery,
  listNodesQuery,
  MAX_PATH_HOPS,
  SEARCH,
  shortestPathEdgesQuery,
  statsQuery,
} from "./cypher-queries.js";
import { fromEdgeRecord, fromNeo4jValue, fromProjectedNode } from "./node-mapping.js";
import type { ReadBatch, ReadJob, Statement } from "./read-batch.js";
import { rankCandidates, toCandidateQuery, type SearchCandidate } from "./search-ranking.js";
import { enumerateShortestPaths } from "./shortest-paths.js";

type Row = Record<string, unknown>;

/** The one row a statement that aggregates answers with. */
function onlyRow(records: readonly Neo4jRecord[]): Neo4jRecord {
  const [record] = records;
  if (!record) throw new Error("Neo4j answered an aggregating statement with no row");
  return record;
}

function nodesIn(record: Neo4jRecord, column: string): GraphNode[] {
  return (record.get(column) as (Row | null)[]).filter((row): row is Row => row !== null).map(fromProjectedNode);
}

function statement(text: string, params: Record<string, unknown>): Statement {
  return { text, params };
}

/**
 * The reads of the Neo4j store. Every read is a job for a ReadBatch: its
 * statements go out with the other reads of the same turn of the event loop,
 * in one read transaction, and come back as one row of lists where they can
 * (fewer records to decode). A reader that serves one request also keeps the
 * nodes its reads brought back (a task page brings its tasks, a legal-basis
 * walk the instruments it reached), so asking for them again costs nothing.
 */
export class Neo4jReader implements GraphReader {
  private readonly known: Map<string, GraphNode> | null;

  constructor(
    private readonly batch: ReadBatch,
    options: { rememberNodes: boolean },
  ) {
    this.known = options.rememberNodes ? new Map() : null;
  }

  private read<T>(job: ReadJob<T>): Promise<T> {
    return this.batch.read(job);
  }

  private remember(nodes: readonly GraphNode[]): void {
    if (this.known) for (const node of nodes) this.known.set(node.id, node);
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const known = this.known;
    const missing = [...new Set(ids)].filter((id) => !known?.has(id));
    if (missing.length === 0) return ids.map((id) => known!.get(id) ?? null);
    return this.read({
      statements: [statement(GET_NODES, { ids: missing })],
      finish: ([records]) => {
        const found = nodesIn(onlyRow(records), "nodes");
        this.remember(found);
        const byId = new Map(found.map((node) => [node.id, node]));
        return ids.map((id) => byId.get(id) ?? known?.get(id) ?? null);
      },
    });
  }

  async getEdges(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<GraphEdge[][]> {
    const lists = await this.loadEdges(ids, type, direction, false);
    return lists.map((list) => list.map(({ edge }) => edge));
  }

  async getNeighbours(ids: readonly string[], type: RelationType, direction: EdgeDirection): Promise<Neighbour[][]> {
    return (await this.loadEdges(ids, type, direction, true)) as Neighbour[][];
  }

  private async loadEdges(
    ids: readonly string[],
    type: RelationType,
    direction: EdgeDirection,
    withNodes: boolean,
  ): Promise<{ edge: GraphEdge; node?: GraphNode }[][]> {
    if (ids.length === 0) return [];
    return this.read({
      statements: [statement(getEdgesQuery(type, direction, withNodes), { ids: [...new Set(ids)] })],
      finish: ([records]) => {
        const byKey = new Map<string, { edge: GraphEdge; node?: GraphNode }[]>();
        for (const [fromId, toId, props, other] of onlyRow(records).get("edges") as [string, string, Row, Row | null][]) {
          const entry: { edge: GraphEdge; node?: GraphNode } = { edge: fromEdgeRecord(type, fromId, toId, props) };
          if (withNodes) {
            if (!other) continue;
            entry.node = fromProjectedNode(other);
          }
          const key = direction === "out" ? fromId : toId;
          const list = byKey.get(key);
          if (list) list.push(entry);
          else byKey.set(key, [entry]);
        }
        const otherEnd = direction === "out" ? "to" : "from";
        for (const list of byKey.values()) list.sort((a, b) => compareEdges(a.edge, b.edge, otherEnd));
        return ids.map((id) => byKey.get(id) ?? []);
      },
    });
  }

  async getRelations(ids: readonly string[], types: readonly RelationType[]): Promise<Relation[][]> {
    if (ids.length === 0) return [];
    const order = [...new Set(types)];
    if (order.length === 0) return ids.map(() => []);
    return this.read({
      statements: [statement(getRelationsQuery(order), { ids: [...new Set(ids)] })],
      finish: ([records]) => {
        const byKey = new Map<string, Map<string, Relation>>();
        const nodes: GraphNode[] = [];
        for (const [key, fromId, toId, type, props, other] of onlyRow(records).get("relations") as RelationRow[]) {
          if (!other) continue;
          const edge = fromEdgeRecord(type, fromId, toId, props);
          const node = fromProjectedNode(other);
          nodes.push(node);
          let relations = byKey.get(key);
          if (!relations) byKey.set(key, (relations = new Map()));
          // A relationship from a node to itself is both of its relations, out and in, however often it matches.
          const directions: EdgeDirection[] = fromId === toId ? ["out", "in"] : [fromId === key ? "out" : "in"];
          for (const direction of directions) relations.set(`${direction}|${edgeKey(edge)}`, { edge, node, direction });
        }
        this.remember(nodes);
        const rank = new Map(order.map((type, at) => [type, at]));
        return ids.map((id) =>
          [...(byKey.get(id)?.values() ?? [])].sort(
            (a, b) =>
              rank.get(a.edge.type)! - rank.get(b.edge.type)! ||
              (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1) ||
              compareEdges(a.edge, b.edge, a.direction === "out" ? "to" : "from"),
          ),
        );
      },
    });
  }

  async listNodes(kind: NodeKind, filter: NodeFilter = {}): Promise<GraphNode[]> {
    const query = listNodesQuery(kind, { ...filter, text: filter.text !== undefined ? foldText(filter.text) : undefined });
    return this.readNodes(query.text, query.params);
  }

  async findPlacesByName(name: string): Promise<GraphNode[]> {
    return this.readNodes(FIND_PLACES_BY_NAME, { key: foldText(name) });
  }

  async findInstrumentsByNumber(number: string): Promise<GraphNode[]> {
    const key = normalizeForMatch(number);
    if (key === "") return [];
    return this.readNodes(FIND_INSTRUMENTS_BY_NUMBER, { key });
  }

  private readNodes(text: string, params: Record<string, unknown>): Promise<GraphNode[]> {
    return this.read({
      statements: [statement(text, params)],
      finish: ([records]) => {
        const nodes = nodesIn(onlyRow(records), "nodes").sort((a, b) => compareIds(a.id, b.id));
        this.remember(nodes);
        return nodes;
      },
    });
  }

  /** One statement per request (total, page and the page's tasks); all of them in the same transaction. */
  async findTaskPages(requests: readonly TaskPageRequest[]): Promise<TaskPage[]> {
    if (requests.length === 0) return [];
    const sizes = requests.map(({ page }) => Math.max(0, page.first));
    return this.read({
      statements: requests.map(({ filter, page }, i) => {
        const query = findTaskPageQuery({ ...filter, text: filter.text !== undefined ? foldText(filter.text) : undefined });
        return statement(query.text, { ...query.params, after: page.after, limit: neo4j.int(sizes[i] + 1) });
      }),
      finish: (results) =>
        results.map((records, i) => {
          const row = onlyRow(records);
          const tasks = nodesIn(row, "tasks").sort((a, b) => compareIds(a.id, b.id));
          const shown = tasks.slice(0, sizes[i]);
          this.remember(shown);
          return { ids: shown.map((task) => task.id), totalCount: Number(fromNeo4jValue(row.get("total"))), hasNextPage: tasks.length > sizes[i] };
        }),
    });
  }

  async search(text: string, first: number): Promise<SearchResult[]> {
    const query = toCandidateQuery(text);
    if (query === null || first <= 0) return [];
    return this.read({
      statements: [statement(SEARCH, { query: query.lucene })],
      finish: ([records]) => {
        const [record] = records;
        if (!record) return [];
        const candidates = (record.get("candidates") as Row[]).map(
          (row): SearchCandidate => ({
            id: row.id as string,
            searchText: (row.searchText as string | null) ?? "",
            searchNames: (row.searchNames as string[] | null) ?? [],
            searchPhrases: (row.searchPhrases as string[] | null) ?? [],
          }),
        );
        return rankCandidates(text, first, candidates, {
          documents: Number(fromNeo4jValue(record.get("documents"))),
          totalLength: Number(fromNeo4jValue(record.get("totalLength"))),
        });
      },
    });
  }

  /** One statement brings the part of the graph the walk can see; the shared walk runs over it here. */
  async legalBasis(taskIds: readonly string[], maxDepth: number): Promise<LegalBasisPath[][]> {
    if (taskIds.length === 0) return [];
    if (maxDepth < 1) return taskIds.map(() => []);
    const paths = await this.read({
      statements: [statement(legalBasisQuery(maxDepth), { ids: [...new Set(taskIds)] })],
      finish: ([records]) => {
        const row = onlyRow(records);
        this.remember(nodesIn(row, "instruments"));
        return walkReachedGraph(row, maxDepth);
      },
    });
    return taskIds.map((id) => paths.get(id) ?? []);
  }

  async findPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPath[]> {
    if (limit <= 0) return [];
    const searching = fromId !== toId && maxHops >= 1;
    const statements = [statement(FIND_NODE_IDS, { ids: [fromId, toId] })];
    // Sent together: the path query finds nothing when an end is missing, and the first says which.
    if (searching) statements.push(statement(shortestPathEdgesQuery(Math.min(Math.floor(maxHops), MAX_PATH_HOPS)), { fromId, toId }));
    return this.read({
      statements,
      finish: ([found, shortest]) => {
        const present = new Set(onlyRow(found).get("ids") as string[]);
        if (!present.has(fromId) || !present.has(toId)) return [];
        if (fromId === toId) return [{ steps: [] }];
        if (!searching) return [];
        const edges = (onlyRow(shortest).get("edges") as [string, string, RelationType, Row][]).map(([from, to, type, props]) =>
          fromEdgeRecord(type, from, to, props),
        );
        return enumerateShortestPaths(fromId, toId, edges, limit);
      },
    });
  }

  async countTasks(groupBy: TaskGrouping, options: TaskCountOptions = {}): Promise<TaskCount[]> {
    return this.read({
      statements: [statement(countTasksQuery(groupBy, options), {})],
      finish: ([records]) =>
        records
          .map((record) => ({
            key: (record.get("key") as string | null) ?? null,
            role: (record.get("role") as ResponsibilityRole | null) ?? null,
            count: Number(fromNeo4jValue(record.get("count"))),
          }))
          .filter((count) => count.count > 0)
          .sort(compareTaskCounts),
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read({
      statements: [statement(statsQuery(), {})],
      finish: ([records]) => {
        const nodes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as StoreStats["nodes"];
        const edges = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as StoreStats["edges"];
        for (const record of records) {
          const count = Number(fromNeo4jValue(record.get("count")));
          const name = record.get("name") as string;
          if (record.get("what") === "node") nodes[name as NodeKind] = count;
          else edges[name as RelationType] = count;
        }
        return { nodes, edges };
      },
    });
  }
}

type RelationRow = [string, string, string, RelationType, Row, Row | null];

type StepRow = [string, RelationType, boolean, string, NodeKind | null, string | null, number | null, number | null];

/**
 * The shared walk over what legalBasisQuery returned. Every node the walk asks
 * about lies within depth - 1 steps of a task, so the statement expanded it; a
 * node it did not expand would be an error in that reasoning, not a node
 * without steps, and fails the read rather than shorten an answer.
 */
function walkReachedGraph(row: Neo4jRecord, maxDepth: number): Map<string, LegalBasisPath[]> {
  const starts = (row.get("starts") as [string, string][]).map(([taskId, documentId]) => ({ taskId, documentId }));
  const stepsByNode = new Map<string, CandidateStep[]>((row.get("expanded") as string[]).map((id) => [id, []]));
  for (const [fromId, relation, reversed, toId, toKind, documentId, start, end] of row.get("steps") as StepRow[]) {
    if (!toKind) continue;
    const source = documentId !== null && start !== null && end !== null ? { documentId, start, end } : null;
    stepsByNode.get(fromId)?.push({ fromId, relation, reversed, toId, toKind, source });
  }
  return walkLegalBasis(starts, maxDepth, (nodes) =>
    nodes.flatMap(({ id }) => {
      const steps = stepsByNode.get(id);
      if (!steps) throw new Error(`legal-basis walk reached ${id}, beyond the part of the graph read for it`);
      return steps;
    }),
  );
}
