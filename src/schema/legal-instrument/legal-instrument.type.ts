import { Field, ID, Int, ObjectType } from "type-graphql";
import type { InstrumentKind as InstrumentKindValue } from "../../domain/model.js";
import { InstrumentKind } from "../common/enums.js";
import { Node } from "../common/node.interface.js";

@ObjectType("LegalInstrument", {
  implements: Node,
  description:
    "A law, decree, decision, resolution, directive, conclusion, submission, plan, programme, scheme, master plan… " +
    "Where a cited instrument is itself an ingested document, it is shown here with the document's id and `document` set.",
  simpleResolvers: true,
})
export class LegalInstrument {
  @Field(() => ID)
  id!: string;

  @Field(() => InstrumentKind, { name: "kind", simple: false })
  instrumentKind!: InstrumentKindValue;

  @Field(() => String, { nullable: true, description: "As written, e.g. `59/2019/NĐ-CP`; null for unnumbered laws and plans." })
  number!: string | null;

  @Field(() => String, { nullable: true, description: "Number with tone marks folded and separators unified, for matching." })
  normalizedNumber!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "Issuer as written, also when no Body could be resolved." })
  issuerName!: string | null;
}
