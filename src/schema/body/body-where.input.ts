import { Field, ID, InputType } from "type-graphql";
import type { BodyKind as BodyKindValue } from "../../domain/model.js";
import { BodyKind } from "../common/enums.js";

@InputType("BodyWhere", { description: "Every criterion given must hold (AND)." })
export class BodyWhere {
  @Field(() => String, { nullable: true, description: "Words in the name, ignoring case and tone marks." })
  text?: string | null;

  @Field(() => BodyKind, { nullable: true })
  kind?: BodyKindValue | null;

  @Field(() => ID, { nullable: true, description: "Bodies this document mentions." })
  documentId?: string | null;
}
