import { Field, ObjectType } from "type-graphql";
import type { GraphNode, ResponsibilityRole as RoleValue } from "../../domain/model.js";
import { Body } from "../body/body.type.js";
import { ResponsibilityRole } from "../common/enums.js";
import { SourceSpan } from "../common/source-span.type.js";

@ObjectType("Responsibility", { description: "A body's part in a task.", simpleResolvers: true })
export class Responsibility {
  @Field(() => ResponsibilityRole)
  role!: RoleValue;

  @Field(() => Body)
  body!: GraphNode;

  @Field(() => SourceSpan, { nullable: true, description: "The words that assign the role." })
  source!: SourceSpan | null;
}
