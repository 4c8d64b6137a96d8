import { Field, ID, InputType } from "type-graphql";
import type { ResponsibilityRole as RoleValue, Sector as SectorValue } from "../../domain/model.js";
import { ResponsibilityRole, Sector } from "../common/enums.js";

@InputType("TaskWhere", { description: "Every criterion given must hold (AND)." })
export class TaskWhere {
  @Field(() => ID, { nullable: true, description: "Tasks located in this place." })
  placeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Tasks located in any place with this name, ignoring case and tone marks (`mo cay bac`). " +
      "A name no place has gives an empty result. Not together with placeId.",
  })
  placeName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Also tasks located below the place (towns, communes, industrial clusters of a district). Default false.",
  })
  includeSubPlaces?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also tasks located in the places this one took over in a reorganisation (its predecessors, e.g. tỉnh Bến Tre " +
      "and its districts and communes for tỉnh Vĩnh Long since 1 July 2025). With includeSubPlaces, the places below a " +
      "predecessor count when it went wholly to this place; a piece of a split unit brings only its own tasks. Default false.",
  })
  includePredecessors?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Tasks this body takes part in (any role unless `role` is given)." })
  bodyId?: string | null;

  @Field(() => ResponsibilityRole, { nullable: true, description: "With bodyId: only this role; alone: any body in this role." })
  role?: RoleValue | null;

  @Field(() => ID, { nullable: true, description: "Tasks concerning this project." })
  projectId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Tasks citing this instrument in their own sentence or in a provision above them.",
  })
  instrumentId?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: SectorValue | null;

  @Field(() => ID, { nullable: true, description: "Tasks of this document." })
  documentId?: string | null;

  @Field(() => String, { nullable: true, description: "Words in the task's text, ignoring case and tone marks." })
  text?: string | null;
}
