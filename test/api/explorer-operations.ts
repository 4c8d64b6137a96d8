import * as explorer from "../../src/explorer/generated/graphql.js";
import { BASIS_PAGE_SIZE, EXPORT_PAGE_SIZE, MAX_EXPANDED, NEIGHBOURS_PER_NODE, SEARCH_RESULTS } from "../../src/explorer/api/request-sizes.js";
import { BodiesDocument, DocumentsDocument, InstrumentByNumberDocument, PlaceByNameDocument, TaskPageDocument } from "../generated/graphql.js";
import type { ApiServer } from "./api-server.js";

export interface ExplorerOperation {
  name: string;
  /** The operation's source, as the page sends it. */
  source: string;
  variables: Record<string, unknown>;
}

/** Every operation the explorer sends, with the largest variables it sends (some several ways), on the seed served by `api`. */
export async function listExplorerOperations(api: ApiServer): Promise<ExplorerOperation[]> {
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
  const missing = operations.map(([name]) => name).filter((name) => !(name in variables));
  const stale = Object.keys(variables).filter((name) => !operations.some(([operation]) => operation === name));
  if (missing.length + stale.length > 0) throw new Error(`listExplorerOperations is out of step with the explorer: missing ${missing.join(", ")}; stale ${stale.join(", ")}`);
  return operations.flatMap(([name, document]) => variables[name].map((values) => ({ name, source: String(document), variables: values })));
}
