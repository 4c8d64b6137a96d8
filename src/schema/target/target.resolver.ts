import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphNode, TargetNode } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { loadRelated } from "../common/neighbours.js";
import { Task } from "../task/task.type.js";
import { Target } from "./target.type.js";

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => [Task], { description: "Tasks that set this target." })
  tasks(@Root() target: TargetNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, target.id, "HAS_TARGET", "in", "Task");
  }
}
