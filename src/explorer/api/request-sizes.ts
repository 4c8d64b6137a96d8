/**
 * How many rows the explorer asks for at once. The API's limits (`first` up to
 * 100, query cost) bound them; test/api/explorer-operations.test.ts sends every
 * operation at these sizes so a tightened limit shows there first.
 */
export const TASK_PAGE_SIZE = 20;
/** Tasks per request when exporting a whole list. */
export const EXPORT_PAGE_SIZE = 100;
/** Tasks per request for a document's legal-basis report: each brings all its chains. */
export const BASIS_PAGE_SIZE = 25;
export const SEARCH_RESULTS = 30;
/** Relationships drawn around each expanded node (the API allows up to 200). */
export const NEIGHBOURS_PER_NODE = 40;
/** The API takes at most 20 nodes per neighbourhood request. */
export const MAX_EXPANDED = 20;
