import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { BodyNode, GraphNode, ResponsibilityRole as RoleValue } from "../../domain/model.js";
import type { NodeFilter } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { ResponsibilityRole } from "../common/enums.js";
import { DEFAULT_PAGE_SIZE } from "../common/limits.js";
import { loadExisting } from "../common/load.js";
import { loadInstruments, loadRelated } from "../common/neighbours.js";
import { checkText } from "../common/text-input.js";
import { LegalInstrument } from "../legal-instrument/legal-instrument.type.js";
import { Place } from "../place/place.type.js";
import { Project } from "../project/project.type.js";
import { findTaskConnection } from "../task/task-connection.js";
import { TaskConnection } from "../task/task-connection.type.js";
import { BodyWhere } from "./body-where.input.js";
import { Body } from "./body.type.js";

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => [Body], { description: "Bodies matching every criterion given, ordered by id." })
  bodies(@Arg("where", () => BodyWhere, { nullable: true }) where: BodyWhere | null | undefined, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    const filter: NodeFilter = {};
    const text = checkText("text", where?.text, context);
    if (text) filter.text = text;
    if (where?.kind) filter.bodyKind = where.kind;
    if (where?.documentId) filter.documentId = where.documentId;
    return context.store.listNodes("Body", filter);
  }

  @FieldResolver(() => Place, { nullable: true, description: "The place a local body governs." })
  async jurisdiction(@Root() body: BodyNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode | null> {
    return body.jurisdictionId ? loadExisting(loaders, body.jurisdictionId) : null;
  }

  @FieldResolver(() => TaskConnection, { description: "Tasks this body takes part in, in any role unless one is given." })
  tasks(
    @Root() body: BodyNode,
    @Arg("role", () => ResponsibilityRole, { nullable: true }) role: RoleValue | null | undefined,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    return findTaskConnection(context, role ? { bodyId: body.id, role } : { bodyId: body.id }, first, after);
  }

  @FieldResolver(() => [Project], { description: "Projects this body invests in (chủ đầu tư)." })
  projects(@Root() body: BodyNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, body.id, "INVESTED_BY", "in", "Project");
  }

  @FieldResolver(() => [LegalInstrument], { description: "Instruments this body issued." })
  issued(@Root() body: BodyNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadInstruments(context, body.id, "ISSUED_BY", "in");
  }
}
