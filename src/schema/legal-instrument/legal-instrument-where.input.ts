import { Field, ID, InputType } from "type-graphql";
import type { InstrumentKind as InstrumentKindValue } from "../../domain/model.js";
import { InstrumentKind } from "../common/enums.js";

@InputType("LegalInstrumentWhere", { description: "Every criterion given must hold (AND)." })
export class LegalInstrumentWhere {
  @Field(() => String, {
    nullable: true,
    description: "Number as written or normalised, e.g. `59/2019/NĐ-CP` or `59/2019/nd-cp`.",
  })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "Words in the title or number, ignoring case and tone marks." })
  text?: string | null;

  @Field(() => InstrumentKind, { nullable: true })
  kind?: InstrumentKindValue | null;

  @Field(() => ID, { nullable: true, description: "Instruments this document mentions." })
  documentId?: string | null;
}
