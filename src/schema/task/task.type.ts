import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Sector as SectorValue } from "../../domain/model.js";
import { DateScalar } from "../common/date.scalar.js";
import { Sector } from "../common/enums.js";
import { Node } from "../common/node.interface.js";
import { SourceSpan } from "../common/source-span.type.js";

@ObjectType("Task", {
  implements: Node,
  description: "One commitment of a document: usually one sentence with an action.",
  simpleResolvers: true,
})
export class Task {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The sentence as written." })
  text!: string;

  @Field(() => Sector, { nullable: true })
  sector!: SectorValue | null;

  @Field(() => DateScalar, { nullable: true, description: "Deadline the sentence sets, if any." })
  deadline!: string | null;

  @Field(() => Int, { description: "Position in the document's reading order." })
  ordinal!: number;

  @Field(() => SourceSpan, { description: "The sentence in the document." })
  source!: SourceSpan;
}
