import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aliasedPlacePages,
  deeplyNestedVariablesBody,
  doublingFragments,
  unusedVariableBody,
} from "../fixtures/hostile-requests.js";
import { type ApiServer, type RawAnswer, startApiServer } from "./api-server.js";

/**
 * Hostile requests from issue 8, against the real server in this process. Time bounds
 * are far above what the limits need (a few milliseconds) and far below what the
 * attacks cost before them (6 s, 15 s, a crash): a regression breaks them widely.
 */
let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const codes = (answer: RawAnswer) => answer.body.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code);

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

async function postRaw(body: string): Promise<RawAnswer> {
  const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The server still answers an ordinary query, correctly. */
async function expectStillServing(): Promise<void> {
  const { body } = await api.ask('{ tasks(where: {placeName: "Mỏ Cày Bắc", includeSubPlaces: true}) { totalCount } }');
  expect(body).toEqual({ data: { tasks: { totalCount: 2 } } });
}

describe("fragment bombs", () => {
  it("cannot hide a query the cost limit refuses: 14 levels of doubled spreads are refused, not run unpriced", async () => {
    const { value: answer, ms } = await timed(() => api.ask(doublingFragments(14, "__typename", aliasedPlacePages(1, 40))));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(ms).toBeLessThan(2_000);
    await expectStillServing();
  });

  it("are refused in time proportional to their size: 26 levels (2^26 spreads) in well under a second", async () => {
    const { value: answer, ms } = await timed(() => api.ask(doublingFragments(26, "stats { nodes { kind } }")));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(answer.body.errors[0].message).toMatch(/more than 20000 fields/);
    expect(ms).toBeLessThan(2_000);
    await expectStillServing();
  });

  it("are measured for depth once per fragment: a deep leaf under 26 levels is QUERY_TOO_DEEP, at once", async () => {
    const deepLeaf = `place(name: "Mỏ Cày Bắc") { ${"parent { ".repeat(11)}id${" }".repeat(11)} }`;
    const { value: answer, ms } = await timed(() => api.ask(doublingFragments(26, deepLeaf)));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_DEEP"]);
    expect(answer.body.errors[0].message).toMatch(/13 levels deep; the maximum is 12/);
    expect(ms).toBeLessThan(2_000);
    await expectStillServing();
  });

  it("price a fragment at every place it is spread, so reusing one cannot undercount", async () => {
    const pages = "fragment P on TaskConnection { edges { node { places { tasks(first: 100) { totalCount } } } } }";
    expect((await api.ask(`{ a: tasks(first: 30) { ...P } } ${pages}`)).body.errors).toBeUndefined();
    expect(codes(await api.ask(`{ a: tasks(first: 30) { ...P } b: tasks(first: 30) { ...P } } ${pages}`))).toEqual(["QUERY_TOO_COSTLY"]);
  });
});

describe("variables", () => {
  it.each([2_000, 40_000])("nested %i levels deep are BAD_USER_INPUT (400), not a stack overflow (500)", async (depth) => {
    const { value: answer, ms } = await timed(() => postRaw(deeplyNestedVariablesBody(depth)));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.body.errors[0].message).toMatch(/nested more than 16 levels/);
    expect(ms).toBeLessThan(2_000);
    await expectStillServing();
  });

  it("nested too deep in a GET query string are BAD_USER_INPUT too", async () => {
    const query = "query ($where: TaskWhere) { tasks(where: $where) { totalCount } }";
    const variables = `{"where":{"placeName":${"[".repeat(1_000)}${"]".repeat(1_000)}}}`;
    const response = await fetch(`${api.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    await expectStillServing();
  });

  it("of the wrong type for a priced argument are BAD_USER_INPUT, never a query run unpriced", async () => {
    const answer = await api.ask("query ($n: Int) { tasks(first: $n) { totalCount } }", { n: { nested: [1, 2, 3] } });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
  });

  it("that the operation does not declare are ignored", async () => {
    const answer = await postRaw(unusedVariableBody(1, 50_000));
    expect(answer.status).toBe(200);
    expect(answer.body.data.stats.nodes.length).toBeGreaterThan(0);
  });

  it("change the price only through the arguments they feed, and every value is priced", async () => {
    const query = "query ($n: Int, $text: String) { tasks(first: $n, where: {text: $text}) { edges { node { places { tasks(first: 100) { totalCount } } } } } }";
    for (let i = 0; i < 5; i += 1) {
      expect((await api.ask(query, { n: 30, text: `x${i}` })).body.errors).toBeUndefined();
      expect(codes(await api.ask(query, { n: 40, text: `x${i}` }))).toEqual(["QUERY_TOO_COSTLY"]);
    }
  });
});

describe("document size limits", () => {
  it("refuses more aliases than MAX_QUERY_ALIASES with QUERY_TOO_MANY_ALIASES", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: stats { nodes { count } }`).join(" ")} }`;
    expect((await api.ask(aliases(30))).body.errors).toBeUndefined();
    const refused = await api.ask(aliases(31));
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(["QUERY_TOO_MANY_ALIASES"]);
    expect(refused.body.errors[0].message).toMatch(/31 aliases; the maximum is 30/);
  });

  it("refuses more directives than MAX_QUERY_DIRECTIVES with QUERY_TOO_MANY_DIRECTIVES", async () => {
    const directives = (n: number) => `{ stats { nodes { ${"... @include(if: true) { count } ".repeat(n)} } } }`;
    expect((await api.ask(directives(50))).body.errors).toBeUndefined();
    const refused = await api.ask(directives(51));
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(["QUERY_TOO_MANY_DIRECTIVES"]);
    expect(refused.body.errors[0].message).toMatch(/51 directives; the maximum is 50/);
  });

  it("stops parsing after MAX_QUERY_TOKENS tokens: a body of 30 000 tokens is refused at once", async () => {
    const flood = `{ ${"a ".repeat(30_000)} }`;
    const { value: answer, ms } = await timed(() => api.ask(flood));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(answer.body.errors[0].message).toMatch(/5000 tokens/);
    expect(ms).toBeLessThan(2_000);
    await expectStillServing();
  });
});
