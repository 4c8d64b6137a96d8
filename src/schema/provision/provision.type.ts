import { Field, ID, Int, ObjectType } from "type-graphql";
import type { ProvisionLevel as ProvisionLevelValue } from "../../domain/model.js";
import { ProvisionLevel } from "../common/enums.js";
import { Node } from "../common/node.interface.js";
import { SourceSpan } from "../common/source-span.type.js";

@ObjectType("Provision", {
  implements: Node,
  description: "An Điều, khoản or điểm of a document.",
  simpleResolvers: true,
})
export class Provision {
  @Field(() => ID)
  id!: string;

  @Field(() => ProvisionLevel)
  level!: ProvisionLevelValue;

  @Field(() => String, { description: "e.g. `Điều 2 > khoản 2 > điểm c`." })
  path!: string;

  @Field(() => String, { description: "e.g. `điểm c`." })
  label!: string;

  @Field(() => String, { nullable: true, description: "Heading as written, e.g. `Về phát triển kinh tế`." })
  heading!: string | null;

  @Field(() => String, { description: "The provision's own words, its children's included." })
  text!: string;

  @Field(() => Int, { description: "Position in the document's reading order." })
  ordinal!: number;

  @Field(() => SourceSpan, { nullable: true })
  source!: SourceSpan | null;
}
