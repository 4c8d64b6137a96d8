import { Field, ID, InputType } from "type-graphql";

@InputType("ProjectWhere", { description: "Every criterion given must hold (AND)." })
export class ProjectWhere {
  @Field(() => String, { nullable: true, description: "Words in the name, ignoring case and tone marks." })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: "Projects this document mentions." })
  documentId?: string | null;
}
