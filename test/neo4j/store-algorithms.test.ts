import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INSTRUMENT_RELATIONS } from "../../src/domain/instrument-relations.js";
import { NODE_KINDS, RELATION_TYPES, type GraphBatch, type GraphEdge, type GraphNode } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { Neo4jReader } from "../../src/graph/neo4j/neo4j-reader.js";
import { ReadBatch, type Neo4jRecord } from "../../src/graph/neo4j/read-batch.js";
import { rankCandidates, toSearchProps, type SearchCandidate } from "../../src/graph/neo4j/search-ranking.js";
import { enumerateShortestPaths } from "../../src/graph/neo4j/shortest-paths.js";
import { BASIS_BACKWARD, BASIS_FORWARD, walkLegalBasis, type CandidateStep } from "../../src/graph/shared/legal-basis-walk.js";
import { CORPUS_FILES, extractorReady, SEED_FILE } from "../contract/contract-support.js";
import { buildCitedResolutionBatch, buildReplacingResolutionBatch, buildSyntheticBatch, SYN } from "../fixtures/synthetic-batch.js";
import { answerFromMemoryStore } from "./fake-cypher.js";

/**
 * The Neo4j store fetches rows with Cypher and finishes three answers in
 * TypeScript: search ranking, the legal-basis walk and the order of shortest
 * paths. Fed exactly the rows its queries return (taken here from the same
 * graph held by the embedded store), each must give the embedded store's
 * answer, which is what makes GraphQL answers identical on both stores.
 */

function realBatches(): GraphBatch[] {
  const files = [SEED_FILE, ...CORPUS_FILES];
  return files.map((file) => extractDocument(readFileSync(file), { fileName: path.basename(file) }));
}

describeParity("hand-made batches", () => [buildSyntheticBatch(), buildCitedResolutionBatch(), buildReplacingResolutionBatch()], true);
describe.runIf(extractorReady)("the seed and the corpus", () => {
  describeParity("extracted documents", realBatches, false);
});

function describeParity(name: string, loadBatches: () => GraphBatch[], synthetic: boolean): void {
describe(name, () => {
  let memory: MemoryGraphStore;
  let nodes: GraphNode[];
  let edges: GraphEdge[];

  beforeAll(async () => {
    memory = new MemoryGraphStore();
    for (const batch of loadBatches()) await memory.ingest(batch);
    nodes = (await Promise.all(NODE_KINDS.map((kind) => memory.listNodes(kind)))).flat();
    const ids = nodes.map((node) => node.id);
    edges = [];
    for (const type of RELATION_TYPES) edges.push(...(await memory.getEdges(ids, type, "out")).flat());
  });

  const kindOf = (id: string) => nodes.find((node) => node.id === id)!.kind;
  const incident = (id: string) => edges.filter((edge) => edge.from === id || edge.to === id);

  describe("search ranking", () => {
    /** What the full-text query returns: every node holding one of the query's tokens as a whole word. */
    let stored: Map<string, ReturnType<typeof toSearchProps>> | undefined;
    const propsOf = (node: GraphNode) => {
      stored ??= new Map(nodes.map((n) => [n.id, toSearchProps(n)]));
      return stored.get(node.id) ?? null;
    };
    function candidatesFor(tokens: readonly string[]): SearchCandidate[] {
      return nodes.flatMap((node) => {
        const props = propsOf(node);
        if (!props || !props.searchText.split(" ").some((token) => tokens.includes(token))) return [];
        return [{ id: node.id, searchText: props.searchText, searchNames: props.searchNames, searchPhrases: props.searchPhrases }];
      });
    }

    const statistics = () => {
      const lengths = nodes.map((node) => propsOf(node)?.searchLength ?? 0).filter((length) => length > 0);
      return { documents: lengths.length, totalLength: lengths.reduce((sum, n) => sum + n, 0) };
    };

    it.each([
      "mo cay bac",
      "PHUOC MY TRUNG",
      "rach mieu",
      "Chợ Lách",
      "hoa kiểng Chợ Lách",
      "Chợ Lách hoa kiểng",
      "59/2019/NĐ-CP",
      "bo sung mot so nhiem vu giai phap",
      "huyện",
      "tỉnh Bến Tre",
      "luật tổ chức chính quyền địa phương",
      "xyzzy",
    ])("ranks %j with the embedded store's hits and scores", async (query) => {
      const tokens = [...new Set(query.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
      const candidates = candidatesFor(tokens);
      const stats = statistics();
      for (const first of [1, 3, 50]) {
        expect(rankCandidates(query, first, candidates, stats)).toEqual(await memory.search(query, first));
      }
    });

    it("finds nothing for a query without words or for first = 0", () => {
      expect(rankCandidates("  -- ", 10, candidatesFor([]), statistics())).toEqual([]);
      expect(rankCandidates("huyện", 0, candidatesFor(["huyen"]), statistics())).toEqual([]);
    });
  });

  describe("legal-basis walk", () => {
    /** The steps legalBasisQuery reads: outgoing BASIS_FORWARD, incoming BASIS_BACKWARD relationships. */
    const fetchSteps = (from: readonly { id: string }[]): CandidateStep[] => {
      const ids = new Set(from.map((node) => node.id));
      const steps: CandidateStep[] = [];
      for (const edge of edges) {
        if (ids.has(edge.from) && BASIS_FORWARD.includes(edge.type)) {
          steps.push({ fromId: edge.from, relation: edge.type, reversed: false, toId: edge.to, toKind: kindOf(edge.to), source: edge.source });
        }
        if (ids.has(edge.to) && BASIS_BACKWARD.includes(edge.type)) {
          steps.push({ fromId: edge.to, relation: edge.type, reversed: true, toId: edge.from, toKind: kindOf(edge.from), source: edge.source });
        }
      }
      return steps.reverse();
    };

    it("gives every task the embedded store's paths, at every depth", async () => {
      const tasks = nodes.filter((node): node is Extract<GraphNode, { kind: "Task" }> => node.kind === "Task");
      expect(tasks.length).toBeGreaterThan(10);
      for (const maxDepth of [0, 1, 3, 4, 5, 6, 7, 10]) {
        const walked = walkLegalBasis(
          tasks.map((task) => ({ taskId: task.id, documentId: task.documentId })),
          maxDepth,
          fetchSteps,
        );
        const expected = await memory.legalBasis(tasks.map((task) => task.id), maxDepth);
        expect(tasks.map((task) => walked.get(task.id)), `maxDepth ${maxDepth}`).toEqual(expected);
      }
    });

    it("fetches once per level for all tasks together", async () => {
      let calls = 0;
      const tasks = nodes.filter((node) => node.kind === "Task") as Extract<GraphNode, { kind: "Task" }>[];
      walkLegalBasis(
        tasks.map((task) => ({ taskId: task.id, documentId: task.documentId })),
        10,
        (from) => {
          calls += 1;
          return fetchSteps(from);
        },
      );
      expect(calls).toBeLessThanOrEqual(10);
      expect(calls).toBeGreaterThanOrEqual(synthetic ? 6 : 3);
    });
  });

  describe("shortest paths", () => {
    /** What the allShortestPaths query returns: each relationship on some shortest path, once. */
    function shortestPathGraph(fromId: string, toId: string, maxHops: number): GraphEdge[] {
      const distancesFrom = (start: string) => {
        const distance = new Map([[start, 0]]);
        let layer = [start];
        for (let hops = 1; hops <= maxHops && layer.length > 0; hops += 1) {
          const next: string[] = [];
          for (const id of layer) {
            for (const edge of incident(id)) {
              const other = edge.from === id ? edge.to : edge.from;
              if (!distance.has(other)) {
                distance.set(other, hops);
                next.push(other);
              }
            }
          }
          layer = next;
        }
        return distance;
      };
      const fromStart = distancesFrom(fromId);
      const fromEnd = distancesFrom(toId);
      const length = fromStart.get(toId);
      if (length === undefined) return [];
      return edges.filter((edge) =>
        [
          [edge.from, edge.to],
          [edge.to, edge.from],
        ].some(([a, b]) => fromStart.has(a) && fromEnd.has(b) && fromStart.get(a)! + 1 + fromEnd.get(b)! === length),
      );
    }

    it("orders and limits paths exactly as the embedded store does", async () => {
      const pick = (kind: GraphNode["kind"], count: number) => nodes.filter((node) => node.kind === kind).slice(0, count).map((node) => node.id);
      const { places: PL, bodies: B, tasks: T, instruments: I } = SYN;
      const pairs: [string, string][] = synthetic
        ? [
            [PL.choLach, B.government],
            [PL.moCayBac, PL.province],
            [PL.province, PL.moCayBac],
            [T.bridge, T.road],
            [T.wastewater, I.budget2015],
            [B.ubnd, B.hdnd],
            [SYN.document, SYN.provinceDoc],
            [PL.tienThuy, I.decree59],
          ]
        : pick("Place", 3).flatMap((place) => [...pick("Body", 2), ...pick("LegalInstrument", 2), ...pick("Task", 1)].map((other): [string, string] => [place, other]));
      let compared = 0;
      for (const [fromId, toId] of pairs) {
        for (const maxHops of [1, 3, 6]) {
          for (const limit of [1, 2, 5, 50]) {
            const expected = await memory.findPaths(fromId, toId, maxHops, limit);
            expect(enumerateShortestPaths(fromId, toId, shortestPathGraph(fromId, toId, maxHops), limit), `${fromId} → ${toId}`).toEqual(expected);
            compared += expected.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(synthetic ? 50 : 20);
    });

    it("finds nothing when the two nodes are not connected within the bound", () => {
      expect(enumerateShortestPaths("a", "b", [], 10)).toEqual([]);
    });
  });

});
}

/** The Neo4j store's reader, its statements answered as Neo4j would answer them for the memory store's graph. */
function readerOver(memory: MemoryGraphStore): Neo4jReader {
  const respond = answerFromMemoryStore(memory);
  return new Neo4jReader(
    new ReadBatch(async (statements) =>
      Promise.all(
        statements.map(async ({ text, params }) => {
          const answer = await respond(text, params);
          // All the reader asks of a record: a column by name.
          return (answer?.rows ?? []).map((row) => ({ get: (column: string) => row[answer!.fields.indexOf(column)] }) as unknown as Neo4jRecord);
        }),
      ),
    ),
    { rememberNodes: false },
  );
}

describe.runIf(extractorReady)("the legal-basis statement's part of the graph", () => {
  it("is enough for the shared walk to give every task of the seed and corpus the embedded store's paths, at every depth", async () => {
    const memory = new MemoryGraphStore();
    for (const batch of realBatches()) await memory.ingest(batch);
    const reader = readerOver(memory);
    const taskIds = (await memory.listNodes("Task")).map((task) => task.id);
    expect(taskIds.length).toBeGreaterThan(100);
    for (const maxDepth of [1, 2, 3, 5, 8, 12]) {
      expect(await reader.legalBasis(taskIds, maxDepth), `maxDepth ${maxDepth}`).toEqual(await memory.legalBasis(taskIds, maxDepth));
    }
  });
});

describe("the instrument-relations statement", () => {
  it("gives every instrument the embedded store's relations, scopes and order, from rows in any order", async () => {
    const memory = new MemoryGraphStore();
    for (const batch of [buildSyntheticBatch(), buildCitedResolutionBatch(), buildReplacingResolutionBatch()]) await memory.ingest(batch);
    const ids = [...(await memory.listNodes("LegalInstrument")), ...(await memory.listNodes("Document"))].map((node) => node.id);
    const expected = await memory.getRelations(ids, INSTRUMENT_RELATIONS);
    expect(expected.flat().length).toBeGreaterThan(15);
    expect(expected.flat().some((relation) => relation.edge.scope)).toBe(true);
    expect(await readerOver(memory).getRelations(ids, INSTRUMENT_RELATIONS)).toEqual(expected);
  });
});
