import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { GraphNode } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { Node } from "../common/node.interface.js";
import { loadExisting } from "../common/load.js";
import { GraphPath, PathStep, type PathStepValue } from "./path-step.type.js";

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Node, { description: "The node this step reaches." })
  node(@Root() step: PathStepValue, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, step.nodeId);
  }
}

@Resolver(() => GraphPath)
export class GraphPathResolver {
  @FieldResolver(() => Int, { description: "Number of steps." })
  length(@Root() path: { steps: readonly PathStepValue[] }): number {
    return path.steps.length;
  }
}
