import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS_DIR } from "../../src/config/config.js";
import { ask, type SideBySide, startSideBySide } from "./side-by-side.js";

/**
 * The questions of issue 10 through the Neo4j store's TypeScript side (read
 * statements, projections of SUCCEEDED_BY's day and wholeness, task pages
 * across predecessors), against a fake Bolt server answering from the seed in
 * an embedded store: the answers must be the embedded store's. The Cypher
 * itself runs on a real server in the contract suite (NEO4J_URI).
 */
let servers: SideBySide;

beforeAll(async () => {
  servers = await startSideBySide([DEFAULT_DOCUMENTS_DIR]);
});

afterAll(() => servers?.close());

/** Each question, and words its answer must hold (so an empty answer cannot pass). */
const QUESTIONS: Record<string, [string, RegExp]> = {
  "tasks in tỉnh Vĩnh Long and its predecessors": [
    '{ tasks(where: {placeName: "Vĩnh Long", includeSubPlaces: true, includePredecessors: true}, first: 100) { totalCount edges { node { id } } } }',
    /"totalCount":(6[1-9]|[7-9]\d)/,
  ],
  "the successors of huyện Mỏ Cày Bắc, with day and wholeness": [
    '{ place(name: "Mỏ Cày Bắc") { validTo successors { name validFrom } successorLinks { place { id } on whole } predecessors { id } } }',
    /"place":\{"id":"place:2025-86"\},"on":"2025-07-01","whole":true/,
  ],
  "the predecessors of tỉnh Bến Tre's successor": [
    '{ place(name: "Bến Tre") { successors { id predecessorLinks { place { id fullName } on whole } tasks(includeSubPlaces: true, includePredecessors: true) { totalCount } } } }',
    /"place":\{"id":"place:83","fullName":"tỉnh Bến Tre"\},"on":"2025-07-01","whole":true/,
  ],
};

describe("places across the 2025 reorganisation, on the Neo4j store's read path", () => {
  it.each(Object.entries(QUESTIONS))("%s", async (_name, [query, holds]) => {
    const [onNeo4j, onMemory] = await Promise.all([ask(servers.onNeo4j, query), ask(servers.onMemory, query)]);
    expect(JSON.parse(onNeo4j).errors).toBeUndefined();
    expect(onNeo4j).toBe(onMemory);
    expect(onNeo4j).toMatch(holds);
  });
});
