import { Field, ID, ObjectType } from "type-graphql";
import type { AdminLevel as AdminLevelValue, BodyKind as BodyKindValue } from "../../domain/model.js";
import { AdminLevel, BodyKind } from "../common/enums.js";
import { Node } from "../common/node.interface.js";

@ObjectType("Body", {
  implements: Node,
  description: "A responsible or issuing body: HĐND/UBND tỉnh, Chính phủ, a ministry, Tỉnh ủy, an enterprise…",
  simpleResolvers: true,
})
export class Body {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BodyKind, { name: "kind", simple: false })
  bodyKind!: BodyKindValue;

  @Field(() => AdminLevel)
  level!: AdminLevelValue;
}
