import { Field, Int, ObjectType } from "type-graphql";
import type { GraphNode } from "../../domain/model.js";
import { PathStep, type PathStepValue } from "../graph/path-step.type.js";
import { LegalInstrument } from "./legal-instrument.type.js";

@ObjectType("LegalBasisPath", {
  description:
    "Why a task rests on an instrument: the shortest chain of steps from the task (PART_OF up the provisions, " +
    "CITES, BASED_ON for a document's \"Căn cứ\" — the task's own document's, and on through every cited document's —, " +
    "AMENDS / AMENDED_BY, GUIDES, IMPLEMENTS, and REPLACED_BY / REPEALED_BY to what ended an instrument), ending at " +
    "the instrument. `instrument.status` says whether it still stands.",
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
