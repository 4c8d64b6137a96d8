import { Field, ObjectType } from "type-graphql";
import type { GraphNode } from "../../domain/model.js";
import { SourceSpan } from "../common/source-span.type.js";
import { LegalInstrument } from "../legal-instrument/legal-instrument.type.js";

@ObjectType("Citation", { description: "An instrument a task or provision cites, with the citing words.", simpleResolvers: true })
export class Citation {
  @Field(() => LegalInstrument)
  instrument!: GraphNode;

  @Field(() => SourceSpan, { nullable: true })
  source!: SourceSpan | null;
}
