import { Field, Int, ObjectType } from "type-graphql";
import type { GraphNode } from "../../domain/model.js";
import { PathStep, type PathStepValue } from "../graph/path-step.type.js";
import { LegalInstrument } from "./legal-instrument.type.js";

@ObjectType("LegalBasisPath", {
  description:
    "Why a task rests on an instrument: the shortest chain of steps from the task (PART_OF up the provisions, " +
    "CITES, BASED_ON for the document's \"Căn cứ\", AMENDS / AMENDED_BY), ending at the instrument.",
  simpleResolvers: true,
})
export class LegalBasisPath {
  @Field(() => LegalInstrument, { description: "The instrument the path ends at." })
  instrument!: GraphNode;

  @Field(() => [PathStep], { description: "From the task (exclusive) to the instrument (inclusive)." })
  steps!: PathStepValue[];

  @Field(() => Int, { description: "Number of steps." })
  depth!: number;
}
