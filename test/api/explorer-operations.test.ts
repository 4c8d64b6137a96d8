import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as explorer from "../../src/explorer/generated/graphql.js";
import { BASIS_PAGE_SIZE, EXPORT_PAGE_SIZE, MAX_EXPANDED, NEIGHBOURS_PER_NODE, SEARCH_RESULTS } from "../../src/explorer/api/request-sizes.js";
import { BodiesDocument, DocumentsDocument, InstrumentByNumberDocument, PlaceByNameDocument, TaskPageDocument } from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";

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
    const { place } = await api.data(PlaceByNameDocument, { name: "Bến Tre" });
    const { documents } = await api.data(DocumentsDocument);
    const { bodies } = await api.data(BodiesDocument);
    const { tasks } = await api.data(TaskPageDocument, { where: { placeName: "Mỏ Cày Bắc" }, first: 1 });
    const placeId = place!.id;
    const documentId = documents[0].id;
    const taskId = tasks.edges[0].node.id;
    const { legalInstrument } = await api.data(InstrumentByNumberDocument, { number: "31/2022/NQ-HĐND" });
    const variables: Record<string, Record<string, unknown>[]> = {
      ExplorerSearchDocument: [{ text: "mo cay bac", first: SEARCH_RESULTS }],
      ExplorerOverviewDocument: [{}],
      ExplorerTasksDocument: [{ where: { placeId, includeSubPlaces: true }, first: EXPORT_PAGE_SIZE }],
      ExplorerFilterOptionsDocument: [{}],
      ExplorerTaskCountsDocument: [{ groupBy: "BODY_ROLE" }],
      ExplorerTaskCursorDocument: [{ where: { placeId }, first: EXPORT_PAGE_SIZE }],
      ExplorerPlaceDocument: [{ id: placeId }],
      ExplorerTaskDocument: [{ id: taskId }],
      ExplorerDocumentDocument: [{ id: documentId }],
      ExplorerDocumentBasisDocument: [{ where: { documentId }, first: BASIS_PAGE_SIZE }],
      ExplorerDocumentTextsDocument: [{ id: documentId }],
      ExplorerNodeDocument: [{ id: bodies[0].id }, { id: legalInstrument!.id }, { id: placeId }],
      ExplorerNeighbourhoodDocument: [{ ids: Array.from({ length: MAX_EXPANDED }, () => placeId), first: NEIGHBOURS_PER_NODE }],
      ExplorerPathsDocument: [{ fromId: placeId, toId: bodies[0].id, maxHops: 6 }],
    };
    const operations = Object.entries(explorer).filter(([name]) => name.startsWith("Explorer") && name.endsWith("Document"));
    expect(operations.map(([name]) => name).sort()).toEqual(Object.keys(variables).sort());
    for (const [name, document] of operations) {
      for (const values of variables[name]) {
        const answer = await api.ask(String(document), values);
        expect({ name, values, status: answer.status, errors: answer.body.errors }).toEqual({ name, values, status: 200, errors: undefined });
      }
    }
  });
});
