import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApiServer } from "./api-server.js";
import { listExplorerOperations } from "./explorer-operations.js";

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

/**
 * Every operation the explorer sends, with the largest variables it sends, passes
 * the API's limits (depth, aliases, cost) and answers without errors: a limit
 * tightened or a field renamed fails here, not in an analyst's browser.
 */
describe("the explorer's operations within the API's limits", () => {
  it("each answers without errors at the sizes the page asks for", async () => {
    const operations = await listExplorerOperations(api);
    expect(operations.length).toBeGreaterThanOrEqual(16);
    for (const { name, source, variables } of operations) {
      const answer = await api.ask(source, variables);
      expect({ name, variables, status: answer.status, errors: answer.body.errors }).toEqual({ name, variables, status: 200, errors: undefined });
    }
  });
});
