import type { NodeLabelFragment, RelationType, ResponsibilityRole, Sector } from "../generated/graphql.js";
import { RELATION_TYPES, ROLES, SECTORS } from "../labels.js";

/**
 * The explorer's whole state lives in its URL (`/explore/<view>/<id>?…`), so a
 * link reopens the same view and back and forward walk through what was seen.
 */
export const BASE_PATH = "/explore";

/** The task list's filters and page, shared by the place, node and dashboard views. */
export interface TaskListState {
  placeId?: string;
  includeSubPlaces?: boolean;
  /** Also the tasks of the places this one took over in a reorganisation. */
  includePredecessors?: boolean;
  bodyId?: string;
  role?: ResponsibilityRole;
  sector?: Sector;
  documentId?: string;
  instrumentId?: string;
  projectId?: string;
  text?: string;
  /** Cursor after which the page starts. */
  after?: string;
  /** 1-based page number, for "tasks 21–40". */
  page?: number;
}

export type Route =
  | { view: "home" }
  | { view: "search"; q: string }
  | { view: "place"; id: string; tasks: TaskListState }
  | { view: "task"; id: string }
  | { view: "document"; id: string; provision?: string }
  | { view: "node"; id: string; tasks: TaskListState }
  | { view: "graph"; nodes: string[]; types: RelationType[] | null; from?: string; to?: string; hops?: number }
  | { view: "dashboard"; tasks: TaskListState; geography?: "CURRENT" }
  | { view: "not-found"; path: string };

const TASK_PARAMS: [keyof TaskListState, string][] = [
  ["placeId", "place"],
  ["includeSubPlaces", "sub"],
  ["includePredecessors", "pred"],
  ["bodyId", "body"],
  ["role", "role"],
  ["sector", "sector"],
  ["documentId", "doc"],
  ["instrumentId", "inst"],
  ["projectId", "project"],
  ["text", "q"],
  ["after", "after"],
  ["page", "page"],
];

function readTaskList(params: URLSearchParams): TaskListState {
  const state: TaskListState = {};
  const text = (name: string) => params.get(name) || undefined;
  state.placeId = text("place");
  if (params.has("sub")) state.includeSubPlaces = params.get("sub") !== "0";
  if (params.get("pred") === "1") state.includePredecessors = true;
  state.bodyId = text("body");
  const role = params.get("role");
  if (role && (ROLES as readonly string[]).includes(role)) state.role = role as ResponsibilityRole;
  const sector = params.get("sector");
  if (sector && (SECTORS as readonly string[]).includes(sector)) state.sector = sector as Sector;
  state.documentId = text("doc");
  state.instrumentId = text("inst");
  state.projectId = text("project");
  state.text = text("q");
  state.after = text("after");
  const page = Number(params.get("page"));
  if (Number.isInteger(page) && page > 1) state.page = page;
  return state;
}

function writeTaskList(state: TaskListState, params: URLSearchParams): void {
  for (const [key, name] of TASK_PARAMS) {
    const value = state[key];
    if (value === undefined || value === "") continue;
    if (key === "includeSubPlaces") params.set(name, value ? "1" : "0");
    else if (key === "includePredecessors") {
      if (value) params.set(name, "1");
    }
    else params.set(name, String(value));
  }
}

/** The route a location names; unknown paths give `not-found`, never an exception. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const rest = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : null;
  if (rest === null) return { view: "not-found", path: pathname };
  const [view = "", rawId, ...extra] = rest.split("/").filter(Boolean);
  let id = "";
  try {
    id = rawId === undefined ? "" : decodeURIComponent(rawId);
  } catch {
    return { view: "not-found", path: pathname };
  }
  if (extra.length > 0) return { view: "not-found", path: pathname };
  switch (view) {
    case "":
      return { view: "home" };
    case "search":
      return { view: "search", q: params.get("q") ?? "" };
    case "dashboard":
      return { view: "dashboard", tasks: readTaskList(params), geography: params.get("geo") === "current" ? "CURRENT" : undefined };
    case "graph": {
      const types = params.get("types");
      const hops = Number(params.get("hops"));
      return {
        view: "graph",
        nodes: params.getAll("node").filter(Boolean),
        types: types === null ? null : (types.split(",").filter((type) => (RELATION_TYPES as readonly string[]).includes(type)) as RelationType[]),
        from: params.get("from") || undefined,
        to: params.get("to") || undefined,
        hops: Number.isInteger(hops) && hops !== 0 ? hops : undefined,
      };
    }
  }
  if (!id) return { view: "not-found", path: pathname };
  switch (view) {
    case "place":
      return { view: "place", id, tasks: readTaskList(params) };
    case "task":
      return { view: "task", id };
    case "document":
      return { view: "document", id, provision: params.get("provision") || undefined };
    case "node":
      return { view: "node", id, tasks: readTaskList(params) };
    default:
      return { view: "not-found", path: pathname };
  }
}

/** The URL of a route, relative to the site root. */
export function routeHref(route: Route): string {
  const params = new URLSearchParams();
  let path: string;
  switch (route.view) {
    case "home":
      path = BASE_PATH;
      break;
    case "search":
      path = `${BASE_PATH}/search`;
      params.set("q", route.q);
      break;
    case "place":
    case "node":
      path = `${BASE_PATH}/${route.view}/${encodeURIComponent(route.id)}`;
      writeTaskList(route.tasks, params);
      break;
    case "task":
      path = `${BASE_PATH}/task/${encodeURIComponent(route.id)}`;
      break;
    case "document":
      path = `${BASE_PATH}/document/${encodeURIComponent(route.id)}`;
      if (route.provision) params.set("provision", route.provision);
      break;
    case "dashboard":
      path = `${BASE_PATH}/dashboard`;
      if (route.geography === "CURRENT") params.set("geo", "current");
      writeTaskList(route.tasks, params);
      break;
    case "graph":
      path = `${BASE_PATH}/graph`;
      for (const node of route.nodes) params.append("node", node);
      if (route.types) params.set("types", route.types.join(","));
      if (route.from) params.set("from", route.from);
      if (route.to) params.set("to", route.to);
      if (route.hops !== undefined) params.set("hops", String(route.hops));
      break;
    case "not-found":
      path = route.path;
      break;
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Where a node opens: its own view for places, tasks and documents, the provision inside its document. */
export function routeForNode(node: NodeLabelFragment): Route {
  switch (node.__typename) {
    case "Place":
      return placeRoute(node.id);
    case "Task":
      return { view: "task", id: node.id };
    case "Document":
      return { view: "document", id: node.id };
    case "Provision":
      return { view: "document", id: node.document.id, provision: node.id };
    default:
      return nodeRoute(node.id);
  }
}

export function placeRoute(id: string): Route {
  return { view: "place", id, tasks: { includeSubPlaces: true } };
}

/** An instrument's, body's, project's or target's own view. */
export function nodeRoute(id: string): Route {
  return { view: "node", id, tasks: {} };
}

export function graphRoute(ids: string[]): Route {
  return { view: "graph", nodes: ids, types: null };
}
