import { Field, ID, ObjectType } from "type-graphql";
import type { InstrumentKind as InstrumentKindValue } from "../../domain/model.js";
import { DateScalar } from "../common/date.scalar.js";
import { InstrumentKind } from "../common/enums.js";
import { Node } from "../common/node.interface.js";

@ObjectType("Document", {
  implements: Node,
  description: "An ingested source text. It is a legal instrument too, and carries the same fields.",
  simpleResolvers: true,
})
export class Document {
  @Field(() => ID)
  id!: string;

  @Field(() => InstrumentKind, { name: "kind", simple: false })
  instrumentKind!: InstrumentKindValue;

  @Field(() => String, { nullable: true, description: "As written; null when the text does not carry it." })
  number!: string | null;

  @Field(() => String, { nullable: true })
  normalizedNumber!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => String, { nullable: true, description: "Term of the issuing council, e.g. `X`." })
  term!: string | null;

  @Field(() => String, { nullable: true, description: "Session of the issuing council, e.g. `9`." })
  session!: string | null;

  @Field(() => DateScalar, { nullable: true })
  adoptedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  effectiveFrom!: string | null;

  @Field(() => String, { nullable: true })
  signer!: string | null;

  @Field(() => String, { nullable: true })
  signerTitle!: string | null;

  @Field(() => String, { description: "SHA-256 of the text as read, hex." })
  sha256!: string;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { description: "The normalised text every SourceSpan points into." })
  text!: string;
}
