import { Field, ObjectType } from "type-graphql";
import type { GraphNode } from "../../domain/model.js";
import { DateScalar } from "../common/date.scalar.js";
import { Place } from "./place.type.js";

@ObjectType("PlaceSuccession", {
  description: "One step of a reorganisation (SUCCEEDED_BY): the place at its other end, the day, and whether it was whole.",
  simpleResolvers: true,
})
export class PlaceSuccession {
  @Field(() => Place, { description: "The successor (in successorLinks) or the predecessor (in predecessorLinks)." })
  place!: GraphNode;

  @Field(() => DateScalar, { nullable: true, description: "The day the successor took over, e.g. 2025-07-01." })
  on!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True when the successor took the whole predecessor (a commune merged whole, a province into its new province); " +
      "false when it took a piece (a split commune, one of the communes a district's communes went to).",
  })
  whole!: boolean | null;
}
