import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphNode, ProvisionNode } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { loadExisting } from "../common/load.js";
import { byOrdinal, loadNeighbours, loadRelated } from "../common/neighbours.js";
import { Document } from "../document/document.type.js";
import { Citation } from "../task/citation.type.js";
import { Task } from "../task/task.type.js";
import { Provision } from "./provision.type.js";

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => Provision, { nullable: true, description: "The enclosing provision; null for an Điều." })
  async parent(@Root() provision: ProvisionNode, @Ctx() context: GraphContext): Promise<GraphNode | null> {
    const [parent] = await loadRelated(context, provision.id, "PART_OF", "out", "Provision");
    return parent ?? null;
  }

  @FieldResolver(() => Document)
  document(@Root() provision: ProvisionNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, provision.documentId);
  }

  @FieldResolver(() => [Provision], { description: "Provisions directly inside this one, in reading order." })
  async children(@Root() provision: ProvisionNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return byOrdinal(await loadRelated(context, provision.id, "PART_OF", "in", "Provision"));
  }

  @FieldResolver(() => [Task], { description: "Tasks stated directly in this provision, in reading order." })
  async tasks(@Root() provision: ProvisionNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return byOrdinal(await loadRelated(context, provision.id, "PART_OF", "in", "Task"));
  }

  @FieldResolver(() => [Citation], { description: "Instruments the provision's own words cite (its tasks rest on them)." })
  async citations(@Root() provision: ProvisionNode, @Ctx() context: GraphContext): Promise<Citation[]> {
    const neighbours = await loadNeighbours(context, provision.id, "CITES", "out");
    return neighbours.map(({ edge, node }) => ({ instrument: node, source: edge.source }));
  }
}
