import * as explorer from "../../src/explorer/generated/graphql.js";
import { BASIS_PAGE_SIZE, EXPORT_PAGE_SIZE, MAX_EXPANDED, NEIGHBOURS_PER_NODE, SEARCH_RESULTS } from "../../src/explorer/api/request-sizes.js";
import { BodiesDocument, DocumentsDocument, PlaceByNameDocument, TaskPageDocument } from "../generated/graphql.js";
import type { ApiServer } from "./api-server.js";

export interface ExplorerOperation {
  name: string;
  /** The operation's source, as the page sends it. */
  source: string;
  variables: Record<string, unknown>;
}

/** Every operation the explorer sends, with the largest variables it sends, on the seed served by `api`. */
export async function listExplorerOperations(api: ApiServer): Promise<ExplorerOperation[]> {
  const { place } = await api.data(PlaceByNameDocument, { name: "Bến Tre" });
  const { documents } = await api.data(DocumentsDocument);
  const { bodies } = await api.data(BodiesDocument);
  const { tasks } = await api.data(TaskPageDocument, { where: { placeName: "Mỏ Cày Bắc" }, first: 1 });
  const placeId = place!.id;
  const documentId = documents[0].id;
  const taskId = tasks.edges[0].node.id;
  const variables: Record<string, Record<string, unknown>> = {
    ExplorerSearchDocument: { text: "mo cay bac", first: SEARCH_RESULTS },
    ExplorerOverviewDocument: {},
    ExplorerTasksDocument: { where: { placeId, includeSubPlaces: true }, first: EXPORT_PAGE_SIZE },
    ExplorerFilterOptionsDocument: {},
    ExplorerTaskCountsDocument: { groupBy: "BODY_ROLE" },
    ExplorerTaskCursorDocument: { where: { placeId }, first: EXPORT_PAGE_SIZE },
    ExplorerPlaceDocument: { id: placeId },
    ExplorerTaskDocument: { id: taskId },
    ExplorerDocumentDocument: { id: documentId },
    ExplorerDocumentBasisDocument: { where: { documentId }, first: BASIS_PAGE_SIZE },
    ExplorerDocumentTextsDocument: { id: documentId },
    ExplorerNodeDocument: { id: bodies[0].id },
    ExplorerNeighbourhoodDocument: { ids: Array.from({ length: MAX_EXPANDED }, () => placeId), first: NEIGHBOURS_PER_NODE },
    ExplorerPathsDocument: { fromId: placeId, toId: bodies[0].id, maxHops: 6 },
  };
  return Object.entries(explorer)
    .filter(([name]) => name.startsWith("Explorer") && name.endsWith("Document"))
    .map(([name, document]) => {
      if (!(name in variables)) throw new Error(`No variables for the explorer operation ${name}: add them to listExplorerOperations`);
      return { name, source: String(document), variables: variables[name] };
    });
}
