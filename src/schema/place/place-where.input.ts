import { Field, ID, InputType } from "type-graphql";
import type { PlaceKind as PlaceKindValue } from "../../domain/model.js";
import { PlaceKind } from "../common/enums.js";

@InputType("PlaceWhere", { description: "Every criterion given must hold (AND)." })
export class PlaceWhere {
  @Field(() => String, { nullable: true, description: "Exact name or full name, ignoring case and tone marks." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Words in the name, ignoring case and tone marks." })
  text?: string | null;

  @Field(() => PlaceKind, { nullable: true })
  kind?: PlaceKindValue | null;

  @Field(() => ID, { nullable: true, description: "Places directly below this one." })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Places this document mentions." })
  documentId?: string | null;
}
