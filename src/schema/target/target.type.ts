import { Field, Float, ID, ObjectType } from "type-graphql";
import type { Comparator as ComparatorValue } from "../../domain/model.js";
import { Comparator } from "../common/enums.js";
import { Node } from "../common/node.interface.js";
import { SourceSpan } from "../common/source-span.type.js";

@ObjectType("Target", {
  implements: Node,
  description: "A quantified goal: `1.300 ha` organic coconut, `377 MW` wind power, `100%` disbursement.",
  simpleResolvers: true,
})
export class Target {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true, description: "e.g. `ha`, `MW`, `%`, `xã`." })
  unit!: string | null;

  @Field(() => String, { description: "What is counted, e.g. `dừa hữu cơ`." })
  metric!: string;

  @Field(() => Comparator)
  comparator!: ComparatorValue;

  @Field(() => String, { description: "The words as written, e.g. `1.300 ha dừa hữu cơ`." })
  text!: string;

  @Field(() => SourceSpan, { nullable: true })
  source!: SourceSpan | null;
}
