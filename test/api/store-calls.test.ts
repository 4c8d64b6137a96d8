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
    // findPlacesByName, findTasks, the tasks, their legal bases, the instruments those reach.
    expect(counted.calls()).toEqual({ findPlacesByName: 1, findTasks: 1, getNodes: 2, legalBasis: 1 });
  });
});
