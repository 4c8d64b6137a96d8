import type { Page } from "playwright-core";
import { BAR_COLOUR } from "../src/explorer/graph/kind-style.js";

/** The explorer's main views on the seed, and what shows each is ready: used by the screenshots and the first-view benchmark. */
export interface ExplorerView {
  name: string;
  path: string;
  /** Present once the view has its data drawn. */
  ready: string;
}

async function ask<T>(graphqlUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Looks the flagship's place, task and document up through the API, as the page would. */
export async function explorerViews(origin: string): Promise<ExplorerView[]> {
  const graphql = `${origin}/graphql`;
  const { place } = await ask<{ place: { id: string } }>(graphql, `query { place(name: "Mỏ Cày Bắc") { id } }`);
  const { tasks } = await ask<{ tasks: { edges: { node: { id: string; text: string; document: { id: string } } }[] } }>(
    graphql,
    `query { tasks(where: { placeName: "Mỏ Cày Bắc", includeSubPlaces: true }) { edges { node { id text document { id } } } } }`,
  );
  const task = tasks.edges.find((edge) => /nước thải/.test(edge.node.text))?.node ?? tasks.edges[0].node;
  const { legalInstrument } = await ask<{ legalInstrument: { id: string } }>(graphql, `query { legalInstrument(number: "31/2022/NQ-HĐND") { id } }`);
  const id = encodeURIComponent;
  return [
    { name: "home", path: "/explore", ready: ".counts li" },
    { name: "search", path: "/explore/search?q=mo%20cay%20bac", ready: ".search-hit" },
    { name: "place", path: `/explore/place/${id(place.id)}?sub=1`, ready: ".tasks-table tbody tr" },
    { name: "task", path: `/explore/task/${id(task.id)}`, ready: ".chain" },
    { name: "document", path: `/explore/document/${id(task.document.id)}`, ready: ".provision-tree" },
    { name: "graph", path: `/explore/graph?node=${id(place.id)}&node=${id(task.id)}`, ready: ".graph-canvas[aria-busy=false]" },
    { name: "paths", path: `/explore/graph?from=${id(task.id)}&to=${id(legalInstrument.id)}&hops=4`, ready: ".graph-canvas[aria-busy=false]" },
    { name: "dashboard", path: "/explore/dashboard", ready: `.bar-chart path[fill="${BAR_COLOUR}"]` },
  ];
}

/** Opens a view and waits until it is ready. */
export async function openView(page: Page, origin: string, view: ExplorerView): Promise<void> {
  await page.goto(origin + view.path);
  await page.locator(view.ready).first().waitFor({ timeout: 30_000 });
}

/**
 * Opens a view in a page not used before and returns the milliseconds from the
 * start of navigation to the first frame painted with the view ready, as the page
 * itself measures them (no test-driver round trip in the figure).
 */
export async function timeView(page: Page, origin: string, view: ExplorerView): Promise<number> {
  await page.addInitScript((selector: string) => {
    const timing = window as unknown as { viewReadyAt?: number };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => (timing.viewReadyAt = performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  }, view.ready);
  await openView(page, origin, view);
  await page.waitForFunction(() => (window as unknown as { viewReadyAt?: number }).viewReadyAt !== undefined);
  return page.evaluate(() => (window as unknown as { viewReadyAt: number }).viewReadyAt);
}
