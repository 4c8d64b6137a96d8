import { Field, ObjectType } from "type-graphql";
import type { PathStepRef } from "../../graph/graph-store.js";
import type { RelationType as RelationTypeValue, SourceSpan as SourceSpanValue } from "../../domain/model.js";
import { RelationType } from "../common/enums.js";
import { SourceSpan } from "../common/source-span.type.js";

/**
 * Name of a step taken against an edge's direction: `A <-AMENDS- B` read from A
 * is "A is AMENDED_BY B". Stable names, so clients can match on them.
 */
const REVERSED_NAMES: Record<RelationTypeValue, string> = {
  PART_OF: "HAS_PART",
  LOCATED_IN: "LOCATION_OF",
  RESPONSIBLE: "RESPONSIBLE_FOR",
  CONCERNS: "CONCERNED_BY",
  INVESTED_BY: "INVESTS_IN",
  CITES: "CITED_BY",
  BASED_ON: "BASIS_OF",
  CONSIDERS: "CONSIDERED_BY",
  AMENDS: "AMENDED_BY",
  REPLACES: "REPLACED_BY",
  REPEALS: "REPEALED_BY",
  GUIDES: "GUIDED_BY",
  IMPLEMENTS: "IMPLEMENTED_BY",
  ISSUED_BY: "ISSUED",
  HAS_TARGET: "TARGET_OF",
  SUCCEEDED_BY: "SUCCEEDS",
};

export function nameStep(step: Pick<PathStepRef, "relation" | "reversed">): string {
  return step.reversed ? REVERSED_NAMES[step.relation] : step.relation;
}

/**
 * A step as the API serves it: every field but `node` is a plain property, so
 * graphql-js's default resolver reads it (a path answer has many steps).
 */
export interface PathStepValue {
  relation: string;
  type: RelationTypeValue;
  reversed: boolean;
  nodeId: string;
  source: SourceSpanValue | null;
}

export function toPathStep(step: PathStepRef): PathStepValue {
  return { relation: nameStep(step), type: step.relation, reversed: step.reversed, nodeId: step.nodeId, source: step.source };
}

@ObjectType("PathStep", {
  description:
    "One step along a path: the relationship followed and the node reached. A step against the stored " +
    "direction has `reversed: true` and a relation named for that reading: HAS_PART, LOCATION_OF, " +
    "RESPONSIBLE_FOR, CONCERNED_BY, INVESTS_IN, CITED_BY, BASIS_OF, CONSIDERED_BY, AMENDED_BY, REPLACED_BY, REPEALED_BY, " +
    "GUIDED_BY, IMPLEMENTED_BY, ISSUED, TARGET_OF, SUCCEEDS.",
  simpleResolvers: true,
})
export class PathStep {
  @Field(() => String, { description: "The relationship followed, named in the direction of travel." })
  relation!: string;

  @Field(() => RelationType, { description: "The relationship type as stored." })
  type!: RelationTypeValue;

  @Field(() => Boolean, { description: "Whether the step goes against the relationship's direction." })
  reversed!: boolean;

  @Field(() => SourceSpan, { nullable: true, description: "The words the relationship was read from." })
  source!: SourceSpan | null;
}

@ObjectType("GraphPath", { description: "A path between two nodes, from the start (exclusive) to the end (inclusive)." })
export class GraphPath {
  @Field(() => [PathStep])
  steps!: PathStep[];
}
