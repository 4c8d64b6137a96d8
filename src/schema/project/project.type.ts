import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../common/node.interface.js";

@ObjectType("Project", {
  implements: Node,
  description: "A named work or programme: a bridge, a road, an industrial park's infrastructure, a plant.",
  simpleResolvers: true,
})
export class Project {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { name: "kind", nullable: true, simple: false, description: "e.g. `bridge`, `road`, `power`." })
  projectKind!: string | null;
}
