import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphNode } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { loadExisting } from "../common/load.js";
import { TaskEdge } from "./task-connection.type.js";
import { Task } from "./task.type.js";

@Resolver(() => TaskEdge)
export class TaskEdgeResolver {
  @FieldResolver(() => Task)
  node(@Root() edge: TaskEdge, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, edge.taskId);
  }
}
