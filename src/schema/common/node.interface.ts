import { Field, ID, InterfaceType } from "type-graphql";
import type { GraphNode, NodeKind } from "../../domain/model.js";

/** GraphQL type of each node kind; a kind and its type share their name. */
const TYPE_BY_KIND: Record<NodeKind, string> = {
  Document: "Document",
  Provision: "Provision",
  Task: "Task",
  LegalInstrument: "LegalInstrument",
  Body: "Body",
  Place: "Place",
  Project: "Project",
  Target: "Target",
};

/** The GraphQL type of a node: its kind's name. */
export function resolveNodeType(node: GraphNode): string {
  return TYPE_BY_KIND[node.kind];
}

@InterfaceType("Node", {
  description: "Anything with an id this API hands out; `node(id)` resolves every one of them.",
  resolveType: resolveNodeType,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
