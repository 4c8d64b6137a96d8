import { Field, Int, ObjectType } from "type-graphql";
import type {
  GraphNode,
  RelationType as RelationTypeValue,
  ResponsibilityRole as RoleValue,
  SourceSpan as SourceSpanValue,
} from "../../domain/model.js";
import { RelationType, ResponsibilityRole } from "../common/enums.js";
import { Node } from "../common/node.interface.js";
import { SourceSpan } from "../common/source-span.type.js";

@ObjectType("NeighbourEdge", {
  description:
    "One relationship of a node, read from that node: `relation` is named in that direction " +
    "(as PathStep names it), `node` is the other end.",
  simpleResolvers: true,
})
export class NeighbourEdge {
  @Field(() => RelationType, { description: "The relationship type as stored." })
  type!: RelationTypeValue;

  @Field(() => String, { description: "The relationship named from the node outward, e.g. `LOCATION_OF` for an incoming LOCATED_IN." })
  relation!: string;

  @Field(() => Boolean, { description: "Whether the relationship points at the node (stored the other way)." })
  reversed!: boolean;

  @Field(() => ResponsibilityRole, { nullable: true, description: "On RESPONSIBLE: the body's role." })
  role!: RoleValue | null;

  @Field(() => String, { nullable: true, description: "On instrument relations: the part of the target the text names (`khoản 2 Điều 8`)." })
  scope!: string | null;

  @Field(() => Node, { description: "The node at the other end." })
  node!: GraphNode;

  @Field(() => SourceSpan, { nullable: true, description: "The words the relationship was read from." })
  source!: SourceSpanValue | null;
}

@ObjectType("Neighbourhood", {
  description: "A node with its relationships in both directions: the graph one step around it.",
  simpleResolvers: true,
})
export class Neighbourhood {
  @Field(() => Node)
  node!: GraphNode;

  @Field(() => [NeighbourEdge], {
    description: "Ordered by relationship type, outgoing before incoming, then by the other end's id; at most `first`.",
  })
  edges!: NeighbourEdge[];

  @Field(() => Int, { description: "Relationships of the requested types, over the limit included." })
  totalCount!: number;
}
