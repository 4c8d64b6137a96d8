import { Field, ObjectType, registerEnumType } from "type-graphql";
import { INSTRUMENT_STATES, type InstrumentState as InstrumentStateValue } from "../../domain/instrument-status.js";
import type { GraphNode, IsoDate, RelationType as RelationTypeValue, SourceSpan as SourceSpanValue } from "../../domain/model.js";
import { DateScalar } from "../common/date.scalar.js";
import { RelationType } from "../common/enums.js";
import { SourceSpan } from "../common/source-span.type.js";
import { LegalInstrument } from "./legal-instrument.type.js";

export const InstrumentState = Object.fromEntries(INSTRUMENT_STATES.map((state) => [state, state])) as {
  [K in InstrumentStateValue]: K;
};
registerEnumType(InstrumentState, {
  name: "InstrumentState",
  description:
    "Whether an instrument stands, as far as the graph knows: IN_FORCE (no known change), AMENDED (amended, or " +
    "partly replaced or repealed), REPLACED or REPEALED (as a whole).",
});

/** A relation as the API serves it: plain values, read by default resolvers. */
export interface InstrumentRelationValue {
  relation: string;
  type: RelationTypeValue;
  reversed: boolean;
  instrument: GraphNode;
  on: IsoDate | null;
  scope: string | null;
  source: SourceSpanValue | null;
}

@ObjectType("InstrumentRelation", {
  description:
    "One relation between two instruments (AMENDS, REPLACES, REPEALS, GUIDES, IMPLEMENTS), read from this instrument: " +
    "`relation` is AMENDED_BY, REPLACED_BY… when the other instrument acts on this one.",
  simpleResolvers: true,
})
export class InstrumentRelation {
  @Field(() => String, { description: "Named in the direction of reading: AMENDS, or AMENDED_BY when the other one amends this one." })
  relation!: string;

  @Field(() => RelationType, { description: "The relationship type as stored (newer instrument → older)." })
  type!: RelationTypeValue;

  @Field(() => Boolean, { description: "Whether the other instrument is the one acting (the edge points at this one)." })
  reversed!: boolean;

  @Field(() => LegalInstrument, { description: "The instrument at the other end." })
  instrument!: GraphNode;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the other instrument takes effect, as far as known: a document's effective date, else its adoption or issue date.",
  })
  on!: IsoDate | null;

  @Field(() => String, { nullable: true, description: "The part concerned, as the text names it (`khoản 2 Điều 8`); null when the whole." })
  scope!: string | null;

  @Field(() => SourceSpan, { nullable: true, description: "The words stating the relation." })
  source!: SourceSpanValue | null;
}

@ObjectType("InstrumentStatus", {
  description: "Whether the instrument still stands, proved by the relations that changed it.",
  simpleResolvers: true,
})
export class InstrumentStatus {
  @Field(() => InstrumentState)
  state!: InstrumentStateValue;

  @Field(() => DateScalar, {
    nullable: true,
    description: "REPLACED/REPEALED: when it stopped standing; AMENDED: its latest known change; null when unknown or in force.",
  })
  since!: IsoDate | null;

  @Field(() => [InstrumentRelation], {
    description: "The relations that decide the state: the whole replacements or repeals, or every change when amended.",
  })
  decidedBy!: InstrumentRelationValue[];

  @Field(() => [InstrumentRelation], { description: "Every known amendment, replacement and repeal, oldest first." })
  changes!: InstrumentRelationValue[];
}
