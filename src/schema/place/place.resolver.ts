import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphNode, PlaceKind, PlaceNode } from "../../domain/model.js";
import type { NodeFilter } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { DEFAULT_PAGE_SIZE } from "../common/limits.js";
import { loadExisting, loadOfKind } from "../common/load.js";
import { loadNeighbours, loadRelated } from "../common/neighbours.js";
import { checkOneOf, checkText } from "../common/text-input.js";
import { Project } from "../project/project.type.js";
import { findTaskConnection } from "../task/task-connection.js";
import { TaskConnection } from "../task/task-connection.type.js";
import { PlaceSuccession } from "./place-succession.type.js";
import { PlaceWhere } from "./place-where.input.js";
import { Place } from "./place.type.js";

/**
 * Which of several places sharing a name `place(name:)` answers: the larger unit
 * first (tỉnh Bến Tre before thành phố Bến Tre), as a name alone most often means it.
 */
const KIND_RANK: Record<PlaceKind, number> = {
  COUNTRY: 0,
  REGION: 1,
  PROVINCE: 2,
  MUNICIPALITY: 2,
  PROVINCIAL_CITY: 3,
  TOWNSHIP: 3,
  DISTRICT: 3,
  URBAN_DISTRICT: 3,
  TOWN: 4,
  WARD: 4,
  COMMUNE: 4,
  SPECIAL_ZONE: 4,
  INDUSTRIAL_PARK: 5,
  INDUSTRIAL_CLUSTER: 5,
  OTHER: 6,
};

const MAX_HIERARCHY_LEVELS = 6;

/**
 * The larger unit; among units of one rank, one a document names before one
 * known only as a successor or predecessor from reference data (the district
 * huyện Chợ Lách, not xã Chợ Lách of 2025 that succeeded it); then the first
 * in id order (the input's order).
 */
export function pickPlace(places: readonly PlaceNode[]): PlaceNode | null {
  let best: PlaceNode | null = null;
  const rank = (place: PlaceNode) => KIND_RANK[place.placeKind] * 2 + (place.source === null ? 1 : 0);
  for (const place of places) {
    if (!best || rank(place) < rank(best)) best = place;
  }
  return best;
}

/**
 * A place and every place below it, one batched store call per level of the
 * hierarchy (province › district › commune or cluster); the bound stops a cycle in bad data.
 */
async function collectSubPlaces(context: GraphContext, placeId: string): Promise<string[]> {
  const seen = new Set([placeId]);
  let frontier = [placeId];
  for (let level = 0; level < MAX_HIERARCHY_LEVELS && frontier.length > 0; level += 1) {
    const children = await Promise.all(frontier.map((id) => loadRelated(context, id, "PART_OF", "in", "Place")));
    frontier = children.flat().map((child) => child.id).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

async function loadSuccessions(context: GraphContext, placeId: string, direction: "out" | "in"): Promise<PlaceSuccession[]> {
  const neighbours = await loadNeighbours(context, placeId, "SUCCEEDED_BY", direction);
  return neighbours
    .filter(({ node }) => node.kind === "Place")
    .map(({ edge, node }) => ({ place: node, on: edge.on ?? null, whole: edge.whole ?? null }));
}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, {
    nullable: true,
    description:
      "By id, or by name ignoring case and tone marks (`mo cay bac`, `huyện Mỏ Cày Bắc`). When several places " +
      "share the name, the larger unit wins (province, then district-level, then commune-level, then industrial " +
      "parks), then the smaller id; `places(where: {name})` lists them all. Null when none.",
  })
  async place(
    @Arg("id", () => ID, { nullable: true }) id: string | null | undefined,
    @Arg("name", () => String, { nullable: true }) name: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PlaceNode | null> {
    checkOneOf(["id", "name"], [id, name]);
    if (id != null) return loadOfKind(context.loaders, id, "Place");
    const text = checkText("name", name, context);
    if (!text) return null;
    const places = await context.store.findPlacesByName(text);
    return pickPlace(places.filter((node): node is PlaceNode => node.kind === "Place"));
  }

  @Query(() => [Place], { description: "Places matching every criterion given, ordered by id." })
  async places(
    @Arg("where", () => PlaceWhere, { nullable: true }) where: PlaceWhere | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<GraphNode[]> {
    const filter: NodeFilter = {};
    const text = checkText("text", where?.text, context);
    if (text) filter.text = text;
    if (where?.kind) filter.placeKind = where.kind;
    if (where?.parentId) filter.parentId = where.parentId;
    if (where?.documentId) filter.documentId = where.documentId;
    const name = checkText("name", where?.name, context);
    if (!name) return context.store.listNodes("Place", filter);
    const byName = await context.store.findPlacesByName(name);
    if (Object.keys(filter).length === 0) return byName;
    const listed = new Set((await context.store.listNodes("Place", filter)).map((node) => node.id));
    return byName.filter((node) => listed.has(node.id));
  }

  @FieldResolver(() => Place, { nullable: true, description: "The unit this one belongs to, as of the document's time." })
  async parent(@Root() place: PlaceNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return place.parentId ? loadExisting(loaders, place.parentId) : null;
  }

  @FieldResolver(() => [Place], { description: "Units directly below this one that the documents name." })
  children(@Root() place: PlaceNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, place.id, "PART_OF", "in", "Place");
  }

  @FieldResolver(() => TaskConnection, {
    description: "Tasks located here (and below, with includeSubPlaces; and in its predecessors, with includePredecessors: see TaskWhere), ordered by id.",
  })
  tasks(
    @Root() place: PlaceNode,
    @Arg("includeSubPlaces", () => Boolean, { nullable: true, defaultValue: false }) includeSubPlaces: boolean | null,
    @Arg("includePredecessors", () => Boolean, { nullable: true, defaultValue: false }) includePredecessors: boolean | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    const filter = { placeIds: [place.id], includeSubPlaces: includeSubPlaces === true, ...(includePredecessors ? { includePredecessors: true } : {}) };
    return findTaskConnection(context, filter, first, after);
  }

  @FieldResolver(() => [Place], {
    description:
      "The places that took this one over in a reorganisation, ordered by id: huyện Mỏ Cày Bắc → the six communes its " +
      "communes went to and tỉnh Vĩnh Long (1 July 2025). successorLinks tells the day and whether each took the whole.",
  })
  successors(@Root() place: PlaceNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, place.id, "SUCCEEDED_BY", "out", "Place");
  }

  @FieldResolver(() => [Place], { description: "The places this one took over in a reorganisation, ordered by id (see predecessorLinks)." })
  predecessors(@Root() place: PlaceNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, place.id, "SUCCEEDED_BY", "in", "Place");
  }

  @FieldResolver(() => [PlaceSuccession], { description: "successors, each with the day and whether it took the whole of this place." })
  successorLinks(@Root() place: PlaceNode, @Ctx() context: GraphContext): Promise<PlaceSuccession[]> {
    return loadSuccessions(context, place.id, "out");
  }

  @FieldResolver(() => [PlaceSuccession], { description: "predecessors, each with the day and whether this place took the whole of it." })
  predecessorLinks(@Root() place: PlaceNode, @Ctx() context: GraphContext): Promise<PlaceSuccession[]> {
    return loadSuccessions(context, place.id, "in");
  }

  @FieldResolver(() => [Project], {
    description: "Projects located here (and below, with includeSubPlaces), ordered by id.",
  })
  async projects(
    @Root() place: PlaceNode,
    @Arg("includeSubPlaces", () => Boolean, { nullable: true, defaultValue: false }) includeSubPlaces: boolean | null,
    @Ctx() context: GraphContext,
  ): Promise<GraphNode[]> {
    const placeIds = includeSubPlaces ? await collectSubPlaces(context, place.id) : [place.id];
    const lists = await Promise.all(placeIds.map((id) => loadRelated(context, id, "LOCATED_IN", "in", "Project")));
    const projects = new Map(lists.flat().map((project) => [project.id, project]));
    return [...projects.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
