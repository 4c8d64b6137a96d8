import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlagshipDocument } from "../generated/graphql.js";
import { type CountedStore, countStoreCalls } from "../fixtures/count-store-calls.js";
import { type ApiServer, startApiServer } from "./api-server.js";

let api: ApiServer;
let counted: CountedStore;
beforeAll(async () => {
  api = await startApiServer({
    // A hundred tasks five levels deep is over the default cost limit, and rows are the point here.
    env: { MAX_QUERY_COST: "10000000" },
    wrapStore: (store) => {
      counted = countStoreCalls(store);
      return counted.store;
    },
  });
});
afterAll(() => api.close());

/** Each level wraps the next: tasks → their places → each place's parent → its children → their projects. */
const LEVELS: { field: string; wrap: (inner: string) => string }[] = [
  { field: "places", wrap: (inner) => `places { name ${inner} }` },
  { field: "parent", wrap: (inner) => `parent { name ${inner} }` },
  { field: "children", wrap: (inner) => `children { name ${inner} }` },
  { field: "projects", wrap: (inner) => `projects { name ${inner} }` },
];

/** A query `levels` relationship levels deep, the list of tasks being the first. */
function nested(levels: number, first: number): string {
  const selection = LEVELS.slice(0, levels - 1).reduceRight((inner, level) => level.wrap(inner), "");
  return `{ tasks(first: ${first}) { totalCount edges { node { id ${selection} } } } }`;
}

async function callsFor(query: string): Promise<{ total: number; size: number; json: string; calls: ReturnType<CountedStore["calls"]> }> {
  counted.reset();
  const { body } = await api.ask(query);
  expect(body.errors).toBeUndefined();
  const json = JSON.stringify(body.data);
  return { total: counted.total(), size: json.length, json, calls: counted.calls() };
}

describe("store calls per request", () => {
  it.each([1, 2, 3, 4, 5])("a query %i levels deep makes at most one store call per level, plus the root's", async (levels) => {
    const few = await callsFor(nested(levels, 2));
    const many = await callsFor(nested(levels, 100));
    expect(many.size).toBeGreaterThan(few.size);
    // The deepest level returns rows, so its loader had keys to batch.
    if (levels > 1) expect(many.json).toMatch(new RegExp(`"${LEVELS[levels - 2].field}":\\[?\\{`));
    expect(few.total, JSON.stringify(few.calls)).toBeLessThanOrEqual(levels + 1);
    expect(many.total, JSON.stringify(many.calls)).toBeLessThanOrEqual(levels + 1);
  });

  it("the flagship query costs one call per level whatever the number of tasks", async () => {
    counted.reset();
    const result = await api.data(FlagshipDocument);
    expect(result.tasks.edges.length).toBe(2);
    // findPlacesByName, the task page, the tasks, their legal bases, the instruments those reach.
    expect(counted.calls()).toEqual({ findPlacesByName: 1, findTaskPages: 1, getNodes: 2, legalBasis: 1 });
  });
});

describe("task connections nested in a list", () => {
  /** The parents' list, their task pages, the tasks, the tasks' places: four levels. */
  const connectionUnder = (list: string, connection: string) =>
    `{ ${list} { id ${connection}(first: 100) { totalCount edges { node { id places { name } } } } } }`;

  it.each([
    ["places", "tasks"],
    ["bodies", "tasks"],
    ["projects", "tasks"],
    ["legalInstruments", "citedBy"],
  ])("%s { %s } costs one store call per level, however many parents", async (list, connection) => {
    const { total, calls, json } = await callsFor(connectionUnder(list, connection));
    const parents = (JSON.parse(json) as Record<string, Record<string, { totalCount: number }>[]>)[list].map((parent) => parent[connection]);
    expect(parents.length).toBeGreaterThanOrEqual(5);
    expect(parents.filter((page) => page.totalCount > 0).length).toBeGreaterThanOrEqual(2);
    expect(json).toMatch(/"places":\[\{"name"/);
    expect(calls.findTaskPages, JSON.stringify(calls)).toBe(1);
    expect(total, JSON.stringify(calls)).toBeLessThanOrEqual(4);
  });

  it("a connection under every task of a page costs one store call, even with every row naming the same parent", async () => {
    // The tasks' page, the tasks, their document, each document's tasks: four levels.
    const { total, calls, json } = await callsFor(
      "{ tasks(first: 100) { edges { node { id document { id tasks(first: 3) { totalCount edges { node { id } } } } } } } }",
    );
    const rows = (JSON.parse(json) as { tasks: { edges: { node: { document: { tasks: { totalCount: number } } } }[] } }).tasks.edges;
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row.node.document.tasks.totalCount).toBeGreaterThan(3);
    expect(calls.findTaskPages, JSON.stringify(calls)).toBe(2);
    expect(total, JSON.stringify(calls)).toBeLessThanOrEqual(4);
  });

  it("gives each parent its own page, as asking for that parent alone does", async () => {
    const { json } = await callsFor(`{ places { id tasks(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`);
    const places = (JSON.parse(json) as { places: { id: string; tasks: unknown }[] }).places;
    const withTasks = places.filter((place) => (place.tasks as { totalCount: number }).totalCount > 0);
    expect(withTasks.length).toBeGreaterThanOrEqual(2);
    for (const place of withTasks.slice(0, 5)) {
      const { body } = await api.ask(
        `query ($id: ID!) { place(id: $id) { tasks(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`,
        { id: place.id },
      );
      expect(body.data.place.tasks).toEqual(place.tasks);
    }
  });
});
