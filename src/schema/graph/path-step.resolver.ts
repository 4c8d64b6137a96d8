import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { GraphNode, RelationType as RelationTypeValue } from "../../domain/model.js";
import type { GraphPath as GraphPathValue, PathStepRef } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { RelationType } from "../common/enums.js";
import { Node } from "../common/node.interface.js";
import { loadExisting } from "../common/load.js";
import { GraphPath, nameStep, PathStep } from "./path-step.type.js";

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => String, { description: "The relationship followed, named in the direction of travel." })
  relation(@Root() step: PathStepRef): string {
    return nameStep(step);
  }

  @FieldResolver(() => RelationType, { description: "The relationship type as stored." })
  type(@Root() step: PathStepRef): RelationTypeValue {
    return step.relation;
  }

  @FieldResolver(() => Node, { description: "The node this step reaches." })
  node(@Root() step: PathStepRef, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, step.nodeId);
  }
}

@Resolver(() => GraphPath)
export class GraphPathResolver {
  @FieldResolver(() => Int, { description: "Number of steps." })
  length(@Root() path: GraphPathValue): number {
    return path.steps.length;
  }
}
