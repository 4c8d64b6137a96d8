import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { DocumentNode, GraphNode, LegalInstrumentNode } from "../../domain/model.js";
import type { NodeFilter } from "../../graph/graph-store.js";
import { Body } from "../body/body.type.js";
import type { GraphContext } from "../context.js";
import { DateScalar } from "../common/date.scalar.js";
import { DEFAULT_PAGE_SIZE } from "../common/limits.js";
import { loadExisting } from "../common/load.js";
import { isInstrument, loadRelated } from "../common/neighbours.js";
import { checkOneOf, checkText } from "../common/text-input.js";
import { Document } from "../document/document.type.js";
import { findTaskConnection } from "../task/task-connection.js";
import { TaskConnection } from "../task/task-connection.type.js";
import { createInstrumentRelationsResolver } from "./instrument-relations.resolver.js";
import { LegalInstrumentWhere } from "./legal-instrument-where.input.js";
import { LegalInstrument } from "./legal-instrument.type.js";

/** An instrument as the API shows it: an external one, or an ingested document cited as one. */
type InstrumentNode = LegalInstrumentNode | DocumentNode;

@Resolver(() => LegalInstrument)
export class LegalInstrumentResolver extends createInstrumentRelationsResolver(LegalInstrument) {
  @Query(() => [LegalInstrument], { description: "Instruments matching every criterion given, ordered by id." })
  async legalInstruments(
    @Arg("where", () => LegalInstrumentWhere, { nullable: true }) where: LegalInstrumentWhere | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<GraphNode[]> {
    const filter: NodeFilter = {};
    const text = checkText("text", where?.text, context);
    if (text) filter.text = text;
    if (where?.kind) filter.instrumentKind = where.kind;
    if (where?.documentId) filter.documentId = where.documentId;
    const number = checkText("number", where?.number, context);
    if (!number) return context.store.listNodes("LegalInstrument", filter);
    const byNumber = (await context.store.findInstrumentsByNumber(number)).filter(isInstrument);
    if (Object.keys(filter).length === 0) return byNumber;
    const listed = new Set((await context.store.listNodes("LegalInstrument", filter)).map((node) => node.id));
    return byNumber.filter((node) => listed.has(node.id));
  }

  @Query(() => LegalInstrument, {
    nullable: true,
    description:
      "By id, or by number as written or normalised. A number several instruments share (numbers restart each " +
      "year and each issuer) gives the first by id; `legalInstruments(where: {number})` lists them all. Null when none.",
  })
  async legalInstrument(
    @Arg("id", () => ID, { nullable: true }) id: string | null | undefined,
    @Arg("number", () => String, { nullable: true }) number: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<GraphNode | null> {
    checkOneOf(["id", "number"], [id, number]);
    if (id != null) {
      const node = await context.loaders.node.load(id);
      return node && isInstrument(node) ? node : null;
    }
    const text = checkText("number", number, context);
    if (!text) return null;
    const [first] = (await context.store.findInstrumentsByNumber(text)).filter(isInstrument);
    return first ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "For a document: its adoption date." })
  issuedOn(@Root() instrument: InstrumentNode): string | null {
    return instrument.kind === "Document" ? instrument.adoptedOn : instrument.issuedOn;
  }

  @FieldResolver(() => Body, { nullable: true, description: "The issuing body, when it could be resolved." })
  async issuer(@Root() instrument: InstrumentNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return instrument.issuerId ? loadExisting(loaders, instrument.issuerId) : null;
  }

  @FieldResolver(() => TaskConnection, {
    description: "Tasks citing this instrument in their own sentence or in a provision above them.",
  })
  citedBy(
    @Root() instrument: InstrumentNode,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    return findTaskConnection(context, { instrumentId: instrument.id }, first, after);
  }

  @FieldResolver(() => [Document], { description: "Documents that name this instrument in their \"Căn cứ\"." })
  basisOf(@Root() instrument: InstrumentNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, instrument.id, "BASED_ON", "in", "Document");
  }

  @FieldResolver(() => Document, { nullable: true, description: "The ingested document, when this instrument is one." })
  document(@Root() instrument: InstrumentNode): DocumentNode | null {
    return instrument.kind === "Document" ? instrument : null;
  }
}
