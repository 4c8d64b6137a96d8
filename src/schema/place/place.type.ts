import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/date.scalar.js";
import type { PlaceKind as PlaceKindValue } from "../../domain/model.js";
import { PlaceKind } from "../common/enums.js";
import { Node } from "../common/node.interface.js";

@ObjectType("Place", {
  implements: Node,
  description: "A province, district, town, commune, industrial park or cluster, or region, with the name and code of the document's time.",
  simpleResolvers: true,
})
export class Place {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "e.g. `Mỏ Cày Bắc`." })
  name!: string;

  @Field(() => String, { description: "With its administrative type as written, e.g. `huyện Mỏ Cày Bắc`." })
  fullName!: string;

  @Field(() => PlaceKind, { name: "kind", simple: false })
  placeKind!: PlaceKindValue;

  @Field(() => String, {
    nullable: true,
    description: "GSO code of the document's time, where one exists. Codes were reused on 1 July 2025 (80 was Long An, is Tây Ninh): read it with validFrom/validTo.",
  })
  code!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "First day of the unit, where known: 2025-07-01 for the units of the 2025 reorganisation." })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the unit, where known: 2025-06-30 for the units the 2025 reorganisation replaced." })
  validTo!: string | null;
}
