import { Field, Float, Int, ObjectType } from "type-graphql";
import type {
  NodeKind as NodeKindValue,
  RelationType as RelationTypeValue,
  ResponsibilityRole as RoleValue,
} from "../../domain/model.js";
import type { TaskGrouping as TaskGroupingValue } from "../../graph/graph-store.js";
import { NodeKind, RelationType, ResponsibilityRole } from "../common/enums.js";

@ObjectType("SearchHit", { simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: "Higher is a better match." })
  score!: number;

  /** Resolved through the node loader (SearchHitResolver). */
  id!: string;
}

@ObjectType("TaskCount", { simpleResolvers: true })
export class TaskCount {
  @Field(() => String, {
    nullable: true,
    description: "Place, body or document id, or sector name; null counts tasks without a sector.",
  })
  key!: string | null;

  @Field(() => ResponsibilityRole, { nullable: true, description: "For BODY_ROLE." })
  role!: RoleValue | null;

  @Field(() => Int)
  count!: number;

  grouping!: TaskGroupingValue;
}

@ObjectType("NodeCount", { simpleResolvers: true })
export class NodeCount {
  @Field(() => NodeKind)
  kind!: NodeKindValue;

  @Field(() => Int)
  count!: number;
}

@ObjectType("RelationshipCount", { simpleResolvers: true })
export class RelationshipCount {
  @Field(() => RelationType)
  type!: RelationTypeValue;

  @Field(() => Int)
  count!: number;
}

@ObjectType("GraphStats", { simpleResolvers: true })
export class GraphStats {
  @Field(() => [NodeCount])
  nodes!: NodeCount[];

  @Field(() => [RelationshipCount])
  relationships!: RelationshipCount[];
}
