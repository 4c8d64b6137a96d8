import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { changeDate, decideStatus, type InstrumentChange } from "../../domain/instrument-status.js";
import type { DocumentNode, GraphNode, LegalInstrumentNode, RelationType } from "../../domain/model.js";
import type { EdgeDirection, Relation } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { isInstrument } from "../common/neighbours.js";
import { nameStep } from "../graph/path-step.type.js";
import { InstrumentRelation, InstrumentStatus, type InstrumentRelationValue } from "./instrument-relation.type.js";
import { LegalInstrument } from "./legal-instrument.type.js";

type InstrumentNode = LegalInstrumentNode | DocumentNode;

/** Every instrument relation of this instrument, both ways, through the request's one loader. */
async function loadRelations({ loaders }: GraphContext, id: string): Promise<Relation[]> {
  return (await loaders.instrumentRelations.load(id)).filter(({ node }) => isInstrument(node));
}

async function related(context: GraphContext, id: string, type: RelationType, direction: EdgeDirection): Promise<GraphNode[]> {
  return (await loadRelations(context, id)).filter((r) => r.edge.type === type && r.direction === direction).map((r) => r.node);
}

function toValue({ edge, node, direction }: Pick<Relation, "edge" | "node" | "direction">): InstrumentRelationValue {
  const reversed = direction === "in";
  return {
    relation: nameStep({ relation: edge.type, reversed }),
    type: edge.type,
    reversed,
    instrument: node,
    on: changeDate(node),
    scope: edge.scope ?? null,
    source: edge.source,
  };
}

const fromChange = (change: InstrumentChange) => toValue({ edge: change.edge, node: change.by, direction: "in" });

/**
 * The relation fields and the status every instrument has, whether an external
 * one (LegalInstrument) or an ingested document (Document). All of them read
 * one loader, so a list of instruments with every field costs one store call.
 */
export function createInstrumentRelationsResolver<T extends ClassType>(objectType: T) {
  @Resolver(() => objectType)
  abstract class InstrumentRelationsResolver {
    @FieldResolver(() => [LegalInstrument], { description: "Instruments this one amends (sửa đổi, bổ sung)." })
    amends(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "AMENDS", "out");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments that amend this one." })
    amendedBy(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "AMENDS", "in");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments this one replaces (thay thế), whole or in part: see `relations` for the scope." })
    replaces(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "REPLACES", "out");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments that replace this one, whole or in part." })
    replacedBy(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "REPLACES", "in");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments this one repeals (bãi bỏ, hủy bỏ), whole or in part." })
    repeals(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "REPEALS", "out");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments that repeal this one, whole or in part." })
    repealedBy(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "REPEALS", "in");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments this one details or guides (quy định chi tiết, hướng dẫn)." })
    guides(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "GUIDES", "out");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments that detail or guide this one." })
    guidedBy(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "GUIDES", "in");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments this one implements (triển khai, thực hiện)." })
    implements(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "IMPLEMENTS", "out");
    }

    @FieldResolver(() => [LegalInstrument], { description: "Instruments that implement this one." })
    implementedBy(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
      return related(context, instrument.id, "IMPLEMENTS", "in");
    }

    @FieldResolver(() => [InstrumentRelation], {
      description:
        "Every amendment, replacement, repeal, guidance and implementation relation of this instrument, both ways, " +
        "each with its scope and the words stating it; ordered by type (AMENDS, REPLACES, REPEALS, GUIDES, IMPLEMENTS), " +
        "this instrument acting first, then the other instrument's id.",
    })
    async relations(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<InstrumentRelationValue[]> {
      return (await loadRelations(context, instrument.id)).map(toValue);
    }

    @FieldResolver(() => InstrumentStatus, {
      description:
        "Whether it still stands as far as the graph knows (IN_FORCE, AMENDED, REPLACED, REPEALED), with the instruments and dates that changed it.",
    })
    async status(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<InstrumentStatus> {
      const incoming = (await loadRelations(context, instrument.id)).filter((r) => r.direction === "in");
      const status = decideStatus(incoming);
      return { state: status.state, since: status.since, decidedBy: status.decidedBy.map(fromChange), changes: status.changes.map(fromChange) };
    }
  }
  return InstrumentRelationsResolver;
}
