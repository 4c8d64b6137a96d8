import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { BadUserInputError } from "../../domain/errors.js";
import { type GraphNode, type NodeKind as NodeKindValue, RELATION_TYPES, type RelationType as RelationTypeValue } from "../../domain/model.js";
import type { PlaceGeography as PlaceGeographyValue, TaskGrouping as TaskGroupingValue } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { PlaceGeography, RelationType, TaskGrouping } from "../common/enums.js";
import {
  checkFirst,
  checkRange,
  DEFAULT_NEIGHBOURHOOD_SIZE,
  DEFAULT_PAGE_SIZE,
  DEFAULT_PATH_HOPS,
  DEFAULT_PATH_LIMIT,
  MAX_NEIGHBOURHOOD_NODES,
  MAX_NEIGHBOURHOOD_SIZE,
  MAX_PATH_HOPS,
} from "../common/limits.js";
import { loadExisting } from "../common/load.js";
import { loadNeighbourhood } from "../common/neighbours.js";
import { Node } from "../common/node.interface.js";
import { checkText } from "../common/text-input.js";
import { GraphStats, SearchHit, TaskCount } from "./graph.type.js";
import { Neighbourhood } from "./neighbourhood.type.js";
import { GraphPath, type PathStepValue, toPathStep } from "./path-step.type.js";

/** Groupings whose key is a node id, so a count can show its node. */
const KEYED_BY_NODE = new Set<TaskGroupingValue>(["PLACE", "BODY_ROLE", "DOCUMENT"]);

@Resolver()
export class GraphResolver {
  @Query(() => Node, { nullable: true, description: "Any node by the id this API handed out; null when unknown." })
  node(@Arg("id", () => ID) id: string, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return loaders.node.load(id);
  }

  @Query(() => [SearchHit], {
    description:
      "Names, titles, numbers and texts matching the words, ignoring case and tone marks (`rach mieu`), best first.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: "1 to 100." }) first: number | null,
    @Ctx() context: GraphContext,
  ): Promise<SearchHit[]> {
    const words = checkText("text", text, context);
    if (!words) throw new BadUserInputError("text must not be empty", { argument: "text" });
    return context.store.search(words, checkFirst(first));
  }

  @Query(() => [GraphPath], {
    description:
      "How two nodes are connected: every shortest path (relationships followed either way, each step named), " +
      "ordered by the ids along them. Empty when no path is at most maxHops long.",
  })
  async paths(
    @Arg("fromId", () => ID) fromId: string,
    @Arg("toId", () => ID) toId: string,
    @Arg("maxHops", () => Int, { nullable: true, defaultValue: DEFAULT_PATH_HOPS, description: "1 to 6." }) maxHops: number | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PATH_LIMIT, description: "At most this many paths, 1 to 100." })
    first: number | null,
    @Ctx() { store, loaders }: GraphContext,
  ): Promise<{ steps: PathStepValue[] }[]> {
    const hops = checkRange("maxHops", maxHops, DEFAULT_PATH_HOPS, 1, MAX_PATH_HOPS);
    const limit = checkRange("first", first, DEFAULT_PATH_LIMIT, 1, 100);
    const [from, to] = await loaders.node.loadMany([fromId, toId]);
    for (const [argument, node, id] of [["fromId", from, fromId], ["toId", to, toId]] as const) {
      if (!node || node instanceof Error) throw new BadUserInputError(`${argument}: no node has id ${id}`, { argument });
    }
    const paths = await store.findPaths(fromId, toId, hops, limit);
    return paths.map((path) => ({ steps: path.steps.map(toPathStep) }));
  }

  @Query(() => [Neighbourhood], {
    description:
      "Each node with its relationships in both directions and the nodes at their other ends, in the order " +
      "of `ids`: the graph one step around them, to draw and expand.",
  })
  async neighbourhood(
    @Arg("ids", () => [ID], { description: `1 to ${MAX_NEIGHBOURHOOD_NODES} node ids.` }) ids: string[],
    @Arg("types", () => [RelationType], { nullable: true, description: "Only these relationship types; every type when omitted." })
    types: RelationTypeValue[] | null | undefined,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_NEIGHBOURHOOD_SIZE,
      description: `At most this many relationships per node, 1 to ${MAX_NEIGHBOURHOOD_SIZE}.`,
    })
    first: number | null,
    @Ctx() context: GraphContext,
  ): Promise<Neighbourhood[]> {
    const limit = checkRange("first", first, DEFAULT_NEIGHBOURHOOD_SIZE, 1, MAX_NEIGHBOURHOOD_SIZE);
    if (ids.length < 1 || ids.length > MAX_NEIGHBOURHOOD_NODES) {
      throw new BadUserInputError(`ids must hold 1 to ${MAX_NEIGHBOURHOOD_NODES} ids, got ${ids.length}`, { argument: "ids" });
    }
    const nodes = await context.loaders.node.loadMany(ids);
    return Promise.all(
      nodes.map((node, index) => {
        if (!node || node instanceof Error) throw new BadUserInputError(`ids: no node has id ${ids[index]}`, { argument: "ids" });
        return loadNeighbourhood(context, node, types ?? RELATION_TYPES, limit);
      }),
    );
  }

  @Query(() => [TaskCount], {
    description:
      "Task counts for dashboards: by PLACE (rolled up the hierarchy: a district counts its communes' tasks; with " +
      "geography CURRENT, up to today's places across reorganisations), " +
      "by BODY_ROLE, by SECTOR, by DOCUMENT.",
  })
  async taskCounts(
    @Arg("groupBy", () => TaskGrouping) groupBy: TaskGroupingValue,
    @Arg("geography", () => PlaceGeography, {
      nullable: true,
      defaultValue: "AS_WRITTEN",
      description: "For PLACE: the places of each document's time (default), or CURRENT: rolled up to today's places.",
    })
    geography: PlaceGeographyValue | null,
    @Ctx() { store }: GraphContext,
  ): Promise<TaskCount[]> {
    const counts = geography === "CURRENT" ? await store.countTasks(groupBy, { geography }) : await store.countTasks(groupBy);
    return counts.map((count) => ({ ...count, grouping: groupBy }));
  }

  @Query(() => GraphStats, { description: "Node counts per kind and relationship counts per type." })
  async stats(@Ctx() { store }: GraphContext): Promise<GraphStats> {
    const stats = await store.stats();
    return {
      nodes: Object.entries(stats.nodes).map(([kind, count]) => ({ kind: kind as NodeKindValue, count })),
      relationships: Object.entries(stats.edges).map(([type, count]) => ({ type: type as RelationTypeValue, count })),
    };
  }
}

@Resolver(() => SearchHit)
export class SearchHitResolver {
  @FieldResolver(() => Node)
  node(@Root() hit: SearchHit, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, hit.id);
  }
}

@Resolver(() => TaskCount)
export class TaskCountResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The place, body or document counted; null for SECTOR." })
  async node(@Root() count: TaskCount, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return count.key !== null && KEYED_BY_NODE.has(count.grouping) ? loaders.node.load(count.key) : null;
  }
}
