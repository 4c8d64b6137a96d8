import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { DocumentNode, GraphNode } from "../../domain/model.js";
import { Body } from "../body/body.type.js";
import type { GraphContext } from "../context.js";
import { DateScalar } from "../common/date.scalar.js";
import { DEFAULT_PAGE_SIZE } from "../common/limits.js";
import { loadExisting, loadOfKind } from "../common/load.js";
import { byOrdinal, loadInstruments, loadNeighbours, loadRelated } from "../common/neighbours.js";
import { createInstrumentRelationsResolver } from "../legal-instrument/instrument-relations.resolver.js";
import { LegalInstrument } from "../legal-instrument/legal-instrument.type.js";
import { Place } from "../place/place.type.js";
import { Provision } from "../provision/provision.type.js";
import { findTaskConnection } from "../task/task-connection.js";
import { TaskConnection } from "../task/task-connection.type.js";
import { Document } from "./document.type.js";

@Resolver(() => Document)
export class DocumentResolver extends createInstrumentRelationsResolver(Document) {
  @Query(() => [Document], { description: "Every ingested document, ordered by id." })
  documents(@Ctx() { store }: GraphContext): Promise<GraphNode[]> {
    return store.listNodes("Document");
  }

  @Query(() => Document, { nullable: true, description: "Null when no document has this id." })
  document(@Arg("id", () => ID) id: string, @Ctx() { loaders }: GraphContext): Promise<DocumentNode | null> {
    return loadOfKind(loaders, id, "Document");
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Same as adoptedOn, as for any instrument." })
  issuedOn(@Root() document: DocumentNode): string | null {
    return document.adoptedOn;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Year of adoption, as for any instrument." })
  year(@Root() document: DocumentNode): number | null {
    return document.adoptedOn ? Number(document.adoptedOn.slice(0, 4)) : null;
  }

  @FieldResolver(() => Body, { nullable: true })
  async issuer(@Root() document: DocumentNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return document.issuerId ? loadExisting(loaders, document.issuerId) : null;
  }

  @FieldResolver(() => Place, {
    nullable: true,
    description: "The issuer's province or municipality: where tasks that name no place apply.",
  })
  async jurisdiction(@Root() document: DocumentNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return document.jurisdictionId ? loadExisting(loaders, document.jurisdictionId) : null;
  }

  @FieldResolver(() => [LegalInstrument], { description: "The \"Căn cứ\" instruments." })
  basedOn(@Root() document: DocumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadInstruments(context, document.id, "BASED_ON", "out");
  }

  @FieldResolver(() => [LegalInstrument], { description: "The \"Xét\" instruments (submissions, reports): considered, not basis." })
  considers(@Root() document: DocumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadInstruments(context, document.id, "CONSIDERS", "out");
  }

  @FieldResolver(() => TaskConnection, { description: "Tasks of other documents citing this one." })
  citedBy(
    @Root() document: DocumentNode,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    return findTaskConnection(context, { instrumentId: document.id }, first, after);
  }

  @FieldResolver(() => [Document], { description: "Documents that name this one in their \"Căn cứ\"." })
  basisOf(@Root() document: DocumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, document.id, "BASED_ON", "in", "Document");
  }

  @FieldResolver(() => [Document], {
    description: "Other stored documents whose tasks or provisions cite this one, ordered by id.",
  })
  async citingDocuments(@Root() document: DocumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    const citing = await loadNeighbours(context, document.id, "CITES", "in");
    const ids = new Set<string>();
    for (const { node } of citing) {
      if ((node.kind === "Task" || node.kind === "Provision") && node.documentId !== document.id) ids.add(node.documentId);
    }
    return Promise.all([...ids].sort().map((id) => loadExisting(context.loaders, id)));
  }

  @FieldResolver(() => [Provision], {
    description:
      "Every provision at any depth (Chương, Điều, khoản, điểm…), in reading order; `parent` gives the tree.",
  })
  allProvisions(@Root() document: DocumentNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode[]> {
    return loaders.documentProvisions.load(document.id);
  }

  @FieldResolver(() => [Provision], { description: "Top-level provisions (Điều), in reading order." })
  async provisions(@Root() document: DocumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return byOrdinal(await loadRelated(context, document.id, "PART_OF", "in", "Provision"));
  }

  @FieldResolver(() => TaskConnection, { description: "The document's tasks, ordered by id." })
  tasks(
    @Root() document: DocumentNode,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    return findTaskConnection(context, { documentId: document.id }, first, after);
  }
}
